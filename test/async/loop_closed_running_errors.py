# Event loop lifecycle errors: run while running, close while running, use after close,
# asyncio.run from a running loop, run_until_complete stopped early, stop before run.
import asyncio


async def inner():
    await asyncio.sleep(0)
    return "inner"


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


async def in_loop(loop):
    c0 = asyncio.sleep(0)
    attempt("run_until_complete while running", lambda: loop.run_until_complete(c0))
    c0.close()
    attempt("run_forever while running", loop.run_forever)
    attempt("close while running", loop.close)
    c = inner()
    attempt("asyncio.run nested", lambda: asyncio.run(c))
    print("coroutine still usable:", await c)
    print("is_running", loop.is_running(), "is_closed", loop.is_closed())


loop = asyncio.new_event_loop()
loop.run_until_complete(in_loop(loop))
print("after: running", loop.is_running())

loop.call_soon(print, "callback before stop runs once")
loop.stop()
loop.run_forever()
print("run_forever returned after one iteration")


async def stopper():
    asyncio.get_running_loop().stop()
    await asyncio.sleep(1)


attempt("stopped early", lambda: loop.run_until_complete(stopper()))
pending = asyncio.all_tasks(loop)
print("pending tasks", len(pending))
for t in pending:
    t.cancel()
    loop.run_until_complete(asyncio.gather(t, return_exceptions=True))
    print("cancelled", t.cancelled())
loop.close()
loop.close()
print("closed twice fine", loop.is_closed())
attempt("call_soon closed", lambda: loop.call_soon(print))
attempt("call_later closed", lambda: loop.call_later(1, print))
c = inner()
attempt("run_until_complete closed", lambda: loop.run_until_complete(c))
c.close()
attempt("create_task closed", lambda: loop.create_task(c))
attempt("run_forever closed", loop.run_forever)
f = loop.create_future()
print("create_future on closed ok", f.done())
attempt("set_result -> callbacks on closed", lambda: (f.add_done_callback(print), f.set_result(1)))
