import asyncio
import sys

async def deep(n):
    if n == 0:
        await asyncio.sleep(1)
        return "bottom"
    return await deep(n - 1)

async def boom():
    await asyncio.sleep(0)
    def helper():
        raise ValueError("in helper")
    helper()

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

def print_stack(task, limit=None):
    cap = Capture()
    task.print_stack(limit=limit, file=cap)
    print("".join(cap.parts).replace(__file__, "FILE"), end="")

def where(frames):
    return [(f.f_code.co_name, f.f_lineno) for f in frames]

async def main():
    t = asyncio.create_task(deep(3), name="deep")
    print("before start:", where(t.get_stack()))
    await asyncio.sleep(0)
    print("suspended:", where(t.get_stack()))
    print("limit=1:", where(t.get_stack(limit=1)))
    print("limit=0:", where(t.get_stack(limit=0)))
    print_stack(t)
    print_stack(t, limit=1)
    await t
    print("done:", where(t.get_stack()))
    print_stack(t)
    b = asyncio.create_task(boom(), name="boom")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("failed:", where(b.get_stack()))
    print("failed limit=1:", where(b.get_stack(limit=1)))
    print_stack(b)
    me = asyncio.current_task()
    print("self:", [w for f, w in zip(me.get_stack(), where(me.get_stack())) if f.f_code.co_filename == __file__])
    c = asyncio.create_task(deep(0))
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    print("cancelled:", where(c.get_stack()))
    print_stack(c)

    class AppError(Exception):
        pass

    async def noted():
        e = AppError("with a note")
        e.add_note("first note")
        raise e
    n = asyncio.create_task(noted(), name="noted")
    await asyncio.sleep(0)
    print_stack(n)
    n.exception()
    e = asyncio.create_task(deep(1), name="tostdout")
    await asyncio.sleep(0)
    e.print_stack()
    e.cancel()

asyncio.run(main())
