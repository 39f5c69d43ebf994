# Parts made by split()/subgroup() and by except* carry the original's cause with
# __suppress_context__ set (PyException_SetCause) and a list copy of its notes.
eg = ExceptionGroup("g", [KeyError("k"), ValueError("v")])
eg.add_note("note1")
m, r = eg.split(KeyError)
print(m.__suppress_context__, r.__suppress_context__, eg.__suppress_context__)
print("notes shared:", m.__notes__ is eg.__notes__, m.__notes__ == eg.__notes__, m.__notes__ is r.__notes__)
eg.__notes__ = ("tuple-note",)
m2 = eg.subgroup(KeyError)
print(type(m2.__notes__).__name__, m2.__suppress_context__)
eg.__notes__ = "not a seq?"
try:
    print(repr(eg.subgroup(KeyError).__notes__))
except Exception as e:
    print(type(e).__name__, e)
print(eg.derive([KeyError()]).__suppress_context__)
try:
    raise ExceptionGroup("g1", [KeyError("k"), ValueError("v")])
except* KeyError as g:
    print("star", g.__suppress_context__, g.__cause__, g.__context__)
except* ValueError as g:
    print("starv", g.__suppress_context__)
try:
    try:
        raise OSError("ctx")
    except OSError:
        raise ExceptionGroup("g2", [KeyError("k"), ValueError("v")])
except* KeyError as g:
    print("star2", g.__suppress_context__, repr(g.__context__))
except* ValueError as g:
    print("star2v", g.__suppress_context__, repr(g.__context__))
try:
    raise KeyError("naked")
except* KeyError as g:
    print("naked", g.__suppress_context__, repr(g.__context__), repr(g.__cause__))
try:
    try:
        raise ExceptionGroup("g3", [KeyError("k"), ValueError("v")])
    except* KeyError:
        pass
except ExceptionGroup as rest:
    print("rest", repr(rest), rest.__suppress_context__)
try:
    try:
        raise ExceptionGroup("g4", [KeyError("k"), ValueError("v")])
    except* KeyError:
        raise
except ExceptionGroup as rr:
    print("reraised", repr(rr), rr.__suppress_context__)
