"""Nested TaskGroups fail; except* handles one type and re-raises the rest, which escapes.
(Failures 40 ms apart: the first one's cancellations reach the others first, even under load.)"""
import asyncio


async def worker(kind: str, delay: float) -> None:
    await asyncio.sleep(delay)
    if kind == "value":
        raise ValueError(f"bad value after {delay}")
    if kind == "type":
        raise TypeError(f"bad type after {delay}")
    if kind == "key":
        raise KeyError(kind)


async def inner_group() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("value", 0.01))
        tg.create_task(worker("key", 0.09))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(worker("type", 0.05))
    except* ValueError as eg:
        print("handled ValueErrors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("handled TypeErrors:", [str(e) for e in eg.exceptions])
        raise RuntimeError("type errors are fatal") from None
    print("unreachable?")


asyncio.run(main())
