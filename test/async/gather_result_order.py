import asyncio


async def item(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("finish", name)
    return f"{name}:{delay}"


async def main():
    res = await asyncio.gather(
        item("slow", 0.15), item("fast", 0.05), item("mid", 0.1), item("now", 0)
    )
    print("results in argument order:", res)
    empty = await asyncio.gather()
    print("empty gather:", empty)
    same = item("dup", 0)
    res2 = await asyncio.gather(same, same)
    print("same coroutine twice:", res2)


asyncio.run(main())
