import asyncio


async def main():
    q = asyncio.Queue()
    q.put_nowait("a")
    q.put_nowait("b")
    print("unfinished after puts; get both")
    q.get_nowait()
    q.get_nowait()
    q.task_done()
    print("one task_done ok")
    joiner = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    print("join pending:", not joiner.done())
    q.task_done()
    await asyncio.sleep(0)
    print("join done:", joiner.done())
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
