d = {}
d.pop('x')
