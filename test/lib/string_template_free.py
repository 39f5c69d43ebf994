import string

rows = [(w, len(w)) for w in 'alpha beta gamma'.split()]
for w, n in rows:
    print(f'{string.capwords(w):<8}|{n:>3}|{string.hexdigits[n]}')
print(string.octdigits[::-1], string.digits[2::3])
print(string.whitespace.strip() == '', string.printable.startswith(string.digits))
