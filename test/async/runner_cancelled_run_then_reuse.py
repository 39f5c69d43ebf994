# asyncio.Runner: a run whose main task is cancelled raises CancelledError to the caller,
# the runner stays usable; tasks left from a previous run keep running in the next one;
# run after close, run with a non-coroutine, nested run.
import asyncio

LEFT = []


async def cancelled_main():
    t = asyncio.current_task()
    asyncio.get_running_loop().call_later(0.01, t.cancel, "from timer")
    LEFT.append(asyncio.create_task(asyncio.sleep(0.02, "leftover result")))
    await asyncio.sleep(1)


async def second():
    print("leftover done at start of second run:", LEFT[0].done())
    r = await LEFT[0]
    return "second saw " + r


with asyncio.Runner() as runner:
    try:
        runner.run(cancelled_main())
    except asyncio.CancelledError as e:
        print("run 1 ->", repr(e))
    print("run 2 ->", runner.run(second()))
    try:
        runner.run(asyncio.sleep)
    except ValueError as e:
        print("non-coroutine ->", type(e).__name__, str(e).split(" at 0x")[0])
    loop = runner.get_loop()
    print("loop open", not loop.is_closed())

    async def nested():
        c = asyncio.sleep(0)
        try:
            runner.run(c)
        except RuntimeError as e:
            print("nested ->", e)
        finally:
            c.close()

    runner.run(nested())
print("closed", loop.is_closed())
c = asyncio.sleep(0)
try:
    runner.run(c)
except RuntimeError as e:
    print("after close ->", e)
c.close()
runner.close()
print("close twice ok")
