import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext, AbstractAsyncContextManager

log = []


@asynccontextmanager
async def conn(name):
    log.append('open ' + name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except KeyError as e:
        log.append('handled ' + repr(e))
    finally:
        log.append('close ' + name)


@asynccontextmanager
async def never_yields():
    if False:
        yield


async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        log.append('agen finally')


async def main():
    async with conn('a') as c:
        log.append('body ' + c)
    async with conn('b'):
        raise KeyError('k')
    try:
        async with never_yields():
            pass
    except RuntimeError as e:
        log.append('RuntimeError: ' + str(e))
    async with AsyncExitStack() as stack:
        for n in 'xyz':
            await stack.enter_async_context(conn(n))
        stack.callback(log.append, 'sync callback')

        async def acb(msg):
            log.append(msg)
        stack.push_async_callback(acb, 'async callback')
    async with aclosing(agen()) as g:
        async for v in g:
            log.append('item %d' % v)
            if v == 1:
                break
    async with nullcontext(5) as five:
        log.append('null %d' % five)

    @conn('deco')
    async def decorated():
        log.append('in decorated')
        return 7
    log.append('decorated returned %d' % await decorated())
    print(isinstance(conn('q'), AbstractAsyncContextManager))


asyncio.run(main())
for line in log:
    print(line)
