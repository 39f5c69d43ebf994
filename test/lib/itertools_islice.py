from itertools import islice

s = 'ABCDEFG'
print(list(islice(s, 2)))
print(list(islice(s, 2, 4)))
print(list(islice(s, 2, None)))
print(list(islice(s, 0, None, 2)))
print(list(islice(s, None)))
print(list(islice(s, 1, 6, 3)))
print(list(islice(s, 5, 2)), list(islice(s, 100)))
it = iter(range(10))
print(list(islice(it, 0, 5, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 0, 6, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 4, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), list(it))
for args in [(-1,), (-2,), (0, -1), (-1, 5), ('a',), ('x', 3), (0, 1, 0), (0, 1, -1), (0, 1, 'x'), (None, None, None)]:
    try:
        print(args, list(islice(range(5), *args)))
    except ValueError as e:
        print(args, 'ValueError', e)
try:
    islice(5, 2)
except TypeError as e:
    print('TypeError', e)


def gen():
    for i in range(5):
        print('yield', i)
        yield i


print(list(islice(gen(), 1, 3)))
