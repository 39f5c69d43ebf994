import asyncio


async def consumer(cond, name, items):
    async with cond:
        print(name, "waiting")
        await cond.wait()
        print(name, "notified, items:", list(items))


async def main():
    cond = asyncio.Condition()
    items = []
    ts = [asyncio.create_task(consumer(cond, f"c{i}", items)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        items.append(1)
        cond.notify()
        print("notified one")
    await asyncio.sleep(0)
    async with cond:
        items.append(2)
        cond.notify(2)
        print("notified two")
    await asyncio.sleep(0)
    async with cond:
        items.append(3)
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*ts)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
