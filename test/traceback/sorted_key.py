xs = sorted([1, 0], key=lambda x: 1/x)
