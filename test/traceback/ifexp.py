x = 1/0 if True else 2
