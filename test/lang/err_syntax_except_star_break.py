# SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block
import asyncio


async def work(i):
    await asyncio.sleep(0)
    raise ValueError(i)


async def main():
    for attempt in range(3):
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(work(attempt))
        except* ValueError:
            print("retry", attempt)
            continue
        break


asyncio.run(main())
