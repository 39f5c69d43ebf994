# Each task runs in a copy of the context that was current when it was created: what a task
# sets is invisible to its parent and to its siblings, and what the parent sets later is
# invisible to tasks created before.
import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default='-')
trail = contextvars.ContextVar('trail', default=())


def log(msg):
    print(f'[{request_id.get()}] {msg} trail={trail.get()}')


async def handler(rid, delay):
    log('handler starts')
    request_id.set(rid)
    trail.set(trail.get() + (rid,))
    log('handler set its id')
    await asyncio.sleep(delay)
    log('handler resumes')
    return request_id.get()


async def nested(depth):
    trail.set(trail.get() + (f'depth{depth}',))
    if depth < 3:
        child = asyncio.create_task(nested(depth + 1))
        await child
    log(f'nested depth {depth}')


async def main():
    log('main starts')
    request_id.set('main')
    trail.set(('main',))
    t1 = asyncio.create_task(handler('r1', 0.02))
    request_id.set('main-after-t1')
    t2 = asyncio.create_task(handler('r2', 0.01))
    log('main waits')
    results = await asyncio.gather(t1, t2)
    print('results:', results)
    log('main after gather')
    await nested(1)
    log('main after nested')
    # A coroutine awaited directly (not a task) shares its caller's context.
    await handler('inline', 0)
    log('main after awaiting inline')


log('module level')
asyncio.run(main())
log('after asyncio.run')
