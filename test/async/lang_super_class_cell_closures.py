from __future__ import annotations
import asyncio
from dataclasses import dataclass, fields
from typing import get_type_hints, Optional

@dataclass
class Node:
    value: int
    next: Optional[Node] = None

def f(a: int, b: list[str] = None) -> dict[str, Node]:
    return {}

class A:
    def m(self):
        return __class__
    @classmethod
    def c(cls):
        return super().__repr__
    def nested(self):
        def inner():
            return super().m()
        return inner()
    def lam(self):
        return (lambda: __class__)()

class B(A):
    def m(self):
        return super().m().__name__ + "<-B"

async def main():
    await asyncio.sleep(0)
    print(Node.__annotations__, f.__annotations__, [fl.type for fl in fields(Node)])
    print(get_type_hints(f), get_type_hints(Node))
    print(A().m(), B().m(), A().lam())
    try:
        B().nested()
    except RuntimeError as e:
        print("RuntimeError", e)
    except TypeError as e:
        print("TypeError", e)
    def free():
        return super().x
    try:
        free()
    except RuntimeError as e:
        print("RuntimeError", e)
    a = [1, 2, 3]
    idx = (0, 1)
    d = {(0, 1): "pair"}
    print(d[*idx,], d[0, 1])
    fs = [lambda x, i=i: x + i for i in range(3)]
    print([g(10) for g in fs])
    x = 5
    def outer():
        x = 1
        def mid():
            nonlocal x
            x += 1
            def inn():
                nonlocal x
                x *= 10
                return x
            return inn()
        return mid(), x
    print(outer(), x)

asyncio.run(main())
