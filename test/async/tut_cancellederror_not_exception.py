"""Since 3.8 CancelledError is a BaseException: `except Exception` does not swallow it.
Shows a bad catch-all, a correct one, and cancel messages."""
import asyncio


async def worker_bad(log: list) -> str:
    while True:
        try:
            await asyncio.sleep(0.03)
        except Exception as e:  # does NOT catch CancelledError
            log.append(f"bad caught {type(e).__name__}")
            return "bad swallowed"


async def worker_swallow(log: list) -> str:
    try:
        await asyncio.sleep(1)
    except BaseException as e:  # swallows cancellation: an anti-pattern
        log.append(f"swallow caught {type(e).__name__}{e.args}")
    return "swallowed"


async def worker_good(log: list) -> str:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        log.append(f"good cleanup, msg={e.args[0] if e.args else None!r}")
        raise
    return "unreachable"


async def main():
    print("mro:", [c.__name__ for c in asyncio.CancelledError.__mro__])
    print("issubclass Exception:", issubclass(asyncio.CancelledError, Exception))
    log: list[str] = []
    tasks = {
        "bad": asyncio.create_task(worker_bad(log)),
        "swallow": asyncio.create_task(worker_swallow(log)),
        "good": asyncio.create_task(worker_good(log)),
    }
    await asyncio.sleep(0.075)
    for name, t in tasks.items():
        t.cancel(f"stop {name}")
    results = await asyncio.gather(*tasks.values(), return_exceptions=True)
    for (name, t), r in zip(tasks.items(), results):
        shown = repr(r) if isinstance(r, BaseException) else r
        print(f"{name:>8}: cancelled={t.cancelled()!s:<5} result={shown}")
    print("log:", log)
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except Exception:
        print("not reached")
    except asyncio.CancelledError as e:
        print("awaiting a cancelled task raises", type(e).__name__, e.args)


asyncio.run(main())
