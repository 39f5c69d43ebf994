# asyncio's submodules: attributes of the package and importable by their dotted names.
import asyncio
import asyncio.tasks
from asyncio.exceptions import CancelledError, InvalidStateError
from asyncio.taskgroups import TaskGroup
from asyncio import events, futures, locks, queues


async def main():
    loop = events.get_running_loop()
    fut = loop.create_future()
    print(isinstance(fut, futures.Future), futures.isfuture(fut))
    try:
        fut.result()
    except InvalidStateError as e:
        print("InvalidStateError:", e)
    q = queues.Queue()
    lock = locks.Lock()
    async with TaskGroup() as tg:
        t = tg.create_task(asyncio.sleep(0.1, "slept"))
    print(t.result(), isinstance(t, asyncio.tasks.Task))
    c = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    c.cancel()
    try:
        await c
    except CancelledError:
        print("CancelledError is asyncio.CancelledError:", CancelledError is asyncio.CancelledError)
    print(asyncio.tasks.current_task() is asyncio.current_task())

print(asyncio.Future[int], asyncio.Task[str], asyncio.Queue[int])
for name in ["exceptions", "events", "tasks", "futures", "base_events", "locks", "queues", "coroutines", "runners", "timeouts", "taskgroups"]:
    print(name, hasattr(asyncio, name))
print(asyncio.TimeoutError is TimeoutError, asyncio.exceptions.TimeoutError is TimeoutError)
print(asyncio.CancelledError.__mro__)
print(asyncio.InvalidStateError.__mro__)
print(asyncio.BaseEventLoop, asyncio.SelectorEventLoop, asyncio.AbstractEventLoop)
print(asyncio.Handle, asyncio.TimerHandle, asyncio.Future, asyncio.Task)
print(asyncio.Timeout, asyncio.TaskGroup, asyncio.Runner)
print(asyncio.Lock, asyncio.Event, asyncio.Condition, asyncio.Semaphore, asyncio.BoundedSemaphore, asyncio.Barrier)
print(asyncio.Queue, asyncio.PriorityQueue, asyncio.LifoQueue, asyncio.QueueEmpty, asyncio.QueueFull)
print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
print(asyncio.BrokenBarrierError, asyncio.IncompleteReadError, asyncio.LimitOverrunError)
print(asyncio.AbstractEventLoopPolicy, asyncio.DefaultEventLoopPolicy)
asyncio.run(main())
