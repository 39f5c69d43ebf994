import asyncio

async def coro_fn():
    return 1

def plain():
    print("plain ran")

async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    c = coro_fn()
    try:
        loop.call_soon(c)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_soon(coro_fn)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_later(0.1, 42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_at(loop.time(), "not callable")
    except TypeError as e:
        print("TypeError:", e)
    try:
        await loop.run_in_executor(None, coro_fn)
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    loop.set_debug(False)
    print("debug now:", loop.get_debug())
    h = loop.call_soon(plain)
    await asyncio.sleep(0)

asyncio.run(main(), debug=True)
