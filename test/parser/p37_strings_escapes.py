a = '\0\00\000\1\12\123\400\777'
b = b'\0\00\000\1\12\123\377'
c = '\x00\x7f\xff\u0000\uffff\U00010000'
d = r'\x\u\N\0'
e = b'\u1234 \N{x}'
f = 'tab\there'
g = """quotes ' " '' "" inside"""
h = '''escaped \''' inside'''
i = "backslash at end \\"
j = 'a\
b\
c'
k = """line1\
line2"""
