import asyncio


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


async def load(key):
    await asyncio.sleep(0)
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError(404, f"missing {key}") from e


async def main():
    print(await load("a"))
    t = asyncio.create_task(load("zzz"))
    await asyncio.wait([t])
    print(type(t.exception()).__name__, t.exception(), type(t.exception().__cause__).__name__)
    await t


asyncio.run(main())
