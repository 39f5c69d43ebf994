from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9, 'beta'), Version(1, 2, 0), Version(1, 0, 0, 'x')]
print(sorted(vs))
print(max(vs), min(vs))
print(Version(1) < Version(1, 1), Version(2) <= Version(2), Version(3) > Version(2, 9), Version(1) >= Version(1, 0, 1))
print(Version(1, 0, 0, 'a') == Version(1, 0, 0, 'b'))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print('TypeError:', e)
print(Version.__lt__(Version(1), 5))


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)


tasks = [Task(3, 'c'), Task(1, 'a'), Task(2, 'b'), Task(1, 'z')]
tasks.sort()
print([t.name for t in tasks])
print(sorted(tasks, reverse=True))
try:
    @dataclass(order=True)
    class Bad:
        x: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Sub(Version):
    extra: int = 0


print(Sub(1, 2) == Version(1, 2), Sub(1, 2) == Sub(1, 2))
try:
    print(Sub(1) < Sub(2))
except TypeError as e:
    print('TypeError:', e)
