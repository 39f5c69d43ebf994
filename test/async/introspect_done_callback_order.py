import asyncio


async def job(name):
    await asyncio.sleep(0)
    print("job", name, "returns")
    return name


async def main():
    log = []
    t1 = asyncio.create_task(job("1"))
    t2 = asyncio.create_task(job("2"))
    t1.add_done_callback(lambda f: log.append(("t1-cb-a", f.result())))
    t2.add_done_callback(lambda f: log.append(("t2-cb", f.result())))
    t1.add_done_callback(lambda f: log.append(("t1-cb-b", f.result())))
    await asyncio.sleep(0)
    print("after 1 yield:", log)
    await asyncio.sleep(0)
    print("after 2 yields:", log)
    await asyncio.sleep(0)
    print("after 3 yields:", log)


asyncio.run(main())
