# Ends with: ValueError: too many values to unpack (expected 2)
pairs = [("a", 1), ("b", 2), ("c", 3, "extra")]
for p in pairs[:2]:
    k, v = p
    print(k, v)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("caught:", e)
first, *rest = pairs
print(first, len(rest))
for k, v in pairs:
    print("unpacked", k, v)
