d = {}
d.update(5)
