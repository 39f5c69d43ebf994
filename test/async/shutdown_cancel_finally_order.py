import asyncio


async def service(name, period):
    n = 0
    try:
        while True:
            await asyncio.sleep(period)
            n += 1
            print(f"{name} tick {n}")
    except asyncio.CancelledError as e:
        print(f"{name} cancelled args={e.args} cancelling={asyncio.current_task().cancelling()}")
        raise
    finally:
        print(f"{name} cleanup start")
        await asyncio.sleep(0.01)
        print(f"{name} cleanup end")


async def main():
    tasks = [asyncio.create_task(service(f"svc{i}", (0.1, 0.13, 0.17)[i]), name=f"svc{i}") for i in range(3)]
    await asyncio.sleep(0.35)
    print("shutting down")
    for t in tasks:
        t.cancel(msg=f"shutdown {t.get_name()}")
    done, pending = await asyncio.wait(tasks, timeout=1)
    print(len(done), len(pending))
    for t in tasks:
        print(t.get_name(), t.cancelled(), t.done())
        try:
            t.result()
        except asyncio.CancelledError as e:
            print("  result ->", repr(e))


asyncio.run(main())
