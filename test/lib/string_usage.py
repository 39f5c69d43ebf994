import string

text = 'Hello, World! 123 -- The quick brown fox.'
letters = [c for c in text if c in string.ascii_letters]
digits = [c for c in text if c in string.digits]
punct = [c for c in text if c in string.punctuation]
print(''.join(letters), ''.join(digits), ''.join(punct))
print(''.join(c for c in text if c not in string.punctuation))
shift = 3
lower = string.ascii_lowercase
print(''.join(lower[(lower.index(c) + shift) % 26] if c in lower else c for c in 'attack at dawn'))


def to_base(n, b):
    chars = string.digits + string.ascii_uppercase
    out = ''
    while n:
        n, r = divmod(n, b)
        out = chars[r] + out
    return out or '0'


print(to_base(255, 16), to_base(255, 2), to_base(0, 8), to_base(123456, 36))
print(all(c in string.hexdigits for c in 'DeadBeef'), any(c in string.whitespace for c in 'ab'))
print(sorted(set(string.ascii_lowercase) - set('the quick brown fox jumps over a lazy dog')))
