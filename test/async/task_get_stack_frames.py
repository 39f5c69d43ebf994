import asyncio


async def inner(ev):
    await ev.wait()


async def outer(ev):
    await inner(ev)


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(outer(ev))
    await asyncio.sleep(0)
    print([f.f_code.co_name for f in t.get_stack()])
    print([f.f_code.co_name for f in t.get_stack(limit=0)])
    me = asyncio.current_task().get_stack(limit=1)
    print([f.f_code.co_name for f in me])
    ev.set()
    await t
    print(t.get_stack())
    print(asyncio.CancelledError.__module__, asyncio.InvalidStateError.__module__,
          asyncio.QueueEmpty.__module__, asyncio.QueueFull.__module__)
    f = asyncio.get_running_loop().create_future()
    f.cancel()
    for call in (lambda: f.set_result(1), lambda: f.set_exception(ValueError())):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    g = asyncio.get_running_loop().create_future()
    for call in (g.result, g.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(e)
    asyncio.Queue(1).get_nowait()


asyncio.run(main())
