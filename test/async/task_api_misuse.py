import asyncio

async def selfish():
    await asyncio.sleep(0)
    await asyncio.current_task()

async def value():
    await asyncio.sleep(0)
    return 7

async def main():
    t = asyncio.create_task(value())
    for action in (lambda: t.set_result(1), lambda: t.set_exception(ValueError())):
        try:
            action()
        except RuntimeError as e:
            print("RuntimeError:", e)
    print("get_coro is a coroutine:", asyncio.iscoroutine(t.get_coro()))
    await t
    print("get_coro after done:", t.get_coro().__qualname__, t.get_coro().cr_frame)
    t.set_name(123)
    print("name:", repr(t.get_name()))
    s = asyncio.create_task(selfish())
    try:
        await s
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    try:
        asyncio.Task(42)
    except TypeError as e:
        print("TypeError:", e)
    c = value()
    try:
        asyncio.Task(c, loop=asyncio.get_running_loop(), name="x", extra=1)
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    loop = asyncio.get_running_loop()
    t2 = asyncio.Task(value(), loop=loop, name="explicit")
    print(t2.get_name(), await t2)
    print("done callbacks on task:", t2.remove_done_callback(print))
    def on_done(task):
        print("on_done:", task.get_name(), task.result())
    t3 = loop.create_task(value(), name="cb")
    t3.add_done_callback(on_done)
    await t3
    await asyncio.sleep(0)
    async def bad_yield():
        class Weird:
            def __await__(self):
                yield "not a future"
        await Weird()
    try:
        await asyncio.create_task(bad_yield())
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])

asyncio.run(main())

for f in (lambda: asyncio.Future(1), lambda: asyncio.Future(x=1), lambda: asyncio.Future(loop=None, x=1),
          lambda: asyncio.Task(), lambda: asyncio.Task(1, 2, 3), lambda: asyncio.Future().cancel(1, 2),
          lambda: asyncio.Future().cancel(mesg=1), lambda: asyncio.Future().add_done_callback(print, ctx=1),
          lambda: asyncio.Future().add_done_callback()):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
