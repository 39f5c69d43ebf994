import asyncio


async def deep():
    t = asyncio.current_task()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("deep cancelled, cancelling =", t.cancelling())
        raise


async def main():
    me = asyncio.current_task()
    try:
        async with asyncio.timeout(0.2) as outer:
            try:
                async with asyncio.timeout(0.1) as inner:
                    print("inner start", me.cancelling())
                    await deep()
            except TimeoutError:
                print("inner expired", inner.expired(), outer.expired(), me.cancelling())
            try:
                async with asyncio.timeout(0.5) as inner2:
                    await deep()
            except TimeoutError:
                print("inner2 expired?", inner2.expired())
    except TimeoutError:
        print("outer expired", outer.expired(), me.cancelling())
    print("after", me.cancelling(), me.uncancel(), me.cancelling())
    me.cancel()
    me.cancel()
    print("self cancel twice", me.cancelling())
    print(me.uncancel(), me.uncancel(), me.uncancel())
    try:
        await asyncio.sleep(0)
        print("not cancelled?")
    except asyncio.CancelledError:
        print("cancelled anyway", me.cancelling())
    try:
        await asyncio.wait_for(deep(), 0.05)
    except TimeoutError:
        print("wait_for timeout", me.cancelling())


asyncio.run(main())
