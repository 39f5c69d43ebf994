def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), getattr(e, 'exceptions', None) and [repr(x) for x in e.exceptions], repr(e.__context__))
def a():
    try: raise ValueError(1)
    except* ValueError: raise
show(a)
def b():
    try: raise ValueError(1)
    except* TypeError: pass
show(b)
def c():
    try: raise ExceptionGroup('g', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError: raise RuntimeError('r')
    except* TypeError: raise
show(c)
def d():
    try: raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError: raise RuntimeError('r')
    except* TypeError as g: print('T ran', repr(g))
show(d)
def e():
    try: raise ValueError(1)
    except* ValueError as g: raise KeyError(3)
show(e)
def f():
    try: raise ExceptionGroup('g', [ValueError(1), ExceptionGroup('h', [TypeError(2), ValueError(3)])])
    except* ValueError as g: print('V', repr(g)); raise
show(f)
def g():
    try: raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError: raise RuntimeError('r')
    except* TypeError: raise OSError('o')
show(g)
def h():
    try: raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError as v: raise v.exceptions[0]
show(h)
def a():
    try: raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError as v: raise v
show(a)
def b():
    try: raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError as v: raise
    except* TypeError as v: raise
show(b)
def c():
    try: raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError as v: raise
    except* TypeError as v: raise v
show(c)
def d():
    try: raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* Exception as v: print(v is v)
show(d)


import asyncio


async def child(exc):
    await asyncio.sleep(0)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(ValueError("v")))
            tg.create_task(child(KeyError("k")))
    except* ValueError as g:
        print("TaskGroup ValueError part:", repr(g.exceptions))
        raise RuntimeError("from handler")
    except* KeyError as g:
        print("TaskGroup KeyError part also handled:", repr(g.exceptions))


show(lambda: asyncio.run(main()))
