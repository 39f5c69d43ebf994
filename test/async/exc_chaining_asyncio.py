# __cause__, __context__ and __suppress_context__ of the exceptions asyncio raises.
import asyncio


def chain(e):
    out = []
    seen = 0
    while e is not None and seen < 5:
        out.append(f"{type(e).__name__}{e.args!r} cause={type(e.__cause__).__name__} "
                   f"context={type(e.__context__).__name__} suppress={e.__suppress_context__}")
        e = e.__cause__ or e.__context__
        seen += 1
    return out


async def slow():
    await asyncio.sleep(1)


async def fails():
    await asyncio.sleep(0)
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")


async def main():
    cases = {}
    try:
        await asyncio.wait_for(slow(), 0.1)
    except TimeoutError as e:
        cases["wait_for"] = e
    try:
        async with asyncio.timeout(0.1):
            await slow()
    except TimeoutError as e:
        cases["timeout"] = e
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
    except ExceptionGroup as e:
        cases["taskgroup"] = e
        cases["taskgroup member"] = e.exceptions[0]
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel("bye")
    try:
        await t
    except asyncio.CancelledError as e:
        cases["await cancelled task"] = e
    try:
        await asyncio.gather(fails(), slow())
    except ValueError as e:
        cases["gather"] = e
    f = asyncio.get_running_loop().create_future()
    f.cancel("fut msg")
    try:
        f.result()
    except asyncio.CancelledError as e:
        cases["future result"] = e
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0)
    except TimeoutError as e:
        cases["wait_for 0"] = e
    for name, e in cases.items():
        print(name)
        for line in chain(e):
            print("   ", line)

asyncio.run(main())
