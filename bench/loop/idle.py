import asyncio
import sys


async def idle(ev):
    await ev.wait()


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(idle(ev)) for _ in range(100_000)]
    await asyncio.sleep(0)
    print(len(tasks), file=sys.stderr)
    ev.set()
    await asyncio.gather(*tasks)
    print("released", len(tasks))

asyncio.run(main())
