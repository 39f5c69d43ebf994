import asyncio

async def ag(tag):
    try:
        while True:
            v = yield 1
            print('got', v)
    except GeneratorExit:
        print('exit')
        yield 'bad'
    finally:
        print('fin', tag)

async def fin():
    yield 1

async def main():
    g = ag('a')
    print(await anext(g))
    for op in ['aclose', 'aclose', 'asend', 'athrow', 'anext']:
        try:
            if op == 'aclose': r = await g.aclose()
            elif op == 'asend': r = await g.asend(5)
            elif op == 'athrow': r = await g.athrow(ValueError('v'))
            else: r = await anext(g, 'dflt')
            print(op, 'ok', r)
        except BaseException as e:
            print(op, 'exc', repr(e))
    h = fin()
    print([x async for x in h])
    for op in ['aclose', 'athrow', 'asend', 'aclose']:
        try:
            if op == 'aclose': r = await h.aclose()
            elif op == 'asend': r = await h.asend(None)
            else: r = await h.athrow(ValueError('v'))
            print(op, 'ok', r)
        except BaseException as e:
            print(op, 'exc', repr(e))
    k = fin()
    print(await k.aclose(), await k.aclose())
    try:
        print(await k.athrow(ValueError))
    except BaseException as e:
        print('k athrow', repr(e))
    await asyncio.sleep(0)

asyncio.run(main())
print('done')
