# Realistic: recursive-descent parser and evaluator for arithmetic with variables and functions
import math

class ParseError(Exception):
    pass

def lex(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            toks.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            toks.append(("name", src[i:j]))
            i = j
        elif src.startswith("**", i):
            toks.append(("op", "**"))
            i += 2
        elif c in "+-*/%(),=":
            toks.append(("op", c))
            i += 1
        else:
            raise ParseError(f"bad character {c!r}")
    return toks + [("end", None)]

class Parser:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "floor": math.floor}

    def __init__(self, toks, env):
        self.toks, self.pos, self.env = toks, 0, env

    def peek(self):
        return self.toks[self.pos]

    def take(self, kind=None, val=None):
        tok = self.toks[self.pos]
        if (kind and tok[0] != kind) or (val and tok[1] != val):
            raise ParseError(f"expected {val or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.pos + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            self.env[name] = self.expr()
            result = self.env[name]
        else:
            result = self.expr()
        self.take("end")
        return result

    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v

    def term(self):
        v = self.unary()
        while self.peek()[0] == "op" and self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            r = self.unary()
            if op == "*":
                v *= r
            elif op == "/":
                if r == 0:
                    raise ZeroDivisionError("division by zero in expression")
                v = v / r
            else:
                v %= r
        return v

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take()
            return base ** self.unary()
        return base

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if kind == "name":
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                if val not in self.FUNCS:
                    raise ParseError(f"unknown function {val}")
                return self.FUNCS[val](*args)
            if val not in self.env:
                raise ParseError(f"undefined variable {val}")
            return self.env[val]
        if (kind, val) == ("op", "("):
            v = self.expr()
            self.take("op", ")")
            return v
        raise ParseError(f"unexpected {val!r}")

env = {"pi": math.pi}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "7 % 3 + 10 / 4", "x = 5", "y = x * 2 + 1",
         "max(x, y, 3) - min(4, 2)", "sqrt(16) + abs(-3)", "floor(pi * 100)", "2 ** 100", "1 / 0",
         "3 +", "foo(1)", "z + 1", "4 $ 4", "((2)", "y / 4"]
for line in lines:
    try:
        print(f"{line:<28} => {Parser(lex(line), env).statement()!r}")
    except (ParseError, ZeroDivisionError) as e:
        print(f"{line:<28} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
