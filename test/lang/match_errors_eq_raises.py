# ZeroDivisionError inside a value pattern comparison: the traceback names the pattern line
class Bad:
    def __eq__(self, other):
        return 1 / 0


class C:
    V = 1


match Bad():
    case [1]:
        pass
    case (
        C.V
    ):
        pass
