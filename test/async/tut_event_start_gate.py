"""Race start with an Event gate: runners wait for the gun; late arrivals pass straight through;
clear() re-arms the gate for a second race; wait_for on event with timeout."""
import asyncio


async def runner(name: str, gate: asyncio.Event, order: list, delay: float) -> None:
    await asyncio.sleep(delay)
    was_set = gate.is_set()
    await gate.wait()
    order.append(f"{name}{'' if not was_set else '(late)'}")


async def main():
    gate = asyncio.Event()
    order: list[str] = []
    runners = [asyncio.create_task(runner(n, gate, order, d))
               for n, d in [("a", 0.0), ("b", 0.01), ("c", 0.02), ("late", 0.05)]]
    await asyncio.sleep(0.03)
    print("waiting before gun:", len(gate._waiters))
    gate.set()
    print("set; waiters still listed:", len(gate._waiters))
    await asyncio.gather(*runners)
    print("race 1:", order)

    gate.clear()
    order.clear()
    runners = [asyncio.create_task(runner(n, gate, order, 0)) for n in "xyz"]
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(gate.wait(), timeout=0.02)
    except asyncio.TimeoutError:
        print("main gave up waiting; gate still clear:", not gate.is_set())
    gate.set()
    gate.clear()
    await asyncio.sleep(0)
    print("set+clear wakes waiters anyway:", order)
    await asyncio.gather(*runners)
    print("repr state:", repr(gate).split("[")[-1])


asyncio.run(main())
