# SyntaxError: duplicate argument 'timeout' in function definition (a keyword-only repeat)
import asyncio


async def fetch(url, timeout=1.0, *, retries=3, timeout=2.0):
    await asyncio.sleep(0)
    return url


print(asyncio.run(fetch("a")))
