"""Race several mirrors with asyncio.wait(FIRST_COMPLETED); cancel the losers."""
import asyncio
from typing import NamedTuple


class Mirror(NamedTuple):
    host: str
    latency: float
    healthy: bool = True


async def probe(m: Mirror) -> str:
    try:
        await asyncio.sleep(m.latency)
        if not m.healthy:
            raise OSError(f"{m.host}: connection refused")
        return m.host
    except asyncio.CancelledError:
        print(f"  {m.host} probe cancelled")
        raise


async def fastest(mirrors: list[Mirror]) -> str:
    pending = {asyncio.create_task(probe(m), name=m.host) for m in mirrors}
    try:
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for t in sorted(done, key=lambda t: t.get_name()):
                if t.exception() is None:
                    return t.result()
                print(f"  {t.get_name()} failed: {t.exception()}")
        raise LookupError("no healthy mirror")
    finally:
        for t in sorted(pending, key=lambda t: t.get_name()):
            t.cancel()
        await asyncio.gather(*pending, return_exceptions=True)


async def main():
    sets = [
        [Mirror("eu", 0.03), Mirror("us", 0.01), Mirror("asia", 0.05)],
        [Mirror("eu", 0.01, False), Mirror("us", 0.02), Mirror("asia", 0.04)],
        [Mirror("eu", 0.01, False), Mirror("us", 0.02, False)],
    ]
    for ms in sets:
        try:
            print("winner:", await fastest(ms))
        except LookupError as e:
            print("error:", e)
    print(Mirror("x", 1.0)._replace(healthy=False), Mirror._fields)


asyncio.run(main())
