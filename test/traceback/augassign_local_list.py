def f():
    xs = [1]
    xs[5] += 1
f()
