# async with: the body is cancelled; __aexit__ gets the CancelledError, awaits, and
# either re-raises, suppresses (returns True), or is cancelled again while awaiting.
import asyncio


class CM:
    def __init__(self, name, suppress=False, slow_exit=0.0):
        self.name, self.suppress, self.slow_exit = name, suppress, slow_exit

    async def __aenter__(self):
        print(self.name, "enter")
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, et, ev, tb):
        print(self.name, "exit with", et.__name__ if et else None, ev.args if ev else None)
        try:
            await asyncio.sleep(self.slow_exit)
        except asyncio.CancelledError as e:
            print(self.name, "exit itself cancelled", e.args)
            raise
        return self.suppress


async def body(cm):
    async with cm:
        await asyncio.sleep(1)
    return "after block"


async def run(cm, second_cancel=False):
    t = asyncio.create_task(body(cm))
    await asyncio.sleep(0.01)
    t.cancel("m1")
    if second_cancel:
        await asyncio.sleep(0.01)
        t.cancel("m2")
    try:
        print(cm.name, "->", await t, "cancelled", t.cancelled(), "cancelling", t.cancelling())
    except asyncio.CancelledError as e:
        print(cm.name, "-> CancelledError", e.args, "cancelling", t.cancelling())


async def main():
    await run(CM("reraise"))
    await run(CM("suppress", suppress=True))
    await run(CM("slow", slow_exit=0.05), second_cancel=True)
    t = asyncio.create_task(body(CM("enter-cancel")))
    await asyncio.sleep(0)
    t.cancel("during enter")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled during __aenter__", e.args)


asyncio.run(main())
