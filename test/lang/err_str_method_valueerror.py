# Ends with: ValueError: substring not found
text = "key1=value1;key2=value2;broken;key3=value3"
print(text.find("="), text.find("#"), text.count(";"))
print(text.split(";")[2])
result = {}
for part in text.split(";"):
    eq = part.index("=")
    result[part[:eq]] = part[eq + 1:]
    print("parsed", part[:eq], "->", result[part[:eq]])
print(result)
