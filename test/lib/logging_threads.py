# Records made in other threads (asyncio.to_thread, threading.Thread) carry their thread's name.
import asyncio, logging, sys, threading
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(threadName)s %(funcName)s %(message)s")
def blocking(n):
    logging.info("in thread %d", n)
    return n
async def main():
    logging.info("main")
    print(await asyncio.to_thread(blocking, 1))
    t = threading.Thread(target=blocking, args=(2,), name="worker-x")
    t.start(); t.join()
asyncio.run(main())
