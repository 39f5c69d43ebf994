x = int('z') + 1
