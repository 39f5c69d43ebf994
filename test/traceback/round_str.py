x = round('x')
