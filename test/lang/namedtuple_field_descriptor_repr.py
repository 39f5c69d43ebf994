import collections
NT = collections.namedtuple('NT', 'a b')
print(NT.a, NT.b.__doc__)
try:
    NT(1, 2).a = 5
except AttributeError as e:
    print(e)
try:
    del NT(1, 2).a
except AttributeError as e:
    print(e)
