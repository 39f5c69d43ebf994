# An exhausted coroutine refuses send() and throw() with RuntimeError; a generator raises StopIteration.
import asyncio


async def f():
    return 1


def g():
    yield 1


def attempt(label, fn):
    try:
        print(label, fn())
    except BaseException as e:
        print(label, type(e).__name__, e)


c = f()
attempt('throw unstarted', lambda: c.throw(ValueError('x')))
attempt('send after throw', lambda: c.send(None))
c = f()
attempt('send', lambda: c.send(None))
attempt('send again', lambda: c.send(None))
attempt('throw again', lambda: c.throw(KeyError('k')))
attempt('close again', lambda: c.close())
c = f()
c.close()
attempt('send after close', lambda: c.send(None))
s = asyncio.sleep(0)
attempt('sleep send', lambda: s.send(None))
attempt('sleep send', lambda: s.send(None))
attempt('sleep send', lambda: s.send(None))
it = g()
attempt('gen next', lambda: next(it))
attempt('gen next', lambda: next(it))
attempt('gen send', lambda: it.send(None))
