# TypeError: more positional sub-patterns than __match_args__
import dataclasses


@dataclasses.dataclass
class P:
    x: int


class Q:
    pass


match Q():
    case P(1, 2):
        print("not a P: no check")
    case Q(a):
        print(a)
