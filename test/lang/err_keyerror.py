# Ends with: KeyError: 'k'
inventory = {"apples": 3, "pears": 0, "plums": 12}
for name in ["apples", "plums"]:
    print(name, inventory[name])
print(inventory.get("k", "missing via get"))
inventory["k2"] = 1
print(sorted(inventory))
del inventory["k2"]
def lookup(key):
    print("looking up", key)
    return inventory[key]
print(lookup("pears"))
print(lookup("k"))
