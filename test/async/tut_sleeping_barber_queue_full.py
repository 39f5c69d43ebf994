"""Sleeping barber: a waiting room Queue(maxsize=3); customers leave on QueueFull."""
import asyncio
from dataclasses import dataclass


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
    for cid in range(12):
        cust = Customer(cid, 0.02 + 0.01 * (cid % 3))
        try:
            room.put_nowait(cust)
            print(f"customer {cid:2d} sits down ({room.qsize()}/{room.maxsize})")
        except asyncio.QueueFull:
            turned_away.append(cid)
            print(f"customer {cid:2d} leaves: room full")
        await asyncio.sleep(0.011)


async def main():
    room: asyncio.Queue[Customer | None] = asyncio.Queue(maxsize=3)
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
