# Ends with: ValueError: bad value (notes follow on stderr)
print('start')
e = ValueError('bad value')
e.add_note('note one')
e.add_note('note two')
raise e
