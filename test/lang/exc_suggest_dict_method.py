d = {'a': 1}
d.itemz()
