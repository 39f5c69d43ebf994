# TypeError: __match_args__ is a list
class P:
    __match_args__ = ["x"]

    def __init__(self):
        self.x = 1


match P():
    case P(a=1):
        print("keywords need no __match_args__")
    case P(x):
        print(x)
