import asyncio


async def leaf(tag, ticks, fail=False):
    for _ in range(ticks):
        await asyncio.sleep(0)
    if fail:
        raise ValueError(tag)
    print("leaf", tag)
    return tag


async def sub_group(prefix, fail):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf(prefix + "1", 1))
        tg.create_task(leaf(prefix + "2", 2, fail))
    return prefix


def show(eg, indent=0):
    print(" " * indent + f"{type(eg).__name__}: {eg.message}")
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            show(e, indent + 2)
        else:
            print(" " * (indent + 2) + repr(e))


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(sub_group("A", False))
        b = tg.create_task(sub_group("B", False))
    print("ok:", a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sub_group("C", True))
            tg.create_task(sub_group("D", True))
    except ExceptionGroup as eg:
        show(eg)


asyncio.run(main())
