# SyntaxError: name 'counter' is used prior to global declaration
import asyncio

counter = 0


async def tick():
    print("before", counter)
    await asyncio.sleep(0)
    global counter
    counter += 1


asyncio.run(tick())
