# RPN evaluator + infix-to-RPN converter (shunting yard) with custom errors
import math
import operator
from collections import deque


class CalcError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg)
        self.pos = pos

    def __str__(self):
        base = super().__str__()
        return f"{base} (at {self.pos})" if self.pos is not None else base


class StackUnderflow(CalcError):
    pass


class UnknownToken(CalcError):
    pass


OPS = {
    "+": (1, "L", operator.add),
    "-": (1, "L", operator.sub),
    "*": (2, "L", operator.mul),
    "/": (2, "L", operator.truediv),
    "//": (2, "L", operator.floordiv),
    "%": (2, "L", operator.mod),
    "^": (3, "R", operator.pow),
}
FUNCS = {"sqrt": math.sqrt, "abs": abs, "neg": operator.neg, "fact": math.factorial}


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit() or c == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            s = text[i:j]
            tokens.append((float(s) if "." in s else int(s), i))
            i = j
        elif c.isalpha():
            j = i
            while j < len(text) and text[j].isalpha():
                j += 1
            tokens.append((text[i:j], i))
            i = j
        elif text.startswith("//", i):
            tokens.append(("//", i))
            i += 2
        elif c in "+-*/%^()":
            tokens.append((c, i))
            i += 1
        else:
            raise UnknownToken(f"bad character {c!r}", i)
    return tokens


def to_rpn(tokens):
    out, stack = [], []
    for tok, pos in tokens:
        if isinstance(tok, (int, float)):
            out.append(tok)
        elif tok in FUNCS:
            stack.append(tok)
        elif tok in OPS:
            p1, assoc, _ = OPS[tok]
            while stack and stack[-1] in OPS:
                p2 = OPS[stack[-1]][0]
                if (assoc == "L" and p1 <= p2) or (assoc == "R" and p1 < p2):
                    out.append(stack.pop())
                else:
                    break
            stack.append(tok)
        elif tok == "(":
            stack.append(tok)
        elif tok == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise CalcError("unbalanced ')'", pos)
            stack.pop()
            if stack and stack[-1] in FUNCS:
                out.append(stack.pop())
        else:
            raise UnknownToken(f"unknown name {tok!r}", pos)
    while stack:
        t = stack.pop()
        if t == "(":
            raise CalcError("unbalanced '('")
        out.append(t)
    return out


def eval_rpn(items):
    st = deque()
    for it in items:
        if isinstance(it, (int, float)):
            st.append(it)
        elif it in FUNCS:
            if not st:
                raise StackUnderflow(f"{it} needs 1 arg")
            st.append(FUNCS[it](st.pop()))
        else:
            if len(st) < 2:
                raise StackUnderflow(f"{it} needs 2 args, have {len(st)}")
            b, a = st.pop(), st.pop()
            st.append(OPS[it][2](a, b))
    if len(st) != 1:
        raise CalcError(f"leftover stack {list(st)}")
    return st[0]


EXPRS = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "10 / 4",
    "10 // 4 + 10 % 4",
    "sqrt(16) + abs(neg(3))",
    "fact(20) // fact(18)",
    "2 ^ 100",
    "1.5 * 4 - 0.1",
    "7 / 0",
    "3 + $",
    "(1 + 2",
    "1 + 2)",
    "foo(3)",
    "sqrt(neg(4))",
    "2 ^ 0.5",
    "-1",
    "0.1 + 0.2",
    "fact(2.5)",
    "1e3",
]

for e in EXPRS:
    try:
        toks = tokenize(e)
        rpn = to_rpn(toks)
        val = eval_rpn(rpn)
        print(f"{e:<26} => {' '.join(map(str, rpn)):<30} = {val!r}")
    except CalcError as ex:
        print(f"{e:<26} !! {type(ex).__name__}: {ex}")
    except (ArithmeticError, ValueError, TypeError) as ex:
        print(f"{e:<26} !! {type(ex).__name__}: {ex}")

print(StackUnderflow.__mro__)
print(isinstance(StackUnderflow("x"), Exception), repr(CalcError("m", 3)), CalcError("m", 3).args)
