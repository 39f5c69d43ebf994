import asyncio


class Stop(BaseException):
    pass


async def raises_base():
    await asyncio.sleep(0)
    raise Stop("base")


async def sibling():
    try:
        await asyncio.sleep(0.3)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            tg.create_task(raises_base())
    except BaseExceptionGroup as eg:
        print("BaseExceptionGroup?", type(eg).__name__, eg.message)
        print("str:", str(eg))
        print("members:", [type(e).__name__ for e in eg.exceptions])
        print("is ExceptionGroup:", isinstance(eg, ExceptionGroup))
    except Stop as e:
        print("bare Stop propagated:", e)
    print("main continues")


asyncio.run(main())
