import asyncio


async def gen(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(name, "finalized")


async def main():
    g1 = gen("g1")
    g2 = gen("g2")
    print(await g2.asend(None))
    print(await g2.__anext__())
    g3 = gen("g3")
    print("main returning")
    return [g1, g2, g3]


loop = asyncio.new_event_loop()
gens = loop.run_until_complete(main())
print("before shutdown")
loop.run_until_complete(loop.shutdown_asyncgens())
print("after shutdown", [g.ag_frame is None for g in gens])
loop.close()
