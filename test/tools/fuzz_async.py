#!/usr/bin/env python3
"""Random asyncio program generator for differential fuzzing (run under real CPython).

Usage:  python3 test/tools/fuzz_async.py SEED [SLOT] [> prog.py]

Emits, for a given integer SEED, one deterministic asyncio program that mixes tasks, gather,
TaskGroup, wait_for, timeout, shield, wait, as_completed, queues, locks, events, conditions,
semaphores, barriers, cancellation at random points, exceptions at random depths, async
generators, async context managers, loop callbacks, done callbacks and custom awaitables; also
call_at and cancelled timer handles, threads (to_thread, run_in_executor), contextvars, futures
completed by callbacks and other tasks, queue back-pressure, barrier reset/abort, nested and
rescheduled timeouts, uncancel(), get_stack(), asend/athrow/aclose, async comprehensions,
ensure_future, tasks made by callbacks, raising __aenter__/__aexit__, gather and TaskGroup nested.

A thread's work sleeps to a slot of its own before it returns (or prints), so that its result
reaches the loop like a timer's; a program starts at most three.

Determinism (CPython runs on a real clock, Yieldpoint on a virtual one): every timer of the
generated program is due at its own absolute slot ``t0 + s * SLOT`` (``D(k)`` picks the first
unused slot at least k slots after the current one), so no two timers are ever due together and
real-time jitter below one slot does not change the order of events.  SLOT is 0.05 s unless
given (a multiple of 0.01 s; larger is slower but steadier on a loaded machine).  Times are printed as slot
numbers.  At the end ``main`` cancels every task it created (in creation order), waits for
the rest and retrieves every exception, so nothing is left to ``asyncio.run``'s set-ordered
cancellation or to garbage-collection-time logging.
"""
import random
import sys

PRELUDE = '''\
import asyncio
import contextlib
import contextvars
import functools
import time


class E1(Exception):
    pass


class E2(E1):
    pass


class E3(ValueError):
    pass


_spawned = []
_victims = []
_used = set()
_t0 = 0.0
SLOT = {slot}


def P(*a):
    t = asyncio.current_task()
    print(t.get_name() if t is not None else '<cb>', *a)


def now():
    return int((asyncio.get_running_loop().time() - _t0 + 0.001) / SLOT)


def D(k):
    """A delay to the first unused slot at least k slots from now."""
    s = now() + k
    while s in _used:
        s += 1
    _used.add(s)
    return max(round(_t0 + s * SLOT - asyncio.get_running_loop().time(), 3), 0.001)


def T(t):
    _spawned.append(t)
    return t


def V(t):
    """A worker task: storms may cancel it (pattern helper tasks are only T)."""
    _victims.append(t)
    return T(t)


def fx(e):
    if isinstance(e, BaseExceptionGroup):
        return f'{type(e).__name__}({e.message!r}, [{", ".join(fx(x) for x in e.exceptions)}])'
    return f'{type(e).__name__}{e.args!r}'


def ctx(e):
    out = []
    while e is not None and len(out) < 4:
        e = e.__cause__ if e.__cause__ is not None else e.__context__
        if e is not None:
            out.append(type(e).__name__)
    return out


def rp(t):
    return repr(t) if t.done() else 'pending'


def state(f):
    if not f.done():
        return 'pending'
    if f.cancelled():
        return 'cancelled'
    e = f.exception()
    if e is not None:
        return 'exc ' + fx(e)
    return 'result ' + repr(f.result())


def cb(label, f):
    P('done-cb', label, state(f))


async def safe(f, *a):
    try:
        return await f(*a)
    except Exception as e:
        return fx(e)


def storm(idx, msg=None):
    if _victims:
        P('storm', [(t.get_name(), t.cancel(msg)) for t in [_victims[i % len(_victims)] for i in idx]])


def bad_cb(f):
    P('bad callback')
    raise E3('in callback')


def _set(f, v):
    if not f.done():
        f.set_result(v)


cv = contextvars.ContextVar('cv', default='d0')


def slot_of(when):
    return None if when is None else round((when - _t0) / SLOT)


def cvp(label):
    P(label, cv.get())


def cvset(v):
    cv.set(v)
    return cv.get()


def th_compute(n, d):
    time.sleep(d)
    return sum(range(n))


def th_raise(n, d):
    time.sleep(d)
    raise E3('thread', n)


def th_cv(d):
    time.sleep(d)
    return cv.get()


def th_say(tag, d):
    time.sleep(d)
    print('thread says', tag)
    return tag


def fut_exc(f, e):
    if not f.done():
        f.set_exception(e)


def fut_cancel(f, m):
    P('fut cancel cb', f.cancel(m))
'''

MAIN_TAIL = '''\

async def _cleanup():
    me = asyncio.current_task()
    for _ in range(200):
        rest = [t for t in _spawned if not t.done()]
        if not rest:
            break
        for t in rest:
            t.cancel()
        await asyncio.sleep(0)
    # Tasks not made through T (gather's, wait_for's...) are cancelled too, in name order (they
    # may wait for ever on tasks made since); until none is left.
    while others := asyncio.all_tasks() - {me}:
        for t in [t for t in _spawned if not t.done()] + sorted(others - set(_spawned), key=lambda t: t.get_name()):
            t.cancel()
        await asyncio.wait(others, return_when=asyncio.FIRST_COMPLETED)
    for t in _spawned:
        if not t.cancelled():
            t.exception()
    P('end', len(asyncio.all_tasks()))


async def main():
    global _t0
    _t0 = asyncio.get_running_loop().time()
    try:
        await body()
    finally:
        await _cleanup()


asyncio.run(main())
'''

CATCH_ANY = ['Exception', 'E1', 'ValueError', '(E1, ValueError)', 'BaseException', 'asyncio.CancelledError']


def ind(lines, n=1):
    return ['    ' * n + l if l else l for l in lines]


