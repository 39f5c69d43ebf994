# create_task(context=...), Task(..., context=...) and TaskGroup.create_task(context=...): the task
# runs every step in exactly that context, so tasks given the same context share its variables.
import asyncio
import contextvars

counter = contextvars.ContextVar('counter', default=0)
name = contextvars.ContextVar('name', default='?')


async def bump(label, times):
    for _ in range(times):
        counter.set(counter.get() + 1)
        await asyncio.sleep(0)
    print(f'{label}: counter={counter.get()} name={name.get()}')


async def try_to_enter(ctx):
    try:
        ctx.run(counter.get)
    except RuntimeError as e:
        print('RuntimeError:', str(e).startswith('cannot enter context:'), str(e).endswith('is already entered'))


async def main():
    shared = contextvars.copy_context()
    shared.run(name.set, 'shared')
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(bump('a', 2), context=shared)
    b = loop.create_task(bump('b', 3), context=shared)
    c = asyncio.create_task(bump('c', 1))
    await asyncio.gather(a, b, c)
    print('shared counter:', shared[counter], 'main counter:', counter.get())

    t = asyncio.Task(bump('Task()', 1), context=shared)
    await t
    print('shared counter:', shared[counter])

    async with asyncio.TaskGroup() as tg:
        tg.create_task(bump('tg shared', 1), context=shared)
        tg.create_task(bump('tg copy', 1))
    print('shared counter:', shared[counter], 'main counter:', counter.get())

    # A task cannot enter the context it is running in.
    await asyncio.create_task(try_to_enter(shared), context=shared)
    # ...but it can enter another one.
    other = contextvars.Context()
    print('in a new empty context:', other.run(counter.get), other.run(name.get))


asyncio.run(main())
