import copy

DEFAULTS = {
    'server': {'host': 'localhost', 'ports': [80, 443]},
    'features': ['a', 'b'],
    'retries': 3,
}


def make_config(**overrides):
    cfg = copy.deepcopy(DEFAULTS)
    for k, v in overrides.items():
        cfg[k] = v
    return cfg


c1 = make_config(retries=5)
c1['server']['ports'].append(8080)
c2 = make_config()
print(c1)
print(c2)
print(DEFAULTS['server']['ports'])
shallow = copy.copy(DEFAULTS)
shallow['features'].append('c')
print(DEFAULTS['features'])
grid = [[0] * 3 for _ in range(2)]
g2 = copy.deepcopy(grid)
g2[0][0] = 1
print(grid, g2)
