r = [x for x in [1, 0] if 1 / x]
