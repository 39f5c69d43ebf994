# Async generators driven from tasks: athrow handled/unhandled, aclose with a finally that awaits,
# aclose on a suspended generator that yields again (RuntimeError), and async comprehensions.
import asyncio


async def ticker(name, n):
    try:
        for i in range(n):
            try:
                yield f"{name}{i}"
            except KeyError as e:
                print(name, "handled KeyError", e)
                yield "recovered"
            await asyncio.sleep(0.01)
    finally:
        print(name, "finally: closing")
        await asyncio.sleep(0.01)
        print(name, "finally: closed")


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored exit"


async def consume():
    g = ticker("a", 5)
    print(await g.__anext__())
    print(await g.athrow(KeyError("k")))
    print(await anext(g))
    await g.aclose()
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted after aclose")
    return "consumed"


async def main():
    print(await asyncio.create_task(consume()))
    await part2()
    await part3()


async def part2():

    g = ticker("b", 10)
    async for v in g:
        print("got", v)
        if v == "b1":
            break
    print("broke out; frame running?", g.ag_running)
    await g.aclose()
    await g.aclose()

    s = stubborn()
    print(await anext(s))
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await anext(s, "exhausted"))


async def part3():
    c = ticker("c", 3)
    t = asyncio.create_task(anext(c, "default"))
    print(await t)
    await c.aclose()
    print(await anext(ticker("d", 0), "default"))
    print([v async for v in ticker("e", 3) if not v.endswith("1")])


asyncio.run(main())
