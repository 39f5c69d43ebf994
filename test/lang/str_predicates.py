# isdigit family and other predicates
samples = ["123", "12.3", "", "abc", "abc123", "ABC", "  ", "½", "²", "٣", "Ⅻ", "-1", "a_b", "_x1", "1x", "Hello World"]
print("sample isdigit isdecimal isnumeric isalpha isalnum isidentifier isascii isprintable")
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isidentifier(), s.isascii(), s.isprintable())
print("\n".isprintable(), "tab\t".isprintable())
print(int("٣"), int("１２"), float("١.٥"))
print(sum(1 for c in "a1b2c3!" if c.isdigit()), [c for c in "Hi There" if c.isupper()])
def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "lower"
    if ch.isspace():
        return "space"
    return "other"
print([classify(c) for c in "aB3 _!Z\t9"])
print("HELLO123".isupper(), "hello world".islower(), "123".islower())
