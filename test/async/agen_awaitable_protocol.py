import asyncio
async def gen():
    yield 1
    yield 2
async def boom():
    yield 1
    raise KeyError('k')
made = []


def mk(f=None):
    g = (f or gen)()
    made.append(g)
    return g


async def main():
    g = mk()
    await g.aclose(); print('aclose unstarted ok')
    await g.aclose(); print('aclose twice ok')
    try: print(await g.athrow(ValueError('v')))
    except BaseException as e: print('athrow on closed', type(e).__name__, e)
    try: print(await anext(g))
    except BaseException as e: print('anext on closed', type(e).__name__, e)
    g = mk()
    try: print(await g.athrow(ValueError('v')))
    except BaseException as e: print('athrow unstarted', type(e).__name__, e)
    try: print(await anext(g))
    except BaseException as e: print('anext after', type(e).__name__, e)
    b = mk(boom)
    await anext(b)
    try: await anext(b)
    except KeyError: print('keyerr')
    try: print(await b.athrow(ValueError('v')))
    except BaseException as e: print('athrow after exc', type(e).__name__, e)
    try: print(await b.aclose())
    except BaseException as e: print('aclose after exc', type(e).__name__, e)
    g = mk()
    a = g.asend(None)
    print(await a)
    try: print(await a)
    except BaseException as e: print('reuse', type(e).__name__, e)
    a = g.aclose()
    await a
    try: print(await a)
    except BaseException as e: print('reuse', type(e).__name__, e)
    try: anext(1)
    except BaseException as e: print(type(e).__name__, e)
    try: aiter(1)
    except BaseException as e: print(type(e).__name__, e)
    class A:
        def __aiter__(self): return 1
    try: aiter(A())
    except BaseException as e: print(type(e).__name__, e)
    print(type(anext(mk())).__name__, type(anext(mk(), 5)).__name__, type(mk().aclose()).__name__, type(mk().athrow(ValueError)).__name__)
    print(asyncio.iscoroutine(anext(mk())), asyncio.iscoroutine(anext(mk(), 1)))
    g = mk()
    print(aiter(g) is g)
    x = anext(g, 7)
    print(await x, await anext(g, 7), await anext(g, 7))
    fresh = mk()
    a = fresh.asend(3)
    print('asend created')
    try: await a
    except TypeError as e: print(e)
    for g in made:
        await g.aclose()
    print('closed', len(made))
    made.clear()


asyncio.run(main())
