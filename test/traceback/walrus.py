if (n := int('q')) > 0:
    pass
