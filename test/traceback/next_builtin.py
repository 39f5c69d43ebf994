it = iter([])
x = next(it)
