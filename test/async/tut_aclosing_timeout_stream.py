"""Consuming a sensor stream (async generator) with contextlib.aclosing and asyncio.timeout:
the generator's finally runs deterministically when the consumer stops early or times out."""
import asyncio
import contextlib
from dataclasses import dataclass


@dataclass
class Reading:
    sensor: str
    seq: int
    value: float


async def sensor_stream(name: str, period: float, log: list):
    seq = 0
    log.append(f"{name}: open")
    try:
        while True:
            await asyncio.sleep(period)
            seq += 1
            yield Reading(name, seq, round(20 + seq * 0.5, 1))
    except GeneratorExit:
        log.append(f"{name}: GeneratorExit at seq {seq}")
        raise
    finally:
        log.append(f"{name}: closed")


async def first_above(name: str, threshold: float, log: list) -> Reading | None:
    async with contextlib.aclosing(sensor_stream(name, 0.01, log)) as stream:
        async for r in stream:
            if r.value > threshold:
                return r
    return None


async def collect_for(name: str, seconds: float, log: list) -> list[int]:
    seen: list[int] = []
    try:
        async with asyncio.timeout(seconds):
            async with contextlib.aclosing(sensor_stream(name, 0.02, log)) as stream:
                async for r in stream:
                    seen.append(r.seq)
    except TimeoutError:
        log.append(f"{name}: timed out after {len(seen)} readings")
    return seen


async def main():
    log: list[str] = []
    print("first above 21.4:", await first_above("temp", 21.4, log))
    print("collected:", await collect_for("humid", 0.09, log))
    gen = sensor_stream("raw", 0, log)
    print("manual:", await anext(gen), await anext(gen))
    await gen.aclose()
    await gen.aclose()
    print("\n".join(log))


asyncio.run(main())
