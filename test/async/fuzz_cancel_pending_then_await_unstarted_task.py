# A task with a cancellation pending (it cancelled itself) awaits a task that has not started yet:
# Task.__step passes the cancellation on with the awaited task's own cancel(), so that task is
# cancelled before its first step, which then throws into its coroutine (once).
import asyncio


async def child(tag):
    print('child start', tag)
    await asyncio.sleep(0)
    return tag


async def host(msg):
    asyncio.current_task().cancel(msg)
    t = asyncio.create_task(child(msg), name='child-' + str(msg))
    t.add_done_callback(lambda f: print('done-cb', f.get_name(), f.cancelled(), f.cancelling()))
    try:
        print('awaited', await t)
    except asyncio.CancelledError as e:
        print('host caught', repr(e), asyncio.current_task().cancelling())
    print('child state', t.cancelled(), t.done())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('child result', repr(e))
    await asyncio.sleep(0)
    return 'host done'


async def main():
    print(await asyncio.create_task(host('storm')))
    print(await asyncio.create_task(host(None)))
    h = asyncio.create_task(host('x'))
    h.cancel('outer')
    try:
        await h
    except asyncio.CancelledError as e:
        print('main caught', repr(e))
    print(len(asyncio.all_tasks()))


asyncio.run(main())
