# Ends with: TypeError: 'int' object is not iterable
def flatten(rows):
    out = []
    for row in rows:
        print("row", row)
        for v in row:
            out.append(v)
    return out
print(flatten([[1, 2], [3], []]))
print(flatten(["ab", (1, 2)]))
print(flatten([[1], 2, [3]]))
