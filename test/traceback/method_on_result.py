x = [1].pop(5)
