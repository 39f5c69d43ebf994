import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    order = []
    f.add_done_callback(lambda fut: order.append("cb1"))
    f.add_done_callback(lambda fut: order.append("cb2"))
    order.append("before set_result")
    f.set_result(1)
    order.append("after set_result")
    loop.call_soon(order.append, "call_soon after set")
    print("immediately:", order)
    await asyncio.sleep(0)
    print("after yield:", order)
    g = loop.create_future()
    g.cancel()
    g.add_done_callback(lambda fut: order.append(f"on cancelled: {fut.cancelled()}"))
    await asyncio.sleep(0)
    print("final:", order[-1])
    h = loop.create_future()
    def cb(fut):
        order.append("h cb")
    h.add_done_callback(cb)
    h.add_done_callback(cb)
    print("removed count:", h.remove_done_callback(cb))
    h.set_result(None)
    await asyncio.sleep(0)
    print("h cb present:", "h cb" in order)


asyncio.run(main())
