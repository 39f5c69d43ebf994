# `for x in gen():` left early (break, return, an exception) lets go of the generator at once:
# CPython closes it there, so its `finally` runs before the code after the loop.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print('cleanup', tag)


def bad():
    try:
        yield 1
    finally:
        raise ValueError('boom in finally')


for x in gen('break'):
    print(x)
    break
print('after break')


def find():
    for x in gen('return'):
        return x


print(find())
try:
    for x in gen('raise'):
        raise KeyError(x)
except KeyError as e:
    print('caught', e)
for x in gen('exhausted'):
    pass
for x in bad():
    break
print('after bad')
g = gen('kept')
for x in iter(g):
    break
print('kept going:', next(g))
print('then:', list(g))
