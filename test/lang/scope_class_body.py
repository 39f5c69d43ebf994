# Class scopes: methods cannot see class body names directly
class Config:
    factor = 3
    values = [1, 2, 3]
    scaled = [v * 2 for v in values]  # iterable evaluated in class scope
    doubled_factor = factor * 2

    def get_factor(self):
        return Config.factor

    def try_bare(self):
        try:
            return factor
        except NameError as e:
            return "NameError: " + str(e)

print(Config.scaled, Config.doubled_factor)
c = Config()
print(c.get_factor())
print(c.try_bare())

factor = "module factor"
print(c.try_bare())

class Outer:
    name = "outer"
    class Inner:
        def who(self):
            return name_lookup()
def name_lookup():
    return "module-level function"
print(Outer.Inner().who())

class B:
    x = 1
    try:
        y = [x for _ in range(2)]
    except NameError as e:
        y = str(e)
print(B.y)

def f():
    v = "enclosing"
    class C:
        v = "class"
        def m(self):
            return v
    return C().m(), C.v
print(f())
