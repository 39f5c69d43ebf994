# Ends with: ValueError: zip() argument 2 is shorter than argument 1
names = ["a", "b", "c"]
scores = [90, 85, 77]
for n, s in zip(names, scores, strict=True):
    print(n, s)
print(list(zip(names, [1, 2])))
scores.pop()
print("scores now", scores)
for n, s in zip(names, scores, strict=True):
    print("strict", n, s)
