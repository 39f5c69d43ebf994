s = 'abc'
x = s.upper().split(1)
