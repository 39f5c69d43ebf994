import asyncio


async def on_event(ev):
    await ev.wait()


async def on_lock(lock):
    async with lock:
        pass


async def on_queue(q):
    return await q.get()


async def on_semaphore(sem):
    await sem.acquire()


async def main():
    ev, lock, q, sem = asyncio.Event(), asyncio.Lock(), asyncio.Queue(), asyncio.Semaphore(0)
    await lock.acquire()
    tasks = [asyncio.create_task(on_event(ev), name='e'), asyncio.create_task(on_lock(lock), name='l'),
             asyncio.create_task(on_queue(q), name='q'), asyncio.create_task(on_semaphore(sem), name='s')]
    await asyncio.sleep(0)
    marker = 1
    ev.set(); lock.release(); q.put_nowait(marker); sem.release()
    await asyncio.gather(*tasks)


asyncio.run(main())
