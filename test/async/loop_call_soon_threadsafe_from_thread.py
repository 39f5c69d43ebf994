import asyncio
import threading
import time


def worker(loop, fut, q):
    for i in range(3):
        time.sleep(0.01)
        loop.call_soon_threadsafe(q.put_nowait, i)
    loop.call_soon_threadsafe(fut.set_result, "thread finished")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    q = asyncio.Queue()
    th = threading.Thread(target=worker, args=(loop, fut, q))
    th.start()
    got = []
    while len(got) < 3:
        got.append(await q.get())
    print(got, await fut)
    th.join()
    h = loop.call_soon_threadsafe(print, "threadsafe from loop thread")
    print(type(h).__name__)
    await asyncio.sleep(0)
    cf = asyncio.run_coroutine_threadsafe(asyncio.sleep(0, "x"), loop)
    print(type(cf).__name__, cf.done())
    await asyncio.sleep(0.01)
    print(cf.result(), cf.done())


asyncio.run(main())
