from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest', 'debug': False}
env = {'user': 'admin'}
cli = {'debug': True}
cm = ChainMap(cli, env, defaults)
print(cm['color'], cm['user'], cm['debug'])
print(len(cm), sorted(cm), 'color' in cm, 'x' in cm)
print(cm.get('x', 'none'), cm.get('user'))
print(cm)
cm['color'] = 'blue'
print(cli, cm['color'], defaults['color'])
del cm['color']
print(cm['color'])
try:
    del cm['user']
except KeyError as e:
    print('KeyError', e)
child = cm.new_child()
child['user'] = 'root'
print(child['user'], cm['user'], len(child.maps))
print(child.parents['user'])
print(sorted(cm.items()), sorted(cm.keys()))
print(dict(cm) == {'color': 'red', 'user': 'admin', 'debug': True})
print(list(ChainMap({'a': 1, 'b': 2}, {'b': 3, 'c': 4})))
try:
    ChainMap({})['k']
except KeyError as e:
    print('KeyError', e)
print(bool(ChainMap()), bool(ChainMap({}, {'a': 1})), repr(ChainMap()))
