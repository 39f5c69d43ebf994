# Cancelling a task is a request. task.cancel() marks the task; the loop then resumes it with
# CancelledError raised at the await where it is waiting. The task can clean up (finally, except)
# and should let the error propagate. A timeout is a cancellation too.
#
# In the debugger: tick "Raised exceptions" (or "Task finished") in the BREAKPOINTS view and press
# F5: the debugger stops where CancelledError arrives, in the waiting task, not in main.
import asyncio


async def download(name, seconds):
    print(f"{name}: started")
    try:
        await asyncio.sleep(seconds)  # a cancellation arrives here, as CancelledError
        print(f"{name}: finished")
        return name
    except asyncio.CancelledError:
        print(f"{name}: cancelled while waiting; cleaning up")
        raise  # re-raise: swallowing CancelledError would hide the cancellation from the canceller
    finally:
        print(f"{name}: finally runs either way")


async def main():
    slow = asyncio.create_task(download("slow", 10), name="slow")
    fast = asyncio.create_task(download("fast", 0.1), name="fast")
    await asyncio.sleep(0.5)  # both start; fast finishes, slow is still waiting
    print("main: fast returned", fast.result())

    print("main: cancel slow")
    slow.cancel()  # only a request: slow has not seen it yet
    print("main: right after cancel(), slow.cancelled() is", slow.cancelled())
    try:
        await slow  # main yields; the loop resumes slow with CancelledError
    except asyncio.CancelledError:
        print("main: now slow.cancelled() is", slow.cancelled())

    try:
        async with asyncio.timeout(0.2):  # cancels the body when 0.2 s have passed
            await download("timed", 1)
    except TimeoutError:
        print("main: the timeout raised TimeoutError")


asyncio.run(main())
