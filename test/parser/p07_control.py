if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2

while x < 10:
    x += 1
    if x == 5:
        continue
    if x == 8:
        break
else:
    done = True

for i in range(10):
    pass
else:
    pass

for x, (y, z) in items:
    pass

for [a, b] in c: pass
for x, in y: pass
for *a, b in c: pass
for x.attr in y: pass
for x[0] in y: pass
if x: a = 1; b = 2
while 1: pass
