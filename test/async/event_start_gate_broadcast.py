import asyncio


async def runner(name, gate, finish, results):
    print(name, "ready")
    await gate.wait()
    print(name, "go", gate.is_set())
    await asyncio.sleep(0.01 * len(name))
    results.append(name)
    if len(results) == 3:
        finish.set()


async def main():
    gate, finish = asyncio.Event(), asyncio.Event()
    results = []
    ts = [asyncio.create_task(runner(n, gate, finish, results)) for n in ("al", "bobby", "cat")]
    await asyncio.sleep(0)
    print("all waiting:", len(gate._waiters))
    gate.set()
    gate.set()
    gate.clear()
    print("cleared immediately, still woken?")
    await finish.wait()
    print(results)
    print(await asyncio.wait_for(finish.wait(), 0.01))
    await asyncio.gather(*ts)


asyncio.run(main())
