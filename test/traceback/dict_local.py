def f(data):
    return data['a']['b']
f({'a': {}})
