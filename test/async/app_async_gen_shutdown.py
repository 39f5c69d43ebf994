import asyncio

events = []


async def ticker(name, n):
    try:
        for i in range(n):
            yield f"{name}{i}"
            await asyncio.sleep(0)
    except GeneratorExit:
        events.append(f"{name}: GeneratorExit")
        raise
    finally:
        events.append(f"{name}: finally")


async def cleanup_with_await(name):
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        events.append(f"{name}: async cleanup done")


async def bad_closer():
    try:
        yield "x"
    finally:
        yield "again"


KEEP = {}


async def main():
    g1 = ticker("a", 5)
    print(await g1.__anext__(), await g1.__anext__())
    await g1.aclose()
    g2 = cleanup_with_await("c")
    print(await anext(g2))
    KEEP["g2"] = g2
    g3 = bad_closer()
    print(await anext(g3))
    try:
        await g3.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    g4 = ticker("b", 3)
    print([x async for x in g4])
    g5 = ticker("d", 10)
    async for x in g5:
        if x == "d1":
            break
    print("after break", events)
    await g5.aclose()
    print("after aclose", events[-2:])
    loop = asyncio.get_running_loop()
    print("tracked", len(loop._asyncgens) >= 2)
    g6 = ticker("e", 3)
    await anext(g6)
    await g6.aclose()
    print("main done")


asyncio.run(main())
print("\n".join(events))
print(KEEP["g2"].ag_frame is None, KEEP["g2"].ag_running)
