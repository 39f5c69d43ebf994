if (n := len(a)) > 10:
    pass
while (line := f.readline()):
    pass
x = [y := 1, y ** 2]
print(z := 3)
if any((m := x) for x in y):
    pass
if n := 10:
    pass
y = (x := 5)
