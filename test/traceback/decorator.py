def deco(f):
    raise ValueError('d')
@deco
def f(): pass
