# Ends with: ValueError: negative value -4 at position 3 (raised inside a generator)
def checked(values):
    for i, v in enumerate(values):
        if v < 0:
            raise ValueError(f"negative value {v} at position {i}")
        yield v
total = 0
for v in checked([5, 3, 8, -4, 2]):
    total += v
    print("consumed", v, "total", total)
print("done", total)
