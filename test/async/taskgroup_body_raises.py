import asyncio


async def child(name):
    try:
        await asyncio.sleep(0.3)
    except asyncio.CancelledError:
        print(name, "cancelled because body raised")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1"))
            await asyncio.sleep(0)
            raise RuntimeError("body error")
    except* RuntimeError as eg:
        print("group contains body error:", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            t3 = tg.create_task(child("c3"))
            raise KeyError("before any yield")
    except ExceptionGroup as eg:
        print(eg.message, [repr(e) for e in eg.exceptions])
        print("c3 cancelled before it ever ran:", t3.cancelled())


asyncio.run(main())
