import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = 0
    done = loop.create_future()

    def tick():
        nonlocal fired
        fired += 1
        if fired == 50_000:
            done.set_result(None)

    for i in range(50_000):
        loop.call_later((i % 1000) / 1000, tick)
    await done
    print(fired)

asyncio.run(main())
