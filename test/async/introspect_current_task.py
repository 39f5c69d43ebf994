import asyncio


async def who(tag):
    t = asyncio.current_task()
    print(tag, "running in", t.get_name())
    await asyncio.sleep(0)
    print(tag, "still in", asyncio.current_task().get_name())


def plain_callback():
    print("in callback, current_task:", asyncio.current_task())


async def main():
    print("main current:", asyncio.current_task().get_name())
    await who("direct-await")
    await asyncio.gather(who("g1"), who("g2"))
    asyncio.get_running_loop().call_soon(plain_callback)
    await asyncio.create_task(who("t"), name="explicit")
    print("current_task is main again:", asyncio.current_task().get_coro().__name__)
    try:
        asyncio.current_task(loop=None)
        print("ok with loop=None")
    except RuntimeError as e:
        print(e)


try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside loop:", e)
asyncio.run(main())
