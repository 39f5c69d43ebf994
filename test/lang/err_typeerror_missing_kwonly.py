# Ends with: TypeError: make() missing 1 required keyword-only argument: 'size'
def make(kind, *, size, color="red"):
    return f"{color} {kind} of size {size}"
print(make.__kwdefaults__)
print(make("cup", size=0))
print(make("box", size=3))
print(make("ball", size=1, color="blue"))
specs = [{"size": 2}, {"size": 5, "color": "green"}, {"color": "black"}]
for sp in specs:
    print(make("item", **sp))
