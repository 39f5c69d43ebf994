x = [1, 2]
x.appendd(3)
