# del on names, items, slices, attributes
x = 10
del x
try:
    x
except NameError as e:
    print("name:", e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
class Obj:
    cls_attr = "c"
o = Obj()
o.attr = 5
o.other = 6
print(sorted(vars(o)))
del o.attr
print(sorted(vars(o)), hasattr(o, "attr"))
try:
    del o.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
del Obj.cls_attr
print(hasattr(o, "cls_attr"))
a, b, c = 1, 2, 3
del a, b
print(c)
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
lst2 = [1, 2, 3]
del lst2[:]
print(lst2)
