# TimerHandle comparisons and hashing as events.py defines them: by `when`, callback and args.
import asyncio


class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self, who):
        print(self.name, "greets", who)


async def main():
    loop = asyncio.get_running_loop()
    g = Greeter("g")
    when = loop.time() + 1
    a = loop.call_at(when, g.hello, "x")
    b = loop.call_at(when, g.hello, "x")
    c = loop.call_at(when, g.hello, "y")
    d = loop.call_at(when + 1, g.hello, "x")
    print("a == b (equal bound methods, equal args):", a == b, a != b)
    print("a == c:", a == c, "a == d:", a == d)
    print("a < b:", a < b, "a <= b:", a <= b, "a >= b:", a >= b, "a > b:", a > b)
    print("a < d:", a < d, "d > a:", d > a, "c <= a:", c <= a)
    print("hash is hash(when):", hash(a) == hash(a.when()), hash(a) == hash(b))
    print("sorted by when:", [h.when() - when for h in sorted([d, a, c])])
    print("compare with other:", a == 1, a.__lt__(1))
    b.cancel()
    print("after cancel a == b:", a == b)
    h1 = loop.call_soon(g.hello, "z")
    h2 = loop.call_soon(g.hello, "z")
    print("plain handles compare by identity:", h1 == h2, h1 == h1)
    await asyncio.sleep(2.5)

asyncio.run(main())
