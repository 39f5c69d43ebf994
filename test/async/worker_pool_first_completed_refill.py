import asyncio

JOBS = [("j%d" % i, d) for i, d in enumerate([0.05, 0.12, 0.2, 0.085, 0.31, 0.04, 0.15, 0.09, 0.23, 0.06])]


async def job(name, d):
    await asyncio.sleep(d)
    if name == "j4":
        raise ValueError(name)
    return name, d


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    it = iter(JOBS)
    pending = set()
    by_task = {}
    for _ in range(3):
        n, d = next(it)
        t = asyncio.create_task(job(n, d), name=n)
        pending.add(t)
    results = []
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in sorted(done, key=lambda t: t.get_name()):
            if t.exception():
                results.append(("ERR", t.get_name(), repr(t.exception())))
            else:
                results.append(t.result())
            nxt = next(it, None)
            if nxt:
                pending.add(asyncio.create_task(job(*nxt), name=nxt[0]))
        print(f"done={sorted(t.get_name() for t in done)} pending={len(pending)}")
    for r in results:
        print(r)


asyncio.run(main())
