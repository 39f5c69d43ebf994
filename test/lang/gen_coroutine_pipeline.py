# Generator-based coroutines: push pipeline with send() and a grep/filter/sink chain
def coroutine(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    return start
@coroutine
def sink(store):
    while True:
        item = yield
        store.append(item)
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def upper(target):
    while True:
        target.send((yield).upper())
@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
@coroutine
def counter(results):
    n = 0
    try:
        while True:
            yield
            n += 1
    finally:
        results.append(("count", n))
a, b, stats = [], [], []
cnt = counter(stats)
pipe = broadcast(grep("py", upper(sink(a))), grep("o", sink(b)), cnt)
for line in ["python rocks", "java", "pypy is fast", "go", "ruby"]:
    pipe.send(line)
print(a)
print(b)
cnt.close()
print(stats)
@coroutine
def running_avg():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = round(total / count, 3)
ra = running_avg()
print([ra.send(v) for v in [10, 20, 0, 5, 7]])
