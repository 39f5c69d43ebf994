import asyncio
import functools
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

DOCS = {
    "a.txt": "the quick brown fox jumps over the lazy dog",
    "b.txt": "the dog barks and the fox runs",
    "c.txt": "a quick brown dog and a lazy fox",
    "d.txt": "",
    "e.txt": "over and over and over",
}


def tokenize(text):
    return text.split()


def count_words(words, stop=frozenset({"a", "and", "the"})):
    return Counter(w for w in words if w not in stop)


async def fetch(name):
    await asyncio.sleep(0)
    if name == "missing.txt":
        raise FileNotFoundError(name)
    return DOCS[name]


async def map_doc(loop, pool, name):
    text = await fetch(name)
    words = await loop.run_in_executor(pool, tokenize, text)
    counts = await asyncio.to_thread(count_words, words)
    return name, counts


def reduce_counts(parts):
    total = Counter()
    for _, c in parts:
        total.update(c)
    return total


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(map_doc(loop, pool, n) for n in sorted(DOCS)))
        for name, c in results:
            print(name, sorted(c.items()))
        total = await loop.run_in_executor(pool, reduce_counts, results)
        print("top", sorted(total.most_common(), key=lambda kv: (-kv[1], kv[0]))[:5])
        mixed = await asyncio.gather(map_doc(loop, pool, "a.txt"), map_doc(loop, pool, "missing.txt"), return_exceptions=True)
        print([type(m).__name__ if isinstance(m, Exception) else m[0] for m in mixed])
        fn = functools.partial(count_words, stop=frozenset({"over"}))
        print(await loop.run_in_executor(pool, fn, tokenize(DOCS["e.txt"])))
        try:
            await loop.run_in_executor(pool, int, "not a number")
        except ValueError as e:
            print("ValueError from thread:", e)
        futs = [loop.run_in_executor(pool, len, DOCS[n]) for n in sorted(DOCS)]
        print("lengths", await asyncio.gather(*futs))
        done, _ = await asyncio.wait(futs)
        print("all done", len(done), all(f.done() for f in futs))
    print("sum via to_thread", await asyncio.to_thread(sum, range(100)))
    try:
        await asyncio.to_thread(divmod, 1, 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


asyncio.run(main())
