# SyntaxError: positional sub-patterns after keyword ones
class P:
    __match_args__ = ("x", "y")


match P():
    case P(x=1, 2, 3):
        pass
