import asyncio


async def level3(ev):
    await ev.wait()


async def level2(ev):
    await level3(ev)


async def level1(ev):
    await level2(ev)


async def boom():
    await asyncio.sleep(0)
    raise ValueError("x")


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(level1(ev))
    print("before start:", [f.f_lineno for f in t.get_stack()])
    await asyncio.sleep(0)
    st = t.get_stack()
    print("frames:", len(st), [(f.f_code.co_name, f.f_lineno) for f in st])
    print("limit 1:", [f.f_lineno for f in t.get_stack(limit=1)])
    me = asyncio.current_task().get_stack()
    print("self:", [(f.f_code.co_name, f.f_lineno) for f in me
                    if f.f_code.co_filename == __file__])
    ev.set()
    await t
    print("after done:", t.get_stack())
    b = asyncio.create_task(boom())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    tb = b.get_stack()
    print("failed task tb:", [(f.f_code.co_name, f.f_lineno) for f in tb])
    b.exception()


asyncio.run(main())
