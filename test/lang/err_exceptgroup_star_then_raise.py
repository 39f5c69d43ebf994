# Ends with: ValueError: x (raised from KeyError)
print('start')
try:
    raise ExceptionGroup('eg', [ValueError(1), KeyError('k')])
except* ValueError as eg:
    print('caught', repr(eg))
except* KeyError as eg:
    print('k', eg.exceptions)
raise ValueError('x') from KeyError('y')
