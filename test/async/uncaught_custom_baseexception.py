# A BaseException that is neither SystemExit nor KeyboardInterrupt, raised in a child task, is
# stored in the task like any exception; awaiting the task re-raises it in main.
import asyncio


class Abort(BaseException):
    pass


async def child():
    await asyncio.sleep(0.1)
    raise Abort("stop everything")


async def bystander():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("bystander cancelled at shutdown")
        raise


async def main():
    asyncio.create_task(bystander())
    t = asyncio.create_task(child())
    try:
        await asyncio.wait([t])
        print("child done:", t.done(), "exception:", repr(t.exception()))
        await t
    finally:
        print("main finally")

asyncio.run(main())
