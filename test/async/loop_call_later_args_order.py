import asyncio
import functools

log = []

def record(*args, **kw):
    log.append((args, kw))

async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    loop.call_later(0.2, record, "late", 1)
    loop.call_later(0.1, record, "early")
    loop.call_at(now + 0.1, record, "at-equal")
    loop.call_later(0, record, "zero")
    loop.call_later(-1, record, "negative")
    loop.call_soon(record, "soon")
    loop.call_soon(functools.partial(record, "partial", key=5))
    h = loop.call_later(0.15, record, "cancelled")
    h.cancel()
    try:
        loop.call_later(None, record)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_soon(record, "x", key=1)
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0.3)
    for entry in log:
        print(entry)
    print("sleep negative:", await asyncio.sleep(-5, "neg"))
    print("sleep zero result:", await asyncio.sleep(0, result=[1]))
    t0 = loop.time()
    await asyncio.sleep(1.5)
    print("elapsed ~1.5:", round(loop.time() - t0, 1))
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "via call_soon")
    print(await fut)

asyncio.run(main())
