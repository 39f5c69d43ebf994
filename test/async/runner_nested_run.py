import asyncio

async def inner():
    return 1

async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        c.close()
    r = asyncio.Runner()
    c = inner()
    try:
        r.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        c.close()
    loop = asyncio.get_running_loop()
    s = asyncio.sleep(0)
    try:
        loop.run_until_complete(s)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        s.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "done"

print(asyncio.run(main()))
for bad in (None, 42, [1, 2]):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", e)
