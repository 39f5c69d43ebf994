import asyncio


async def fail(exc, d=0):
    await asyncio.sleep(d)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("a")))
            tg.create_task(fail(TypeError("b")))
            tg.create_task(fail(ValueError("c")))
            tg.create_task(fail(OSError("d")))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors:", [str(e) for e in eg.exceptions])
    except* Exception as eg:
        print("rest:", [type(e).__name__ for e in eg.exceptions])
    print("after except*")
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(KeyError("k")))
                tg.create_task(fail(IndexError("i")))
        except* KeyError:
            print("handled KeyError only")
    except ExceptionGroup as rest:
        print("unhandled remainder:", rest.message, [type(e).__name__ for e in rest.exceptions])


asyncio.run(main())
