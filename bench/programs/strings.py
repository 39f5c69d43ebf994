parts = []
for i in range(3000000):
    s = "item-" + str(i)
    if s.endswith("7"):
        parts.append(s.upper().replace("ITEM", "x"))
text = ",".join(parts)
print(len(text), text[:40], text.count("x-1"))
