# `await some_coroutine()` is a call, not a yield: the caller's task runs the coroutine to its end
# without giving the loop a turn. A task yields only when it awaits a future that is still pending
# (a sleep, a Queue.get on an empty queue, another unfinished task...), anywhere down the call chain.
#
# In the debugger: tick "Every yield" in the BREAKPOINTS view and press F5. The debugger stops at
# each real yield; `await double(1)` never stops there, `await double_later(3)` does (inside it).
import asyncio


async def spy():
    # A task that shows when the loop gets a turn: it takes one step each time main yields.
    step = 0
    while True:
        step += 1
        print(f"    spy: step {step} (main yielded)")
        await asyncio.sleep(0)


async def double(x):
    return 2 * x  # no await at all: a plain call, finished within main's step


async def double_later(x):
    await asyncio.sleep(0)  # awaits a bare yield: the whole await chain up to main's task yields
    return 2 * x


async def main():
    spy_task = asyncio.create_task(spy(), name="spy")
    await asyncio.sleep(0)  # main yields once: spy takes its first step
    print("main: await double(1) =", await double(1))  # no yield: spy does not run
    print("main: await double(2) =", await double(2))  # still none
    print("main: await double_later(3) =", await double_later(3))  # one yield: spy runs
    done = asyncio.get_running_loop().create_future()
    done.set_result("already here")
    print("main: await done =", await done)  # a future that is already done: no yield
    spy_task.cancel()  # asyncio.run would cancel it too; this says so explicitly
    print("main: finished")


asyncio.run(main())
