# asyncio.run_coroutine_threadsafe from a thread (fire and forget: a thread that waits for the
# result would deadlock under Yieldpoint) and from the loop thread, through wrap_future.
import asyncio, threading

async def compute(x):
    await asyncio.sleep(0.01)
    return x * 2

def from_thread(loop, results):
    fut = asyncio.run_coroutine_threadsafe(compute(21), loop)
    fut.add_done_callback(lambda f: results.append(f.result()))

async def main():
    loop = asyncio.get_running_loop()
    results = []
    t = threading.Thread(target=from_thread, args=(loop, results))
    t.start()
    await asyncio.sleep(0.05)
    t.join()
    print(results)
    cf = asyncio.run_coroutine_threadsafe(compute(5), loop)
    print(await asyncio.wrap_future(cf))
    try:
        asyncio.run_coroutine_threadsafe(5, loop)
    except TypeError as e:
        print(e)
asyncio.run(main())
