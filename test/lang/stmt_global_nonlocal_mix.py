# global and nonlocal together, shadowing across levels
x = "g"
def level1():
    x = "l1"
    def level2():
        nonlocal x
        x = "l2-set"
        def level3():
            global x
            x = "g-set-by-l3"
            return x
        return level3()
    r = level2()
    return r, x
print(level1(), x)
total = 0
def make_acc():
    count = 0
    def add(v):
        global total
        nonlocal count
        total += v
        count += 1
        return count, total
    return add
acc1, acc2 = make_acc(), make_acc()
print(acc1(5), acc1(5), acc2(1), total)
def shadow_param(total):
    total += 100
    return total
print(shadow_param(1), total)
def uses_before_global_decl():
    y = x
    return y
print(uses_before_global_decl())
def nested_nonlocal_chain():
    v = 0
    def a():
        nonlocal v
        v += 1
        def b():
            nonlocal v
            v *= 10
        b()
        return v
    return [a() for _ in range(3)]
print(nested_nonlocal_chain())
