# An exception in a done callback goes to the loop's exception handler (the default one writes
# to stderr) and does not stop the loop; the program's own output continues.
import asyncio


def bad_callback(fut):
    raise LookupError(f"callback saw {fut.result()}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(bad_callback)
    fut.add_done_callback(lambda f: print("second callback still runs"))
    fut.set_result(42)
    await asyncio.sleep(0)
    t = asyncio.create_task(asyncio.sleep(0.1, "slept"))
    t.add_done_callback(bad_callback)
    print(await t)
    await asyncio.sleep(0)
    print("main ends normally")

asyncio.run(main())
