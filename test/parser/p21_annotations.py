x: int
y: list[int] = []
(z): int = 1
a.b: str
a[0]: float = 1.0
c: "forward" = None
d: dict[str, tuple[int, ...]] = {}
e: int = yield_
def f(a: int = 1, *b: str, c: bool, **d: object) -> list[int]: pass
