import asyncio


async def spinner(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} finished")


async def main():
    tasks = [asyncio.create_task(spinner(c, 3 + k)) for k, c in enumerate("xyz")]
    print("main yields")
    await asyncio.sleep(0)
    print("main back")
    await asyncio.gather(*tasks)
    print("all done")


asyncio.run(main())
