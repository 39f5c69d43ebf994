import asyncio

async def work(n):
    await asyncio.sleep(n)
    return n * 10

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(repr(loop).split(' ', 1)[1])
print("running:", loop.is_running(), "closed:", loop.is_closed())
print("result:", loop.run_until_complete(work(1)))
task = loop.create_task(work(2))
print("task done before:", task.done())
print("result:", loop.run_until_complete(task))
fut = loop.create_future()
loop.call_later(0.5, fut.set_result, "from timer")
print("future:", loop.run_until_complete(fut))
print("gather:", loop.run_until_complete(asyncio.gather(work(1), work(2))))

def stopper():
    print("stopping, running =", loop.is_running())
    loop.stop()

loop.call_soon(stopper)
loop.run_forever()
print("after run_forever running:", loop.is_running())
loop.stop()
loop.run_forever()
print("stop before run_forever: one iteration")
t0 = loop.time()
loop.run_until_complete(asyncio.sleep(3))
print("elapsed:", round(loop.time() - t0, 1))
loop.close()
print(repr(loop).split(' ', 1)[1])
loop.close()
for action in ("run_until_complete", "call_soon", "create_task", "run_forever"):
    try:
        if action == "run_until_complete":
            c = work(1)
            try:
                loop.run_until_complete(c)
            finally:
                c.close()
        elif action == "call_soon":
            loop.call_soon(print)
        elif action == "create_task":
            c = work(1)
            try:
                loop.create_task(c)
            finally:
                c.close()
        else:
            loop.run_forever()
    except RuntimeError as e:
        print(action, "->", e)
asyncio.set_event_loop(None)
