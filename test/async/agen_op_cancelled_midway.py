import asyncio

async def cag(tag, nfin):
    try:
        for i in range(3):
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            yield i
    finally:
        print('fin', tag)
        for _ in range(nfin):
            await asyncio.sleep(0)

async def user(box, op):
    # The generator is in a box emptied at the end: the CancelledError's traceback keeps this
    # frame, which must not keep the generator alive until asyncio.run's shutdown.
    g = box[0]
    try:
        print('v', await g.asend(None))
        if op == 'aclose':
            await g.aclose()
        elif op == 'athrow':
            print('v', await g.athrow(KeyError('k')))
        else:
            print('v', await anext(g))
    except asyncio.CancelledError as e:
        print('cancelled', repr(e))
        raise
    finally:
        box.clear()
        del g


async def main():
    for op in ['aclose', 'athrow', 'anext']:
        for nfin in range(3):
            for k in range(1, 7):
                g = cag(f'{op}{nfin}{k}', nfin)
                t = asyncio.create_task(user([g], op))
                for _ in range(k):
                    await asyncio.sleep(0)
                print(op, nfin, k, 'cancel', t.cancel())
                try:
                    await t
                except BaseException as e:
                    print('->', repr(e))
                print('running', g.ag_running)
                for o in ['anext', 'aclose', 'athrow', 'aclose']:
                    try:
                        if o == 'anext':
                            print(o, await anext(g, 'dflt'))
                        elif o == 'aclose':
                            print(o, await g.aclose())
                        else:
                            print(o, await g.athrow(ValueError))
                    except Exception as e:
                        print(o, 'exc', repr(e))
                print('running', g.ag_running)
    del g, t  # (asyncio.run's shutdown would close a generator still alive; CPython frees it now)

asyncio.run(main())
