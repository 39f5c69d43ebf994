# An Event is set, cleared and set again; waiters that arrived after clear block again.
import asyncio


async def waiter(ev, name, rounds):
    for r in range(rounds):
        print(name, "waiting round", r, ev.is_set())
        got = await ev.wait()
        print(name, "woke round", r, got)
        await asyncio.sleep(0.01)


async def main():
    ev = asyncio.Event()
    print(repr(ev).split("[")[1])
    tasks = [asyncio.create_task(waiter(ev, n, 2)) for n in "ab"]
    await asyncio.sleep(0)
    print(repr(ev).split("[")[1])
    ev.set()
    ev.clear()  # waiters already woken stay woken
    print("set+clear", ev.is_set())
    await asyncio.sleep(0.005)
    print(repr(ev).split("[")[1])
    await asyncio.sleep(0.01)
    print(repr(ev).split("[")[1])
    ev.set()
    await asyncio.gather(*tasks)
    print("done", ev.is_set())
    print(await ev.wait())


asyncio.run(main())
