# Tutorial-style: a retry decorator that accepts sync and async callables (inspect), coroutine
# states observed from another task, a types.coroutine step, and results printed with json.dumps.
import asyncio
import functools
import inspect
import json
import types


def retry(times):
    def deco(fn):
        if inspect.iscoroutinefunction(fn):
            @functools.wraps(fn)
            async def wrapper(*args, **kwargs):
                for attempt in range(1, times + 1):
                    try:
                        return await fn(*args, **kwargs)
                    except ValueError as e:
                        print(f'{fn.__name__} attempt {attempt} failed: {e}')
                        await asyncio.sleep(0.03)
                raise RuntimeError(f'{fn.__name__} gave up')
        else:
            @functools.wraps(fn)
            def wrapper(*args, **kwargs):
                return fn(*args, **kwargs)
        return wrapper
    return deco


@types.coroutine
def checkpoint():
    yield


calls = {'flaky': 0}


@retry(3)
async def flaky(n):
    calls['flaky'] += 1
    await checkpoint()
    if calls['flaky'] < 3:
        raise ValueError(f'not yet ({calls["flaky"]})')
    return {'n': n, 'square': n * n}


@retry(2)
def sync_job(x):
    return [x, x * 2]


async def observe(coro, label):
    states = []
    while True:
        st = inspect.getcoroutinestate(coro)
        if not states or states[-1] != st:
            states.append(st)
        if st == inspect.CORO_CLOSED:
            break
        await asyncio.sleep(0.04)
    print(label, states)


async def slow(x):
    await asyncio.sleep(0.1)
    await checkpoint()
    return x + 1


async def main():
    print(inspect.iscoroutinefunction(flaky), inspect.iscoroutinefunction(sync_job))
    print(inspect.signature(flaky), inspect.signature(sync_job))
    c = slow(1)
    t = asyncio.create_task(c)
    obs = asyncio.create_task(observe(c, 'slow states:'))
    results = await asyncio.gather(flaky(4), t)
    await obs
    report = {'flaky': results[0], 'slow': results[1], 'sync': sync_job(5), 'calls': calls}
    print(json.dumps(report, sort_keys=True))
    print(json.dumps(report, indent=2))
    print(json.loads(json.dumps(report)) == report)


asyncio.run(main())
