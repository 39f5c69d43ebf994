import asyncio


async def fail(exc):
    await asyncio.sleep(0)
    raise exc


async def nested():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(KeyError("k")))
        tg.create_task(fail(ValueError("v")))


async def main():
    try:
        raise OSError("first")
    except OSError:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(nested())
            tg.create_task(fail(ExceptionGroup("plain", [TypeError("t")])))


asyncio.run(main())