class Gen:
    MAX_DEPTH = 4

    def __init__(self, seed, slot='0.05'):
        self.slot = slot
        self.r = random.Random(seed)
        self.defs = []          # module-level definitions (lists of lines)
        self.workers = {}       # depth -> [names]
        self.n = 0
        self.budget = self.r.randint(14, 34)
        self.threads = 0

    def uid(self, prefix):
        self.n += 1
        return f'{prefix}{self.n}'

    def chance(self, p):
        return self.r.random() < p

    def k(self, lo=1, hi=6):
        return self.r.randint(lo, hi)

    def tag(self):
        return repr(self.uid('t'))

    # ---- workers -------------------------------------------------------------------------

    def worker(self, depth):
        """Name of an async def worker(tag) of depth >= depth (creating one if needed)."""
        depth = min(depth, self.MAX_DEPTH)
        pool = [w for d in range(depth, self.MAX_DEPTH + 1) for w in self.workers.get(d, [])]
        if pool and (self.chance(0.45) or self.budget <= 0):
            return self.r.choice(pool)
        name = self.uid('w')
        self.workers.setdefault(depth, []).append(name)
        body = [f"P('{name} start', tag)"]
        body += self.block(depth, self.r.randint(1, 3))
        if self.chance(0.25):
            exc = self.r.choice(['E1', 'E2', 'E3'])
            body.append(f"raise {exc}('{name}', tag)")
        else:
            body.append(f"P('{name} end', tag)")
            body.append(f"return '{name}:' + tag")
        self.defs.append([f'async def {name}(tag):'] + ind(body))
        return name

    def cw(self, depth):
        """A coroutine expression: a call of a worker deeper than depth."""
        return f'{self.worker(depth + 1)}({self.tag()})'

    def task(self, depth, name=None):
        kw = ''
        if name or self.chance(0.5):
            kw = f", name='{name or self.uid('n')}'"
        return f'V(asyncio.create_task({self.cw(depth)}{kw}))'

    # ---- blocks --------------------------------------------------------------------------

    def block(self, depth, n):
        out = []
        for _ in range(n):
            out += self.stmt(depth)
        return out or ['pass']

    def stmt(self, depth, top=False):
        self.budget -= 1
        self.top = top
        simple = [
            (4, self.s_sleep0), (3, self.s_sleept), (1, self.s_info), (2, self.s_call),
        ]
        compound = [
            (3, self.s_try), (3, self.s_spawn_await), (4, self.s_spawn_cancel), (3, self.s_gather),
            (3, self.s_taskgroup), (2, self.s_wait_for), (2, self.s_timeout), (2, self.s_shield),
            (2, self.s_wait), (2, self.s_as_completed), (2, self.s_queue), (2, self.s_lock),
            (1, self.s_event), (1, self.s_cond), (1, self.s_sem), (1, self.s_barrier),
            (4, self.s_cancel_target), (2, self.s_agen), (2, self.s_acm), (2, self.s_future),
            (1, self.s_awaitable), (1, self.s_done_callbacks), (1, self.s_interleave),
            (1, self.s_except_star), (1, self.s_gather_cancel), (1, self.s_raise), (3, self.s_storm),
            (1, self.s_bad_callback),
            (2, self.s_call_at), (2, self.s_thread), (2, self.s_contextvars), (2, self.s_future2), (1, self.s_queue2),
            (2, self.s_sync2), (2, self.s_timeout2), (2, self.s_uncancel), (1, self.s_stack), (2, self.s_agen2),
            (2, self.s_acomp), (1, self.s_ensure), (1, self.s_cb_spawn), (2, self.s_acm_raise), (2, self.s_nest),
            (1, self.s_wait2),
        ]
        choices = simple if (depth >= self.MAX_DEPTH or self.budget <= 0) else simple + compound
        total = sum(w for w, _ in choices)
        x = self.r.uniform(0, total)
        for w, f in choices:
            x -= w
            if x <= 0:
                return f(depth)
        return choices[0][1](depth)

    def guarded(self, lines, catch=None):
        """lines inside try/except printing the exception."""
        catch = catch or self.r.choice(['Exception', 'Exception', '(Exception, asyncio.CancelledError)', 'E1'])
        v = self.uid('e')
        extra = f', ctx({v})' if self.chance(0.4) else ''
        out = ['try:'] + ind(lines) + [f'except {catch} as {v}:', f"    P('caught', {self.r.choice(['fx', 'repr'])}({v}){extra})"]
        if catch == 'E1':
            out += [f'except Exception as {v}:', f"    P('caught', fx({v}))"]
        return out

    def maybe_guard(self, lines, p=0.75):
        return self.guarded(lines) if self.chance(p) else lines

    # ---- simple statements ---------------------------------------------------------------

    def s_sleep0(self, depth):
        return ['await asyncio.sleep(0)']

    def s_sleept(self, depth):
        if self.chance(0.2):
            return [f"P('slept', await asyncio.sleep(D({self.k()}), result={self.tag()}), now())"]
        return [f'await asyncio.sleep(D({self.k()}))', f"P('woke', now())"]

    def s_info(self, depth):
        if self.chance(0.2):
            return [f"asyncio.current_task().set_name({self.uid('renamed')!r})", "P('renamed')"]
        return ["P('me', asyncio.current_task().get_name(), 'alive', len(asyncio.all_tasks()))"]

    def s_call(self, depth):
        if depth >= self.MAX_DEPTH:
            return ["P('leaf')"]
        return self.maybe_guard([f"P('got', await {self.cw(depth)})"], 0.6)

    def s_storm(self, depth):
        # Cancel earlier tasks, picked by creation index: they may be waiting anywhere.
        idx = [self.r.randint(0, 30) for _ in range(self.r.randint(1, 2))]
        msg = self.r.choice(['', "'storm'"])
        c = self.r.random()
        if c < 0.5:
            out = [f'storm({idx}, {msg or None})']
        elif c < 0.75:
            out = [f'asyncio.get_running_loop().call_soon(storm, {idx}, {msg or None})']
        else:
            out = [f'{self.task(depth)}.add_done_callback(lambda f: storm({idx}))']
        if self.chance(0.5):
            out.append('await asyncio.sleep(0)')
        return out

    def s_bad_callback(self, depth):
        t = self.uid('bc')
        return [f'{t} = {self.task(depth)}', f"{t}.add_done_callback(bad_cb)",
                f"{t}.add_done_callback(functools.partial(cb, '{t}'))"] + self.guarded([f"P('bc', await {t})"], '(Exception, asyncio.CancelledError)') + ['await asyncio.sleep(0)']

    def s_raise(self, depth):
        exc = self.r.choice(['E1', 'E2', 'E3'])
        return [f"if now() >= 0:", f"    raise {exc}('raised', {self.tag()})"]

    # ---- compound statements -------------------------------------------------------------

    def s_try(self, depth):
        v = self.uid('e')
        out = ['try:'] + ind(self.block(depth, self.r.randint(1, 2)))
        catch = self.r.choice(CATCH_ANY)
        if self.chance(0.8):
            out.append(f'except {catch} as {v}:')
            h = [f"P('except', fx({v}), ctx({v}))"]
            c = self.r.random()
            if c < 0.2:
                h.append('raise')
            elif c < 0.35:
                h.append(f"raise E2('wrapped') from {v}")
            elif c < 0.5:
                h.append('await asyncio.sleep(0)')
            out += ind(h)
        if self.chance(0.5):
            fin = [f"P('finally')"] + (self.s_storm(depth) if self.chance(0.2) else [])
            if self.chance(0.5):
                fin.append('await asyncio.sleep(0)' if self.chance(0.7) else f'await asyncio.sleep(D({self.k()}))')
            out += ['finally:'] + ind(fin)
        if not any(l.startswith(('except', 'finally')) for l in out):
            out += ['finally:', "    P('finally')"]
        return out

    def s_spawn_await(self, depth):
        t = self.uid('tk')
        out = [f'{t} = {self.task(depth)}']
        if self.chance(0.4):
            out.append(f"{t}.add_done_callback(functools.partial(cb, '{t}'))")
        if self.chance(0.3):
            out += [f'try:', f'    {t}.result()', f'except asyncio.InvalidStateError as e:', f"    P('not yet', e)"]
        out += ['await asyncio.sleep(0)'] * self.r.randint(0, 2)
        out += self.guarded([f"P('awaited', await {t})"], '(Exception, asyncio.CancelledError)')
        if self.chance(0.5):
            out.append(f"P('repr', rp({t}))")
        return out

    def s_spawn_cancel(self, depth):
        t = self.uid('tk')
        out = [f'{t} = {self.task(depth)}']
        if self.chance(0.3):
            out.append(f"{t}.add_done_callback(functools.partial(cb, '{t}'))")
        if self.chance(0.7):
            out += ['await asyncio.sleep(0)'] * self.r.randint(0, 4)
        else:
            out.append(f'await asyncio.sleep(D({self.k()}))')
        msg = self.r.choice(['', "'m1'", "msg='m1'"])
        out.append(f"P('cancel', {t}.cancel({msg}), {t}.cancelling())")
        if self.chance(0.3):
            out.append(f"P('cancel again', {t}.cancel('m2'), {t}.cancelling())")
        if self.chance(0.25):
            out.append(f"P('uncancel', {t}.uncancel(), {t}.cancelling())")
        if self.chance(0.3):
            out.append('await asyncio.sleep(0)')
        out += self.guarded([f"P('result', await {t})"], '(Exception, asyncio.CancelledError)')
        out.append(f"P('state', state({t}), {t}.cancelling())")
        if self.chance(0.3):
            out.append(f"P('repr', rp({t}))")
        return out

    def gather_item(self, depth, level=0):
        c = self.r.random()
        if c < 0.2 and level < 2:
            return self.gather_expr(depth, level + 1)
        if c < 0.5:
            return self.task(depth)
        return self.cw(depth)

    def gather_expr(self, depth, level=0):
        items = [self.gather_item(depth, level) for _ in range(self.r.randint(1, 3))]
        re = self.chance(0.5)
        return f"asyncio.gather({', '.join(items)}, return_exceptions={re})"

    def s_gather(self, depth):
        return self.maybe_guard([f"P('gather', await {self.gather_expr(depth)})"], 0.85)

    def s_gather_cancel(self, depth):
        g = self.uid('g')
        out = [f'{g} = {self.gather_expr(depth)}']
        out += ['await asyncio.sleep(0)'] * self.r.randint(0, 3)
        out.append(f"P('gcancel', {g}.cancel({self.r.choice(['', repr('gm')])}))")
        out += self.guarded([f"P('gresult', await {g})"], '(Exception, asyncio.CancelledError)')
        return out

    def s_taskgroup(self, depth):
        tg = self.uid('tg')
        # Only main's own statements are never cancelled: elsewhere a group has one task.
        names = [self.uid('tt') for _ in range(self.r.randint(1, 3) if self.top else 1)]
        body = []
        # A TaskGroup aborting cancels its tasks in set (address) order: with several tasks
        # they must not fail (safe) and the body must not raise; _cleanup cancels them (T) in
        # creation order before their group can.
        several = len(names) > 1
        for n in names:
            kw = f", name='{n}'" if self.chance(0.5) else ''
            # safe(w, tag), not safe(w(tag)): a task cancelled before it starts would leave w(tag)
            # never awaited, warned about when garbage collected.
            c = f'safe({self.worker(depth + 1)}, {self.tag()})' if several else self.cw(depth)
            body.append(f'{n} = V({tg}.create_task({c}{kw}))')
            if self.chance(0.3):
                body.append('await asyncio.sleep(0)')
        if self.chance(0.4) and not several:
            body += self.block(depth, 1)
        if self.chance(0.15) and not several:
            body.append(f"raise E3('tg body')")
        inner = [f'async with asyncio.TaskGroup() as {tg}:'] + ind(body)
        inner.append(f"P('tg', {', '.join(f'state({n})' for n in names)})")
        v = self.uid('eg')
        c = self.r.random()
        if c < 0.4:
            return ['try:'] + ind(inner) + [f'except* E1 as {v}:', f"    P('except* E1', fx({v}))",
                                            f'except* Exception as {v}:', f"    P('except* Exception', fx({v}))"]
        if c < 0.8:
            return ['try:'] + ind(inner) + [f'except (ExceptionGroup, E3) as {v}:', f"    P('tg exc', fx({v}))"]
        return inner

    def awaitable(self, depth):
        c = self.r.random()
        if c < 0.6:
            return self.cw(depth)
        if c < 0.85:
            return self.task(depth)
        return self.gather_expr(depth)

    def s_wait_for(self, depth):
        return self.maybe_guard(
            self.guarded([f"P('wait_for', await asyncio.wait_for({self.awaitable(depth)}, timeout=D({self.k(1, 8)})))"],
                         'TimeoutError'), 0.6)

    def s_timeout(self, depth):
        cm = self.uid('cm')
        if self.chance(0.2):
            head = f'async with asyncio.timeout_at(asyncio.get_running_loop().time() + D({self.k(1, 8)})) as {cm}:'
            body = self.block(depth, self.r.randint(1, 2))
        elif self.chance(0.7):
            head = f'async with asyncio.timeout(D({self.k(1, 8)})) as {cm}:'
            body = self.block(depth, self.r.randint(1, 2))
        else:
            head = f'async with asyncio.timeout(None) as {cm}:'
            body = [f'{cm}.reschedule(asyncio.get_running_loop().time() + D({self.k(1, 8)}))'] + self.block(depth, 1)
        lines = [head] + ind(body) + [f"P('timeout ok', {cm}.expired())"]
        return self.maybe_guard(self.guarded(lines, 'TimeoutError'), 0.6)

    def s_shield(self, depth):
        t = self.uid('sh')
        out = [f'{t} = {self.task(depth)}']
        if self.chance(0.5):
            out += self.guarded([f"P('shielded', await asyncio.wait_for(asyncio.shield({t}), timeout=D({self.k(1, 6)})))"],
                                '(Exception, asyncio.CancelledError)')
        else:
            o = self.uid('so')
            out += [f'{o} = asyncio.ensure_future(asyncio.shield({t}))']
            out += ['await asyncio.sleep(0)'] * self.r.randint(0, 2)
            out.append(f"P('outer cancel', {o}.cancel(), {t}.done())")
            out += self.guarded([f"P('outer', await {o})"], '(Exception, asyncio.CancelledError)')
        out += self.guarded([f"P('inner', await {t})"], '(Exception, asyncio.CancelledError)')
        return out

    def tasklist(self, depth):
        ts = self.uid('ts')
        names = [self.uid('wt') for _ in range(self.r.randint(1, 3))]
        return ts, [f'{ts} = [{", ".join(self.task(depth, n) for n in names)}]']

    def s_wait(self, depth):
        ts, out = self.tasklist(depth)
        rw = self.r.choice(['asyncio.FIRST_COMPLETED', 'asyncio.FIRST_EXCEPTION', 'asyncio.ALL_COMPLETED'])
        to = f', timeout=D({self.k(1, 8)})' if self.chance(0.4) else ''
        d, p = self.uid('dn'), self.uid('pd')
        out.append(f'{d}, {p} = await asyncio.wait({ts}, return_when={rw}{to})')
        out.append(f"P('wait', sorted(t.get_name() for t in {d}), sorted(t.get_name() for t in {p}))")
        out.append(f"P('states', [state(t) for t in {ts}])")
        if self.chance(0.5):
            out.append(f'for t in {ts}:')
            out.append(f'    if t in {p}:')
            out.append(f"        t.cancel('wc')")
            out.append(f"P('after', [repr(x) for x in await asyncio.gather(*{ts}, return_exceptions=True)])")
        return out

    def s_as_completed(self, depth):
        ts, out = self.tasklist(depth)
        to = f', timeout=D({self.k(1, 8)})' if self.chance(0.4) else ''
        f = self.uid('f')
        loop = [f'for {f} in asyncio.as_completed({ts}{to}):'] + ind(self.guarded([f"P('ac', await {f})"]))
        return out + self.maybe_guard(loop, 0.5)

    def helper(self, lines):
        self.defs.append(lines)

    def s_queue(self, depth):
        kind = self.r.choice(['Queue', 'PriorityQueue', 'LifoQueue'])
        q, p, c = self.uid('q'), self.uid('qp'), self.uid('qc')
        n = self.r.randint(1, 4)
        item = '((i * 7) % 5, tag, i)' if kind == 'PriorityQueue' else '(tag, i)'
        pb = [f'for i in range({n}):', f'    await q.put({item})', f"    P('put', tag, i, q.qsize())"]
        if self.chance(0.5):
            pb.append('    await asyncio.sleep(0)')
        self.helper([f'async def {p}(q, tag):'] + ind(pb))
        cb_ = ['item = await q.get()', 'try:', "    P('got', tag, item)"]
        if self.chance(0.5) and depth >= 2:  # (a worker per item: only small ones, or it runs long)
            cb_ += ind(self.guarded([f"P('work', await {self.cw(depth)})"], 'Exception'))
        elif self.chance(0.5):
            cb_.append(f'    await asyncio.sleep(D({self.k(1, 3)}))')
        cb_ += ['finally:', '    q.task_done()']
        self.helper([f'async def {c}(q, tag):', '    while True:'] + ind(cb_, 2))
        np, nc = self.r.randint(1, 3), self.r.randint(1, 2)
        out = [f'{q} = asyncio.{kind}(maxsize={self.r.randint(0, 3)})']
        out.append(f"{q}c = [{', '.join(f'T(asyncio.create_task({c}({q}, {self.tag()}), name={self.uid(chr(99))!r}))' for _ in range(nc))}]")
        out.append(f"{q}p = [{', '.join(f'T(asyncio.create_task({p}({q}, {self.tag()})))' for _ in range(np))}]")
        out.append(f'await asyncio.gather(*{q}p)')
        out.append(f'await {q}.join()')
        out.append(f"P('queue joined', {q}.qsize(), {q}.empty())")
        out.append(f'for t in {q}c:')
        out.append(f'    t.cancel()')
        out.append(f"P('consumers', [type(x).__name__ for x in await asyncio.gather(*{q}c, return_exceptions=True)])")
        return self.maybe_guard(out, 0.7)

    def spawn_group(self, fn, args, n, depth):
        ts = self.uid('gs')
        items = ', '.join(f'T(asyncio.create_task({fn}({args}, {self.tag()}), name={self.uid("x")!r}))' for _ in range(n))
        out = [f'{ts} = [{items}]']
        if self.chance(0.35):
            out += ['await asyncio.sleep(0)'] * self.r.randint(0, 2)
            out.append(f"P('cancel one', {ts}[{self.r.randint(0, n - 1)}].cancel('grp'))")
        out.append(f"P('group', [fx(x) if isinstance(x, BaseException) else x for x in await asyncio.gather(*{ts}, return_exceptions=True)])")
        return out

    def hold_body(self, depth):
        c = self.r.random()
        if c < 0.4:
            return ['await asyncio.sleep(0)']
        if c < 0.7:
            return [f'await asyncio.sleep(D({self.k(1, 3)}))']
        return self.guarded([f"P('in', await {self.cw(depth)})"], 'Exception')

    def s_lock(self, depth):
        fn, lk = self.uid('lk'), self.uid('lock')
        body = ["P('want', tag)", 'async with lock:', "    P('hold', tag, lock.locked())"] + ind(self.hold_body(depth)) + ["P('released', tag)", 'return tag']
        self.helper([f'async def {fn}(lock, tag):'] + ind(body))
        return [f'{lk} = asyncio.Lock()'] + self.spawn_group(fn, lk, self.r.randint(2, 4), depth)

    def s_sem(self, depth):
        fn, sm = self.uid('sm'), self.uid('sem')
        body = ['async with sem:', "    P('sem in', tag, sem.locked())"] + ind(self.hold_body(depth)) + ["P('sem out', tag)", 'return tag']
        self.helper([f'async def {fn}(sem, tag):'] + ind(body))
        kind = self.r.choice(['Semaphore', 'BoundedSemaphore'])
        return [f'{sm} = asyncio.{kind}({self.r.randint(1, 2)})'] + self.spawn_group(fn, sm, self.r.randint(2, 4), depth)

    def s_event(self, depth):
        fn, ev = self.uid('ev'), self.uid('event')
        self.helper([f'async def {fn}(ev, tag):', "    P('ev wait', tag)", '    r = await ev.wait()', "    P('ev woke', tag, r, ev.is_set())", '    return tag'])
        n = self.r.randint(1, 3)
        ts = self.uid('es')
        out = [f'{ev} = asyncio.Event()',
               f"{ts} = [{', '.join(f'T(asyncio.create_task({fn}({ev}, {self.tag()})))' for _ in range(n))}]"]
        # set() then clear() leaves a waiter that has not started yet waiting forever.
        clear = self.chance(0.4)
        out += ['await asyncio.sleep(0)'] * self.r.randint(1 if clear else 0, 2)
        if self.chance(0.5):
            out.append(f'await asyncio.sleep(D({self.k(1, 3)}))')
        if self.chance(0.3):
            out.append(f"{ts}[0].cancel()")
        out.append(f'{ev}.set()')
        if clear:
            out.append(f'{ev}.clear()')
        out.append(f"P('ev', [fx(x) if isinstance(x, BaseException) else x for x in await asyncio.gather(*{ts}, return_exceptions=True)])")
        return out

    def s_cond(self, depth):
        fw, fn, cd, st = self.uid('cw'), self.uid('cn'), self.uid('cond'), self.uid('st')
        if self.chance(0.5):
            w = ['async with cond:', '    r = await cond.wait_for(lambda: st[0] >= need)', "    P('cond ok', tag, st[0], r)"]
        else:
            w = ['async with cond:', '    while st[0] < need:', '        await cond.wait()', "        P('cond woke', tag, st[0])", "    P('cond ok', tag)"]
        self.helper([f'async def {fw}(cond, st, tag, need):'] + ind(w + ['return tag']))
        notify = self.r.choice(['cond.notify_all()', 'cond.notify(1)', 'cond.notify(2)'])
        nb = ['for i in range(3):', '    await asyncio.sleep(0)', '    async with cond:', '        st[0] += 1',
              f"        P('notify', st[0])", f'        {notify}', 'async with cond:', '    st[0] = 99', '    cond.notify_all()']
        self.helper([f'async def {fn}(cond, st):'] + ind(nb))
        n = self.r.randint(1, 3)
        ts = self.uid('cs')
        out = [f'{cd} = asyncio.Condition()', f'{st} = [0]',
               f"{ts} = [{', '.join(f'T(asyncio.create_task({fw}({cd}, {st}, {self.tag()}, {self.r.randint(1, 3)})))' for _ in range(n))}]"]
        out += ['await asyncio.sleep(0)'] * self.r.randint(0, 1)
        if self.chance(0.3):
            out.append(f"{ts}[-1].cancel()")
        out.append(f'{ts}.append(T(asyncio.create_task({fn}({cd}, {st}))))')
        out.append(f"P('cond', [fx(x) if isinstance(x, BaseException) else x for x in await asyncio.gather(*{ts}, return_exceptions=True)])")
        return out

    def s_barrier(self, depth):
        fn, b = self.uid('br'), self.uid('bar')
        self.helper([f'async def {fn}(b, tag):', "    P('at barrier', tag, b.n_waiting)", '    i = await b.wait()',
                     "    P('passed', tag, i)", '    return i'])
        n = self.r.randint(2, 3)
        ts = self.uid('bs')
        out = [f'{b} = asyncio.Barrier({n})',
               f"{ts} = [{', '.join(f'T(asyncio.create_task({fn}({b}, {self.tag()})))' for _ in range(n - (1 if self.chance(0.3) else 0)))}]"]
        # One sleep(0) lets every task reach b.wait(), so that n_waiting is right below.
        out += ['await asyncio.sleep(0)'] * self.r.randint(1, 2)
        c = self.r.random()
        if c < 0.25:
            out.append(f'{ts}[0].cancel()')
        elif c < 0.5:
            out.append(f'await {b}.abort()')
        out += ['await asyncio.sleep(0)'] * self.r.randint(0, 1)
        out.append(f'if {b}.n_waiting:')
        out.append(f'    await {b}.abort()')
        out.append(f"P('barrier', {b}.broken, [fx(x) if isinstance(x, BaseException) else x for x in await asyncio.gather(*{ts}, return_exceptions=True)])")
        return out

    # -- cancelling a task blocked on one kind of await --
    def s_cancel_target(self, depth):
        kind = self.r.choice(['sleep', 'event', 'lock', 'queue', 'cond', 'sem', 'barrier', 'future', 'task', 'gather',
                              'wait_for', 'shield', 'timeout', 'taskgroup', 'wait', 'agen', 'custom', 'sleep0',
                              'as_completed', 'call', 'self', 'wait_for_none', 'agen_op'])
        fn = self.uid('cx')
        setup, args, release = [], [], []
        if kind == 'sleep':
            w = [f'await asyncio.sleep(D({self.k(2, 8)}))']
        elif kind == 'event':
            setup, args, w, release = [f'{fn}e = asyncio.Event()'], [f'{fn}e'], ['await a.wait()'], [f'{fn}e.set()']
        elif kind == 'lock':
            setup, args = [f'{fn}l = asyncio.Lock()', f'await {fn}l.acquire()'], [f'{fn}l']
            w = ['async with a:', "    P('got lock')"]
            release = [f'{fn}l.release()']
        elif kind == 'queue':
            setup, args, w = [f'{fn}q = asyncio.Queue()'], [f'{fn}q'], ["P('q item', await a.get())"]
            release = [f"{fn}q.put_nowait('late')"]
        elif kind == 'cond':
            setup, args = [f'{fn}c = asyncio.Condition()'], [f'{fn}c']
            w = ['async with a:', "    P('cond', await a.wait())"]
        elif kind == 'sem':
            setup, args, w = [f'{fn}s = asyncio.Semaphore(0)'], [f'{fn}s'], ['await a.acquire()']
            release = [f'{fn}s.release()']
        elif kind == 'barrier':
            setup, args, w = [f'{fn}b = asyncio.Barrier(2)'], [f'{fn}b'], ["P('barrier', await a.wait())"]
        elif kind == 'future':
            setup, args, w = [f'{fn}f = asyncio.get_running_loop().create_future()'], [f'{fn}f'], ["P('fut', await a)"]
            if self.chance(0.5):
                release = [f"asyncio.get_running_loop().call_soon(_set, {fn}f, 'late')"]
        elif kind == 'task':
            setup, args, w = [f'{fn}t = {self.task(depth)}'], [f'{fn}t'], ["P('task', await a)"]
        elif kind == 'gather':
            w = [f"P('gather', await {self.gather_expr(depth)})"]
        elif kind == 'wait_for':
            w = [f"P('wait_for', await asyncio.wait_for({self.awaitable(depth)}, timeout=D({self.k(2, 8)})))"]
        elif kind == 'shield':
            setup, args, w = [f'{fn}t = {self.task(depth)}'], [f'{fn}t'], ["P('shield', await asyncio.shield(a))"]
        elif kind == 'timeout':
            w = [f'async with asyncio.timeout(D({self.k(2, 8)})):', f'    await asyncio.sleep(D({self.k(1, 8)}))']
        elif kind == 'taskgroup':
            w = ['async with asyncio.TaskGroup() as tg:', f'    tg.create_task({self.cw(depth)})']
        elif kind == 'wait':
            setup, args = [f'{fn}t = [{self.task(depth)}, {self.task(depth)}]'], [f'{fn}t']
            w = ['d, p = await asyncio.wait(a)', "P('waited', len(d), len(p))"]
        elif kind == 'as_completed':
            setup, args = [f'{fn}t = [{self.task(depth)}, {self.task(depth)}]'], [f'{fn}t']
            w = ['for f in asyncio.as_completed(a):', "    P('ac', await f)"]
        elif kind == 'agen':
            ag = self.agen_def(depth)
            w = [f'async with contextlib.aclosing({ag}(3, {self.tag()})) as g:', '    async for v in g:', "        P('item', v)"]
        elif kind == 'custom':
            aw = self.awaitable_def()
            w = [f"P('custom', await {aw}(5))"]
        elif kind == 'sleep0':
            w = ['for i in range(5):', "    P('spin', i)", '    await asyncio.sleep(0)']
        elif kind == 'self':
            w = ["P('self cancel', asyncio.current_task().cancel('self'))", 'await asyncio.sleep(0)', "P('not reached')"]
        elif kind == 'agen_op':
            # An async generator busy in asend/athrow/aclose when its task is cancelled.
            ag = self.uid('cag')
            fin = ['    await asyncio.sleep(0)'] * self.r.randint(0, 2)
            self.helper([f'async def {ag}(tag):', '    try:', '        for i in range(3):', '            await asyncio.sleep(0)',
                         '            await asyncio.sleep(0)', '            yield i', '    finally:', "        P('cag fin', tag)"] + ['    ' + l for l in fin])
            setup, args = [f'{fn}g = {ag}({self.tag()})'], [f'{fn}g']
            w = ["P('cag', await a.asend(None))"]
            w.append(self.r.choice(["P('cag', await a.asend(None))", 'await a.aclose()', "P('cag', await a.athrow(E1('cx')))",
                                    "P('cag', await anext(a))"]))
            release = []
            after = self.guarded([f"P('cag after', {fn}g.ag_running, await anext({fn}g, 'dflt'))"], 'Exception')
            after += self.guarded([f'await {fn}g.aclose()', f"P('cag closed', {fn}g.ag_running)"], 'Exception')
        elif kind == 'wait_for_none':
            w = [f"P('wait_for', await asyncio.wait_for({self.awaitable(depth)}, timeout=None))"]
        else:
            w = [f"P('call', await {self.cw(depth)})"]
        params = ', '.join(['a'] if args else [])
        v = self.uid('ce')
        body = [f"P('{fn} waits on {kind}')", 'try:'] + ind(w)
        body += [f'except asyncio.CancelledError as {v}:', f"    P('{fn} cancelled', {v}.args, asyncio.current_task().cancelling())"]
        c = self.r.random()
        if c < 0.2:
            body.append("    await asyncio.sleep(0)")
            body.append("    raise")
        elif c < 0.35:
            body.append("    return 'swallowed'")
        elif c < 0.45:
            body.append("    raise E1('converted')")
        elif c < 0.55:
            body.append("    P('uncancel', asyncio.current_task().uncancel())")
            body.append("    return 'uncancelled'")
        else:
            body.append("    raise")
        if self.chance(0.4):
            body += ['finally:', f"    P('{fn} finally')"]
            if self.chance(0.5):
                body.append('    await asyncio.sleep(0)')
        body.append(f"return '{fn} done'")
        self.helper([f'async def {fn}({params}):'] + ind(body))
        t = self.uid('ct')
        out = setup + [f"{t} = T(asyncio.create_task({fn}({', '.join(args)}), name='{t}'))"]
        out += ['await asyncio.sleep(0)'] * self.r.randint(1, 3)
        msg = self.r.choice(['', "'stop'", "msg='stop'"])
        out.append(f"P('cancel {kind}', {t}.cancel({msg}))")
        if self.chance(0.25):
            out.append(f"P('cancel twice', {t}.cancel('again'), {t}.cancelling())")
        if self.chance(0.15):
            out.append(f"P('uncancel', {t}.uncancel())")
        out += release
        out += self.guarded([f"P('{t} ->', await {t})"], '(Exception, asyncio.CancelledError)')
        out.append(f"P('{t} state', state({t}))")
        if kind == 'agen_op':
            out += after
        return out

    def agen_def(self, depth):
        ag = self.uid('ag')
        body = ['try:', '    for i in range(n):']
        inner = []
        c = self.r.random()
        inner.append('await asyncio.sleep(0)' if c < 0.6 else f'await asyncio.sleep(D({self.k(1, 4)}))')
        if self.chance(0.2):
            inner.append(f'if i == {self.r.randint(0, 3)}:')
            inner.append(f"    raise E3('agen', tag, i)")
        inner.append('yield i * 10')
        body += ind(inner, 2)
        body += ['finally:', "    P('agen finally', tag)"]
        if self.chance(0.5):
            body.append('    await asyncio.sleep(0)')
        self.helper([f'async def {ag}(n, tag):'] + ind(body))
        return ag

    def s_agen(self, depth):
        ag = self.agen_def(depth)
        c = self.r.random()
        # An async generator left unfinished is finalized when garbage collected (timing differs by
        # design), so every one is closed explicitly.
        if c < 0.35:
            lines = [f'async with contextlib.aclosing({ag}({self.r.randint(0, 4)}, {self.tag()})) as g:',
                     '    async for v in g:', "        P('item', v)"]
        elif c < 0.6:
            brk = self.r.randint(0, 3)
            lines = [f'async with contextlib.aclosing({ag}(4, {self.tag()})) as g:', '    async for v in g:',
                     "        P('item', v)", f'        if v == {brk * 10}:', '            break']
        elif c < 0.8:
            lines = [f'async with contextlib.aclosing({ag}({self.r.randint(0, 3)}, {self.tag()})) as g:',
                     "    P('comp', [v async for v in g])"]
        elif c < 0.9:
            g = self.uid('g')
            lines = [f'{g} = {ag}(3, {self.tag()})', f"P('anext', await anext({g}))", f"P('anext', await {g}.__anext__())",
                     f'await {g}.aclose()', f"P('closed', await anext({g}, 'dflt'))"]
        else:
            g = self.uid('g')
            lines = [f'{g} = {ag}(3, {self.tag()})', 'try:', f"    P('asend', await {g}.asend(None))",
                     f"    P('athrow', await {g}.athrow(E2('thrown')))", 'finally:', f'    await {g}.aclose()']
        return self.maybe_guard(lines, 0.6)

    def s_acm(self, depth):
        cls = self.uid('Acm')
        sup = self.chance(0.4)
        if self.chance(0.6):
            ex = ["async def __aexit__(self, et, ev, tb):", "    P('exit', self.tag, et.__name__ if et else None)"]
            if self.chance(0.6):
                ex.append('    await asyncio.sleep(0)')
            ex.append(f'    return {sup}')
            self.helper([f'class {cls}:', '    def __init__(self, tag):', '        self.tag = tag',
                         '    async def __aenter__(self):', "        P('enter', self.tag)", '        await asyncio.sleep(0)',
                         '        return self.tag'] + ind(ex))
        else:
            b = ["P('enter', tag)", 'await asyncio.sleep(0)', 'try:', '    yield tag']
            if sup:
                b += ['except Exception as e:', "    P('acm swallow', fx(e))"]
            b += ['finally:', "    P('exit', tag)", '    await asyncio.sleep(0)']
            self.helper(['@contextlib.asynccontextmanager', f'async def {cls}(tag):'] + ind(b))
        body = self.block(depth, self.r.randint(1, 2))
        return self.maybe_guard([f'async with {cls}({self.tag()}) as v:', "    P('as', v)"] + ind(body) + ["P('after acm')"], 0.6)

    def s_future(self, depth):
        f = self.uid('fu')
        out = [f'{f} = asyncio.get_running_loop().create_future()']
        if self.chance(0.5):
            out.append(f"{f}.add_done_callback(functools.partial(cb, '{f}'))")
        c = self.r.random()
        if c < 0.4:
            out.append(f"asyncio.get_running_loop().call_soon(_set, {f}, 'soon')")
        elif c < 0.8:
            out.append(f"asyncio.get_running_loop().call_later(D({self.k(1, 5)}), _set, {f}, 'later')")
        else:
            h = self.uid('h')
            out.append(f"{h} = asyncio.get_running_loop().call_later(D({self.k(1, 5)}), _set, {f}, 'never')")
            out.append(f"asyncio.get_running_loop().call_soon(P, 'soon cb')")
            out.append(f"{h}.cancel()")
            out.append(f"asyncio.get_running_loop().call_soon(_set, {f}, 'instead')")
        if self.chance(0.3):
            out.append(f'await asyncio.sleep(0)')
        out.append(f"P('future', await {f})")
        return out

    def awaitable_def(self):
        cls = self.uid('Aw')
        b = ['def __await__(self):', '    f = asyncio.get_running_loop().create_future()',
             '    asyncio.get_running_loop().call_soon(_set, f, self.v)']
        b.append('    r = yield from f' if self.chance(0.5) else '    r = yield from f.__await__()')
        if self.chance(0.5):
            b.append('    yield from asyncio.sleep(0).__await__()')
        b.append('    return r * 2')
        self.helper([f'class {cls}:', '    def __init__(self, v):', '        self.v = v'] + ind(b))
        return cls

    def s_awaitable(self, depth):
        return [f"P('custom', await {self.awaitable_def()}({self.r.randint(1, 9)}))"]

    def s_done_callbacks(self, depth):
        t = self.uid('dc')
        out = [f'{t} = {self.task(depth)}']
        labels = [self.uid('cb') for _ in range(self.r.randint(2, 3))]
        for l in labels:
            out.append(f"{t}.add_done_callback(functools.partial(cb, '{l}'))")
        if self.chance(0.3):
            out.append(f"asyncio.get_running_loop().call_soon(P, 'soon after')")
        out += self.guarded([f"P('dc', await {t})"], '(Exception, asyncio.CancelledError)')
        out.append('await asyncio.sleep(0)')
        return out

    def s_interleave(self, depth):
        fn = self.uid('il')
        k = self.r.randint(1, 4)
        self.helper([f'async def {fn}(tag, k):', '    for i in range(k):', "        P('tick', tag, i)", '        await asyncio.sleep(0)', '    return tag'])
        n = self.r.randint(2, 3)
        return [f"P('il', await asyncio.gather({', '.join(f'{fn}({self.tag()}, {self.r.randint(1, k)})' for _ in range(n))}))"]

    def s_except_star(self, depth):
        v = self.uid('es')
        c = self.r.random()
        if c < 0.5:
            src = f"raise ExceptionGroup('eg', [E1('a'), E3('b'), E2('c')])"
        else:
            src = f"raise E1('naked')"
        out = ['try:', '    await asyncio.sleep(0)', '    ' + src, f'except* E2 as {v}:', f"    P('star E2', fx({v}))"]
        if self.chance(0.5):
            out += [f'except* ValueError as {v}:', f"    P('star ValueError', fx({v}))", '    await asyncio.sleep(0)']
        out += [f'except* E1 as {v}:', f"    P('star E1', fx({v}))"]
        return self.maybe_guard(out, 0.5)

    # ---- statements added for wider coverage ----------------------------------------------

    def s_call_at(self, depth):
        loop = 'asyncio.get_running_loop()'
        c = self.r.random()
        if c < 0.5:
            f, h1, h2 = self.uid('fa'), self.uid('ha'), self.uid('hb')
            out = [f'{f} = {loop}.create_future()',
                   f"{h1} = {loop}.call_at({loop}.time() + D({self.k(1, 4)}), _set, {f}, 'at')",
                   f"{h2} = {loop}.{self.r.choice(['call_later(D(%d), ' % self.k(1, 4), 'call_at(%s.time() + D(%d), ' % (loop, self.k(1, 4))])}P, 'timer cb')"]
            out.append(f"P('whens', slot_of({h1}.when()) - now(), slot_of({h2}.when()) - now())")
            d = self.r.random()
            if d < 0.35:
                out += [f'{h1}.cancel()', f"{loop}.call_at({loop}.time() + D({self.k(1, 4)}), _set, {f}, 'fallback')"]
            elif d < 0.7:
                out.append(f'{h2}.cancel()')
            out.append(f"P('cancelled?', {h1}.cancelled(), {h2}.cancelled())")
            out.append(f"P('fa', await {f}, now())")
            if self.chance(0.5):
                out.append(f"{h1}.cancel()")
                out.append(f"P('cancel after', {h1}.cancelled())")
            return out
        t = self.uid('tn')
        out = [f'{t} = {loop}.time()']
        calls = [f"{loop}.call_at({t} - 1, P, 'past 1')", f"{loop}.call_soon(P, 'soon 1')",
                 f"{loop}.call_at({t} - 2, P, 'past 2')", f"{loop}.call_later(0, P, 'later 0')",
                 f"{loop}.call_later(-1, P, 'later -1')", f"{loop}.call_soon(P, 'soon 2')",
                 f"{loop}.call_at({t} - 0.5, P, 'cancelled past').cancel()"]
        self.r.shuffle(calls)
        out += calls[:self.r.randint(2, len(calls))]
        out += ['await asyncio.sleep(0)'] * self.r.randint(0, 2)
        return out

    def s_thread(self, depth):
        if self.threads >= 3:
            return self.s_sleept(depth)
        self.threads += 1
        loop = 'asyncio.get_running_loop()'
        c = self.r.random()
        k = self.k(1, 4)
        n = self.r.randint(1, 9)
        if c < 0.25:
            e = f'asyncio.to_thread(th_compute, {n}, D({k}))'
        elif c < 0.4:
            e = f'asyncio.to_thread(th_raise, {n}, D({k}))'
        elif c < 0.55:
            e = f'{loop}.run_in_executor(None, th_compute, {n}, D({k}))'
        elif c < 0.65:
            e = f'{loop}.run_in_executor(None, functools.partial(th_raise, {n}, D({k})))'
        elif c < 0.8 and self.top:
            # A thread that prints runs only in main's own statements: a task cancelled just after
            # it submitted the work may cancel it before a worker thread picks it up (or not).
            e = f'asyncio.to_thread(th_say, {self.tag()}, D({k}))'
        elif c < 0.8:
            e = f'asyncio.to_thread(th_compute, {n}, D({k}))'
        else:
            out = [f'cv.set({self.tag()})',
                   f"P('thread cv', await asyncio.to_thread(th_cv, D({k})), await {loop}.run_in_executor(None, th_cv, D({self.k(1, 3)})), now())"]
            return self.maybe_guard(out, 0.8)
        if self.chance(0.25):
            e = f'asyncio.wait_for({e}, timeout=D({self.k(1, 5)}))'
        return self.maybe_guard([f"P('thread', await {e}, now())"], 0.9)

    def s_contextvars(self, depth):
        c = self.r.random()
        loop = 'asyncio.get_running_loop()'
        if c < 0.3:
            ch = self.uid('cvc')
            body = ["P('child sees', cv.get())", 'cv.set(tag)', 'await asyncio.sleep(0)', "P('child has', cv.get())"]
            if self.chance(0.5):
                body.append(f"P('child call', await {self.cw(depth)})")
            body.append('return cv.get()')
            self.helper([f'async def {ch}(tag):'] + ind(body))
            tok, t = self.uid('tok'), self.uid('cvt')
            out = [f'{tok} = cv.set({self.tag()})', "P('cv set', cv.get())"]
            if self.chance(0.4):
                cx = self.uid('cx')
                out += [f'{cx} = contextvars.copy_context()', f'{cx}.run(cv.set, {self.tag()})',
                        f"{t} = T(asyncio.create_task({ch}({self.tag()}), context={cx}))"]
            else:
                out.append(f"{t} = T(asyncio.create_task({ch}({self.tag()})))")
            out += ['await asyncio.sleep(0)'] * self.r.randint(0, 1)
            out.append(f"P('child ->', await {t}, cv.get())")
            out += [f'cv.reset({tok})', "P('cv reset', cv.get())"]
            if self.chance(0.3):
                out += ['try:', f'    cv.reset({tok})', 'except RuntimeError as e:', "    P('reset twice', type(e).__name__)"]
            return self.maybe_guard(out, 0.5)
        if c < 0.6:
            cx = self.uid('cx')
            out = [f'{cx} = contextvars.copy_context()', f'cv.set({self.tag()})',
                   f"{loop}.call_soon(cvp, 'cb old ctx', context={cx})", f"{loop}.call_soon(cvp, 'cb copy')"]
            if self.chance(0.5):
                out.append(f"{loop}.call_later(D({self.k(1, 3)}), cvp, 'cb later')")
            if self.chance(0.5):
                t = self.uid('cvt')
                out += [f'{t} = {self.task(depth)}', f"{t}.add_done_callback(lambda f: cvp('done cb'), context={cx})",
                        f"{t}.add_done_callback(lambda f: cvp('done cb now'))"]
                out += [f'cv.set({self.tag()})']
                out += self.guarded([f"P('cvt', await {t})"], '(Exception, asyncio.CancelledError)')
            out += ['await asyncio.sleep(0)'] * self.r.randint(1, 2)
            out.append(f"P('cv now', cv.get(), {cx}.get(cv, 'missing'), cv in {cx}, len({cx}))")
            return out
        cx = self.uid('cx')
        return [f'{cx} = contextvars.copy_context()',
                f"P('ctx run', {cx}.run(cvset, {self.tag()}), cv.get(), {cx}[cv])",
                f"P('ctx run2', contextvars.copy_context().run(cvset, {self.tag()}), cv.get())",
                'try:', f"    {cx}.run({cx}.run, cvp, 'nested')", 'except RuntimeError as e:', "    P('nested run', type(e).__name__)"]

    def s_future2(self, depth):
        f = self.uid('fv')
        fc = self.uid('fcomp')
        loop = 'asyncio.get_running_loop()'
        how = self.r.randint(0, 4)
        self.helper([f'async def {fc}(f, how, tag):', '    await asyncio.sleep(0)',
                     '    if how == 0:', "        f.set_result(tag)", '    elif how == 1:', "        f.set_exception(E2('fcomp', tag))",
                     '    elif how == 2:', "        P('fcancel', f.cancel(tag))", '    elif how == 3:', '        try:',
                     '            f.set_exception(StopIteration(tag))', '        except TypeError as e:', "            P('type error', e)",
                     "        f.set_exception(E1)", '    else:', "        f.set_result(tag)", '        try:',
                     "            f.set_result('again')", '        except asyncio.InvalidStateError as e:', "            P('ise', e)"])
        out = [f'{f} = {loop}.create_future()']
        cbs = [self.uid('fcb') for _ in range(self.r.randint(1, 3))]
        for l in cbs:
            out.append(f"{l} = functools.partial(cb, '{l}')")
            out.append(f'{f}.add_done_callback({l})')
        if self.chance(0.5):
            out.append(f'{f}.add_done_callback({cbs[0]})')
        if self.chance(0.6):
            out.append(f"P('removed', {f}.remove_done_callback({self.r.choice(cbs)}))")
        waiters = self.r.randint(0, 2)
        wf = self.uid('fw')
        if waiters:
            self.helper([f'async def {wf}(f, tag):', '    try:', "        P('fw got', tag, await f)",
                         '    except (Exception, asyncio.CancelledError) as e:', "        P('fw exc', tag, fx(e))"])
            out.append(f"{wf}s = [T(asyncio.create_task({wf}({f}, {self.tag()}))) for _ in range({waiters})]")
        c = self.r.random()
        if c < 0.5:
            out.append(f"T(asyncio.create_task({fc}({f}, {how}, {self.tag()})))")
        elif c < 0.65:
            out.append(f"{loop}.call_soon(fut_exc, {f}, E3('via cb'))")
        elif c < 0.8:
            out.append(f"{loop}.call_later(D({self.k(1, 3)}), fut_cancel, {f}, 'late')")
        else:
            out += ['await asyncio.sleep(0)', f"P('direct cancel', {f}.cancel('now'), {f}.cancelled())"]
        out += self.guarded([f"P('fv', await {f})"], '(Exception, asyncio.CancelledError)')
        out.append(f"P('fv state', state({f}))")
        if self.chance(0.4):
            out += self.guarded([f"P('fv exc', {f}.exception())"], '(Exception, asyncio.CancelledError)')
        if waiters:
            out.append(f'await asyncio.gather(*{wf}s, return_exceptions=True)')
        return out

    def s_queue2(self, depth):
        kind = self.r.choice(['Queue', 'PriorityQueue', 'LifoQueue'])
        q, pr, wk = self.uid('q'), self.uid('qpr'), self.uid('qwk')
        n = self.r.randint(3, 6)
        items = [repr((self.r.randint(0, 2), self.r.choice('abc'))) for _ in range(n)]
        pb = ['for it in items:', '    await q.put(it)', "    P('put', it, q.qsize(), q.full())"]
        self.helper([f'async def {pr}(q, items):'] + ind(pb))
        wb = ['while True:', '    it = await q.get()', "    P('take', tag, it, q.qsize())"]
        if self.chance(0.5):
            wb.append('    await asyncio.sleep(0)')
        if self.chance(0.3):
            wb.append(f'    await asyncio.sleep(D({self.k(1, 2)}))')
        wb.append('    q.task_done()')
        self.helper([f'async def {wk}(q, tag):'] + ind(wb))
        nw = self.r.randint(1, 3)
        out = [f'{q} = asyncio.{kind}(maxsize={self.r.randint(0, 2)})']
        if self.chance(0.4):
            out += self.guarded([f'{q}.get_nowait()'], 'asyncio.QueueEmpty')
        out.append(f"{q}w = [T(asyncio.create_task({wk}({q}, {self.tag()}), name={self.uid('qw')!r})) for _ in range({nw})]")
        out.append(f"{q}p = T(asyncio.create_task({pr}({q}, [{', '.join(items)}])))")
        if self.chance(0.4):
            out += self.guarded([f"{q}.put_nowait((9, 'z'))", f"{q}.put_nowait((9, 'y'))", f"{q}.put_nowait((9, 'x'))",
                                 f"P('nowait ok', {q}.qsize())"], 'asyncio.QueueFull')
        out += ['await asyncio.sleep(0)'] * self.r.randint(0, 2)
        out.append(f'await {q}p')
        out.append(f'await {q}.join()')
        out.append(f"P('joined', {q}.qsize(), {q}.empty())")
        if self.chance(0.4):
            out += self.guarded([f'{q}.task_done()'], 'ValueError')
        out += [f'for t in {q}w:', '    t.cancel()', f'await asyncio.gather(*{q}w, return_exceptions=True)']
        return self.maybe_guard(out, 0.6)

    def s_sync2(self, depth):
        c = self.r.random()
        if c < 0.45:
            fn, b = self.uid('bw'), self.uid('bar')
            self.helper([f'async def {fn}(b, tag):', '    try:', '        i = await b.wait()', "        P('through', tag, i)", '        return i',
                         '    except asyncio.BrokenBarrierError as e:', "        P('broken', tag, repr(e), b.broken)", "        return 'broken'"])
            n = self.r.randint(2, 3)
            ts = self.uid('bt')
            out = [f'{b} = asyncio.Barrier({n})',
                   f"{ts} = [T(asyncio.create_task({fn}({b}, {self.tag()}))) for _ in range({n - 1})]",
                   'await asyncio.sleep(0)', f"P('waiting', {b}.n_waiting, {b}.parties, {b}.broken)"]
            act = self.r.choice(['reset', 'abort'])
            out.append(f'await {b}.{act}()')
            out.append(f"P('after {act}', {b}.n_waiting, {b}.broken)")
            out.append(f"P('first round', await asyncio.gather(*{ts}))")
            if act == 'abort' and self.chance(0.5):
                out.append(f'await {b}.reset()')
            out.append(f"{ts} = [T(asyncio.create_task({fn}({b}, {self.tag()}))) for _ in range({n})]")
            out.append(f"P('second round', await asyncio.gather(*{ts}), {b}.broken)")
            return out
        if c < 0.7:
            s = self.uid('bs')
            out = [f'{s} = asyncio.{self.r.choice(["BoundedSemaphore", "Semaphore"])}({self.r.randint(1, 2)})',
                   f'await {s}.acquire()', f"P('sem', {s}.locked())", f'{s}.release()']
            out += self.guarded([f'{s}.release()', f"P('released extra', {s}.locked())"], 'ValueError')
            out += self.guarded([f'{s}.release()'], 'ValueError')
            out.append(f"P('sem end', {s}.locked())")
            return out
        fw, cd = self.uid('cwf'), self.uid('cond')
        st = self.uid('st')
        self.helper([f'async def {fw}(c, st, tag, need):', '    async with c:',
                     "        r = await c.wait_for(lambda: st[0] >= need and st[0])", "        P('cond pred', tag, r)", '        return r'])
        n = self.r.randint(2, 4)
        out = [f'{cd} = asyncio.Condition()', f'{st} = [0]',
               f"{cd}w = [T(asyncio.create_task({fw}({cd}, {st}, {self.tag()}, {self.r.randint(1, 3)}))) for _ in range({n})]",
               'await asyncio.sleep(0)']
        for i in range(self.r.randint(2, 4)):
            out += [f'async with {cd}:', f'    {st}[0] += 1', f"    P('notify n', {cd}.notify({self.r.randint(0, 2)}))",
                    'await asyncio.sleep(0)']
        out += [f'async with {cd}:', f'    {st}[0] = 9', f'    {cd}.notify_all()',
                f"P('cond done', await asyncio.gather(*{cd}w, return_exceptions=True))"]
        return out

    def s_timeout2(self, depth):
        loop = 'asyncio.get_running_loop()'
        o, i = self.uid('to'), self.uid('ti')
        c = self.r.random()
        inner = []
        if c < 0.25:
            inner.append(f'{i}.reschedule(None)')
        elif c < 0.5:
            inner.append(f'{i}.reschedule({loop}.time() + D({self.k(1, 6)}))')
        elif c < 0.6:
            inner.append(f'{i}.reschedule({loop}.time() - 1)')
        inner.append(f"P('inner when', slot_of({i}.when()) if {i}.when() is not None else None)")
        inner += self.block(depth, 1) if self.chance(0.4) else []
        inner.append(f'await asyncio.sleep(D({self.k(1, 6)}))')
        inner.append("P('inner body done')")
        head_i = self.r.choice([f'asyncio.timeout(D({self.k(1, 6)}))', f'asyncio.timeout_at({loop}.time() + D({self.k(1, 6)}))',
                                'asyncio.timeout(None)'])
        head_o = self.r.choice([f'asyncio.timeout(D({self.k(1, 6)}))', f'asyncio.timeout_at({loop}.time() + D({self.k(1, 6)}))'])
        inner_blk = [f'async with {head_i} as {i}:'] + ind(inner)
        if self.chance(0.5):
            inner_blk = self.guarded(inner_blk, 'TimeoutError')
        outer = [f'async with {head_o} as {o}:'] + ind(inner_blk + [f"P('between', {o}.expired(), {i}.expired())", f'await asyncio.sleep(D({self.k(1, 4)}))'])
        out = self.guarded(outer, 'TimeoutError')
        out.append(f"P('expired', {o}.expired(), {i}.expired())")
        if self.chance(0.4):
            out += self.guarded([f'{i}.reschedule(None)'], 'RuntimeError')
        return out

    def s_uncancel(self, depth):
        fn = self.uid('uc')
        body = ['try:', f'    await asyncio.sleep(D({self.k(1, 4)}))', 'except asyncio.CancelledError as e:',
                "    me = asyncio.current_task()", "    P('uc cancelled', e.args, me.cancelling())"]
        n = self.r.randint(0, 2)
        body += [f"    P('uc uncancel', me.uncancel(), me.cancelling())"] * n
        if self.chance(0.5):
            body.append('    raise')
        body += ['await asyncio.sleep(0)', "P('uc continues', asyncio.current_task().cancelling())", 'return tag']
        self.helper([f'async def {fn}(tag):'] + ind(body))
        t = self.uid('ut')
        out = [f"{t} = T(asyncio.create_task({fn}({self.tag()})))", 'await asyncio.sleep(0)']
        for _ in range(self.r.randint(1, 3)):
            out.append(f"P('cancel', {t}.cancel({self.r.choice(['', repr('u')])}), {t}.cancelling())")
        if self.chance(0.3):
            out.append(f"P('outer uncancel', {t}.uncancel(), {t}.cancelling())")
        if self.chance(0.5):
            out.append('await asyncio.sleep(0)')
            out.append(f"P('cancel later', {t}.cancel(), {t}.cancelling())")
        out += self.guarded([f"P('ut', await {t})"], '(Exception, asyncio.CancelledError)')
        out.append(f"P('ut end', state({t}), {t}.cancelling(), {t}.uncancel(), {t}.uncancel())")
        return out

    def s_stack(self, depth):
        t = self.uid('sk')
        fn = self.uid('deep')
        self.helper([f'async def {fn}(n):', '    if n == 0:', '        await asyncio.sleep(0)', "        raise E3('deep')",
                     '    return await ' + f'{fn}(n - 1)'])
        nd = self.r.randint(0, 3)
        out = [f'{t} = T(asyncio.create_task({fn}({nd})))',
               f"P('stack new', [f.f_code.co_name for f in {t}.get_stack()])", 'await asyncio.sleep(0)',
               f"P('stack wait', [f.f_code.co_name for f in {t}.get_stack()], len({t}.get_stack(limit=1)))"]
        out += self.guarded([f'await {t}'], 'E3')
        out.append(f"P('stack done', [f.f_code.co_name for f in {t}.get_stack()], [f.f_code.co_name for f in {t}.get_stack(limit=2)])")
        return out

    def s_agen2(self, depth):
        ag = self.uid('ag')
        body = ['x = 0', 'try:', '    while True:', '        try:', '            v = yield x', "            P('agen got', tag, v)",
                '            await asyncio.sleep(0)', '            x += v or 1', '        except E1 as e:',
                "            P('agen caught', tag, fx(e))", '            x = -1']
        if self.chance(0.3):
            body += ['except GeneratorExit:', "    P('agen exit', tag)"]
            if self.chance(0.4):
                body.append("    yield 'bad'")
            else:
                body += ['    await asyncio.sleep(0)', '    raise']
        body += ['finally:', "    P('agen fin', tag)"]
        self.helper([f'async def {ag}(tag):'] + ind(body))
        bad = "yield 'bad'" in body[-3]
        g = self.uid('g')
        ops = []
        for _ in range(self.r.randint(2, 5)):
            ops.append(self.r.choice([f'{g}.asend({self.r.randint(0, 5)})', f'{g}.asend(None)', f"{g}.athrow(E2('t'))",
                                      f"{g}.athrow(E3('x'))", f'anext({g})', f"anext({g}, 'dflt')", f'{g}.aclose()',
                                      f"{g}.athrow(E2)"]))
        out = [f'{g} = {ag}({self.tag()})']
        for op in ops:
            out += self.guarded([f"P('op', await {op})"], 'Exception')
        out += self.guarded([f'await {g}.aclose()'], 'Exception')
        if bad:
            # Left suspended at its yield in the GeneratorExit handler: finish it (not the GC).
            out.append(f"P('drain', await anext({g}, 'dflt'))")
        return out

    def s_acomp(self, depth):
        ag = self.agen_def(depth)
        g = self.uid('g')
        aw = self.awaitable_def() if self.chance(0.3) else None
        c = self.r.random()
        if c < 0.3:
            e = f'[v async for v in {g} if v % 20 == 0]'
        elif c < 0.5:
            e = f"[await {aw}(v) async for v in {g}]" if aw else f'[await asyncio.sleep(0, v + 1) async for v in {g}]'
        elif c < 0.65:
            e = f'{{v: await asyncio.sleep(0, -v) async for v in {g} if v}}'
        elif c < 0.8:
            e = f'[x async for x in (v * 2 async for v in {g})]'
        else:
            e = f'[await asyncio.sleep(0, i) for i in range({self.r.randint(0, 3)})] + [v async for v in {g}]'
        return self.maybe_guard([f'async with contextlib.aclosing({ag}({self.r.randint(0, 4)}, {self.tag()})) as {g}:',
                                 f"    P('acomp', {e})"], 0.6)

    def s_ensure(self, depth):
        c = self.r.random()
        t = self.uid('ef')
        if c < 0.4:
            aw = self.awaitable_def()
            return [f'{t} = T(asyncio.ensure_future({aw}({self.r.randint(1, 9)})))',
                    f"P('ef', isinstance({t}, asyncio.Task), {t}.get_name() == asyncio.current_task().get_name())"] + self.guarded(
                        [f"P('ef ->', await {t})"], '(Exception, asyncio.CancelledError)')
        if c < 0.6:
            f = self.uid('fe')
            return [f'{f} = asyncio.get_running_loop().create_future()',
                    f"P('same', asyncio.ensure_future({f}) is {f}, asyncio.ensure_future({f}, loop=asyncio.get_running_loop()) is {f})",
                    f"asyncio.get_running_loop().call_soon(_set, {f}, 'ef')", f"P('ef fut', await {f})"]
        if c < 0.8:
            return [f'{t} = T(asyncio.ensure_future({self.cw(depth)}))'] + self.guarded(
                [f"P('ef co', await {t})"], '(Exception, asyncio.CancelledError)')
        return self.guarded([f"asyncio.ensure_future({self.r.choice(['42', 'None', repr('s')])})"], 'TypeError')

    def s_cb_spawn(self, depth):
        t = self.uid('sp')
        n = self.uid('cbt')
        out = [f'{t} = {self.task(depth)}']
        c = self.r.random()
        if c < 0.6:
            out.append(f"{t}.add_done_callback(lambda f: V(asyncio.create_task({self.cw(depth)}, name='{n}')))")
        else:
            out.append(f"asyncio.get_running_loop().call_soon(lambda: V(asyncio.create_task({self.cw(depth)}, name='{n}')))")
        out += self.guarded([f"P('sp', await {t})"], '(Exception, asyncio.CancelledError)')
        out += ['await asyncio.sleep(0)'] * self.r.randint(1, 2)
        return out

    def s_acm_raise(self, depth):
        cls = self.uid('Bcm')
        mode = self.r.choice(['enter', 'exit', 'exit', 'none'])
        sw = self.chance(0.4)
        self.helper([f'class {cls}:', '    def __init__(self, tag):', '        self.tag = tag',
                     '    async def __aenter__(self):', "        P('aenter', self.tag)", '        await asyncio.sleep(0)',
                     f"        if {mode == 'enter'}:", "            raise E1('aenter', self.tag)", '        return self.tag',
                     '    async def __aexit__(self, et, ev, tb):', "        P('aexit', self.tag, et.__name__ if et else None)",
                     '        await asyncio.sleep(0)', f"        if {mode == 'exit'}:", "            raise E2('aexit', self.tag)",
                     f'        return {sw}'])
        body = ["P('in', v)"]
        if self.chance(0.5):
            body.append(f"raise E3('body')")
        else:
            body += self.block(depth, 1)
        v = self.uid('ae')
        return ['try:', f'    async with {cls}({self.tag()}) as v:'] + ind(body, 2) + [
            "    P('after bcm')", f'except Exception as {v}:', f"    P('bcm exc', fx({v}), ctx({v}))"]

    def s_nest(self, depth):
        c = self.r.random()
        fn = self.uid('ng')
        if c < 0.5:
            gw = self.uid('gw')
            re = self.chance(0.5)
            self.helper([f'async def {gw}(a, b):', f'    return await asyncio.gather(a("g1"), b("g2"), return_exceptions={re})'])
            self.helper([f'async def {fn}(tag):', '    async with asyncio.TaskGroup() as tg:',
                         f'        t = tg.create_task({gw}({self.worker(depth + 1)}, {self.worker(depth + 1)}))',
                         "    P('ng done', tag, t.result())", '    return tag'])
        else:
            tw = self.uid('tw')
            self.helper([f'async def {tw}(w, x):', '    async with asyncio.TaskGroup() as tg:', '        t = tg.create_task(w(x))',
                         '    return t.result()'])
            self.helper([f'async def {fn}(tag):', f'    r = await asyncio.gather({tw}({self.worker(depth + 1)}, "n1"), {tw}({self.worker(depth + 1)}, "n2"))',
                         "    P('ng done', tag, r)", '    return tag'])
        t = self.uid('nt')
        out = [f"{t} = V(asyncio.create_task({fn}({self.tag()})))"]
        if self.chance(0.6):
            out.append('await asyncio.sleep(0)' if self.chance(0.5) else f'await asyncio.sleep(D({self.k(1, 4)}))')
            out.append(f"P('nest cancel', {t}.cancel())")
        out += self.guarded([f"P('nt', await {t})"], '(Exception, asyncio.CancelledError)')
        out.append(f"P('nt state', state({t}))")
        return out

    def s_wait2(self, depth):
        f = self.uid('wf')
        ts = self.uid('wts')
        out = [f'{f} = asyncio.get_running_loop().create_future()', f'{ts} = [{self.task(depth, self.uid("wq"))}, {f}]']
        c = self.r.random()
        if c < 0.5:
            out.append(f"asyncio.get_running_loop().call_later(D({self.k(1, 4)}), fut_exc, {f}, E3('wf'))")
        else:
            out.append(f"asyncio.get_running_loop().call_later(D({self.k(1, 4)}), _set, {f}, 'wf')")
        rw = self.r.choice(['asyncio.FIRST_EXCEPTION', 'asyncio.FIRST_COMPLETED', 'asyncio.ALL_COMPLETED'])
        to = f', timeout=D({self.k(1, 5)})' if self.chance(0.5) else ''
        d, p = self.uid('dn'), self.uid('pd')
        out.append(f'{d}, {p} = await asyncio.wait({ts}, return_when={rw}{to})')
        out.append(f"P('wait2', [x is {f} for x in {ts} if x in {d}], [state(x) for x in {ts}])")
        out += [f'if not {f}.done():', f"    {f}.cancel()", f"P('after', [fx(x) if isinstance(x, BaseException) else x for x in await asyncio.gather(*{ts}, return_exceptions=True)])"]
        return out

    def program(self):
        # Background workers run alongside everything main does (_cleanup collects them).
        body = [f'bg{i} = {self.task(0)}' for i in range(self.r.randint(0, 3))]
        while True:
            body += self.maybe_guard(self.stmt(0, True), 0.85) if self.chance(0.9) else self.stmt(0, True)
            if self.budget <= 0 and len(body) > 3:
                break
        out = [PRELUDE.replace('{slot}', self.slot)]
        for d in self.defs:
            out.append('\n'.join(d) + '\n')
        out.append('\n'.join(['async def body():'] + ind(body)) + '\n')
        out.append(MAIN_TAIL)
        return '\n\n'.join(out)


if __name__ == '__main__':
    sys.stdout.write(Gen(int(sys.argv[1]), *sys.argv[2:3]).program())
