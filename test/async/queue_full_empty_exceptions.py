import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    errors = []
    for op in ("get", "put", "put", "get", "get"):
        try:
            if op == "put":
                q.put_nowait(op)
            else:
                q.get_nowait()
            errors.append(f"{op} ok")
        except asyncio.QueueFull:
            errors.append(f"{op} QueueFull")
        except asyncio.QueueEmpty:
            errors.append(f"{op} QueueEmpty")
    print(errors)
    print(asyncio.QueueFull.__mro__[1].__name__, asyncio.QueueEmpty.__mro__[1].__name__)
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get on empty queue timed out")
    q.put_nowait(1)
    try:
        await asyncio.wait_for(q.put(2), 0.01)
    except TimeoutError:
        print("put on full queue timed out; qsize", q.qsize())


asyncio.run(main())
