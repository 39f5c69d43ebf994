# startswith/endswith: a start past the end or an end before the start matches nothing, not even ''.
import itertools
for s in ['', 'a', 'ab', 'Straße']:
    for sub in ['', 'a', 'ß']:
        for st, en in itertools.product([None, -10, -1, 0, 1, 3, 7], repeat=2):
            print(repr(s), repr(sub), st, en, s.startswith(sub, st, en), s.endswith(sub, st, en),
                  s.startswith((sub, 'zz'), st, en), s.find(sub, st, en), s.count(sub, st, en))
for b in [b'', b'a', b'ab']:
    for sub in [b'', b'a']:
        for st, en in itertools.product([None, -1, 0, 1, 3], repeat=2):
            print(b, sub, st, en, b.startswith(sub, st, en), b.endswith(sub, st, en), b.endswith((sub,), st, en))
