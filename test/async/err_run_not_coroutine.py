import asyncio


async def main():
    return 1


for bad in [main, 42, None, asyncio.sleep, [main]]:
    try:
        asyncio.run(bad)
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
f = asyncio.Future
try:
    asyncio.run(asyncio.sleep(0), debug=True)
    print("debug ok")
except Exception as e:
    print("err", e)
asyncio.run(42)
