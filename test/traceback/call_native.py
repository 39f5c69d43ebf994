x = int('abc')
