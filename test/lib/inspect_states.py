# inspect.getcoroutinestate / getgeneratorstate / locals while tasks run, suspend and finish.
import asyncio
import inspect


def counter(n):
    total = 0
    for i in range(n):
        total += i
        yield total


g = counter(3)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
print(next(g), inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
print(next(g), inspect.getgeneratorlocals(g))
print(list(g), inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))


def watcher():
    me = yield
    print('inside', inspect.getgeneratorstate(me))
    yield


w = watcher()
next(w)
w.send(w)
w.close()
print(inspect.getgeneratorstate(w))
try:
    inspect.getgeneratorlocals(5)
except TypeError as e:
    print('TypeError:', e)


async def job(delay, label):
    started = label + ' started'
    await asyncio.sleep(delay)
    finished = label + ' finished'
    return finished


async def spy(coro):
    for step in range(3):
        print('spy', step, inspect.getcoroutinestate(coro), sorted(inspect.getcoroutinelocals(coro)))
        await asyncio.sleep(0.01)


async def main():
    c = job(0.015, 'A')
    print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
    task = asyncio.create_task(c)
    await asyncio.gather(task, spy(c))
    print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c), task.result())

    async def selfcheck():
        return inspect.getcoroutinestate(me)
    me = selfcheck()
    print(await me)
    d = job(0, 'B')
    d.close()
    print(inspect.getcoroutinestate(d))
    e = job(0, 'C')
    try:
        e.send(None)
    except StopIteration:
        pass
    print(inspect.getcoroutinestate(e))
    e.close()


asyncio.run(main())
