"""Annotations under the annotations future are the source text, as ast_unparse.c writes it."""
from __future__ import annotations, generator_stop
from typing import Callable, Optional
import __future__

print(annotations, generator_stop.getMandatoryRelease(), __future__.all_feature_names[-1])


class C:
    a: Optional[int]
    b: "C"
    c: dict[str, list[tuple[int, ...]]]
    d: int | None | str
    e: Callable[[int, str], None]
    f: list[int] = []
    g: 3 + 4 * 2 ** -1
    h: (lambda x, *a, y=1, **k: x)
    i: a.b.c[1:2, ::3]
    j: not x and y or z
    k: x if y else z
    m: {1: 2, **d}
    n: f(a, *b, c=1, **d)
    o: -(x - y) - z
    p: (a, b)
    q: ()
    r: "it's"
    s: b"by\x00"
    v: x < y <= z is not w


for name, text in C.__annotations__.items():
    print(name, repr(text))


def g(a: int = 1, *args: "str", k: Optional[C] = None, **kw: float) -> list[C]:
    total: int = 0
    return [C()]


print(g.__annotations__, len(g()))
x: "undefined_name" = 3
print(__annotations__, x)
