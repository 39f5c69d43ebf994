# Assignment expressions (walrus)
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
i = 0
while (v := data[i]) != 9:
    print("saw", v)
    i += 1
print("stopped at", v, "index", i)
print([y for x in data if (y := x * 2) > 6])
print(y)
def f(x):
    return x * 10
vals = [r for x in range(5) if (r := f(x)) % 20 == 0]
print(vals, r)
print((a := 5) + a, a)
chunks = iter(["ab", "cd", ""])
out = []
while chunk := next(chunks):
    out.append(chunk.upper())
print(out)
print(any((hit := w).startswith("c") for w in ["ax", "cz", "cy"]), hit)
total = 0
sums = [total := total + k for k in range(1, 6)]
print(sums, total)
print(f"{(w := 3) * 2} {w}")
