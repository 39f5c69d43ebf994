print(list[int], dict[str, int], tuple[int, ...], list[list[int]], type(list[int]))
print(list[int]('ab'), list[int].__origin__, dict[str, int].__args__, list[int].__parameters__)
print(tuple[()], type[int], list['X'], set[float], frozenset[int])
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
class Foo: pass
print(list[Foo], dict[str, Foo])
try:
    isinstance([], list[int])
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print('TypeError', e)
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList([1, 2]))
class L(list): pass
print(L[int])
print(int | None, int | str | None, list[int] | None)
print(isinstance(3, int | str), isinstance(3.5, int | str), isinstance(None, int | None))
print((int | str) == (str | int), (int | str).__args__, type(int | str))
print(issubclass(bool, int | str))
def f(x: list[int] | None = None) -> dict[str, int]:
    return {}
print(f.__annotations__)
