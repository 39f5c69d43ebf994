import asyncio


class NotAw:
    pass


class BadAwait:
    def __await__(self):
        return 5


class GenAwait:
    def __await__(self):
        yield
        return "gen"


async def main():
    for obj in [1, "s", None, NotAw(), [1], BadAwait()]:
        try:
            await obj
        except TypeError as e:
            print("TypeError:", e)
    print(await GenAwait())
    try:
        await asyncio.gather(1)
    except TypeError as e:
        print("gather TypeError:", e)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("create_task TypeError:", e)
    try:
        asyncio.ensure_future("x")
    except TypeError as e:
        print("ensure_future TypeError:", e)
    await 3


asyncio.run(main())
