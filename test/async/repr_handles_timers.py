import asyncio

def cb(*args):
    print("cb", args)

class Callable:
    def __call__(self, x):
        print("callable", x)
    def __repr__(self):
        return "<Callable>"

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1, "two")
    print(repr(h).replace(__file__, "FILE"))
    print("cancelled:", h.cancelled())
    h.cancel()
    print(repr(h))
    print("cancelled:", h.cancelled())
    h.cancel()
    t0 = loop.time()
    th = loop.call_later(2, cb, 3)
    print("when - t0:", round(th.when() - t0, 3))
    print(repr(th).replace(__file__, "FILE").replace(repr(th.when()), "W"))
    th2 = loop.call_at(th.when(), cb, 4)
    print("equal when:", th == th2, th.when() == th2.when())
    th.cancel()
    print(repr(th).replace(repr(th.when()), "W"))
    h3 = loop.call_soon(Callable(), 5)
    print(repr(h3))
    h4 = loop.call_soon(print, "builtin")
    print(repr(h4))
    h5 = loop.call_soon(lambda: None)
    print(repr(h5).replace(__file__, "FILE"))
    await asyncio.sleep(3)
    print("th2 cancelled:", th2.cancelled())
    print(isinstance(th, asyncio.Handle), isinstance(th, asyncio.TimerHandle), type(h).__name__)

asyncio.run(main())
