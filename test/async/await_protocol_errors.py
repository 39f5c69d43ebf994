import asyncio


class NotAwaitable:
    pass


class BadAwait:
    def __await__(self):
        return 42


class YieldsGarbage:
    def __await__(self):
        yield "garbage"


async def coro():
    return 1


async def main():
    try:
        await NotAwaitable()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await YieldsGarbage()
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    c = coro()
    await c
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
