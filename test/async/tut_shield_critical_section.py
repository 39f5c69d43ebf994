"""shield() protects a 'save to disk' step while the caller is cancelled or times out."""
import asyncio

saved: list[str] = []


async def save(record: str, delay: float) -> str:
    print(f"  saving {record}...")
    await asyncio.sleep(delay)
    saved.append(record)
    print(f"  saved {record}")
    return f"ok:{record}"


async def handler(record: str, delay: float) -> str:
    try:
        return await asyncio.shield(save(record, delay))
    except asyncio.CancelledError:
        print(f"  handler for {record} cancelled; save continues")
        raise


async def main():
    t = asyncio.create_task(handler("r1", 0.05))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("r1 handler: cancelled =", t.cancelled())
    print("saved so far:", saved)
    await asyncio.sleep(0.06)
    print("saved later:", saved)

    try:
        res = await asyncio.wait_for(asyncio.shield(save("r2", 0.05)), timeout=0.02)
    except asyncio.TimeoutError:
        res = "timeout"
    print("r2:", res, saved)
    await asyncio.sleep(0.05)
    print("r2 after:", saved)

    inner = asyncio.ensure_future(save("r3", 0.01))
    outer = asyncio.shield(inner)
    outer.cancel()
    print("outer cancelled:", outer.cancelled(), "inner done:", inner.done())
    print("inner result:", await inner)
    print("final:", saved, len(asyncio.all_tasks()))


asyncio.run(main())
