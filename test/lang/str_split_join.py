# str.split / rsplit / join / splitlines / partition
s = "  alpha beta\tgamma\n delta  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("a b c d".rsplit(None, 1), "a b c d".rsplit(maxsplit=2))
print("".split(), "".split(","), "   ".split())
print("one::two::three".split("::"))
print("-".join(["x", "y", "z"]), "".join("abc"), ", ".join(str(i) for i in range(4)))
print("\n".join(["l1", "l2"]))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="), "none".rpartition("="))
text = "first\nsecond\r\nthird\rfourth\n\nsixth"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("trailing\n".splitlines(), "\n".splitlines(), "".splitlines())
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("a\x0bb\x0cc\x1cd".split())
