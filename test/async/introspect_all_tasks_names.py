# all_tasks / current_task / task names, set_name, name counters, get_coro.
import asyncio


async def named(n):
    me = asyncio.current_task()
    print("inside", me.get_name(), n)
    me.set_name(f"renamed-{n}")
    await asyncio.sleep(0.01)
    return me.get_name()


async def main():
    main_task = asyncio.current_task()
    print(main_task.get_name(), main_task.get_coro().__name__)
    ts = [asyncio.create_task(named(i)) for i in range(3)]
    ts.append(asyncio.create_task(named(3), name="custom"))
    ts.append(asyncio.create_task(named(4), name=42))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(len(asyncio.all_tasks()), main_task in asyncio.all_tasks())
    print(await asyncio.gather(*ts))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    t = asyncio.create_task(asyncio.sleep(0))
    print(t.get_name())
    t.set_name(None)
    print(repr(t.get_name()))
    await t
    print(asyncio.current_task() is main_task)
    loop = asyncio.get_running_loop()
    fut = asyncio.ensure_future(named(9))
    print(type(fut).__name__, fut.get_name(), fut.get_loop() is loop)
    await fut
    print(asyncio.current_task(loop) is main_task)
    try:
        asyncio.current_task(None)
        print("ok")
    except RuntimeError as e:
        print(e)


c = main()
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(c), asyncio.iscoroutine(main))
c.close()
asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)
