my_variable = 1
print(my_variabel + Lenn([]))
