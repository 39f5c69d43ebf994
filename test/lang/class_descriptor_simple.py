# Simple __get__/__set__ descriptors for validation
class Positive:
    def __init__(self, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)
class Product:
    price = Positive("price")
    qty = Positive("qty")
    def __init__(self, price, qty):
        self.price = price
        self.qty = qty
    def total(self):
        return self.price * self.qty
p = Product(10, 3)
print(p.price, p.qty, p.total(), sorted(vars(p)))
p.qty = 5
print(p.total())
for bad in [("price", -1), ("qty", 0)]:
    try:
        setattr(p, *bad)
    except ValueError as e:
        print("ValueError:", e)
print(type(Product.price).__name__, p.total())
class Upper:
    def __get__(self, obj, objtype=None):
        return objtype.__name__.upper()
class Named:
    label = Upper()
class Other(Named):
    pass
print(Named.label, Other.label, Other().label)
class Logged:
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, objtype=None):
        self.reads += 1
        return self.reads
class Host:
    counter = Logged()
h = Host()
print(h.counter, h.counter, Host.counter)
