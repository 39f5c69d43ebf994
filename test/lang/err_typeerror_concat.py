# Ends with: TypeError: can only concatenate str (not "int") to str
name = "user"
for i in range(3):
    label = name + str(i)
    print(label)
print(name + "-" + "x" * 3)
age = 30
print(f"{name} is {age}")
print("%s is %d" % (name, age))
print(name + " is " + age)
