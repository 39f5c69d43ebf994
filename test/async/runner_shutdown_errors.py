# What asyncio.run reports while shutting down: a leftover task that fails when cancelled, and an
# async generator whose finalizer fails (seen through a custom exception handler).
import asyncio

def handler(loop, context):
    print("handler:", context["message"].split(" <")[0])
    print("  keys:", sorted(context), "exception:", repr(context.get("exception")))

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn cancelled; raising ValueError instead")
        raise ValueError("refused to cancel")

async def quiet():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("quiet cancelled; returns normally")
        return "quiet result"

async def bad_agen():
    try:
        yield 1
        yield 2
    finally:
        print("bad_agen finalizing")
        raise OSError("cleanup failed")

keep = []

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    keep.append(asyncio.create_task(stubborn()))
    await asyncio.sleep(0)
    g = bad_agen()
    keep.append(g)
    print("agen first value:", await anext(g))
    print("main returns")

asyncio.run(main())
print("after run; stubborn exception:", repr(keep[0].exception()))
