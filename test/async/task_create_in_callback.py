import asyncio


async def spawned(tag):
    print("spawned", tag, "runs in", asyncio.current_task().get_name())
    await asyncio.sleep(0)
    return tag


async def main():
    loop = asyncio.get_running_loop()
    holder = []

    def cb(tag):
        print("callback creating task", tag)
        holder.append(loop.create_task(spawned(tag), name=f"from-cb-{tag}"))

    loop.call_soon(cb, "x")
    loop.call_later(0.01, cb, "y")
    await asyncio.sleep(0)
    print("main after first yield, tasks:", len(holder))
    await asyncio.sleep(0.12)
    print("results:", [await t for t in holder])
    t = asyncio.create_task(spawned("z"))
    print("unnamed task after callbacks:", t.get_name())
    await t


asyncio.run(main())
