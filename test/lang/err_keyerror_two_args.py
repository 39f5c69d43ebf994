# Ends with: KeyError: ('a', 'b')
print('start')
raise KeyError('a', 'b')
