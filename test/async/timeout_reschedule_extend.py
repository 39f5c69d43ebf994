import asyncio

async def job(name, steps):
    for i in range(steps):
        await asyncio.sleep(0.3)
        print(f"{name} step {i}")

async def main():
    global start
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.timeout(0.5) as cm:
        await job("A", 1)
        cm.reschedule(cm.when() + 1)
        print("extended deadline by 1.0:", round(cm.when() - start, 1))
        await job("A", 3)
    print("A finished, expired:", cm.expired())
    try:
        async with asyncio.timeout(1) as cm:
            b_start = loop.time()
            cm.reschedule(b_start + 0.4)
            await job("B", 5)
    except TimeoutError:
        print("B timed out after the rescheduled 0.4s:", 0.4 <= loop.time() - b_start < 0.6, "expired:", cm.expired())
    try:
        async with asyncio.timeout(10) as outer:
            async with asyncio.timeout(0.2) as inner:
                await job("C", 3)
    except TimeoutError:
        print("C: inner expired", inner.expired(), "outer expired", outer.expired())
    try:
        async with asyncio.timeout(0.2) as outer:
            try:
                async with asyncio.timeout(10) as inner:
                    await job("D", 3)
            except TimeoutError:
                print("inner caught (wrong)")
    except TimeoutError:
        print("D: outer expired", outer.expired(), "inner expired", inner.expired())
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
