# Ends with: TypeError: '<' not supported between instances of 'str' and 'bool'
mixed = [3, 1, 2]
print(sorted(mixed))
mixed.append(0.5)
print(sorted(mixed))
mixed.append(True)
print(sorted(mixed))
names = ["b", "a"]
print(sorted(names))
print(sorted(mixed + names))
