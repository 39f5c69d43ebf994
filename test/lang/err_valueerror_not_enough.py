# Ends with: ValueError: not enough values to unpack (expected 3, got 2)
rows = ["a:1:x", "b:2:y", "c:3"]
print([r.split(":") for r in rows])
parsed = []
for row in rows:
    print("row", row)
    name, num, tag = row.split(":")
    parsed.append((name, int(num), tag))
    print("parsed", parsed[-1])
print(parsed)
