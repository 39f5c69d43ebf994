# A second event loop cannot run while one is running, whatever the entry point; the refused
# coroutines are closed by hand so that nothing is left pending.
import asyncio

async def inner():
    return "inner"

async def main():
    other = asyncio.new_event_loop()
    c = inner()
    try:
        other.run_until_complete(c)
    except RuntimeError as e:
        print("run_until_complete:", e)
    finally:
        c.close()
    print("tasks left on the other loop:", len(asyncio.all_tasks(other)))
    try:
        other.run_forever()
    except RuntimeError as e:
        print("run_forever:", e)
    print("other running:", other.is_running())
    fut = other.create_future()
    try:
        other.run_until_complete(fut)
    except RuntimeError as e:
        print("future:", e)
    other.close()
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(fut)
    except RuntimeError as e:
        print("own loop:", e)
    return "main done"

print(asyncio.run(main()))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(inner()))
loop.close()

# ensure_future on a closed loop closes the coroutine it could not wrap.
c = inner()
try:
    asyncio.ensure_future(c, loop=loop)
except RuntimeError as e:
    print("ensure_future:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("the coroutine was closed:", e)
