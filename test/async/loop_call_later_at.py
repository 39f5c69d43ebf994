import asyncio


async def main():
    loop = asyncio.get_running_loop()
    events = []
    start = loop.time()
    loop.call_later(0.03, events.append, "later-0.03")
    loop.call_later(0.01, events.append, "later-0.01")
    loop.call_at(start + 0.02, events.append, "at-0.02")
    h = loop.call_later(0.015, events.append, "cancelled")
    loop.call_later(0, events.append, "later-0")
    loop.call_soon(events.append, "soon")
    h.cancel()
    th = loop.call_later(0.02, lambda: None)
    print("TimerHandle when - start:", round(th.when() - start, 2))
    print("timer cancelled flag:", h.cancelled())
    await asyncio.sleep(0.05)
    print(events)
    elapsed = loop.time() - start
    print("elapsed >= 0.05:", elapsed >= 0.05)


asyncio.run(main())
