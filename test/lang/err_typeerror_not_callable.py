# Ends with: TypeError: 'list' object is not callable
handlers = [print, len, str.upper]
for h in handlers:
    print(callable(h), getattr(h, "__name__", "?"))
data = [1, 2, 3]
print(len(data))
list = [4, 5]
print(list)
print("shadowed the builtin list")
print(list("abc"))
