# asyncio.timeout / timeout_at: reschedule, expired(), nesting and repr.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout(0.1) as cm:
            print("when set:", cm.when() is not None, cm.expired())
            cm.reschedule(loop.time() + 0.3)
            await asyncio.sleep(0.2)
            print("survived", round(loop.time() - t0, 1))
            cm.reschedule(None)
            await asyncio.sleep(0.1)
            print("no deadline", cm.when())
            cm.reschedule(loop.time() + 0.08)
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("outer timeout", type(e).__name__, e.__cause__ is None, type(e.__context__).__name__)
    print("expired:", cm.expired(), round(loop.time() - t0, 1))

    t0 = loop.time()
    try:
        async with asyncio.timeout(0.5) as outer:
            try:
                async with asyncio.timeout(0.1) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner fired", inner.expired(), outer.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer fired", outer.expired(), round(loop.time() - t0, 1))

    async with asyncio.timeout(None) as cm2:
        print(repr(cm2))
    async with asyncio.timeout_at(loop.time() + 10) as cm3:
        print(repr(cm3).startswith("<Timeout [active]"))
    print(repr(cm3))
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("entered past deadline")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline fires at first await")

    cm4 = asyncio.timeout(1)
    try:
        cm4.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cm4:
        pass
    try:
        async with cm4:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
