import asyncio
import json
import string
from collections import Counter, defaultdict
from operator import itemgetter

RAW = {
    "web-1": [
        '{"ts": 1, "level": "INFO", "path": "/", "ms": 12}',
        '{"ts": 2, "level": "ERROR", "path": "/pay", "ms": 340, "err": "timeout"}',
        'not json at all',
        '{"ts": 5, "level": "INFO", "path": "/cart", "ms": 40}',
    ],
    "web-2": [
        '{"ts": 3, "level": "WARN", "path": "/", "ms": 99}',
        '{"ts": 4, "level": "ERROR", "path": "/pay", "ms": 500, "err": "declined"}',
        '{"ts": 6, "level": "INFO", "path": "/", "ms": 8}',
    ],
    "worker": [
        '{"ts": 2, "level": "INFO", "job": "mail", "ms": 1200}',
        '{"ts": 7, "level": "ERROR", "job": "mail", "ms": 3, "err": "smtp down"}',
        '{"ts": 8, "level": "DEBUG"',
    ],
}

ALERT = string.Template("ALERT[$source] $level at t=$ts: $err ($where)")


async def tail(source, lines):
    for i, line in enumerate(lines):
        for _ in range(len(source) % 3 + i % 2):
            await asyncio.sleep(0)
        yield source, line


async def parse(stream, bad):
    async for source, line in stream:
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            bad.append((source, e.msg, e.pos))
            continue
        rec["source"] = source
        yield rec


async def merge(*gens):
    q = asyncio.Queue()
    END = object()

    async def drain(g):
        async for item in g:
            await q.put(item)
        await q.put(END)

    tasks = [asyncio.create_task(drain(g)) for g in gens]
    left = len(tasks)
    while left:
        item = await q.get()
        if item is END:
            left -= 1
        else:
            yield item
    await asyncio.gather(*tasks)


async def main():
    bad = []
    levels = Counter()
    latency = defaultdict(list)
    alerts = []
    arrival = []
    async for rec in merge(*(parse(tail(s, ls), bad) for s, ls in RAW.items())):
        arrival.append((rec["source"], rec["ts"]))
        levels[rec["level"]] += 1
        latency[rec.get("path") or rec.get("job")].append(rec["ms"])
        if rec["level"] == "ERROR":
            alerts.append(ALERT.substitute(rec, where=rec.get("path", rec.get("job"))))
    print("arrival", arrival)
    print("levels", sorted(levels.items(), key=itemgetter(1, 0), reverse=True))
    for key, ms in sorted(latency.items()):
        print(f"{key:6} n={len(ms)} avg={sum(ms) / len(ms):8.2f} max={max(ms)}")
    for a in alerts:
        print(a)
    for b in bad:
        print("bad", b)
    report = {"levels": dict(levels), "bad": len(bad), "slowest": max(latency, key=lambda k: max(latency[k]))}
    print(json.dumps(report, sort_keys=True, indent=2))
    print(string.Template("$x and ${y}z").safe_substitute(x=1), string.capwords("hello world log"))


asyncio.run(main())
