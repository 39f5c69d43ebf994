# Conditional expressions and boolean short-circuiting
def classify(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([classify(n) for n in (-2, 0, 3)])
print(0 or "default", "" or [] or None, 1 and 2 and 3, 1 and 0 and 3)
print(None or 0, [] and "never", "x" and "y")
print(not 0, not "", not [0], not None)
trace = []
def t(name, val):
    trace.append(name)
    return val
r = t("a", 0) and t("b", 1)
print(r, trace)
trace.clear()
r = t("a", 0) or t("b", 0) or t("c", 5) or t("d", 6)
print(r, trace)
trace.clear()
r = t("yes", 1) if t("cond", True) else t("no", 2)
print(r, trace)
x = 7
print("odd" if x % 2 else "even", (x if x > 10 else -x))
print([(i if i % 2 else "-") for i in range(6)])
f = (lambda: "A") if x > 5 else (lambda: "B")
print(f())
print(1 if [] else 2, 1 if [[]] else 2, 1 if 0.0 else 2, 1 if "0" else 2)
