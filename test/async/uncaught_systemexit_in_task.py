# SystemExit raised inside a task (not the main one) escapes the loop at once: the task is
# finished with it, asyncio.run cancels the remaining main task, and the exit code is 3.
import asyncio

async def quitter():
    await asyncio.sleep(0.1)
    print("quitter exits")
    raise SystemExit(3)

async def main():
    q = asyncio.create_task(quitter())
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("main cancelled at shutdown; q done:", q.done())
        print("q exception:", repr(q.exception()))
        raise
    finally:
        print("main finally")

try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit escaped asyncio.run with", e.code)
    raise
