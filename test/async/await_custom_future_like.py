# Custom awaitables: a class whose __await__ yields a Future, and one yielding a bare value
# (the Task rejects it).
import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(self.seconds, fut.set_result, self.value)
        result = yield from fut
        return f"Delay({result})"


class Bad:
    def __await__(self):
        yield "not a future"


async def inner():
    await asyncio.sleep(0.01)
    return "inner"


async def main():
    print(await Delay(0.05, "a"))
    r = await asyncio.gather(Delay(0.02, "x"), inner(), Delay(0.01, "y"))
    print(r)
    t = asyncio.ensure_future(Delay(0.01, "ensured"))
    print(type(t).__name__, await t)
    try:
        await Bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await asyncio.wait_for(Delay(1, "slow"), 0.05)
    except asyncio.TimeoutError:
        print("Delay timed out")


asyncio.run(main())
