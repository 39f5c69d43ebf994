# loop.run_in_executor with an explicit ThreadPoolExecutor: the call is submitted to that pool and
# its concurrent.futures.Future is wrapped into an asyncio future (asyncio.wrap_future).
import asyncio
import concurrent.futures
import functools
import threading


def work(n):
    return n * n, threading.current_thread().name


def fail(msg):
    raise ValueError(msg)


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix='pool') as pool:
        fut = loop.run_in_executor(pool, work, 3)
        print('asyncio future:', isinstance(fut, asyncio.Future), asyncio.isfuture(fut))
        print('result:', await fut)
        print('again:', await loop.run_in_executor(pool, work, 4))
        squares = await asyncio.gather(*(loop.run_in_executor(pool, functools.partial(pow, 2), i) for i in range(6)))
        print('gathered:', squares)
        try:
            await loop.run_in_executor(pool, fail, 'bad input')
        except ValueError as e:
            print('ValueError:', e)
        cf = pool.submit(work, 5)
        print('wrapped:', (await asyncio.wrap_future(cf))[0], cf.done())
        print('wrap_future of an asyncio future is itself:', asyncio.wrap_future(fut) is fut)
    try:
        loop.run_in_executor(pool, work, 6)
    except RuntimeError as e:
        print('RuntimeError:', e)
    # The default executor's threads are named asyncio_N.
    print('default:', await loop.run_in_executor(None, work, 7))
    unnamed = concurrent.futures.ThreadPoolExecutor()
    r = await loop.run_in_executor(unnamed, work, 8)
    print('unnamed pool thread:', r[1].startswith('ThreadPoolExecutor-'), r[1].endswith('_0'))
    unnamed.shutdown()


asyncio.run(main())
