import asyncio


async def main():
    loop = asyncio.get_running_loop()
    base = loop.time()
    order = []
    for off in (0.04, 0.01, 0.03, 0.02):
        loop.call_at(base + off, order.append, off)
    done = loop.create_future()
    loop.call_at(base + 0.06, done.set_result, None)
    await done
    print("call_at order:", order)
    print("elapsed rounded:", round(loop.time() - base, 1))
    h = loop.call_at(base, order.append, "past")
    await asyncio.sleep(0)
    print("after one sleep(0), last entry:", order[-1], h.cancelled())
    await asyncio.sleep(0)
    print("after two sleep(0), last entry:", order[-1])


asyncio.run(main())
