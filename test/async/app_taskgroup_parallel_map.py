import asyncio
from dataclasses import dataclass


@dataclass
class Item:
    id: int
    size: int


class ItemError(Exception):
    def __init__(self, item):
        super().__init__(f"item {item.id} is broken")
        self.item = item


class QuotaError(Exception):
    pass


async def process(item, sem, trace):
    async with sem:
        trace.append(f"start {item.id}")
        try:
            for _ in range(item.size):
                await asyncio.sleep(0)
            if item.size == 7:
                raise ItemError(item)
            if item.size == 9:
                raise QuotaError(f"quota for {item.id}")
            trace.append(f"end {item.id}")
            return item.id * 100 + item.size
        except asyncio.CancelledError:
            trace.append(f"cancelled {item.id}")
            raise


async def bounded_map(items, limit):
    sem = asyncio.Semaphore(limit)
    trace = []
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            for it in items:
                tasks.append(tg.create_task(process(it, sem, trace), name=f"item-{it.id}"))
    except* ItemError as eg:
        trace.append(f"ItemError group: {sorted(e.item.id for e in eg.exceptions)}")
        raise
    finally:
        trace.append(f"states: {[('C' if t.cancelled() else 'E' if t.exception() else 'R') if t.done() else 'P' for t in tasks]}")
        for line in trace:
            print("  ", line)
    return [t.result() for t in tasks]


async def nested():
    order = []

    async def leaf(name, n, fail=False):
        for _ in range(n):
            await asyncio.sleep(0)
        if fail:
            raise KeyError(name)
        order.append(name)
        return name

    async def branch(name, fail_leaf):
        async with asyncio.TaskGroup() as tg:
            tg.create_task(leaf(f"{name}.a", 1))
            tg.create_task(leaf(f"{name}.b", 3, fail=fail_leaf))
            tg.create_task(leaf(f"{name}.c", 5))
        order.append(f"{name} done")

    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(branch("x", False))
            outer.create_task(branch("y", True))
            outer.create_task(leaf("z", 10))
    except* KeyError as eg:
        print("nested KeyError:", repr(eg), [type(e).__name__ for e in eg.exceptions])
        inner = eg.exceptions[0]
        print("inner", type(inner).__name__, inner.exceptions)
    print("order", order)


async def main():
    print("all good:", await bounded_map([Item(i, i % 4) for i in range(6)], 2))
    try:
        await bounded_map([Item(1, 2), Item(2, 7), Item(3, 9), Item(4, 20), Item(5, 1)], 3)
    except* ItemError as eg:
        print("caught ItemError", [str(e) for e in eg.exceptions])
    except* QuotaError as eg:
        print("caught QuotaError", [str(e) for e in eg.exceptions])
    await nested()
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(asyncio.sleep(1))
    except TimeoutError as e:
        print("timeout around taskgroup", type(e).__name__, e.__cause__ is None, type(e.__context__).__name__)
    print("tasks left", len(asyncio.all_tasks()))


asyncio.run(main())
