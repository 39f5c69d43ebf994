import asyncio


async def watcher(ev, name, log, rounds):
    for r in range(rounds):
        await ev.wait()
        log.append(f"{name} saw set #{r}")
        while ev.is_set():
            await asyncio.sleep(0)


async def main():
    ev = asyncio.Event()
    log = []
    ws = [asyncio.create_task(watcher(ev, n, log, 3)) for n in ("w1", "w2")]
    for cycle in range(3):
        await asyncio.sleep(0)
        log.append(f"main set #{cycle}")
        ev.set()
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        ev.clear()
        log.append(f"main clear #{cycle}")
    await asyncio.gather(*ws)
    print("\n".join(log))


asyncio.run(main())
