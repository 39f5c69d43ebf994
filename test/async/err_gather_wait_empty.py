import asyncio


async def c():
    return 1


async def main():
    g = asyncio.gather()
    print(type(g).__name__, g.done(), await g)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(set())
    except ValueError as e:
        print("ValueError:", e)
    coro = c()
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    try:
        await asyncio.wait([asyncio.create_task(c())], return_when="bogus")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(asyncio.create_task(c()))
    except TypeError as e:
        print("TypeError:", e)
    for x in asyncio.as_completed([]):
        print("never")
    print(list(asyncio.as_completed([])))
    try:
        asyncio.as_completed(asyncio.create_task(c()))
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0)
    print(await asyncio.gather(return_exceptions=True))
    await asyncio.wait([])


asyncio.run(main())
