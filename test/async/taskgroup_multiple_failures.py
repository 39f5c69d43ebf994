import asyncio


async def fail(name, exc):
    await asyncio.sleep(0)
    print(name, "raising", type(exc).__name__)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("x", ValueError("v1")))
            tg.create_task(fail("y", TypeError("t1")))
            tg.create_task(fail("z", ValueError("v2")))
    except ExceptionGroup as eg:
        print("message:", eg.message)
        print("str:", str(eg))
        print("count:", len(eg.exceptions))
        for e in eg.exceptions:
            print(" -", type(e).__name__, e)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("p", KeyError("k")))
            tg.create_task(fail("q", KeyError("j")))
    except ExceptionGroup as eg:
        print(eg)


asyncio.run(main())
