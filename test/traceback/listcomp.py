xs = [1/0 for x in range(3)]
