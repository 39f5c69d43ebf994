import asyncio


async def task_body(log, name):
    for i in range(2):
        log.append(f"{name} step {i}")
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(log.append, "cb1")
    t = asyncio.create_task(task_body(log, "T"))
    loop.call_soon(log.append, "cb2")
    log.append("main before yield")
    await asyncio.sleep(0)
    log.append("main after yield 1")
    loop.call_soon(log.append, "cb3")
    await asyncio.sleep(0)
    log.append("main after yield 2")
    await t
    for line in log:
        print(line)


asyncio.run(main())
