# Coroutine object misuse: awaiting twice, awaiting one that another task is already
# awaiting, awaiting a closed one, create_task on an exhausted coroutine.
import asyncio


async def quick():
    return 42


async def slow():
    await asyncio.sleep(0.01)
    return "slow"


async def main():
    c = quick()
    print("first await", await c)
    try:
        await c
    except RuntimeError as e:
        print("second await:", e)
    c2 = slow()
    t = asyncio.create_task(c2)
    await asyncio.sleep(0)
    try:
        await c2
    except RuntimeError as e:
        print("await while task awaits it:", e)
    print("task result", await t)
    c3 = quick()
    c3.close()
    try:
        await c3
    except RuntimeError as e:
        print("await closed:", e)
    c4 = quick()
    try:
        c4.send(None)
    except StopIteration as e:
        print("manual send -> StopIteration", e.value)
    t4 = asyncio.create_task(c4)
    try:
        await t4
    except RuntimeError as e:
        print("task on exhausted coroutine:", e)
    c5 = slow()
    c5.send(None)
    try:
        c5.send(None)
    except RuntimeError as e:
        print("send twice while awaiting sleep:", type(e).__name__, e)
    c5.close()
    try:
        c5.send(None)
    except RuntimeError as e:
        print("send after close:", e)
    c6 = quick()
    try:
        c6.throw(ValueError("thrown in before start"))
    except ValueError as e:
        print("throw before start:", repr(e))
    try:
        await c6
    except RuntimeError as e:
        print("await after throw:", e)


asyncio.run(main())
