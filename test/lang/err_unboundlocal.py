# Ends with: UnboundLocalError
counter = 10
def show():
    print("counter is", counter)
def increment():
    print("about to increment")
    counter = counter + 1
    return counter
show()
for i in range(2):
    print("loop", i)
print(increment())
