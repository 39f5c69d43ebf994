import asyncio
import concurrent.futures


def cpu(n):
    return sum(i * i for i in range(n))


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor() as pool:
        print(await loop.run_in_executor(pool, cpu, 1000))
    print(await asyncio.gather(*(loop.run_in_executor(None, cpu, n) for n in (10, 20, 30))))
    f = loop.run_in_executor(None, cpu, 5)
    print(type(f).__name__, isinstance(f, asyncio.Future))
    print(await f)


asyncio.run(main())
