d = {}
v = d[
    'k'
]
