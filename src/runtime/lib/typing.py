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


class NamedTuple:
    pass


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
