import asyncio


async def compute(x):
    await asyncio.sleep(0.01 * x)
    return x * x


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
g = asyncio.gather(*(compute(i) for i in range(4)))
print(type(g).__name__, g.done())
print(loop.run_until_complete(g))
fut = loop.create_future()
loop.call_soon(fut.set_exception, LookupError("from callback"))
try:
    loop.run_until_complete(fut)
except LookupError as e:
    print("LookupError:", e)
t = loop.create_task(compute(2), name="sq")
print(t.get_name(), loop.run_until_complete(t))
try:
    loop.run_until_complete(asyncio.wait_for(compute(10), 0.02))
except asyncio.TimeoutError:
    print("timeout in run_until_complete")
ticks = []
loop.call_later(0.01, ticks.append, "a")
loop.call_later(0.03, loop.stop)
loop.run_forever()
print(ticks)
pending = asyncio.all_tasks(loop)
print(len(pending))
loop.close()
asyncio.set_event_loop(None)
