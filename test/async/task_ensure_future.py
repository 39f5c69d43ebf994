import asyncio


async def job(x):
    print("job", x, "running")
    await asyncio.sleep(0)
    return x * x


class Awaitable:
    def __await__(self):
        print("Awaitable.__await__ called")
        yield from asyncio.sleep(0).__await__()
        return "from-awaitable"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(job(3))
    print("is Task:", isinstance(t, asyncio.Task))
    print("same task back:", asyncio.ensure_future(t) is t)
    fut = loop.create_future()
    print("same future back:", asyncio.ensure_future(fut) is fut)
    fut.set_result("fut-value")
    w = asyncio.ensure_future(Awaitable())
    print("wrapped awaitable is Task:", isinstance(w, asyncio.Task))
    print(await t, await fut, await w)
    try:
        asyncio.ensure_future(17)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
