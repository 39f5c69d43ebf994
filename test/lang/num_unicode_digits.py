# int() and float() read any decimal digit (category Nd) and skip Unicode whitespace around it.
cases = ['٣', '٣٤٥', '３', '１２３', '߀', '०१२', '᠑', '𝟓', '𝟎𝟗', '\U0001e950', '-٣', '+３',
         '\u2000٧\u3000', '\xa0 7 ', '7\x85', '\u20285\u2029', '1_٣', '٣_', '\x1c5', '5\x1f',
         '\ufeff5', '\u200b5', '٣.٥', '1e٣', '٫٣', 'inf\u2000', '\u3000-nan', '²', '①', '½',
         '٣\u0660', '12\u00a0', '\u180e1', '0x١', '١٠'] 
for s in cases:
    out = []
    for f in (int, float):
        try:
            out.append(repr(f(s)))
        except ValueError as e:
            out.append(str(e))
    print(repr(s), *out, sep=' | ')
print(int('٣٤', 8), int('\u0661\u0660', 16), int('１０', 0), int('  ٧  ', base=10))
for s, base in [('٣', 2), ('０b1', 0), ('0b١', 0), ('٣', 36)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(e)

# The str predicates over the same characters.
for s in ['٣', '３', '𝟓', '²', '①', '½', '五', 'Ⅻ', '\u0f33', '\U00010107', '\U0001f100', '\u19da',
          '\U00011f50', '\u0cf3', '\U0001e4f0', '3', 'a', '', ' ', '٣a']:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum())
# Every code point: counts of each predicate.
dec = dig = num = alpha = alnum = 0
for c in range(0x110000):
    ch = chr(c)
    dec += ch.isdecimal()
    dig += ch.isdigit()
    num += ch.isnumeric()
    alpha += ch.isalpha()
    alnum += ch.isalnum()
print(dec, dig, num, alpha, alnum)
print('٣٤abc'.isalnum(), 'ǅungla'.isalpha(), '\U00011f04'.isalpha(), 'x\u0301'.isalpha())
