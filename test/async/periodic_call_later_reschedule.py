import asyncio


def tick(loop, state, interval):
    state["n"] += 1
    print(f"tick {state['n']} at {loop.time() - state['t0']:.1f}")
    if state["n"] < 5:
        state["h"] = loop.call_later(interval, tick, loop, state, interval)
    else:
        state["fut"].set_result(state["n"])


async def main():
    loop = asyncio.get_running_loop()
    state = {"n": 0, "t0": loop.time(), "fut": loop.create_future()}
    state["h"] = loop.call_later(0.1, tick, loop, state, 0.1)
    other = loop.call_later(0.25, print, "other timer")
    cancelled = loop.call_later(0.15, print, "never")
    cancelled.cancel()
    print(cancelled.cancelled(), other.cancelled())
    print("when diff", round(other.when() - state["t0"], 3))
    n = await state["fut"]
    print("done", n, round(loop.time() - state["t0"], 1))
    h = loop.call_at(loop.time() + 0.05, lambda: print("call_at fired"))
    await asyncio.sleep(0.1)
    print(h.cancelled())
    h.cancel()
    print(h.cancelled())


asyncio.run(main())
