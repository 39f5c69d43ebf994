"""Sync generators feeding async code: chunked reading, a generator-based state machine driven
with send(), yield from delegation with return values, and generator cleanup on close()."""
import asyncio
import itertools


def chunks(data: str, size: int):
    for i in range(0, len(data), size):
        yield data[i:i + size]


def tokenizer():
    """Receives characters via send(); yields completed words."""
    word = []
    try:
        while True:
            ch = yield
            if ch.isalnum():
                word.append(ch)
            elif word:
                token = "".join(word)
                word.clear()
                yield token
    finally:
        print("  tokenizer closed with pending:", "".join(word) or None)


def averager():
    total = count = 0
    while True:
        value = yield
        if value is None:
            return total / count if count else 0.0
        total += value
        count += 1


def delegate(results: list):
    while True:
        result = yield from averager()
        results.append(result)


async def upload(chunk: str, n: int) -> int:
    await asyncio.sleep(0.001 * (n % 3))
    return len(chunk)


async def main():
    text = "The quick brown fox jumps over the lazy dog; async is fun!"
    sizes = await asyncio.gather(*(upload(c, i) for i, c in enumerate(chunks(text, 8))))
    print("uploaded:", sizes, sum(sizes) == len(text))

    tok = tokenizer()
    next(tok)
    words = []
    for ch in text + " tail":
        out = tok.send(ch)
        if out is not None:
            words.append(out)
            next(tok)
        if len(words) % 4 == 0:
            await asyncio.sleep(0)
    tok.close()
    print("words:", words)

    results: list[float] = []
    d = delegate(results)
    next(d)
    for group in ([10, 20, 30], [1, 2], []):
        for v in group:
            d.send(v)
        d.send(None)
        await asyncio.sleep(0)
    print("averages:", results)
    evens = (x for x in itertools.count() if x % 2 == 0)
    print("first evens:", list(itertools.islice(evens, 5)), next(evens))
    g = (x * x for x in range(3))
    print(list(g), list(g), type(g).__name__)


asyncio.run(main())
