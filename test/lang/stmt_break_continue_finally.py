# break/continue inside try/finally in loops
log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(("body", i))
    finally:
        log.append(("finally", i))
print(log)

def loop_with_return():
    out = []
    for i in range(10):
        try:
            if i == 2:
                return out
            out.append(i)
        finally:
            out.append(-i)
    return "not reached"
print(loop_with_return())

n = 0
while True:
    n += 1
    try:
        try:
            if n % 2:
                continue
            if n > 6:
                break
            print("even", n)
        finally:
            print("inner finally", n)
    finally:
        print("outer finally", n)
print("n =", n)

out = []
for i in range(3):
    for j in range(3):
        try:
            if j == 1:
                break
        finally:
            out.append((i, j))
print(out)
for i in range(4):
    try:
        continue
    finally:
        if i == 2:
            break
print("stopped", i)
