# An async generator suspended at an await inside one task: another task's asend/athrow/
# aclose fails with "already running"; ag_running and ag_await at each point.
import asyncio


async def agen():
    try:
        yield 1
        await asyncio.sleep(0.05)
        yield 2
    finally:
        print("  agen finally")


async def main():
    g = agen()
    print("ag_running before", g.ag_running)
    print("first", await g.__anext__())
    t = asyncio.create_task(g.__anext__())
    await asyncio.sleep(0)
    print("ag_running while awaiting in task", g.ag_running, "ag_await", type(g.ag_await).__name__)
    for label, make in (("asend", lambda: g.asend(None)), ("athrow", lambda: g.athrow(ValueError("x"))), ("aclose", g.aclose)):
        try:
            await make()
        except RuntimeError as e:
            print(label, "->", e)
    print("task result", await t)
    print("ag_running after", g.ag_running)
    t = asyncio.create_task(g.__anext__())
    await asyncio.sleep(0)
    t.cancel("cancel the generator's consumer")
    try:
        await t
    except asyncio.CancelledError as e:
        print("consumer cancelled", repr(e))
    print("ag_running", g.ag_running, "ag_frame is None", g.ag_frame is None)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after the cancel went through it")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
