x = 'a'
print(f'{x:.2f}')
