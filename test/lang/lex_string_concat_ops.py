# String operations: concatenation, repetition, comparisons, membership, iteration
s = "abc"
print(s + "def", s * 3, 2 * s, s * 0, s * -1)
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "abc" < "ab", "é" > "z")
print("b" in s, "bc" in s, "ac" in s, "" in s)
for i, ch in enumerate(s):
    print(i, ch, ord(ch))
print(list(reversed(s)), "".join(sorted("banana")), s[::-1])
print(max("hello"), min("hello"), sorted("hello", reverse=True))
t = ""
for word in ["x", "y", "z"]:
    t += word * 2
print(t, len(t))
print("%s" % s == f"{s}" == "{}".format(s) == str(s))
print("abc".__len__(), "ABC".lower() == "abc", "x".join("123"))
print(str(123) + str(4.5) + str(None) + str(True))
multi = ("one "
         "two " +
         "three")
print(multi)
print("tab\tsep".split("\t"), "a|b|c".split("|", 1))
print(s.__contains__("a"), s.__getitem__(1), s.__add__("!"))
