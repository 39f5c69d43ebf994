# String literal forms
s1 = 'single'
s2 = "double"
s3 = '''triple
single'''
s4 = """triple
double with "quotes" and 'apostrophes'"""
print(s1, s2)
print(s3)
print(s4)
print('it\'s', "say \"hi\"")
print("tab\there", "nl\\n literal")
print("a" "b" 'c' """d""")
print(len("\n\t\\\'\""))
print("\x41\x42\u00e9\u4e2d\N{GREEK SMALL LETTER ALPHA}")
print("\101\060\7".encode())
print(repr("\0\a\b\f\v\r"))
print(repr('mixed "quotes"'), repr("it's"), repr('both \' and "'))
x = """line1
    line2 indented
line3\
continued"""
print(x)
print(repr(x))
print("\U0001F600".encode("utf-8"))
print(len("\U0001F600"), ord("\U0001F600"))
