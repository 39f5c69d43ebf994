import asyncio


async def waiter(ev, name):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke, wait() returned", r)


async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    ts = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    print("is_set:", ev.is_set())
    await asyncio.gather(*ts)
    print("wait on set event returns immediately:", await ev.wait())
    ev.clear()
    print("cleared:", ev.is_set())
    t = asyncio.create_task(waiter(ev, "late"))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await t
    print("woken even though cleared right after set")


asyncio.run(main())
