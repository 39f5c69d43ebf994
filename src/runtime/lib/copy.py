"""Generic (shallow and deep) copying operations, after CPython's Lib/copy.py.

There is no copyreg/__reduce_ex__ machinery here: instances of other classes are
rebuilt the way copyreg.__newobj__ would, with cls.__new__(cls) plus their attribute
state (honouring __getstate__/__setstate__), list items and dict items."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility


def _func():
    pass


class _C:
    def _m(self):
        pass


_atomic = {type(None), int, float, bool, str, bytes, range, type,
           type(Ellipsis), type(NotImplemented), type(_func), type(len),
           property, frozenset, slice}
try:
    _atomic.add(type(_C()._m))
except Exception:
    pass


def _user_getstate(cls):
    for base in cls.__mro__:
        if base is object:
            return None
        if '__getstate__' in base.__dict__:
            return base.__dict__['__getstate__']
    return None


def _slotnames(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _state_of(x):
    # As object.__getstate__: the __dict__ (or None), paired with set slot values if there are any.
    cls = type(x)
    getstate = _user_getstate(cls)
    if getstate is not None:
        return getstate(x)
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    d = dict(d) if d else None
    slots = {}
    for name in _slotnames(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (d, slots)
    return d


def _set_state(y, state):
    if state is None:
        return
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        for key, value in state.items():
            object.__setattr__(y, key, value)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _check_copyable(x, cls):
    if (not hasattr(x, '__dict__') and not isinstance(x, (list, dict, set, tuple, bytearray))
            and not any('__slots__' in c.__dict__ for c in cls.__mro__)):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")


_builtin_bases = (object, dict, list, set, frozenset, tuple, int, float, str, bytes)


def _user_reduce(cls):
    for base in cls.__mro__:
        if base in _builtin_bases:
            return None
        if '__reduce__' in base.__dict__:
            return base.__dict__['__reduce__']
    return None


def _from_reduce(x, rv, deep, memo):
    if isinstance(rv, str):
        return x
    rv = tuple(rv) + (None,) * (5 - len(rv))
    func, args, state, listiter, dictiter = rv[:5]
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _reconstruct(x, cls, deep, memo):
    reducer = _user_reduce(cls)
    if reducer is not None:
        return _from_reduce(x, reducer(x), deep, memo)
    if isinstance(x, tuple):
        items = tuple(x)
        if deep:
            items = tuple(deepcopy(a, memo) for a in items)
        # A namedtuple's __getnewargs__ gives its fields: CPython rebuilds it with cls.__new__(cls, *fields).
        y = cls.__new__(cls, *items) if hasattr(cls, '_nt_name') else type.__call__(cls, items)
        if deep:
            memo[id(x)] = y
        state = _state_of(x)
        if state is not None:
            if deep:
                state = deepcopy(state, memo)
            _set_state(y, state)
        return y
    _check_copyable(x, cls)
    # A subclass of a builtin value type is rebuilt from its value, as __getnewargs__ gives it.
    if isinstance(x, (int, float, str)) or isinstance(x, bytes) and not isinstance(x, bytearray):
        value = (int.__int__(x) if isinstance(x, int) else float.__float__(x) if isinstance(x, float)
                 else str.__str__(x) if isinstance(x, str) else bytes(x))
        y = cls.__new__(cls, value)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = _state_of(x)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if isinstance(x, list):
        for item in list.__iter__(x):
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    elif isinstance(x, dict):
        for key, value in list(dict.items(x)):
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    elif isinstance(x, bytearray):
        y.extend(x)
    elif isinstance(x, set):
        for item in list(set.__iter__(x)):
            if deep:
                item = deepcopy(item, memo)
            y.add(item)
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)

    if cls in _atomic or cls is tuple:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)

    if issubclass(cls, type):
        return x

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    return _reconstruct(x, cls, False, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    if cls in _atomic and cls is not frozenset:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple or cls is frozenset:
        items = [deepcopy(a, memo) for a in x]
        # We're not going to put the tuple in the memo, but it's still important we
        # check for it, in case the tuple contains recursive mutable structures.
        try:
            return memo[d]
        except KeyError:
            pass
        same = len(items) == len(x)
        if same:
            for k, j in zip(x, items):
                if k is not j:
                    same = False
                    break
        if same:
            y = x
        else:
            y = cls(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, cls, True, memo)

    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]
