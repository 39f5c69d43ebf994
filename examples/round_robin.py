# `await asyncio.sleep(0)` is the bare yield: the task goes to the back of the ready queue and the
# loop runs whatever was ready before it. Tasks that all do this take turns, one step each, in
# the order they became ready. A task that never yields keeps the loop until it finishes.
#
# In the debugger: tick "Every yield" in the BREAKPOINTS view, press F5, and watch the Event Loop
# view's ready queue rotate: the task that just yielded is always last.
import asyncio


async def polite(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)  # hand the turn on
    print(f"{name} done")


async def greedy(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")  # no await in the loop: nobody else runs meanwhile
    print(f"{name} done")


async def main():
    print("-- three polite tasks take turns")
    await asyncio.gather(polite("A", 3), polite("B", 2), polite("C", 3))
    print("-- a greedy task among polite ones")
    await asyncio.gather(polite("A", 2), greedy("G", 3), polite("B", 2))


asyncio.run(main())
