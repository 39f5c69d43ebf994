# Ends with: AttributeError: 'list' object has no attribute 'push'
stack = []
print(type(stack).__name__, len(stack), stack == [])
print(stack.__class__.__name__)
print(hasattr([], "push"), hasattr([], "append"))
for i in range(3):
    stack.append(i * i)
    print("stack", stack)
print(stack.pop(), stack)
stack.push(99)
