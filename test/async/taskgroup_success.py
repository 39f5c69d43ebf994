import asyncio


async def fetch(name, d):
    print("fetch", name, "start")
    await asyncio.sleep(d)
    print("fetch", name, "end")
    return name * 2


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("a", 0.02))
        t2 = tg.create_task(fetch("b", 0.01), name="bee")
        t3 = tg.create_task(fetch("c", 0))
        print("names:", t1.get_name(), t2.get_name(), t3.get_name())
        print("body done; tasks not started yet:", t1.done())
    print("after group:", t1.result(), t2.result(), t3.result())
    async with asyncio.TaskGroup() as tg:
        print("empty group")
    print("end")


asyncio.run(main())
