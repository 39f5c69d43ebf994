# nonlocal in nested functions
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
print(inc(), inc(), inc(5), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())

def outer():
    a = 1
    def middle():
        a = 2
        def inner():
            nonlocal a
            a += 10
            return a
        r = inner()
        return r, a
    res = middle()
    return res, a
print(outer())

def accumulate():
    total = []
    def add(v):
        total.append(v)  # mutation, no nonlocal needed
        return len(total)
    add(1); add(2)
    return total
print(accumulate())

def swap_demo():
    p, q = 1, 2
    def swap():
        nonlocal p, q
        p, q = q, p
    swap()
    return p, q
print(swap_demo())
