import asyncio


async def inner():
    return "inner"


async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
        c.close()
    loop = asyncio.get_running_loop()
    c2 = inner()
    try:
        loop.run_until_complete(c2)
    except RuntimeError as e:
        print("RuntimeError:", e)
        c2.close()
    print("awaiting directly:", await inner())


asyncio.run(main())
print("after run")
