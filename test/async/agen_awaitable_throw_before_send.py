import asyncio

async def ag(tag):
    try:
        for i in range(3):
            try:
                yield i
            except KeyError as e:
                print(tag, 'caught', repr(e))
                await asyncio.sleep(0)
                yield 'k'
            except GeneratorExit:
                print(tag, 'exit')
                yield 'ignored'
    finally:
        print(tag, 'fin')


def drive(aw, first):
    """Runs an awaitable by hand: throw first() in, then send None until it ends. (The exception
    is made here and kept nowhere, so that no reference cycle keeps a generator alive until
    asyncio.run's shutdown: CPython would close it then.)"""
    out = []
    try:
        r = aw.throw(first())
        out.append(('yielded', r))
        while True:
            r = aw.send(None)
            out.append(('yielded', r))
    except StopIteration as e:
        out.append(('stop', e.value))
    except BaseException as e:
        out.append(('exc', repr(e)))
    finally:
        del aw  # (the exception's traceback keeps this frame)
    return out


async def main():
    for make in ['asend', 'athrow', 'aclose', 'anext']:
        for first in [KeyError, ValueError, GeneratorExit]:
            g = ag(f'{make}-{first.__name__}')
            print('start', await g.asend(None))
            if make == 'asend':
                aw = g.asend(None)
            elif make == 'athrow':
                aw = g.athrow(IndexError('own'))
            elif make == 'aclose':
                aw = g.aclose()
            else:
                aw = g.__anext__()
            print(make, first.__name__, [(k, v if not hasattr(v, 'done') else 'future') for k, v in drive(aw, first)])
            try:
                print('then', await anext(g, 'dflt'), g.ag_running)
            except BaseException as e:
                print('then exc', repr(e))
            print('rest', [x async for x in g])
    await asyncio.sleep(0)

asyncio.run(main())
