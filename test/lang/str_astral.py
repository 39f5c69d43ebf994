# Characters above U+FFFF count as one character everywhere: len, indexing, slicing, search results.
s = 'a😀b𝄞c'
print(len(s), s[1], s[-2], s[3], s[1:4], s[::-1], s[::2], s[-1:-4:-1], repr(s[1:2]))
print([c for c in s], list(s), list(reversed(s)), ''.join(sorted('b😀a')))
print([ord(c) for c in s], chr(0x1F600) == s[1], len(chr(0x10FFFF)))
print(s.find('b'), s.index('c'), s.rfind('😀'), s.rindex('𝄞'), s.find('c', 2), s.find('b', 0, 2), s.find('b', 0, 3))
print(s.count('😀'), s.count(''), s.count('', 2), s.count('b', 1, 3), s.find(''), s.rfind(''), s.find('', 3))
print(s.startswith('😀', 1), s.endswith('b', 0, 3), s.startswith('', 5), s.startswith('', 6), s.endswith(('x', '𝄞c')))
print(s.center(9, '*'), s.ljust(7, '-'), s.rjust(7), '😀'.zfill(3), '-😀'.zfill(4))
print(f'[{s:>8}]', f'[{s:^9}]', f'[{s:.2}]', '[%6s]' % s, '[%-7.3s]' % s, '{:*<7}'.format('😀'))
print(s.upper(), s.split('😀'), s.partition('𝄞'), s.replace('😀', '!'), '😀😀'.replace('', '|'))
print('😀x😀'.strip('😀'), '𝄞😀a😀'.lstrip('😀𝄞'), 'x😀'.rstrip('😀'))
t = str.maketrans('😀b', 'B😎')
print(s.translate(t), s.translate({ord('𝄞'): None}))
print(dict(enumerate('😀a')), 'a😀'[1] == '😀', '😀' in s, s.isprintable(), '𝟓'.isdigit())
for i in range(len(s)):
    print(i, s[i], end=' ')
print()
words = ['𝔸𝔹', 'ab', '😀😀😀']
print([len(w) for w in words], max(words, key=len), [w[-1] for w in words])
lone = '\ud83d'
print(len(lone), len('x' + lone), repr(lone + 'y'), len(lone * 3))
big = 'x' * 1000 + '😀' + 'y' * 1000
print(len(big), big[1000], big.index('y'), big[999:1002], big.count('y', 1001))
