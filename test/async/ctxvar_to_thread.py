# asyncio.to_thread runs the function in a worker thread ('asyncio_0'), inside a copy of the
# caller's context; loop.run_in_executor does not copy it: the function sees the worker
# thread's own context.
import asyncio
import contextvars
import threading

user = contextvars.ContextVar('user', default='anonymous')


def whoami(tag):
    return f'{tag}: thread={threading.current_thread().name} user={user.get()}'


def change_user(name):
    user.set(name)
    return whoami('changed inside the thread')


def add(a, b, *, scale=1):
    return (a + b) * scale


async def main():
    print(whoami('main before'))
    user.set('alice')
    print(await asyncio.to_thread(whoami, 'to_thread'))
    print(await asyncio.to_thread(change_user, 'mallory'))
    print(whoami('main after to_thread'))
    print(await asyncio.to_thread(add, 2, 3, scale=10))
    print(await asyncio.to_thread(threading.current_thread) is threading.main_thread())
    # run_in_executor: the worker thread's own context, which keeps what it sets.
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, whoami, 'run_in_executor'))
    print(await loop.run_in_executor(None, change_user, 'worker'))
    print(await loop.run_in_executor(None, whoami, 'run_in_executor again'))
    print(whoami('main at the end'))
    try:
        await asyncio.to_thread(add, 1, 'x')
    except TypeError as e:
        print('TypeError from the thread:', e)


asyncio.run(main())
print(whoami('after asyncio.run'))
