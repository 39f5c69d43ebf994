import asyncio

class NoCM: pass
class HalfCM:
    def __enter__(self): return self
class AIterBad:
    def __aiter__(self): return 3
class ANextBad:
    def __aiter__(self): return self
    def __anext__(self): return 5
class AwaitBad:
    def __await__(self): return 3
class AwaitGenBad:
    def __init__(self):
        self.c = asyncio.sleep(0, result="ok")
    def __await__(self):
        return (yield from self.c)

async def coro():
    return 1

async def agen():
    yield 1

async def main():
    tests = []
    async def t1():
        with NoCM(): pass
    async def t2():
        with HalfCM(): pass
    async def t3():
        async with NoCM(): pass
    async def t4():
        async for x in [1, 2]: pass
    async def t5():
        async for x in AIterBad(): pass
    async def t6():
        async for x in ANextBad(): pass
    async def t7():
        await 3
    async def t8():
        await AwaitBad()
    async def t9():
        a = AwaitGenBad()
        try:
            return await a
        finally:
            a.c.close()
    async def t10():
        c = coro()
        await c
        await c
    async def t11():
        for x in agen(): pass
    async def t12():
        g = agen()
        await g.__anext__()
        await g.asend(5)
    async def t13():
        x = [i async for i in agen()]
        return [i for i in agen()]
    async def t14():
        async with asyncio.Lock() as l, NoCM():
            pass
    async def t15():
        return await asyncio.gather(1)
    async def t16():
        return await asyncio.wait_for(3, 1)
    async def t17():
        return asyncio.create_task(3)
    async def t18():
        return await asyncio.shield(None)
    async def t19():
        g = agen()
        await g.aclose()
        return await g.__anext__()
    async def t20():
        c = coro()
        try:
            return len(c)
        finally:
            c.close()
    for i, t in enumerate([t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15, t16, t17, t18, t19, t20], 1):
        try:
            print(i, "ok", await t())
        except Exception as e:
            print(i, type(e).__name__, e)

asyncio.run(main())
