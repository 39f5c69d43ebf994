import asyncio


class Suppressor:
    def __init__(self, *types):
        self.types = types

    async def __aenter__(self):
        return "token"

    async def __aexit__(self, et, ev, tb):
        handled = et is not None and issubclass(et, self.types)
        print("aexit sees", et.__name__ if et else None, "-> suppress" if handled else "-> pass")
        return handled


async def main():
    async with Suppressor(KeyError) as tok:
        print("token", tok)
        raise KeyError("k")
    print("after suppressed KeyError")
    try:
        async with Suppressor(KeyError):
            raise IndexError("i")
    except IndexError:
        print("IndexError not suppressed")
    async with Suppressor(asyncio.CancelledError):
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
    print("even CancelledError suppressed; cancelling():", asyncio.current_task().cancelling())


asyncio.run(main())
