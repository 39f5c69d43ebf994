from string import ascii_letters, digits, capwords

ok = ascii_letters + digits + '_'


def is_ident(s):
    return bool(s) and s[0] not in digits and all(c in ok for c in s)


for s in ['abc', '1abc', 'a_b2', '', 'a-b', '_']:
    print(repr(s), is_ident(s), s.isidentifier())
print(capwords('the rain in spain'), capwords(''), repr(capwords('   ')))
