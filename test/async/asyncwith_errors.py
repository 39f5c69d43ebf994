import asyncio


class OnlySync:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class AexitRaises:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        raise RuntimeError("aexit failed")


async def main():
    try:
        async with OnlySync():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    try:
        async with AexitRaises():
            raise ValueError("body")
    except RuntimeError as e:
        print("aexit error wins:", e, "| context:", repr(e.__context__))
    print("done")


asyncio.run(main())
