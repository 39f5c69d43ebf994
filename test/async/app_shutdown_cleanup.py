import asyncio
import sys


class Resource:
    opened = []

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        Resource.opened.append(self.name)
        print(f"open {self.name}")
        return self

    async def __aexit__(self, et, ev, tb):
        print(f"closing {self.name} ({et.__name__ if et else 'clean'})")
        await asyncio.sleep(0)
        Resource.opened.remove(self.name)
        print(f"closed {self.name}")
        return False


async def service(name, ticks):
    async with Resource(name):
        for i in range(ticks):
            await asyncio.sleep(0.01)
        return name


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: cleaning up slowly")
        await asyncio.sleep(0.01)
        print("stubborn: cleanup done, raising")
        raise LookupError("cleanup failed")


def handler(loop, ctx):
    exc = ctx.get("exception")
    print("HANDLER:", ctx["message"], "|", type(exc).__name__, exc)


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    a = asyncio.create_task(service("db", 2))
    b = asyncio.create_task(service("cache", 100))
    asyncio.create_task(stubborn())
    print(await a)
    await asyncio.sleep(0.015)
    print("opened", Resource.opened)
    b.cancel("shutting down cache")
    done, _ = await asyncio.wait([b])
    print("cache cancelled", b.cancelled(), "opened", Resource.opened)
    print("main exiting with", len(asyncio.all_tasks()), "tasks")
    sys.exit(3)


try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit", e.code, "opened", Resource.opened)
    raise
