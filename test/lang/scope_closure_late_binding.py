# Closures and late binding in loops
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs2 = [lambda i=i: i for i in range(4)]
print([f() for f in funcs2])

def make_adders():
    adders = []
    for n in range(3):
        def add(x, n=n):
            return x + n
        adders.append(add)
    return adders
print([a(10) for a in make_adders()])

def make_late():
    fs = []
    for n in range(3):
        def g():
            return n
        fs.append(g)
    n = 100
    return fs
print([f() for f in make_late()])

def multiplier(k):
    return lambda v: v * k
doubles, triples = multiplier(2), multiplier(3)
print(doubles(7), triples(7))
print(doubles.__closure__ is not None, len(triples.__closure__))
print(triples.__closure__[0].cell_contents)

def counter_gen():
    state = {"n": 0}
    def step():
        state["n"] += 1
        return state["n"]
    return step
s = counter_gen()
print(s(), s(), s())
