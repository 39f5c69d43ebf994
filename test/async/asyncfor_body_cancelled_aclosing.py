# async for over an async generator: the loop body is cancelled; with contextlib.aclosing
# the generator's finally runs (and may await) before CancelledError escapes.
import asyncio
import contextlib


async def ticker(name):
    i = 0
    try:
        while True:
            yield i
            i += 1
            await asyncio.sleep(0.01)
    except GeneratorExit:
        print(name, "GeneratorExit")
        raise
    finally:
        print(name, "finally; ag_running?")
        await asyncio.sleep(0)
        print(name, "finally awaited")


async def consume(name, cancel_in_body):
    async with contextlib.aclosing(ticker(name)) as g:
        async for v in g:
            print(name, "got", v)
            if cancel_in_body and v == 2:
                await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(consume("body", True))
    await asyncio.sleep(0.05)
    t.cancel("stop body")
    try:
        await t
    except asyncio.CancelledError as e:
        print("body task", e.args)
    t = asyncio.create_task(consume("gen", False))
    await asyncio.sleep(0.015)
    t.cancel("stop gen")
    try:
        await t
    except asyncio.CancelledError as e:
        print("gen task", e.args)


# A manual loop without shutdown_asyncgens(): which closed generators the garbage
# collector still holds at that point is not part of this test.
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
