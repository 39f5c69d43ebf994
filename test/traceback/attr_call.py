s = 'abc'
s.nope()
