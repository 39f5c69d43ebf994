import asyncio

N_TASKS = 100
SWITCHES = 1_000_000


async def spin(n):
    for _ in range(n):
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(*(spin(SWITCHES // N_TASKS) for _ in range(N_TASKS)))
    print("switches", SWITCHES)

asyncio.run(main())
