import asyncio


async def fail(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"failure {n}")


async def main():
    t1 = asyncio.create_task(fail(1), name="failer-1")
    t2 = asyncio.create_task(fail(2), name="failer-2")
    await asyncio.sleep(0.1)
    print("main done; tasks done:", t1.done(), t2.done())


asyncio.run(main())
print("after run")
