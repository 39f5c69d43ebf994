# Default arguments including the mutable default pitfall
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))

counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def make(id_=next_id()):
    return id_
print(make(), make(), counter)

def memo(n, cache={}):
    if n in cache:
        return cache[n], "cached"
    cache[n] = n * n
    return cache[n], "computed"
print(memo(3), memo(3), memo(4), sorted(memo.__defaults__[0].items()))

def kw_defaults(a, b=2, *, c=3, d):
    return a, b, c, d
print(kw_defaults(1, d=4), kw_defaults(1, 5, c=6, d=7))
print(kw_defaults.__kwdefaults__)
