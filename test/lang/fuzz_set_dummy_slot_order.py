# Set iteration order after removals: a new key takes the last dummy slot its probe passed (set_add_entry);
# math.degrees/radians never raise OverflowError.
S1 = {0, 0, 11, 12, 10}
print(S1)
print(S1.pop(), S1)
S1.remove(11); print(S1)
S1.add(3); print(S1)
T = {0, 11, 12, 10}
print(T.pop(), T)
x = 0
U = {x, 11, 12, 10}
print(U.pop(), U)
import random, math
random.seed(7)
for trial in range(200):
    s = set()
    ops = []
    for step in range(random.randint(1, 40)):
        k = random.random()
        v = random.randint(-20, 60)
        if k < 0.5:
            s.add(v)
        elif k < 0.8:
            s.discard(v)
        elif s and k < 0.9:
            s.pop()
        else:
            s |= {random.randint(0, 30) for _ in range(3)}
    print(list(s))
print(math.degrees(1.7976931348623157e308), math.radians(float('inf')), math.degrees(float('nan')))
