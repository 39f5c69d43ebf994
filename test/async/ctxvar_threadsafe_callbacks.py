# A thread started from a coroutine hands results back with loop.call_soon_threadsafe. The
# callback runs in a copy of the context current where it was scheduled: the thread's own
# context (a new thread's starts empty), not the coroutine's.
import asyncio
import contextvars
import threading

origin = contextvars.ContextVar('origin', default='(empty context)')


def report(fut, tag):
    fut.set_result(f'{tag}: origin={origin.get()} thread={threading.current_thread().name}')


def thread_body(loop, fut, ctx_fut, ctx):
    loop.call_soon_threadsafe(report, fut, 'scheduled by the thread')
    loop.call_soon_threadsafe(report, ctx_fut, 'scheduled with context=', context=ctx)


async def main():
    origin.set('main task')
    loop = asyncio.get_running_loop()
    fut, ctx_fut = loop.create_future(), loop.create_future()
    t = threading.Thread(target=thread_body, args=(loop, fut, ctx_fut, contextvars.copy_context()),
                         name='feeder')
    t.start()
    print(await fut)
    print(await ctx_fut)
    t.join()
    print('thread alive:', t.is_alive())
    # A callback scheduled by the task itself copies the task's context.
    mine = loop.create_future()
    loop.call_soon(report, mine, 'scheduled by the task')
    print(await mine)


asyncio.run(main())
