import asyncio


async def work():
    await asyncio.sleep(0)
    return "done"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(work())
    t.request_id = 42
    t.tags = ["a"]
    t.tags.append("b")
    print(t.request_id, t.tags, hasattr(t, "__dict__"))
    t.add_done_callback(lambda task: print("callback sees", task.request_id))
    t.describe = lambda: f"{t.get_name()} for request {t.request_id}"
    print(t.describe(), t.get_coro().__name__)
    try:
        del t.request_id2
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        t.cancelled = 1
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(vars(t))
    except TypeError as e:
        print("TypeError:", e)
    f = loop.create_future()
    try:
        f.missing
    except AttributeError as e:
        print("AttributeError:", e)
    f.owner = "me"
    f.set_result(1)
    print(await f, f.owner)
    print(await t)


asyncio.run(main())
