import asyncio

async def work(n):
    await asyncio.sleep(n)
    return n

async def main():
    c = work(1)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    try:
        await asyncio.wait(set())
    except ValueError as e:
        print("ValueError:", e)
    tasks_for_mode = [asyncio.ensure_future(work(0))]
    try:
        await asyncio.wait(tasks_for_mode, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(asyncio.ensure_future(work(0)))
    except TypeError as e:
        print("TypeError:", e)
    tasks = {asyncio.create_task(work(i), name=f"w{i}") for i in (0, 1, 2)}
    done, pending = await asyncio.wait(tasks, timeout=0)
    print("timeout=0:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks, timeout=1.5)
    print("timeout=1.5:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks)
    print("all done:", len(done), len(pending))
    print("results:", sorted(t.result() for t in tasks))
    done, pending = await asyncio.wait(tasks, timeout=0)
    print("all done again:", len(done), len(pending))
    gen = (asyncio.create_task(work(x)) for x in (0.5, 0.25))
    try:
        await asyncio.wait(gen)
    except TypeError as e:
        print("TypeError:", e)
    done, pending = await asyncio.wait(list(gen))
    print("from generator:", sorted(t.result() for t in done))
    done, _ = await asyncio.wait({asyncio.ensure_future(work(0.1))}, timeout=-5)
    print("negative timeout:", len(done))

asyncio.run(main())
