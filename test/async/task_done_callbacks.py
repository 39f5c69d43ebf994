import asyncio
import functools


def cb(label, fut):
    print("callback", label, "done:", fut.done(), "result:", fut.result())


async def work():
    print("work running")
    await asyncio.sleep(0)
    print("work finishing")
    return 7


async def main():
    t = asyncio.create_task(work(), name="w")
    t.add_done_callback(functools.partial(cb, "A"))
    t.add_done_callback(functools.partial(cb, "B"))
    c = functools.partial(cb, "C")
    t.add_done_callback(c)
    t.add_done_callback(c)
    print("removed:", t.remove_done_callback(c))
    print("removed again:", t.remove_done_callback(c))
    r = await t
    print("main got", r)
    await asyncio.sleep(0)
    print("late add on done task")
    t.add_done_callback(functools.partial(cb, "late"))
    print("after add (not called yet)")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
