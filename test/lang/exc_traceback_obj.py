try:
    1/0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb is None, tb.tb_lineno, tb.tb_next, tb.tb_frame.f_code.co_name, tb.tb_frame.f_lineno > 0)
    print(type(tb).__name__, type(tb.tb_frame).__name__)
def f(): raise KeyError(1)
def g(): f()
try:
    g()
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
print(ValueError().__traceback__)
def reraiser():
    try:
        f()
    except KeyError as e:
        n = 0
        t = e.__traceback__
        while t: n += 1; t = t.tb_next
        print('depth when caught', n)
        raise
try:
    reraiser()
except KeyError as e:
    n = 0
    t = e.__traceback__
    while t: n += 1; t = t.tb_next
    print('depth at top', n)
