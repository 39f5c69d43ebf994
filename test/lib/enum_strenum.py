from enum import StrEnum, Enum, auto


class Fruit(StrEnum):
    APPLE = auto()
    BANANA = auto()
    CHERRY = 'cherry-red'


print(Fruit.APPLE, repr(Fruit.APPLE), str(Fruit.BANANA))
print(Fruit.APPLE == 'apple', Fruit.CHERRY.upper(), Fruit.BANANA + '!')
print(f'{Fruit.APPLE}', '{:>8}|'.format(Fruit.APPLE), len(Fruit.CHERRY))
print(Fruit('banana'), Fruit('banana') is Fruit.BANANA)
print(sorted(Fruit), '-'.join(Fruit))
print(isinstance(Fruit.APPLE, str), Fruit.APPLE.value, type(Fruit.APPLE.value).__name__)
print(Fruit.APPLE.startswith('app'), Fruit.CHERRY.split('-'))
try:
    class Bad(StrEnum):
        ONE = 1
except TypeError as e:
    print('TypeError:', e)
d = {'apple': 1}
print(Fruit.APPLE in Fruit, Fruit.APPLE.value in d)


class Mixed(str, Enum):
    A = 'a'
    B = 'b'


print(Mixed.A, repr(Mixed.A), Mixed.A == 'a', f'{Mixed.B}', Mixed.A.upper())


class Temp(float, Enum):
    FREEZE = 0.0
    BOIL = 100.0


print(Temp.BOIL, repr(Temp.BOIL), Temp.BOIL / 2, Temp(0.0))
