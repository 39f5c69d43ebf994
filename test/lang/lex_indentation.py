# Indentation handling: mixed depths, blank lines, comments
def f(x):
  if x > 0:
        for i in range(x):
                if i % 2:
                    print("odd", i)
                else:

                    # comment at odd indentation
                    print("even", i)
        return "pos"
  elif x == 0:
   return "zero"
  else:
      return "neg"

print(f(3))
print(f(0))
print(f(-1))

class A:

    def m(self):


        return 1
    # comment
        # deeper comment
    def n(self): return 2

print(A().m(), A().n())
if True: print("one-liner"); print("two")
while False: pass
for i in range(2): x = i; y = i * 2; print(x, y)
def g(): return [
    1,
        2,
  3]
print(g())
