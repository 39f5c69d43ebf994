xs = [1]
v = xs['a']
