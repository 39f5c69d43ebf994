import asyncio
import contextlib


@contextlib.asynccontextmanager
async def session(name):
    print("open", name)
    await asyncio.sleep(0)
    try:
        yield f"session-{name}"
    except KeyError as e:
        print("session saw KeyError", e)
    finally:
        await asyncio.sleep(0)
        print("close", name)


async def main():
    async with session("a") as s:
        print("using", s)
    async with session("b"):
        raise KeyError("swallowed")
    print("KeyError was suppressed by the generator")
    try:
        async with session("c"):
            raise ValueError("not handled")
    except ValueError as e:
        print("ValueError propagated:", e)


asyncio.run(main())
