# Ends with: RuntimeError: second (raised in finally; first is the context)
def step(n):
    print("step", n)
    if n == 3:
        raise ValueError("first")
for n in range(1, 3):
    step(n)
try:
    step(3)
finally:
    print("cleanup in finally")
    raise RuntimeError("second")
