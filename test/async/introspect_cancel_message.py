import asyncio


async def victim(tag):
    try:
        await asyncio.sleep(0.3)
    except asyncio.CancelledError as e:
        print(tag, "caught with args", e.args)
        raise


async def main():
    t = asyncio.create_task(victim("one"))
    await asyncio.sleep(0)
    print("cancel returns", t.cancel("first reason"))
    print("cancelled yet?", t.cancelled(), "done?", t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("await raised with args", e.args)
    print("cancelled now?", t.cancelled())
    print("cancel after done:", t.cancel("again"))
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() args:", e.args)
    t2 = asyncio.create_task(victim("two"))
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError as e:
        print("no message args:", e.args)


asyncio.run(main())
