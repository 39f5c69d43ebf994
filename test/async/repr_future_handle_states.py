import asyncio


def strip(s):
    while " at 0x" in s:
        j = s.find(" at 0x")
        k = j + 6
        while k < len(s) and s[k] in "0123456789abcdef":
            k += 1
        s = s[:j] + s[k:]
    return s.replace(__file__, "FILE")


def cb(*a):
    pass


class C:
    def meth(self, x):
        pass


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(strip(repr(f)))
    f.add_done_callback(cb)
    print(strip(repr(f)))
    f.set_result([1, 2, 3])
    print(strip(repr(f)))
    f2 = loop.create_future()
    f2.set_exception(ValueError("bad thing"))
    print(strip(repr(f2)))
    f2.exception()
    f3 = loop.create_future()
    f3.cancel()
    print(strip(repr(f3)))
    f4 = loop.create_future()
    f4.set_result("x" * 100)
    print(strip(repr(f4)))
    h = loop.call_soon(cb, 1, "two")
    print(strip(repr(h)))
    h.cancel()
    print(strip(repr(h)))
    th = loop.call_later(10, C().meth, 5)
    print(strip(repr(th)).replace(str(th.when()), "WHEN"))
    th.cancel()
    print(strip(repr(th)).replace(str(th.when()), "WHEN"))
    import functools
    ph = loop.call_soon(functools.partial(cb, 1, 2))
    print(strip(repr(ph)))
    lh = loop.call_soon(lambda: None)
    print(strip(repr(lh)))
    bh = loop.call_soon(print)
    print(strip(repr(bh)))
    await asyncio.sleep(0)
    print(strip(repr(h)), strip(repr(bh)))


asyncio.run(main())
