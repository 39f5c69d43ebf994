# Ends with: AttributeError: 'NoneType' object has no attribute 'upper'
def find(words, prefix):
    for w in words:
        if w.startswith(prefix):
            return w
    return None
words = ["alpha", "beta", "gamma"]
for p in ["a", "g", "b"]:
    print(p, find(words, p).upper())
print(find(words, "z"))
print(find(words, "z").upper())
