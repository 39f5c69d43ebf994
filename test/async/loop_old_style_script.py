# The pre-asyncio.run style: get_event_loop() at module level, ensure_future() before the loop
# runs, run_forever() stopped from a callback, gather with the default loop, then close.
import asyncio


async def ticker(name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        print(f"{name} tick {i}")
    return name


async def stopper(loop, after):
    await asyncio.sleep(after)
    print("stopping the loop")
    loop.stop()


loop = asyncio.get_event_loop()
print("running:", loop.is_running())
t1 = asyncio.ensure_future(ticker("a", 3, 0.1))
t2 = loop.create_task(ticker("b", 2, 0.15))
asyncio.ensure_future(stopper(loop, 1))
fut = asyncio.Future()
loop.call_later(0.2, fut.set_result, "future done")
try:
    loop.run_forever()
finally:
    print("run_forever returned")
print(t1.result(), t2.result(), fut.result())
results = loop.run_until_complete(asyncio.gather(ticker("c", 1, 0.1), ticker("d", 1, 0.05)))
print("gather:", results)
g = asyncio.gather(ticker("e", 1, 0.1))
print("gather outside the loop uses the default loop:", g.get_loop() is loop)
print(loop.run_until_complete(g))
pending = asyncio.all_tasks(loop)
print("pending:", len(pending))
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
print("closed:", loop.is_closed())
print("get_event_loop still returns it:", asyncio.get_event_loop() is loop)
