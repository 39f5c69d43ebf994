# Spreadsheet: cells with formulas, dependency graph, cycle detection, recalculation, rendering
from collections import defaultdict, deque
import operator


class CycleError(Exception):
    pass


class FormulaError(Exception):
    pass


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n


def col_name(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def split_ref(ref):
    i = 0
    while i < len(ref) and ref[i].isalpha():
        i += 1
    if i == 0 or i == len(ref) or not ref[i:].isdigit():
        raise FormulaError(f"bad reference {ref!r}")
    return ref[:i].upper(), int(ref[i:])


def expand_range(a, b):
    (ca, ra), (cb, rb) = split_ref(a), split_ref(b)
    c1, c2 = sorted((col_index(ca), col_index(cb)))
    r1, r2 = sorted((ra, rb))
    return [f"{col_name(c)}{r}" for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]


FUNCS = {"SUM": sum, "MAX": max, "MIN": min, "AVG": lambda xs: sum(xs) / len(xs), "COUNT": len}
BIN = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


class Sheet:
    def __init__(self):
        self.raw = {}
        self.values = {}
        self.deps = defaultdict(set)
        self.rdeps = defaultdict(set)
        self.evals = 0

    def refs(self, formula):
        out = []
        for tok in formula.replace("(", " ").replace(")", " ").replace(",", " ").split():
            if ":" in tok:
                out.extend(expand_range(*tok.split(":")))
            elif tok[0].isalpha() and tok.upper() not in FUNCS:
                out.append("".join(split_ref(tok)[0:1]) + str(split_ref(tok)[1]))
        return out

    def set(self, ref, text):
        ref = "".join(map(str, split_ref(ref)))
        for d in self.deps[ref]:
            self.rdeps[d].discard(ref)
        self.raw[ref] = text
        self.deps[ref] = set(self.refs(text[1:])) if text.startswith("=") else set()
        for d in self.deps[ref]:
            self.rdeps[d].add(ref)
        self.check_cycle(ref)
        self.recalc(ref)

    def check_cycle(self, start):
        stack, seen = [(start, [start])], set()
        while stack:
            node, path = stack.pop()
            for d in sorted(self.deps[node]):
                if d == start:
                    raise CycleError(" -> ".join(path + [d]))
                if d not in seen:
                    seen.add(d)
                    stack.append((d, path + [d]))

    def recalc(self, start):
        order, q, seen = [], deque([start]), {start}
        while q:
            n = q.popleft()
            order.append(n)
            for r in sorted(self.rdeps[n]):
                if r not in seen:
                    seen.add(r)
                    q.append(r)
        for n in order:
            self.values[n] = self.evaluate(n)

    def value(self, ref):
        v = self.values.get(ref, 0)
        if isinstance(v, str) and v.startswith("#"):
            raise FormulaError(f"{ref} has error {v}")
        return v

    def evaluate(self, ref):
        self.evals += 1
        text = self.raw.get(ref, "")
        if not text.startswith("="):
            try:
                return int(text)
            except ValueError:
                try:
                    return float(text)
                except ValueError:
                    return text
        expr = text[1:].strip()
        try:
            return self.eval_expr(expr)
        except ZeroDivisionError:
            return "#DIV/0!"
        except (FormulaError, TypeError) as e:
            return f"#ERR({e})"

    def eval_expr(self, expr):
        for sym in "+-":
            depth = 0
            for i in range(len(expr) - 1, 0, -1):
                c = expr[i]
                depth += (c == ")") - (c == "(")
                if c == sym and depth == 0:
                    return BIN[sym](self.eval_expr(expr[:i].strip()), self.eval_expr(expr[i + 1:].strip()))
        for sym in "*/":
            depth = 0
            for i in range(len(expr) - 1, 0, -1):
                c = expr[i]
                depth += (c == ")") - (c == "(")
                if c == sym and depth == 0:
                    return BIN[sym](self.eval_expr(expr[:i].strip()), self.eval_expr(expr[i + 1:].strip()))
        if expr.endswith(")") and "(" in expr:
            name, _, inner = expr[:-1].partition("(")
            fn = FUNCS.get(name.upper())
            if fn is None:
                raise FormulaError(f"unknown function {name}")
            vals = [self.value(r) for r in self.refs(inner)]
            return fn(vals)
        if expr[:1].isalpha():
            return self.value("".join(map(str, split_ref(expr))))
        return float(expr) if "." in expr else int(expr)

    def render(self, cols, rows):
        w = 11
        print("    " + "".join(f"{col_name(c):^{w}}" for c in range(1, cols + 1)))
        for r in range(1, rows + 1):
            cells = []
            for c in range(1, cols + 1):
                v = self.values.get(f"{col_name(c)}{r}", "")
                if isinstance(v, float):
                    cells.append(f"{v:>{w}.3f}")
                elif isinstance(v, int):
                    cells.append(f"{v:>{w},}")
                else:
                    cells.append(f"{str(v)[:w - 1]:<{w}}")
            print(f"{r:>3} " + "".join(cells))


sh = Sheet()
for ref, text in [("A1", "10"), ("A2", "20"), ("A3", "30.5"), ("B1", "=A1*2"), ("B2", "=A2 + B1"),
                  ("B3", "=SUM(A1:A3)"), ("C1", "=AVG(A1:B2)"), ("C2", "=B3/(A1-10)"), ("C3", "=MAX(A1,B2,A3)"),
                  ("D1", "label"), ("D2", "=D1+1"), ("D3", "=COUNT(A1:C3)"), ("E1", "=FOO(A1)"), ("E2", "=C2*2")]:
    sh.set(ref, text)
sh.render(5, 3)
print("evals", sh.evals)
sh.set("A1", "1000")
sh.render(5, 3)
print("evals", sh.evals, sorted(sh.rdeps["A1"]))
try:
    sh.set("A1", "=C3+1")
except CycleError as e:
    print("CycleError:", e)
try:
    sh.set("Q", "1")
except FormulaError as e:
    print("FormulaError:", e)
print([col_name(n) for n in (1, 26, 27, 52, 53, 702, 703, 18278)], col_index("ZZ"), expand_range("B3", "A2"))
