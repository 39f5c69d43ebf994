# Generator pipelines and stateful generators
def read_lines(text):
    for line in text.splitlines():
        yield line
def strip_comments(lines):
    for line in lines:
        code = line.split("#", 1)[0].rstrip()
        if code:
            yield code
def tokens(lines):
    for line in lines:
        yield from line.split()
def numbered(items, start=1):
    n = start
    for it in items:
        yield n, it
        n += 1
src = """alpha beta  # first
# full comment
gamma
   delta epsilon # tail
"""
for n, tok in numbered(tokens(strip_comments(read_lines(src)))):
    print(n, tok)
def running_max(seq):
    best = None
    for v in seq:
        if best is None or v > best:
            best = v
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
def window(seq, k):
    buf = []
    for v in seq:
        buf.append(v)
        if len(buf) > k:
            buf.pop(0)
        if len(buf) == k:
            yield tuple(buf)
print(list(window(range(6), 3)))
def batched(seq, n):
    batch = []
    for v in seq:
        batch.append(v)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched("abcdefg", 3)))
gen = running_max(x for x in [1, 2])
print(gen.__name__, next(gen), next(gen), next(gen, "end"))
