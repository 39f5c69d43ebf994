"""typing: names are importable; annotations are not checked."""


class _Special:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, item):
        return self

    def __call__(self, *args, **kwargs):
        if args:
            return args[0]
        return None

    def __repr__(self):
        return 'typing.' + self._name

    def __or__(self, other):
        return self

    def __ror__(self, other):
        return self


Any = _Special('Any')
Union = _Special('Union')
Optional = _Special('Optional')
List = _Special('List')
Dict = _Special('Dict')
Set = _Special('Set')
FrozenSet = _Special('FrozenSet')
Tuple = _Special('Tuple')
Callable = _Special('Callable')
Iterable = _Special('Iterable')
Iterator = _Special('Iterator')
Generator = _Special('Generator')
AsyncIterator = _Special('AsyncIterator')
AsyncIterable = _Special('AsyncIterable')
AsyncGenerator = _Special('AsyncGenerator')
Awaitable = _Special('Awaitable')
Coroutine = _Special('Coroutine')
Sequence = _Special('Sequence')
MutableSequence = _Special('MutableSequence')
Mapping = _Special('Mapping')
MutableMapping = _Special('MutableMapping')
Type = _Special('Type')
ClassVar = _Special('ClassVar')
Final = _Special('Final')
Literal = _Special('Literal')
Deque = _Special('Deque')
DefaultDict = _Special('DefaultDict')
Counter = _Special('Counter')
NoReturn = _Special('NoReturn')
Never = _Special('Never')
Self = _Special('Self')
Annotated = _Special('Annotated')
TYPE_CHECKING = False
AbstractSet = _Special('AbstractSet')
AnyStr = _Special('AnyStr')
AsyncContextManager = _Special('AsyncContextManager')
BinaryIO = _Special('BinaryIO')
ByteString = _Special('ByteString')
ChainMap = _Special('ChainMap')
Collection = _Special('Collection')
Concatenate = _Special('Concatenate')
Container = _Special('Container')
ContextManager = _Special('ContextManager')
Hashable = _Special('Hashable')
IO = _Special('IO')
ItemsView = _Special('ItemsView')
KeysView = _Special('KeysView')
LiteralString = _Special('LiteralString')
MappingView = _Special('MappingView')
Match = _Special('Match')
MutableSet = _Special('MutableSet')
NotRequired = _Special('NotRequired')
OrderedDict = _Special('OrderedDict')
Pattern = _Special('Pattern')
Required = _Special('Required')
Reversible = _Special('Reversible')
Sized = _Special('Sized')
SupportsAbs = _Special('SupportsAbs')
SupportsBytes = _Special('SupportsBytes')
SupportsComplex = _Special('SupportsComplex')
SupportsFloat = _Special('SupportsFloat')
SupportsIndex = _Special('SupportsIndex')
SupportsInt = _Special('SupportsInt')
SupportsRound = _Special('SupportsRound')
Text = _Special('Text')
TextIO = _Special('TextIO')
TypeAlias = _Special('TypeAlias')
TypeGuard = _Special('TypeGuard')
Unpack = _Special('Unpack')
ValuesView = _Special('ValuesView')
Text = str


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return '~' + self.__name__


class Generic:
    def __class_getitem__(cls, item):
        return cls


class Protocol:
    def __class_getitem__(cls, item):
        return cls


import collections as _collections

_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults',
                         '_make', '_replace', '_asdict', '_source'})

_special = frozenset({'__module__', '__name__', '__annotations__'})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = dict(types)
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module='__main__')


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class TypedDict(dict):
    pass


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def runtime_checkable(cls):
    return cls


def get_type_hints(obj):
    return {}


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    return new_type


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return '~' + self.__name__


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def no_type_check(arg):
    return arg


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn
    return decorator


def is_typeddict(tp):
    return False


def get_overloads(func):
    return []


def clear_overloads():
    pass


from abc import abstractmethod
