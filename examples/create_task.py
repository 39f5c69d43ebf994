# create_task() schedules a task; it does not run it. The new task's first step waits in the
# event loop's ready queue until the task that created it yields, and only then does it run.
#
# In the debugger: tick "Task created" and "Every yield" in the BREAKPOINTS view, press F5, and
# watch the Event Loop view: after each create_task() the new task is in the ready queue, and
# main keeps running until its first `await asyncio.sleep(0)`.
import asyncio


async def greet(name):
    print(f"  {name}: my first step runs now")
    await asyncio.sleep(0)  # a bare yield: back to the end of the ready queue
    print(f"  {name}: my second step")


async def main():
    print("main: creating tasks A and B")
    a = asyncio.create_task(greet("A"), name="A")
    b = asyncio.create_task(greet("B"), name="B")
    # Both are in the ready queue, behind nothing; but main is running, and the loop never
    # interrupts a running task. Ordinary code, however long, keeps the turn.
    squares = sum(i * i for i in range(10_000))
    print(f"main: busy ({squares}); has A started? {'yes' if a.done() else 'no'}")
    await asyncio.sleep(0)  # main's first yield: the loop runs A's and B's first steps, then main
    print("main: back after one yield; A and B each took one step")
    await asyncio.gather(a, b)  # waits for both: they run their second steps
    print("main: both tasks are done")


asyncio.run(main())
