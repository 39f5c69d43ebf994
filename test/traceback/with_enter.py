class C:
    def __enter__(self):
        raise ValueError('e')
    def __exit__(self, *a): pass
with C() as c:
    pass
