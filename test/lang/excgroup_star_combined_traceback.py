# The group except* builds from what its handlers raised is re-raised without an entry
# for the handler's own frame in its traceback (PREP_RERAISE_STAR + RERAISE).
def g():
    try:
        raise ExceptionGroup('E8', [KeyError('E9'), ValueError('E10')])
    except* KeyError:
        raise OSError('E11')
def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
try:
    g()
except BaseException as e:
    print(repr(e), lines(e))
    for x in e.exceptions:
        print("  ", repr(x), lines(x))
def h():
    try:
        raise ExceptionGroup('E8', [KeyError('E9'), ValueError('E10')])
    except* KeyError:
        pass
try:
    h()
except BaseException as e:
    print(repr(e), lines(e))
