# for/else and while/else
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)

n = 0
while n < 3:
    n += 1
else:
    print("while completed, n =", n)

n = 0
while n < 10:
    n += 1
    if n == 4:
        break
else:
    print("never")
print("broke at", n)

for i in range(3):
    continue
else:
    print("continue doesn't skip else", i)

def primes(limit):
    res = []
    for c in range(2, limit):
        for d in range(2, int(c ** 0.5) + 1):
            if c % d == 0:
                break
        else:
            res.append(c)
    return res
print(primes(40))
while False:
    pass
else:
    print("else of never-run while")
