# Cancelling a task suspended inside except/finally blocks and async-with exits: the
# CancelledError is chained to the exception each frame on its way out is handling
# (and a replacement raised by an inner frame is re-chained by the outer one).
import asyncio

async def inner_handling():
    try:
        raise KeyError("inner-handled")
    except KeyError:
        await asyncio.sleep(1)

async def catches():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("  inner caught, ctx", repr(e.__context__))
        raise

async def scenario(kind):
    try:
        raise ValueError("outer-handled")
    except ValueError:
        if kind == "direct":
            await asyncio.sleep(1)
        elif kind == "nested-handling":
            await inner_handling()
        elif kind == "nested-catching":
            await catches()
        elif kind == "finally":
            pass
    if kind == "finally":
        try:
            pass
        finally:
            await asyncio.sleep(1)
    if kind == "finally-exc":
        try:
            raise OSError("in try")
        finally:
            await asyncio.sleep(1)

class CM:
    async def __aenter__(self): return self
    async def __aexit__(self, *a):
        await asyncio.sleep(1)

async def with_exit():
    async with CM():
        raise LookupError("body")

async def main():
    for kind in ("direct", "nested-handling", "nested-catching", "finally", "finally-exc"):
        t = asyncio.create_task(scenario(kind))
        await asyncio.sleep(0)
        t.cancel()
        try:
            await t
        except BaseException as e:
            print(kind, repr(e), "ctx", repr(e.__context__), "ctx.ctx", repr(e.__context__ and e.__context__.__context__))
    t = asyncio.create_task(with_exit())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except BaseException as e:
        print("aexit", repr(e), "ctx", repr(e.__context__))
    # a thrown exception caught by the inner and replaced
    async def conv():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            raise RuntimeError("converted")
    async def outer_conv():
        try:
            raise ValueError("outer")
        except ValueError:
            await conv()
    t = asyncio.create_task(outer_conv())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except BaseException as e:
        print("conv", repr(e), "ctx", repr(e.__context__), "ctx.ctx", repr(e.__context__ and e.__context__.__context__))

asyncio.run(main())
