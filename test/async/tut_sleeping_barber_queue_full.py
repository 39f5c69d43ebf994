"""Sleeping barber: a waiting room Queue(maxsize=2); customers leave on QueueFull."""
import asyncio
from dataclasses import dataclass

ARRIVALS = [0, 0.06, 0.08, 0.12, 0.14, 0.16, 0.18, 0.24, 0.30, 0.32]
HAIRCUTS = [0.09, 0.13, 0.07, 0.09, 0.13, 0.13, 0.09, 0.11, 0.09, 0.09]


@dataclass
class Customer:
    cid: int
    haircut: float


async def barber(room: asyncio.Queue, served: list) -> None:
    while True:
        cust = await room.get()
        if cust is None:
            room.task_done()
            break
        await asyncio.sleep(cust.haircut)
        served.append(cust.cid)
        room.task_done()


async def arrivals(room: asyncio.Queue, turned_away: list) -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    for cid, (at, cut) in enumerate(zip(ARRIVALS, HAIRCUTS)):
        await asyncio.sleep(max(0.0, start + at - loop.time()))
        cust = Customer(cid, cut)
        try:
            room.put_nowait(cust)
            print(f"customer {cid:2d} sits down ({room.qsize()}/{room.maxsize})")
        except asyncio.QueueFull:
            turned_away.append(cid)
            print(f"customer {cid:2d} leaves: room full")


async def main():
    room: asyncio.Queue[Customer | None] = asyncio.Queue(maxsize=2)
    served: list[int] = []
    turned_away: list[int] = []
    b = asyncio.create_task(barber(room, served))
    await arrivals(room, turned_away)
    await room.join()
    await room.put(None)
    await b
    print("served:", served)
    print("turned away:", turned_away)
    print("full:", room.full(), "empty:", room.empty())
    try:
        asyncio.Queue(maxsize=1).get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty raised:", type(e).__mro__[1].__name__)


asyncio.run(main())
