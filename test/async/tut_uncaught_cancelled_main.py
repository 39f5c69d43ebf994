"""main() cancels itself via current_task().cancel(); asyncio.run raises CancelledError."""
import asyncio


async def child(log: list) -> str:
    await asyncio.sleep(0.01)
    log.append("child done")
    return "child"


async def main():
    log: list[str] = []
    t = asyncio.create_task(child(log))
    me = asyncio.current_task()
    print("main is", me.get_name(), "cancelling:", me.cancelling())
    asyncio.get_running_loop().call_later(0.005, me.cancel, "stop requested")
    try:
        await t
    finally:
        print("main finally, cancelling:", me.cancelling(), "log:", log, "child done:", t.done())


asyncio.run(main())
