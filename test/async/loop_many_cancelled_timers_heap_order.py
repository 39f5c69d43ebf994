# More than 100 cancelled timers (over half the heap) make the loop rebuild its timer heap;
# the order in which timers with equal deadlines then fire follows heapq exactly.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    base = loop.time()
    fired = []
    handles = []
    for i in range(260):
        when = base + 0.05 * (1 + i % 3)
        handles.append(loop.call_at(when, fired.append, i))
    for i, h in enumerate(handles):
        if i % 5 != 0:
            h.cancel()
    print("cancelled count", loop._timer_cancelled_count if hasattr(loop, "_timer_cancelled_count") else "?")
    await asyncio.sleep(0)
    print("scheduled after rebuild", len(loop._scheduled))
    extra = [loop.call_at(base + 0.05 * (1 + i % 3), fired.append, 1000 + i) for i in range(7)]
    extra[3].cancel()
    await asyncio.sleep(0.2)
    print(fired)


asyncio.run(main())
