class V:
    def __init__(self):
        raise TypeError('init')
w = V()
