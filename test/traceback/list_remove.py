xs = []
xs.remove(1)
