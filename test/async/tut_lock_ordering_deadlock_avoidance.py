"""Two locks acquired in a global order to avoid deadlock; a timeout detects a would-be deadlock."""
import asyncio


class Resource:
    _ids = 0

    def __init__(self, name: str) -> None:
        Resource._ids += 1
        self.rid = Resource._ids
        self.name = name
        self.lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"<{self.name}#{self.rid}>"


async def transfer_ordered(a: Resource, b: Resource, who: str, log: list) -> None:
    first, second = sorted((a, b), key=lambda r: r.rid)
    async with first.lock:
        log.append(f"{who} locked {first!r}")
        await asyncio.sleep(0.01)
        async with second.lock:
            log.append(f"{who} locked {second!r}")
            await asyncio.sleep(0.005)
    log.append(f"{who} released both")


async def transfer_naive(a: Resource, b: Resource, who: str, log: list, patience: float) -> None:
    async with a.lock:
        log.append(f"{who} locked {a!r}")
        await asyncio.sleep(0.01)
        try:
            await asyncio.wait_for(b.lock.acquire(), timeout=patience)
        except asyncio.TimeoutError:
            log.append(f"{who} timed out waiting for {b!r} -> deadlock avoided by backing off")
            return
        try:
            log.append(f"{who} locked {b!r}")
        finally:
            b.lock.release()


async def main():
    x, y = Resource("accounts"), Resource("ledger")
    log: list[str] = []
    await asyncio.gather(transfer_ordered(x, y, "T1", log), transfer_ordered(y, x, "T2", log))
    print("\n".join(log))
    log.clear()
    await asyncio.gather(transfer_naive(x, y, "N1", log, 0.05), transfer_naive(y, x, "N2", log, 0.08))
    print("\n".join(log))
    print("locks free:", not x.lock.locked(), not y.lock.locked())


asyncio.run(main())
