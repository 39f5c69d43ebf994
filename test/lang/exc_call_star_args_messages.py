# Errors of * and ** arguments name the callee as CPython does.
def f2(**k): pass
class C:
    def m(self, *a): pass
for call in (lambda: f2(**[1]), lambda: f2(*1), lambda: C().m(*5), lambda: print(**[2]), lambda: len(*3), lambda: f2(**{1: 2}), lambda: f2(**{'a': 1}, **{'a': 2})):
    try:
        call()
    except TypeError as e:
        print(e)
