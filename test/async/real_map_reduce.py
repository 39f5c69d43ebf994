"""Map-reduce word count with TaskGroup; one shard is corrupt in the second run."""
import asyncio
from collections import Counter

DOCS = [
    "the quick brown fox jumps over the lazy dog",
    "the dog barks and the fox runs",
    "a quick brown dog is a happy dog",
    "lazy afternoons are for the lazy",
    "fox and dog are friends now",
    "quick quick quick",
]


class CorruptShard(Exception):
    pass


async def mapper(shard_id, docs, progress):
    counts = Counter()
    for i, doc in enumerate(docs):
        if "CORRUPT" in doc:
            raise CorruptShard(f"shard {shard_id} doc {i}")
        counts.update(doc.split())
        progress.append(f"map s{shard_id} doc{i}")
        await asyncio.sleep(0)
    return counts


async def reducer(partials, letter_range, progress):
    lo, hi = letter_range
    out = Counter()
    for p in partials:
        for word, n in p.items():
            if lo <= word[0] <= hi:
                out[word] += n
        await asyncio.sleep(0)
    progress.append(f"reduce {lo}-{hi}")
    return out


async def run_job(docs, shards):
    progress = []
    chunks = [docs[i::shards] for i in range(shards)]
    async with asyncio.TaskGroup() as tg:
        maps = [tg.create_task(mapper(i, c, progress), name=f"map-{i}") for i, c in enumerate(chunks)]
    partials = [m.result() for m in maps]
    async with asyncio.TaskGroup() as tg:
        reds = [tg.create_task(reducer(partials, r, progress)) for r in (("a", "h"), ("i", "p"), ("q", "z"))]
    total = Counter()
    for r in reds:
        total.update(r.result())
    return total, progress


async def main():
    total, progress = await run_job(DOCS, 3)
    for line in progress:
        print(line)
    for word, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
        print(f"{word:10} {n}")
    print("distinct words:", len(total))
    bad_docs = DOCS[:4] + ["CORRUPT data here"] + DOCS[4:]
    try:
        await run_job(bad_docs, 2)
    except* CorruptShard as eg:
        print("job failed:", [str(e) for e in eg.exceptions])
    print("tasks left:", len(asyncio.all_tasks()))


asyncio.run(main())
