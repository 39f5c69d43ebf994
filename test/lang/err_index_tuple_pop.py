# Ends with: IndexError: pop from empty list
stack = [1, 2, 3]
while stack:
    print("popped", stack.pop(), "remaining", stack)
print("stack empty:", stack == [])
t = (1, 2)
try:
    t[5]
except IndexError as e:
    print("caught:", e)
queue = ["x"]
print(queue.pop(0))
print(queue.pop())
