class C:
    def __format__(self, spec):
        raise ValueError('s')
x = f'{C()}'
