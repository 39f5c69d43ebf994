"""Bridging callback-style APIs to async/await with loop.create_future and call_later."""
import asyncio


class LegacyTimerAPI:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop

    def request(self, value: int, on_done, on_error) -> asyncio.TimerHandle:
        def fire():
            if value < 0:
                on_error(ValueError(f"negative: {value}"))
            else:
                on_done(value * 2)
        return self.loop.call_later(0.01 * (abs(value) % 5 + 1), fire)


async def call_legacy(api: LegacyTimerAPI, value: int) -> int:
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def ok(result):
        if not fut.done():
            fut.set_result(result)

    def err(exc):
        if not fut.done():
            fut.set_exception(exc)

    handle = api.request(value, ok, err)
    try:
        return await fut
    except asyncio.CancelledError:
        handle.cancel()
        print(f"  cancelled request {value}; handle cancelled={handle.cancelled()}")
        raise


async def main():
    loop = asyncio.get_running_loop()
    api = LegacyTimerAPI(loop)
    print(await call_legacy(api, 21))
    results = await asyncio.gather(*(call_legacy(api, v) for v in (3, -2, 4)), return_exceptions=True)
    print([r if isinstance(r, int) else f"{type(r).__name__}({r})" for r in results])
    t = asyncio.create_task(call_legacy(api, 4))
    await asyncio.sleep(0.001)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("task cancelled:", t.cancelled())

    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback sees:", f.result()))
    loop.call_soon(fut.set_result, "from call_soon")
    print("awaited:", await fut)
    await asyncio.sleep(0)
    print("done:", fut.done(), repr(fut.result()))


asyncio.run(main())
