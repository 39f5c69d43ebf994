import asyncio

started = []


async def never_starts(name):
    started.append(name)
    print(name, "body running")
    await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(never_starts("t"))
    print("cancel before first step:", t.cancel())
    await asyncio.sleep(0)
    print("started:", started, "cancelled:", t.cancelled())
    u = asyncio.create_task(never_starts("u"))
    await asyncio.sleep(0)
    print("u started:", started)
    u.cancel()
    await asyncio.sleep(0)
    print("u cancelled:", u.cancelled())
    v = asyncio.create_task(never_starts("v"))
    v.cancel()
    v.cancel("second")
    try:
        await v
    except asyncio.CancelledError as e:
        print("v args:", e.args)


asyncio.run(main())
