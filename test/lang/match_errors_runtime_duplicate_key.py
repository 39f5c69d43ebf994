# ValueError: two attribute keys with the same value
class K:
    A = "a"
    B = "a"


match {"a": 1, "b": 2}:
    case {K.A: 1, K.B: 2}:
        print("never")
