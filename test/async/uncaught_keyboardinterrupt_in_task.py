# KeyboardInterrupt raised by a task stops run_until_complete; the loop can be run again to
# clean up the tasks that are still pending.
import asyncio

async def interrupted():
    await asyncio.sleep(0.1)
    raise KeyboardInterrupt

async def main():
    t = asyncio.create_task(interrupted())
    try:
        await asyncio.sleep(1)
        print("never printed")
    except asyncio.CancelledError:
        print("main cancelled during cleanup; t:", t.done(), type(t.exception()).__name__)
        raise

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt from run_until_complete")
print("loop running:", loop.is_running(), "closed:", loop.is_closed())
tasks = asyncio.all_tasks(loop)
print("pending tasks:", len(tasks))
for t in tasks:
    t.cancel()
print(loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True)))
loop.close()
print("closed")
