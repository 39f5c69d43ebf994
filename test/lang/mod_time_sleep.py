# time.sleep and monotonic differences (only relative values are checked)
import time
t0 = time.monotonic()
time.sleep(0.05)
t1 = time.monotonic()
elapsed = t1 - t0
print("slept at least 0.05s:", elapsed >= 0.045)
print("slept less than 0.5s:", elapsed < 0.5)
print("monotonic non-decreasing:", time.monotonic() >= t1)
start = time.monotonic()
total = 0
for i in range(10000):
    total += i
dur = time.monotonic() - start
print("loop total", total, "duration non-negative:", dur >= 0)
time.sleep(0)
print(type(t0).__name__, type(elapsed).__name__)
marks = []
for _ in range(3):
    marks.append(time.monotonic())
    time.sleep(0.01)
diffs = [b - a for a, b in zip(marks, marks[1:])]
print("all gaps >= 0.009:", all(d >= 0.009 for d in diffs), len(diffs))
