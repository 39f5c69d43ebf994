import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, "exc:", exc_type.__name__ if exc_type else None)
        await asyncio.sleep(0)
        return False


async def main():
    async with Resource("r1") as r:
        print("using", r.name)
    async with Resource("a") as a, Resource("b") as b:
        print("using both", a.name, b.name)
    try:
        async with Resource("failing"):
            raise ValueError("inside")
    except ValueError as e:
        print("propagated:", e)


asyncio.run(main())
