import asyncio


class Service:
    async def handle(self, x):
        await asyncio.sleep(0)
        return x


async def outer():
    async def inner_helper():
        await asyncio.sleep(0)
        return "inner"
    t = asyncio.create_task(inner_helper())
    c = t.get_coro()
    print("inner:", c.__name__, c.__qualname__)
    return await t


async def main():
    s = Service()
    t1 = asyncio.create_task(s.handle(5))
    t2 = asyncio.create_task(outer())
    for t in (asyncio.current_task(), t1, t2):
        c = t.get_coro()
        print(t.get_name(), c.__name__, c.__qualname__)
    print(await t1, await t2)
    print("coro after done:", t1.get_coro().__qualname__, t1.get_coro().cr_frame)


asyncio.run(main())
