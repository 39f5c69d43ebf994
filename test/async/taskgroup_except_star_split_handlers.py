import asyncio


async def boom(kind, d):
    await asyncio.sleep(d)
    if kind == "v":
        raise ValueError(f"v{d}")
    if kind == "t":
        raise TypeError(f"t{d}")
    if kind == "k":
        raise KeyError(d)
    return kind


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom("v", 0.01))
            tg.create_task(boom("t", 0.01))
            tg.create_task(boom("ok", 0.02))
            tg.create_task(boom("v", 0.01))
    except* ValueError as eg:
        print("ValueErrors:", repr(eg), [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors:", eg.message, len(eg.exceptions), type(eg).__name__)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom("k", 0.01))
            tg.create_task(boom("v", 0.01))
    except* KeyError as eg:
        print("KeyError group", eg.exceptions)
        raise RuntimeError("wrapped") from None
    print("not reached")


try:
    asyncio.run(main())
except* RuntimeError as eg:
    print("outer", repr(eg))
    eg2 = eg
print("done")
asyncio.run(main())
