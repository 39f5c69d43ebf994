a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = r'raw\n' + R"RAW\t"
f = b'bytes\x00\xff' + B"X" + rb'\d' + bR'\w' + Rb"q" + BR'z'
g = u'unicode' + U"U"
h = 'con' 'cat' "enation"
i = '\n\t\\\'\"\a\b\f\v\r\x41\u00e9\U0001F600\101\0\7\77'
j = 'line \
continued'
k = b'\101\x41\n'
l = 'unknown \q escape \d'
m = 'émoji 😀 and more'
n = u'first' 'second'
o = '' "" ''' ''' """ """
