import asyncio


async def waiter(cond, name, log):
    try:
        async with cond:
            await cond.wait()
            log.append(f"{name} woke")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    cond = asyncio.Condition()
    log = []
    ws = [asyncio.create_task(waiter(cond, f"w{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    ws[0].cancel()
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log.append(f"states: {[t.done() for t in ws]}")
    async with cond:
        cond.notify(5)
    await asyncio.gather(*ws, return_exceptions=True)
    print("\n".join(log))


asyncio.run(main())
