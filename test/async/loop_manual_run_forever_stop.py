# Manual loop management: new_event_loop, run_until_complete, run_forever + stop, close.
import asyncio


async def tick(loop, n):
    for i in range(n):
        print("tick", i, round(loop.time() - start[0], 1))
        await asyncio.sleep(0.1)
    return n


start = [0.0]
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
start[0] = loop.time()
print(loop.run_until_complete(tick(loop, 3)))
print(loop.is_running(), loop.is_closed())

calls = []
def step(i):
    calls.append(i)
    if i == 3:
        loop.stop()
    else:
        loop.call_later(0.05, step, i + 1)
loop.call_soon(step, 0)
loop.run_forever()
print(calls, round(loop.time() - start[0], 1))

t = loop.create_task(tick(loop, 2))
loop.call_later(0.15, loop.stop)
loop.run_forever()
print("after stop:", t.done())
print(loop.run_until_complete(t))

fut = loop.create_future()
loop.call_later(0.01, fut.set_result, "later")
print(loop.run_until_complete(fut))
async def nested():
    c = asyncio.sleep(0)
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    await c
loop.run_until_complete(nested())

loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
c = asyncio.sleep(0)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
