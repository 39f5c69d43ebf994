x = 1 and 1/0
