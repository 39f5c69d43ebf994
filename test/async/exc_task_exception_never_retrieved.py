import asyncio


async def fails():
    raise ValueError("nobody looks at me")


async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print("task done:", t.done())
    print("exception retrieved:", repr(t.exception()))
    t2 = asyncio.create_task(fails())
    await asyncio.sleep(0)
    try:
        t2.result()
    except ValueError as e:
        print("result() raised:", e)
    print("end of main")


asyncio.run(main())
