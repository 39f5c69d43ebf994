xs = list(map(lambda v: v / 0, [1]))
