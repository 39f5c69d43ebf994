import asyncio


def in_cb(tag):
    t = asyncio.current_task()
    print(tag, "current_task:", t, "running loop ok:", asyncio.get_running_loop() is not None)
    print(tag, "all tasks:", sorted(x.get_name() for x in asyncio.all_tasks()))


def done_cb(fut):
    print("done_cb current:", asyncio.current_task(), fut.get_name(), fut.result())


async def child():
    await asyncio.sleep(0.01)
    return "child-result"


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(in_cb, "soon")
    t = asyncio.create_task(child(), name="kid")
    t.add_done_callback(done_cb)
    loop.call_later(0.005, in_cb, "later")
    print("main current:", asyncio.current_task().get_name())
    print("coro name:", t.get_coro().__name__, t.get_coro().__qualname__, asyncio.current_task().get_coro().__name__)
    await t
    await asyncio.sleep(0)
    print(t.get_coro().cr_frame, t.get_coro().cr_running)
    try:
        asyncio.current_task(None)
    except Exception as e:
        print(type(e).__name__, e)
    print(asyncio.current_task(loop) is asyncio.current_task())
    print(len(asyncio.all_tasks(loop)))


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside:", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("outside:", e)
