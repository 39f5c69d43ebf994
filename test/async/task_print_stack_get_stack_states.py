import asyncio
import sys


async def leaf(ev):
    await ev.wait()
    return "leaf"


async def middle(ev):
    return await leaf(ev)


async def failing():
    await asyncio.sleep(0)
    raise ValueError("boom in failing")


def show_stack(t, limit=None):
    frames = t.get_stack(limit=limit)
    print(t.get_name(), [(f.f_code.co_name, f.f_lineno) for f in frames])


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(middle(ev), name="mid")
    show_stack(t)
    await asyncio.sleep(0)
    show_stack(t)
    show_stack(t, limit=1)
    t.print_stack(file=sys.stdout)
    t.print_stack(limit=1, file=sys.stdout)
    ev.set()
    await t
    show_stack(t)
    t.print_stack(file=sys.stdout)
    f = asyncio.create_task(failing(), name="fail")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    show_stack(f)
    f.print_stack(file=sys.stdout)
    c = asyncio.create_task(asyncio.sleep(1), name="cx")
    await asyncio.sleep(0)
    c.cancel()
    print(len(c.get_stack()))
    await asyncio.sleep(0)
    show_stack(c)


asyncio.run(main())
