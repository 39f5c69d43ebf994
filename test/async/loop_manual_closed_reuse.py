import asyncio


async def work(x):
    await asyncio.sleep(0.01)
    return x * 2


loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(work(3)))
t = loop.create_task(work(5))
print(loop.run_until_complete(t), t.done())
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, "from timer")
print(loop.run_until_complete(fut))
loop.close()
loop.close()
print(loop.is_closed())
for name, call in [
    ("run_until_complete", lambda: loop.run_until_complete(fut)),
    ("call_soon", lambda: loop.call_soon(print)),
    ("call_later", lambda: loop.call_later(1, print)),
    
    ("run_forever", lambda: loop.run_forever()),
    ("call_soon_threadsafe", lambda: loop.call_soon_threadsafe(print)),
]:
    try:
        call()
        print(name, "ok")
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
f = loop.create_future()
print("create_future on closed ok", f.done())
print(loop.time() >= 0)
asyncio.set_event_loop(None)
loop2 = asyncio.new_event_loop()
asyncio.set_event_loop(loop2)
print(asyncio.get_event_loop() is loop2)
print(loop2.run_until_complete(asyncio.gather(work(1), work(2))))
loop2.run_until_complete(loop2.shutdown_asyncgens())
loop2.close()
loop2.run_until_complete(fut)
