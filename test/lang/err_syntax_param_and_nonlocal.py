# SyntaxError: name 'delay' is parameter and nonlocal
import asyncio


def make():
    delay = 0.01

    async def wait(delay):
        nonlocal delay
        await asyncio.sleep(delay)

    return wait


asyncio.run(make()(0))
