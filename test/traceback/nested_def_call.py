def outer():
    def inner():
        return {}['x']
    return inner()
outer()
