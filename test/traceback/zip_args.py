z = zip(1, 2)
