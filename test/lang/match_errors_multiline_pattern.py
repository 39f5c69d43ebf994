# An error in a sub-pattern of a pattern spread over several lines names that sub-pattern's line
class Angry:
    def __eq__(self, other):
        if other == 3:
            raise LookupError(f"cannot compare with {other}")
        return False


class K:
    THREE = 3


data = [Angry(), Angry()]
for i in range(2):
    match data:
        case [
            1,
            _,
        ] | [
            _, K.THREE
        ] if i:
            print("never")
        case _:
            print("round", i)
