# Barrier: cancel one waiter (n_waiting drops), reset() while others wait
# (they get BrokenBarrierError), abort(), and waiting on a broken barrier.
import asyncio


async def party(b, name):
    try:
        i = await b.wait()
        print(name, "passed with index", i)
        return i
    except asyncio.BrokenBarrierError as e:
        print(name, "broken:", type(e).__name__, e.args)
        return "broken"
    except asyncio.CancelledError as e:
        print(name, "cancelled", e.args)
        raise


def state(b):
    return "n_waiting=%d broken=%s parties=%d" % (b.n_waiting, b.broken, b.parties)


async def main():
    b = asyncio.Barrier(3)
    a1 = asyncio.create_task(party(b, "a1"))
    a2 = asyncio.create_task(party(b, "a2"))
    await asyncio.sleep(0)
    print("1:", state(b))
    a1.cancel("leave")
    await asyncio.sleep(0)
    print("2:", state(b), "a1 cancelled", a1.cancelled())
    a3 = asyncio.create_task(party(b, "a3"))
    await asyncio.sleep(0)
    print("3:", state(b))
    await b.reset()
    print("4 after reset:", state(b))
    await asyncio.sleep(0)
    print("5:", state(b), a2.done(), a3.done())
    print("results", await asyncio.gather(a2, a3))
    print("6:", state(b))

    c = [asyncio.create_task(party(b, "c%d" % i)) for i in range(2)]
    await asyncio.sleep(0)
    await b.abort()
    print("7 after abort:", state(b))
    print("results", await asyncio.gather(*c))
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("wait on broken:", repr(e))
    await b.reset()
    print("8 after reset:", state(b))
    d = [asyncio.create_task(party(b, "d%d" % i)) for i in range(3)]
    print("results", sorted(await asyncio.gather(*d)))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("parties 0:", e)


asyncio.run(main())
