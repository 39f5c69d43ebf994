# Expected last stderr line: SyntaxError: 'yield' inside list comprehension
def gen(n):
    data = [(yield i) for i in range(n)]
    return data


print('never printed: the program does not compile')
