# Warnings inside coroutines: stacklevel pointing at the awaiting coroutine, catch_warnings(record=True)
# around awaits, showwarning replaced, and a coroutine never awaited (a RuntimeWarning through the
# warnings filters: once per line, recorded, or turned into an error).
import asyncio
import warnings


async def old_api(n):
    warnings.warn(f"old_api({n}) is deprecated", FutureWarning, stacklevel=2)
    await asyncio.sleep(0.01)
    return n


async def job(n):
    return n


async def main():
    for i in range(2):
        await old_api(i)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await old_api(5)
        await old_api(6)
        job(1)
    for w in caught:
        print(w.category.__name__, w.message, w.lineno, w.source is not None)

    shown = []
    saved = warnings.showwarning
    warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: shown.append((str(message), category.__name__, lineno))
    await old_api(7)
    job(2)
    warnings.showwarning = saved
    print(shown)

    for i in range(3):
        job(i)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        job(4)
    print("ignored")
    warnings.warn("from main")
    await asyncio.sleep(0)
    job(5)

asyncio.run(main())
