import asyncio


async def m():
    return 1


async def warmup():
    await asyncio.sleep(0)
    return "warm"


loop = asyncio.new_event_loop()
print(loop.run_until_complete(warmup()))
loop.close()
print("closed", loop.is_closed())
loop.run_until_complete(m())
