import sys
if __name__ == "__main__":
    sys.exit(main())
x = y = z = None
a = b = yield_ if c else d
print(*args, sep='')
obj.attr.attr2 = value
obj[key] = value
obj[a:b] = [1]
x, = t
[x] = t
(x,) = t
((a, b), c) = t
a = (yield_ := 3)
