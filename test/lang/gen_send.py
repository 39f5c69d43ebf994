# Generator send()
def accumulator():
    total = 0
    while True:
        received = yield total
        print("  received", received)
        if received is None:
            continue
        total += received
acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
print(next(acc))
print(acc.send(-3))
def averager():
    count, total, avg = 0, 0.0, None
    while True:
        v = yield avg
        count += 1
        total += v
        avg = total / count
a = averager()
a.send(None)
for v in [10, 20, 60, 5]:
    print("avg", a.send(v))
try:
    fresh = accumulator()
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
def echo():
    got = []
    while len(got) < 3:
        x = yield len(got)
        got.append(x)
    return got
e = echo()
next(e)
e.send("a"); e.send("b")
try:
    e.send("c")
except StopIteration as si:
    print("StopIteration value:", si.value)
