import sys, asyncio
def g():
    try:
        raise KeyError(1)
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
it = g()
print(next(it), sys.exc_info()[0])
try:
    raise ValueError
except ValueError:
    print(next(it), sys.exc_info()[0])
print(sys.exc_info()[0])
async def a(ev):
    try:
        raise OSError
    except OSError:
        await ev.wait()
        raise
async def b(ev):
    print('b sees', sys.exc_info()[0])
    try:
        raise TypeError
    except TypeError as e:
        print('ctx', repr(e.__context__))
    ev.set()
async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(a(ev))
    await asyncio.sleep(0)
    await b(ev)
    try: await t
    except OSError as e: print('ok', repr(e.__context__))
asyncio.run(main())
