# Ends with: TypeError: 'str' object does not support item assignment
s = "hello"
chars = list(s)
chars[0] = "j"
print("".join(chars))
t = s.replace("h", "y")
print(t, s)
lst = [s]
lst[0] = "changed"
print(lst)
s[0] = "j"
