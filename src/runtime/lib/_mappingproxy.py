"""A read-only view of a dict, shared by dataclasses and enum (CPython uses types.MappingProxyType)."""


class MappingProxy:
    """Read-only view of a dict (stands in for types.MappingProxyType)."""

    def __init__(self, d):
        if not hasattr(type(d), '__getitem__') or isinstance(d, (list, tuple, str)):
            raise TypeError('mappingproxy() argument must be a mapping, not ' + type(d).__name__)
        object.__setattr__(self, '_d', d)

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key in self._d

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return self._d.copy()

    def __eq__(self, other):
        if isinstance(other, MappingProxy):
            other = other._d
        return self._d == other

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute %r" % (name,))

    def __or__(self, other):
        if isinstance(other, MappingProxy):
            other = other._d
        return self._d | other

    def __ror__(self, other):
        return other | self._d

    def __reversed__(self):
        return reversed(self._d)

    def __repr__(self):
        return 'mappingproxy(' + repr(self._d) + ')'

    def __str__(self):
        return str(self._d)


MappingProxy.__name__ = MappingProxy.__qualname__ = 'mappingproxy'
MappingProxy.__module__ = 'builtins'
