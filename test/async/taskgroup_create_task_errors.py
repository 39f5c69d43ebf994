# TaskGroup.create_task with bad arguments, with names, and tasks created from inside children.
import asyncio


async def leaf(x):
    await asyncio.sleep(0.01 * x)
    return x


async def main():
    async with asyncio.TaskGroup() as tg:
        try:
            tg.create_task(42)
        except TypeError as e:
            print("TypeError:", e)
        t = tg.create_task(leaf(1), name="named-leaf")
        print("name:", t.get_name())
        print("group:", repr(tg))
    print("result:", t.result(), repr(tg))
    results = []
    async with asyncio.TaskGroup() as tg:
        async def spawner(n):
            for i in range(n):
                results.append(tg.create_task(leaf(i), name=f"child-{n}-{i}"))
            await asyncio.sleep(0)
            return n
        tg.create_task(spawner(2))
        tg.create_task(spawner(3))
    print(sorted((r.get_name(), r.result()) for r in results))

asyncio.run(main())
