import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(1)
    print("future result", f.result())
    g = loop.create_future()
    print("done states:", f.done(), g.done())
    try:
        g.exception()
    except asyncio.InvalidStateError as e:
        print("exception():", e)
    print("about to read result of pending future")
    g.result()


asyncio.run(main())
