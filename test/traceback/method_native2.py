d = {}
v = d.pop('x')
