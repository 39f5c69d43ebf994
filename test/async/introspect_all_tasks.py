import asyncio


async def idle(ev):
    await ev.wait()


async def quick():
    return 1


def names():
    return sorted(t.get_name() for t in asyncio.all_tasks())


async def main():
    print("only main:", names())
    ev = asyncio.Event()
    ts = [asyncio.create_task(idle(ev), name=f"idle-{i}") for i in range(3)]
    q = asyncio.create_task(quick(), name="quick")
    print("before yield:", names())
    await asyncio.sleep(0)
    print("after quick done:", names())
    ev.set()
    await asyncio.gather(*ts)
    print("after gather:", names())
    print("count:", len(asyncio.all_tasks()), q.result())


try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("outside loop:", e)
asyncio.run(main())
