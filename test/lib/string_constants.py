import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(repr(string.printable))
print(len(string.printable), len(string.punctuation))
print(string.capwords('hello   world  from python'))
print(string.capwords('  leading and trailing  '))
print(string.capwords('a-b-c', '-'), string.capwords('HELLO wORLD'))
print(string.capwords('x,y ,z', ','))
