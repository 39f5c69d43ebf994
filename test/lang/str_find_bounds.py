# find/rfind/index/count/startswith with start/end beyond the string, negative and None bounds.
s = 'abcabc'
for args in [('c',), ('c', 3), ('c', -2), ('c', 3, 5), ('', 6), ('', 7), ('', 3, 2), ('bc', -100, 100), ('a', None, 2)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
print('abc'.find('', 5), 'abc'.rfind('', 5), 'abc'.count('', 5), 'abc'.count(''), 'abc'.count('', 3))
print('abc'.startswith('', 3), 'abc'.startswith('', 4), 'abc'.endswith('', 4), 'abc'.endswith('c', -1))
print('abc'.startswith(('x', 'ab')), 'abc'.endswith(('bc', 'q'), 0, 3), 'abc'.endswith('bc', 0, 2))
for f in (lambda: 'abc'.index('', 4), lambda: 'abc'.rindex('z'), lambda: 'abc'.startswith(['a']), lambda: 'abc'.find(1)):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(b'abcabc'.find(b'c', 3), b'abc'.find(b'', 5), b'abc'.count(b'', 5), b'abc'.rfind(b'b'), b'abc'.find(99))
print('aaa'.count('aa'), 'aaaa'.replace('aa', 'b'), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), 'abc'.replace('b', ''))
print('héllo wörld'.find('ö'), 'x\U0001F600y\U0001F600'.rfind('\U0001F600'), 'x\U0001F600y'.index('y'), '\U0001F600ab'.count('b', 2))
print([i for i in range(8) if 'banana'.find('a', i) == i], 'banana'.rfind('a', 0, 5), 'banana'.rindex('an', 1, -1))
