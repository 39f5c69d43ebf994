# strip family and case methods
s = "  \t Hello World \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt...".rstrip("."))
print("prefix_body".removeprefix("prefix_"), "body.py".removesuffix(".py"), "x".removeprefix("y"))
for w in ["hello world", "HELLO", "hELLo wORLD", "it's a dog's life", "123abc def", "ǆemal", "straße"]:
    print(w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase(), "|", w.casefold())
print("Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Title Case".istitle(), "Not title".istitle())
print("ABC".lower().upper(), "mIxEd".swapcase().swapcase())
print("  ".isspace(), "".isspace(), "\t\n".isspace())
print("hello world".title(), "o'neil mc-donald 3rd".title())
