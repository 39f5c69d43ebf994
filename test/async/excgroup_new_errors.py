for a in [(1,[ValueError()]), ('m', {ValueError()}), ('m', [1]), ('m',), ('m', ValueError())]:
    try: ExceptionGroup(*a)
    except Exception as e: print(type(e).__name__, e)
class MyEG(ExceptionGroup): pass
try: MyEG('x', [KeyboardInterrupt()])
except Exception as e: print(type(e).__name__, e)
print(repr(ExceptionGroup('a', (ValueError(1),))), repr(ExceptionGroup('a', [ValueError(1)])))
e = ExceptionGroup('a', [ValueError(1)]); print(e.args)

import asyncio


async def main():
    await asyncio.sleep(0)
    try:
        raise BaseExceptionGroup("b", [asyncio.CancelledError()])
    except* asyncio.CancelledError as g:
        print(type(g).__name__, repr(g.exceptions))


asyncio.run(main())
