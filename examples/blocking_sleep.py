# A blocking call freezes every task. `await asyncio.sleep(0.5)` yields: the loop runs other tasks
# while this one waits. `time.sleep(0.5)` does not yield: the whole loop stops, so no other task
# runs, and timers that fall due meanwhile fire late. (Any long computation does the same.)
#
# In the debugger: set a breakpoint on the `time.sleep` line, press F5, and look at the Event Loop
# view: the heartbeat's timer is pending. Step over it: the loop's time jumps by 0.5 s and the
# timer is now overdue, but the heartbeat only runs when main yields again.
import asyncio
import time

beats = 0


async def heartbeat():
    global beats
    loop = asyncio.get_running_loop()
    while True:
        due = loop.time() + 0.2
        await asyncio.sleep(0.2)
        beats += 1
        late = loop.time() - due
        print(f"  beat {beats}" + (" (late: the loop was blocked)" if late > 0.1 else ""))


async def main():
    hb = asyncio.create_task(heartbeat(), name="heartbeat")

    print("main: await asyncio.sleep(0.5)")
    before = beats
    await asyncio.sleep(0.5)  # yields: the heartbeat beats at 0.2 s and 0.4 s
    print(f"main: woke up; {beats - before} beats while it waited")

    print("main: time.sleep(0.5)")
    before = beats
    time.sleep(0.5)  # blocks the loop: the beat due at 0.6 s cannot run
    print(f"main: woke up; {beats - before} beats while it waited")

    await asyncio.sleep(0.1)  # main yields at last: the overdue beat runs first
    hb.cancel()
    print("main: done")


asyncio.run(main())
