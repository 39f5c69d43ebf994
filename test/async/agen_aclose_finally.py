import asyncio


async def with_cleanup(name):
    try:
        for i in range(10):
            yield f"{name}{i}"
    finally:
        print(name, "cleanup begins")
        await asyncio.sleep(0)
        print(name, "cleanup done")


async def bad_close():
    try:
        yield 1
    finally:
        yield 2


async def main():
    g = with_cleanup("a")
    async for v in g:
        print("got", v)
        if v == "a1":
            break
    print("after break (generator not closed yet)")
    await g.aclose()
    print("after aclose")
    await g.aclose()
    print("second aclose no-op")
    b = bad_close()
    await anext(b)
    try:
        await b.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
