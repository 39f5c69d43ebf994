import asyncio
async def m():
    return 1
async def main():
    await asyncio.wait([m(), m()])
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
