"""collections: deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap.

Modelled on CPython's Lib/collections/__init__.py, without exec or C accelerators.
"""

import sys as _sys
import _yieldpoint

_marker = object()


def _callable(obj):
    # callable() misses builtin functions in this runtime; check their types too.
    if callable(obj):
        return True
    return type(obj).__name__ in ('builtin_function_or_method', 'method_descriptor',
                                  'wrapper_descriptor', 'method-wrapper',
                                  'classmethod_descriptor')

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
    'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not',
    'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
])


################################################################################
### deque
################################################################################

from _collections import deque  # native ring buffer (src/runtime/deque.ts)
from _collections import odict_view as _odict_view, odict_iter as _odict_iter
_GenericAlias = type(list[int])  # types.GenericAlias

def _get_slot(obj, name):
    try:
        return object.__getattribute__(obj, name)
    except AttributeError:
        e = _side.get(id(obj))
        if e is not None and e[0] is obj and name in e[1]:
            return e[1][name]
        raise AttributeError(name) from None


def _set_slot(obj, name, value):
    try:
        object.__setattr__(obj, name, value)
    except AttributeError:
        e = _side.get(id(obj))
        if e is None or e[0] is not obj:
            e = _side[id(obj)] = (obj, {})
        e[1][name] = value


def _df_get(self):
    try:
        return _get_slot(self, '_default_factory')
    except AttributeError:
        return None


def _df_set(self, value):
    _set_slot(self, '_default_factory', value)


class defaultdict(dict):
    default_factory = property(_df_get, _df_set, None,
                               'Factory for default value called by __missing__().')

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not _callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        elif _yieldpoint.repr_enter(factory):
            # the factory's own repr runs while it is marked: a partial (or any repr guarding
            # itself the same way) shows as '...'
            try:
                frepr = repr(factory)
            finally:
                _yieldpoint.repr_leave(factory)
        else:
            frepr = '...'
        return f'{type(self).__name__}({frepr}, {dict.__repr__(self)})'

    def __reduce__(self):
        return (type(self), (self.default_factory,), None, None, iter(self.items()))

    def copy(self):
        return self.__class__(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(_GenericAlias)


################################################################################
### OrderedDict
################################################################################

class OrderedDict(dict):
    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f'expected at most 1 arguments, got {len(args)}')
        dict.__init__(self)
        self.update(*args, **kwds)

    def update(self, *args, **kwds):
        if args:
            other = args[0]
            if isinstance(other, dict):
                for key in other:
                    self[key] = other[key]
            elif hasattr(other, 'keys'):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for key, value in other:
                    self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def move_to_end(self, key, last=True):
        if key not in self:
            raise KeyError(key)
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(dict.keys(self)))
        else:
            key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def pop(self, key, default=_marker):
        if key in self:
            return dict.pop(self, key)
        if default is _marker:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def __iter__(self):
        return _odict_iter(self, False)

    def __reversed__(self):
        return _odict_iter(self, True)

    def keys(self):
        return _odict_view(self, 'keys')

    def values(self):
        return _odict_view(self, 'values')

    def items(self):
        return _odict_view(self, 'items')

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        return f'{self.__class__.__name__}({list(self.items())!r})'

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(_GenericAlias)


################################################################################
### namedtuple
################################################################################

class _NamedTupleMeta(type):
    """Builds instances without tuple.__new__(cls, iterable) and binds arguments like
    the generated __new__ of CPython's namedtuple."""

    def __call__(cls, *args, **kwds):
        # A subclass with a __new__ of its own is built the usual way (its __new__, then __init__).
        for base in cls.__mro__:
            if '_nt_name' in base.__dict__:
                break
            if '__new__' in base.__dict__:
                return type.__call__(cls, *args, **kwds)
        self = tuple.__new__(cls, _nt_values(cls, args, kwds))
        for base in cls.__mro__:
            if '_nt_name' in base.__dict__:
                break
            if '__init__' in base.__dict__:
                self.__init__(*args, **kwds)
                break
        return self


def _nt_values(cls, args, kwds):
    # The arguments bound to the fields as the generated __new__ of CPython's namedtuple binds them.
    fields = cls._fields
    n = len(fields)
    defaults = cls._field_defaults
    qual = cls.__dict__.get('_nt_name', cls.__name__) + '.__new__()'
    if len(args) > n:
        lo = n + 1 - len(defaults)
        takes = f'from {lo} to {n + 1} positional arguments' if lo <= n else f"{n + 1} positional argument{'' if n == 0 else 's'}"
        raise TypeError(f"{qual} takes {takes} but {len(args) + 1} {'was' if len(args) == 0 else 'were'} given")
    values = list(args)
    for name in kwds:
        if name not in fields:
            raise TypeError(f"{qual} got an unexpected keyword argument '{name}'")
        if fields.index(name) < len(args):
            raise TypeError(f"{qual} got multiple values for argument '{name}'")
    missing = []
    for i in range(len(args), n):
        name = fields[i]
        if name in kwds:
            values.append(kwds[name])
        elif name in defaults:
            values.append(defaults[name])
        else:
            missing.append(name)
            values.append(None)
    if missing:
        quoted = [f"'{m}'" for m in missing]
        if len(quoted) == 1:
            text = quoted[0]
        elif len(quoted) == 2:
            text = quoted[0] + ' and ' + quoted[1]
        else:
            text = ', '.join(quoted[:-1]) + ', and ' + quoted[-1]
        s = '' if len(missing) == 1 else 's'
        raise TypeError(f'{qual} missing {len(missing)} required positional argument{s}: {text}')
    return tuple(values)


