# Nested f-strings and dynamic format specs
width = 10
prec = 3
val = 2.718281828
print(f"{val:{width}.{prec}f}|")
print(f"{val:>{width}}|")
for w in range(4, 9, 2):
    print(f"[{'x':^{w}}]")
items = ["a", "bb", "ccc"]
print(f"{', '.join(f'<{s}>' for s in items)}")
print(f"{f'{1+2}' * 3}")
print(f"{'nested ' + f'{width:03d}'}")
fmt = ".1f"
print(f"{val:{fmt}}")
rows = [("apple", 1.5), ("kiwi", 12.25), ("fig", 100.0)]
for nm, price in rows:
    print(f"{nm:<8}{price:>8.2f}{'!' if price > 10 else '':>2}")
print(f"{ {'a': 1}['a'] }")
print(f"{(lambda x: x * 2)(21)}")
x = 5
print(f"{x if x > 3 else -x} {'yes' if x else 'no'}")
print(f"{x!r:>5}|{str(x)!r}")
print(f"""multi
{x}
line""")
print(f"{'a' 'b'}{x}")
print(f"{3:{'>'}{5}}|")
