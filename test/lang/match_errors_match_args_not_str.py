# TypeError: __match_args__ with a non-string
class P:
    __match_args__ = ("x", 2)
    x = 1


match P():
    case P(1, 2):
        print("never")