class _tuplegetter:
    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'_tuplegetter({self._index}, {self.__doc__!r})'


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier()
                    or name in _KEYWORDS
                    or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','

    @classmethod
    def _make(cls, iterable):
        result = tuple(iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return tuple.__new__(cls, result)

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        parts = []
        for i in range(num_fields):
            parts.append(f'{field_names[i]}={tuple.__getitem__(self, i)!r}')
        return self.__class__.__name__ + '(' + ', '.join(parts) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_nt_name': typename,
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__match_args__': field_names,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
    }
    def __new__(_cls, *args, **kwds):
        return tuple.__new__(_cls, _nt_values(_cls, args, kwds))
    __new__.__qualname__ = f'{typename}.__new__'
    class_namespace['__new__'] = __new__
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, f'Alias for field number {index}')

    if module is None:
        module = '__main__'
    class_namespace['__module__'] = module
    result = _NamedTupleMeta(typename, (tuple,), class_namespace)
    return result


################################################################################
### Counter
################################################################################

def _count_elements(mapping, iterable):
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = list(self.items())
        if n is None:
            return sorted(items, key=lambda kv: kv[1], reverse=True)
        import heapq
        return heapq.nlargest(n, items, key=lambda kv: kv[1])

    def elements(self):
        for elem, count in list(self.items()):
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, 'keys') and hasattr(iterable, '__getitem__'):
                if self:
                    self_get = self.get
                    for elem in iterable.keys():
                        count = iterable[elem]
                        self[elem] = count + self_get(elem, 0)
                else:
                    for elem in iterable.keys():
                        self[elem] = iterable[elem]
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, dict) or hasattr(iterable, 'keys') and hasattr(iterable, '__getitem__'):
                for elem in iterable.keys():
                    count = iterable[elem]
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not (self[e] == other[e]):
                    return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not (self[e] <= other[e]):
                    return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not (self[e] >= other[e]):
                    return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()

    __class_getitem__ = classmethod(_GenericAlias)


################################################################################
### ChainMap
################################################################################

class _MappingView:
    _label = 'MappingView'

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{self._label}({self._mapping!r})'


class _KeysView(_MappingView):
    _label = 'KeysView'

    def __iter__(self):
        yield from self._mapping

    def __contains__(self, key):
        return key in self._mapping


class _ItemsView(_MappingView):
    _label = 'ItemsView'

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])

    def __contains__(self, item):
        key, value = item
        if key not in self._mapping:
            return False
        v = self._mapping[key]
        return v is value or v == value


class _ValuesView(_MappingView):
    _label = 'ValuesView'

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False


class ChainMap:
    """A ChainMap groups multiple dicts (or other mappings) together."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def _merged(self):
        d = {}
        for mapping in reversed(self.maps):
            for k in mapping:
                d[k] = None
        return d

    def __len__(self):
        return len(self._merged())

    def __iter__(self):
        return iter(self._merged())

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def keys(self):
        return _KeysView(self)

    def items(self):
        return _ItemsView(self)

    def values(self):
        return _ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        if not isinstance(other, dict):
            return NotImplemented
        return dict(self.items()) == other

    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwds):
        self.maps[0].update(other, **kwds)

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        m = self.copy()
        m.maps[0].update(other)
        return m

_abc_loading = False


def _load_abc():
    global _abc_loading
    _abc_loading = True
    try:
        from collections import abc
    finally:
        _abc_loading = False
    return abc


def __getattr__(name):
    # UserDict, UserList and UserString are made on first use (PEP 562): they need
    # collections.abc, and `import collections` is on every asyncio program's start-up.
    if name in ('UserDict', 'UserList', 'UserString'):
        import _collections_user
        return getattr(_collections_user, name)
    if name == 'abc' and not _abc_loading:
        # CPython's collections imports collections.abc; here the first use of the name does. The
        # import below asks this function again, whose refusal makes it load the submodule.
        return _load_abc()
    raise AttributeError(f"module 'collections' has no attribute '{name}'")


# C types in CPython: their tp_name (in error messages) carries the module.
_yieldpoint.c_type_name(defaultdict, 'collections.defaultdict')
_yieldpoint.c_type_name(OrderedDict, 'collections.OrderedDict')
