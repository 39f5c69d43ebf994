import asyncio


async def quick():
    return 7


async def main():
    t = asyncio.create_task(quick())
    await t
    print("cancel done:", t.cancel(), t.cancelled(), t.cancelling())
    t2 = asyncio.create_task(quick())
    print("cancel pending:", t2.cancel("early"), t2.cancel("again"), t2.cancelling())
    try:
        await t2
    except asyncio.CancelledError as e:
        print("t2 cancelled", e.args, t2.cancelled())
    t3 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t3.cancel()
    t3.uncancel()
    try:
        await t3
    except asyncio.CancelledError as e:
        print("t3 still cancelled", t3.cancelling(), e.args)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.cancel(msg="fm")
    print(f.cancel(), f.cancelled())
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("f", e.args)
    print(t.cancel())
    t.result()
    await t2


asyncio.run(main())
