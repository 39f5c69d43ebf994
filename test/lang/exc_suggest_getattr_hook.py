class P:
    def __getattr__(self, name):
        raise AttributeError(f'no {name}')
    value = 1
P().valeu
