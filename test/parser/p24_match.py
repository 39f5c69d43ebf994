match = 1
match(match)
match[0:1] if False else None
case = 2
print(case, match)
match x:
    case 1 | -2 | 3.5 | 1+2j | -1-2j:
        pass
    case "a" "b" | b"x" | None | True | False:
        pass
    case [a, *rest] | (a, *rest) if a > 0:
        pass
    case a, *_, b:
        pass
    case (y):
        pass
    case ():
        pass
    case []:
        pass
    case [_, (p as q)]:
        pass
    case {"k": v, 1: w, Color.RED: z, **others}:
        pass
    case {}:
        pass
    case {**kw,}:
        pass
    case Point(1, y=2) | Point(x=0,) | m.Point() | C(a, b,):
        pass
    case Color.RED | a.b.c:
        pass
    case _ as whole if whole:
        pass
    case _:
        pass
match a, *b:
    case [*c]: pass
match (yield_ := 3),:
    case x: pass
