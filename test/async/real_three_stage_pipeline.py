"""Three-stage pipeline: parse -> enrich -> store, bounded queues, sentinel shutdown."""
import asyncio
from dataclasses import dataclass, field

RAW = ["alice,30", "bob,x", "carol,25", "", "dave,41", "eve,19", "mallory,-1", "trent,52"]
DONE = object()


@dataclass
class Record:
    name: str
    age: int
    tags: list = field(default_factory=list)


@dataclass
class Stats:
    parsed: int = 0
    rejected: list = field(default_factory=list)
    stored: list = field(default_factory=list)
    trace: list = field(default_factory=list)


async def source(out, stats):
    for line in RAW:
        stats.trace.append(f"src  put {line!r}")
        await out.put(line)
    await out.put(DONE)


async def parse(inq, outq, stats):
    while (line := await inq.get()) is not DONE:
        try:
            name, age = line.split(",")
            rec = Record(name, int(age))
            if rec.age < 0:
                raise ValueError("negative age")
        except ValueError as e:
            stats.rejected.append((line, str(e)))
            continue
        stats.parsed += 1
        stats.trace.append(f"parse -> {rec.name}")
        await outq.put(rec)
    await outq.put(DONE)


async def enrich(inq, outq, stats):
    while (rec := await inq.get()) is not DONE:
        await asyncio.sleep(0)
        rec.tags.append("adult" if rec.age >= 21 else "minor")
        if rec.age > 40:
            rec.tags.append("senior-ish")
        stats.trace.append(f"enrich {rec.name} {rec.tags}")
        await outq.put(rec)
    await outq.put(DONE)


async def store(inq, stats):
    while (rec := await inq.get()) is not DONE:
        for _ in range(2):
            await asyncio.sleep(0)
        stats.stored.append(rec)
        stats.trace.append(f"store {rec.name}")


async def main():
    stats = Stats()
    q1, q2, q3 = asyncio.Queue(2), asyncio.Queue(1), asyncio.Queue(1)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(source(q1, stats), name="source")
        tg.create_task(parse(q1, q2, stats), name="parse")
        tg.create_task(enrich(q2, q3, stats), name="enrich")
        tg.create_task(store(q3, stats), name="store")
    for line in stats.trace:
        print(line)
    print("parsed:", stats.parsed)
    for line, err in stats.rejected:
        print(f"rejected {line!r}: {err}")
    for rec in stats.stored:
        print("stored", rec)


asyncio.run(main())
