# A gathered child cancelled directly (not via outer): with return_exceptions=False the
# outer fails with CancelledError but siblings keep running; with True it is a result.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled", e.args)
        raise


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    for rex in (False, True):
        a = asyncio.create_task(child("a", 0.05))
        b = asyncio.create_task(child("b", 0.1))
        g = asyncio.gather(a, b, return_exceptions=rex)
        await asyncio.sleep(0.01)
        a.cancel("child-msg")
        try:
            r = await g
            print("rex", rex, "->", [repr(x) for x in r])
        except asyncio.CancelledError as e:
            print("rex", rex, "raised", repr(e), "g.cancelled()", g.cancelled(),
                  "b done", b.done(), "t", int((loop.time() - t0) * 20 + 1e-6))
        await b
        print("b result", b.result(), "t", int((loop.time() - t0) * 20 + 1e-6))


asyncio.run(main())
