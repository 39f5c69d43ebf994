# Global declarations, del of globals, and module namespace
results = []
def record(v):
    global last
    last = v
    results.append(v)

for i in range(5):
    record(i * i)
print(results, last)
del last
try:
    print(last)
except NameError as e:
    print("NameError:", e)

def check():
    return "results" in globals(), "nothing_here" in globals()
print(check())

def local_names():
    a = 1
    b = 2
    return sorted(locals())
print(local_names())

tmp = 1
def reassign_builtin():
    global tmp
    tmp = [tmp, tmp]
    return tmp
print(reassign_builtin(), tmp)
print(sorted(k for k in vars() if k in ("record", "results", "tmp")))
