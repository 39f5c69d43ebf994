a, *b = c
*a, b = c
a, *b, c = d
[a, *b] = c
(a, *b) = c
print(*a, *b)
x = *a, *b
y = [*a, 1, *b]
for a, *b in c: pass
first, *_ = items
