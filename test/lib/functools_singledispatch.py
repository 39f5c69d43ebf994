from functools import singledispatch


@singledispatch
def describe(x):
    return 'object ' + repr(x)


@describe.register(int)
def _(x):
    return 'int %d' % x


@describe.register(list)
def _(x):
    return 'list of ' + ', '.join(describe(i) for i in x)


def _str(x):
    return 'str ' + x


describe.register(str, _str)


class Animal:
    pass


class Dog(Animal):
    pass


@describe.register(Animal)
def _(x):
    return 'animal ' + type(x).__name__


print(describe(5))
print(describe(True))
print(describe('hi'))
print(describe([1, 'a', 2.5]))
print(describe(Dog()))
print(describe(None))
print(describe.dispatch(bool) is describe.dispatch(int))
print(describe.dispatch(float) is describe.registry[object])
print(len(describe.registry))
try:
    describe()
except TypeError as e:
    print('TypeError', e)
