import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    print("adding", a, b)
    return a + b


loop = asyncio.new_event_loop()
print("running?", loop.is_running(), "closed?", loop.is_closed())
r = loop.run_until_complete(add(1, 2))
print("result", r)
t = loop.create_task(add(10, 20), name="lt")
print("task name", t.get_name())
print("result", loop.run_until_complete(t))
f = loop.create_future()
loop.call_soon(f.set_result, "via call_soon")
print(loop.run_until_complete(f))
loop.close()
print("closed?", loop.is_closed())
c = add(3, 4)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
    c.close()
loop.close()
print("closing twice is fine")
loop2 = asyncio.new_event_loop()
asyncio.set_event_loop(loop2)
print(loop2.run_until_complete(add(5, 6)))
loop2.close()
asyncio.set_event_loop(None)
