import asyncio


async def worker(loop, n):
    for i in range(n):
        print("worker tick", i)
        await asyncio.sleep(0)
    print("worker stopping loop")
    loop.stop()


loop = asyncio.new_event_loop()
t = loop.create_task(worker(loop, 3))
loop.call_soon(print, "callback before worker")
loop.run_forever()
print("run_forever returned; task done:", t.done())
loop.call_soon(print, "scheduled while stopped")
loop.call_soon(loop.stop)
loop.run_forever()
print("second run_forever returned")
try:
    loop.run_until_complete(asyncio.sleep(0.01, "slept"))
    print("run_until_complete after run_forever works")
finally:
    loop.close()
print("closed:", loop.is_closed())
