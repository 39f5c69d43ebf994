x = None
if x.y:
    pass
