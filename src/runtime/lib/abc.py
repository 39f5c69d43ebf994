"""abc: abstract base classes (after CPython's Lib/_py_abc.py and Lib/abc.py)."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


_abc_invalidation_counter = 0


def get_cache_token():
    return _abc_invalidation_counter


def _compute_abstracts(cls, namespace):
    abstracts = {name for name, value in namespace.items()
                 if getattr(value, "__isabstractmethod__", False)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", set()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


# CPython's typing lets abc's own checks (an isinstance() turned into a subclass check, the walk
# over registered classes and subclasses) through where it refuses the same check from a program:
# it looks at the calling module. Here abc says so: _reckless_hook is true while a
# __subclasshook__ runs that abc itself reached (_reckless(): the module's attributes are a copy
# of its globals, made when it was imported).
_abc_internal = 0
_reckless_hook = False


def _reckless():
    return _reckless_hook


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace)
        # Invariant: _abc_registry holds the classes registered on this class itself;
        # _abc_subclasses the classes whose bases include it (for recursive checks).
        cls._abc_registry = []
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__dict__.get('__abstractmethods__')
        if abstracts:
            names = sorted(abstracts)
            s = 's' if len(names) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                            f"with abstract method{s} {', '.join(names)}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        global _abc_invalidation_counter, _abc_internal
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        _abc_internal += 1
        try:
            if issubclass(subclass, cls):
                return subclass
            if issubclass(cls, subclass):
                raise RuntimeError("Refusing to create an inheritance cycle")
        finally:
            _abc_internal -= 1
        cls._abc_registry.append(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        global _abc_internal
        subclass = instance.__class__
        _abc_internal += 1
        try:
            if cls.__subclasscheck__(subclass):
                return True
            subtype = type(instance)
            if subtype is not subclass:
                return cls.__subclasscheck__(subtype)
            return False
        finally:
            _abc_internal -= 1

    def __subclasscheck__(cls, subclass):
        global _abc_internal, _reckless_hook
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        hook = getattr(cls, '__subclasshook__', None)
        if hook is None:
            ok = NotImplemented
        else:
            outer = _abc_internal
            _reckless_hook = outer > 0
            _abc_internal = 0
            try:
                ok = hook(subclass)
            finally:
                _abc_internal = outer
        if ok is not NotImplemented:
            return bool(ok)
        if cls in subclass.__mro__:
            return True
        _abc_internal += 1
        try:
            for rcls in cls._abc_registry:
                if issubclass(subclass, rcls):
                    return True
            for scls in cls._abc_subclasses:
                if issubclass(subclass, scls):
                    return True
        finally:
            _abc_internal -= 1
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented
