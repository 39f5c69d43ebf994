# A connection state machine driven by match over (state, event) tuples; events come from an async
# generator, a case body awaits and can be cancelled, and an error raised inside a case propagates.
import asyncio
import enum


class State(enum.Enum):
    IDLE = "idle"
    CONNECTING = "connecting"
    OPEN = "open"
    CLOSED = "closed"


async def events():
    for ev in ["connect", ("data", 1), "ok", ("data", 2), ("data", 3), "slow", "close", "connect"]:
        await asyncio.sleep(0)
        yield ev


async def machine(log):
    state = State.IDLE
    buffered = []
    async for ev in events():
        match state, ev:
            case (State.IDLE, "connect"):
                state = State.CONNECTING
            case (State.CONNECTING, ("data", n)):
                buffered.append(n)
            case (State.CONNECTING, "ok"):
                state = State.OPEN
                log.append(f"flush {buffered}")
                buffered.clear()
            case (State.OPEN, ("data", n)) if n % 2:
                await asyncio.sleep(0.01)
                log.append(f"odd {n}")
            case (State.OPEN, ("data", n)):
                log.append(f"even {n}")
            case (State.OPEN, "slow"):
                try:
                    await asyncio.wait_for(asyncio.sleep(1), timeout=0.02)
                except asyncio.TimeoutError:
                    log.append("slow op timed out")
            case (State.OPEN, "close"):
                state = State.CLOSED
            case (State.CLOSED, event):
                raise RuntimeError(f"event {event!r} after close")
        log.append(state.value)
    return state


async def classify(results):
    out = []
    for r in results:
        match r:
            case State() as s:
                out.append(f"state {s.name}")
            case RuntimeError(args=(msg,)):
                out.append(f"error {msg}")
            case asyncio.CancelledError():
                out.append("cancelled")
    return out


async def main():
    log = []
    t = asyncio.create_task(machine(log))
    victim = asyncio.create_task(machine([]))
    await asyncio.sleep(0.005)
    victim.cancel()
    results = await asyncio.gather(t, victim, return_exceptions=True)
    print(log)
    print(await classify(results))
    try:
        await machine([])
    except RuntimeError as e:
        print("raised:", e, "at line", e.__traceback__.tb_next.tb_lineno)


asyncio.run(main())
