class C:
    def __str__(self):
        raise ValueError('s')
print(str(C()))
