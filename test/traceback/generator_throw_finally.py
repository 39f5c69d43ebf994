# Ends with: ValueError: injected (thrown into a generator that does not handle it)
def producer():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("producer finally, n =", n)
g = producer()
print(next(g), next(g), next(g))
total = 0
p = producer()
for v in p:
    total += v
    if v == 3:
        break
print("total", total)
p.close()
g.throw(ValueError("injected"))
