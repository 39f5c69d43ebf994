import asyncio

async def stop_early(loop):
    await asyncio.sleep(0.1)
    loop.stop()
    await asyncio.sleep(1)
    return "late"

async def fails():
    await asyncio.sleep(0)
    raise ValueError("task failed")

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
fut = loop.create_future()
fut.set_result("already")
print(loop.run_until_complete(fut))
t = loop.create_task(stop_early(loop))
try:
    loop.run_until_complete(t)
except RuntimeError as e:
    print("RuntimeError:", e)
print("task still pending:", not t.done())
print("resumed:", loop.run_until_complete(t))
try:
    loop.run_until_complete(fails())
except ValueError as e:
    print("ValueError:", e)
f = loop.create_future()
loop.call_later(0.2, f.cancel)
try:
    loop.run_until_complete(f)
except asyncio.CancelledError:
    print("CancelledError from cancelled future")
try:
    loop.run_until_complete(42)
except TypeError as e:
    print("TypeError:", e)
print(loop.run_until_complete(asyncio.sleep(0.1, "sleep result")))
print(loop.run_until_complete(asyncio.wait_for(asyncio.sleep(0.1, "w"), 1)))
loop.call_soon(loop.stop)
loop.call_soon(print, "still runs in the same iteration")
loop.run_forever()
loop.close()
