def label(n):
    return 'n=' + n
label(3)
