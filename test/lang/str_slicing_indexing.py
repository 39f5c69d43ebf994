# String indexing and slicing in depth
s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6])
print(s[0:5], s[7:], s[:-1], s[-6:-1], s[::2], s[1::2], s[::-1], s[::-2], s[10:2:-3])
print(s[100:], repr(s[5:5]), s[-100:3], s[3:-100])
print(s[:5] + s[5:] == s, s[:] is s or s[:] == s)
for step in (1, 2, 3, -1, -4):
    print(step, repr(s[::step]))
word = "racecar"
print(word == word[::-1], "python"[::-1] == "python")
def rotations(t):
    return [t[i:] + t[:i] for i in range(len(t))]
print(rotations("abcd"))
print([s[i:i + 3] for i in range(0, len(s), 3)])
try:
    s[50]
except IndexError as e:
    print("IndexError:", e)
print(s.find("o"), s[s.find("o"):], s[:s.find(",")])
print("".join(s[i] for i in range(len(s)) if i % 3 == 0))
print(s[slice(2, 9, 2)], s[len(s) // 2:])
