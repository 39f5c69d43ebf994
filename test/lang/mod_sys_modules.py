# sys.modules: the program is __main__; imported modules are there.
import sys
import collections
registry_value = 42
me = sys.modules[__name__]
print(type(me).__name__, me.__name__, me.registry_value, "collections" in sys.modules, "json" in sys.modules, "sys" in sys.modules)
print(getattr(sys.modules["__main__"], "registry_value"), sys.modules["collections"].OrderedDict.__name__)
import itertools
print("itertools" in sys.modules, isinstance(sys.modules, dict))
