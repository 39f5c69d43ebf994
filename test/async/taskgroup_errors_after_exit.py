import asyncio

async def child(n):
    await asyncio.sleep(n)
    return n

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    c = child(0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    async with tg:
        print(repr(tg))
        t = tg.create_task(child(0.1))
        print(repr(tg))
    print("after:", repr(tg), t.result())
    c = child(0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    async def failing():
        await asyncio.sleep(0.05)
        raise KeyError("bad")
    tg2 = asyncio.TaskGroup()
    try:
        async with tg2:
            tg2.create_task(failing())
            tg2.create_task(child(1))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled:", repr(tg2))
                c = child(0)
                try:
                    tg2.create_task(c)
                except RuntimeError as e:
                    print("RuntimeError:", e)
                c.close()
                raise
    except* KeyError as eg:
        print("caught:", repr(eg.exceptions))
    print(repr(tg2))

asyncio.run(main())
