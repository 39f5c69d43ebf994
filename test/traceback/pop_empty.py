xs = []
x = xs.pop()
