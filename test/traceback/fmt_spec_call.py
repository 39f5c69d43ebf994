x = 'a'
print('{:.2f}'.format(x))
