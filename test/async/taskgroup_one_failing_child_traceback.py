import asyncio


async def fetch(i):
    try:
        await asyncio.sleep(0.01 * i)
        if i == 2:
            raise ConnectionResetError(f"peer reset on {i}")
        return i
    except asyncio.CancelledError:
        print(f"fetch {i} cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(i), name=f"fetch-{i}") for i in range(1, 4)]
        print("spawned", [t.get_name() for t in tasks])
    print("unreachable")


asyncio.run(main())
