import asyncio
from collections import defaultdict, deque


class Skipped(Exception):
    pass


class Workflow:
    def __init__(self, steps):
        self.steps = steps
        self.deps = {name: set(deps) for name, (deps, _) in steps.items()}
        self.results = {}
        self.order = []

    def topo(self):
        indeg = {n: len(d) for n, d in self.deps.items()}
        users = defaultdict(list)
        for n, ds in self.deps.items():
            for d in ds:
                users[d].append(n)
        q = deque(sorted(n for n, k in indeg.items() if k == 0))
        out = []
        while q:
            n = q.popleft()
            out.append(n)
            for u in sorted(users[n]):
                indeg[u] -= 1
                if indeg[u] == 0:
                    q.append(u)
        if len(out) != len(self.steps):
            raise ValueError(f"cycle among {sorted(set(self.steps) - set(out))}")
        return out

    async def run(self):
        loop = asyncio.get_running_loop()
        futs = {n: loop.create_future() for n in self.steps}

        async def run_step(name):
            deps, fn = self.steps[name]
            inputs = {}
            for d in sorted(deps):
                try:
                    inputs[d] = await futs[d]
                except Exception as e:
                    err = Skipped(f"{name} skipped: {d} failed")
                    futs[name].set_exception(err)
                    raise err from e
            self.order.append(name)
            try:
                value = await fn(**inputs)
            except Exception as e:
                futs[name].set_exception(e)
                raise
            futs[name].set_result(value)
            return value

        order = self.topo()
        tasks = {n: asyncio.create_task(run_step(n), name=n) for n in order}
        done = await asyncio.gather(*tasks.values(), return_exceptions=True)
        for f in futs.values():
            if f.done() and not f.cancelled():
                f.exception()
        return dict(zip(tasks, done))


async def fetch_users():
    await asyncio.sleep(0.01)
    return ["ann", "bob", "cy"]


async def fetch_orders():
    await asyncio.sleep(0.02)
    return {"ann": 3, "bob": 0, "cy": 7}


async def join(fetch_users, fetch_orders):
    return {u: fetch_orders.get(u, 0) for u in fetch_users}


async def stats(join):
    await asyncio.sleep(0)
    return sum(join.values()) / len(join)


async def broken(join):
    raise RuntimeError("report service down")


async def email(broken, stats):
    return f"sent {stats}"


async def archive(join):
    return len(join)


async def main():
    wf = Workflow({
        "email": (["broken", "stats"], email),
        "stats": (["join"], stats),
        "join": (["fetch_users", "fetch_orders"], join),
        "fetch_users": ([], fetch_users),
        "fetch_orders": ([], fetch_orders),
        "broken": (["join"], broken),
        "archive": (["join"], archive),
    })
    print("topo", wf.topo())
    res = await wf.run()
    for name, r in res.items():
        if isinstance(r, BaseException):
            print(f"{name}: {type(r).__name__}: {r} (cause {type(r.__cause__).__name__})")
        else:
            print(f"{name}: {r}")
    print("ran", wf.order)
    try:
        Workflow({"a": (["b"], stats), "b": (["a"], stats), "c": ([], fetch_users)}).topo()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
