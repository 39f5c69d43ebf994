# Several asyncio.run() calls in a row: a fresh loop each time, task names keep counting, and
# state left in one loop (a pending timer, an unfinished task) does not leak into the next.
import asyncio

leftover = []

async def background():
    await asyncio.sleep(100)

async def main(n):
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    print(f"run {n}: main is {me.get_name()}, loop id differs: {loop is not (leftover[-1] if leftover else None)}")
    t = asyncio.create_task(background())
    loop.call_later(50, print, "never printed")
    await asyncio.sleep(0.1)
    leftover.append(loop)
    return t

tasks = [asyncio.run(main(i)) for i in range(3)]
print("background tasks cancelled:", [t.cancelled() for t in tasks])
print("names:", [t.get_name() for t in tasks])
print("loops closed:", [l.is_closed() for l in leftover])
with asyncio.Runner() as r:
    t3 = r.run(main(3))
    print(t3.get_name())
    t3.cancel()  # one leftover at close: CPython cancels several in its set's (address) order
    print(r.run(main(4)).get_name(), t3.cancelled())
print("all tasks of a closed loop:", len(asyncio.all_tasks(leftover[-1])))
