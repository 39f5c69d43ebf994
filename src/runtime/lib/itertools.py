"""itertools: iterator building blocks, after the "roughly equivalent" recipes in the
CPython documentation. Arguments are checked eagerly, as the C implementation does."""

import sys as _sys
import _yieldpoint
_GenericAlias = type(list[int])  # types.GenericAlias
_MISSING = object()


def _kw(fname, args, kwargs, names, minpos, maxpos):
    """Arguments as argument clinic unpacks them (missing optional ones are _MISSING)."""
    vals = _yieldpoint.unpack_keywords(fname, args, kwargs, names, minpos, maxpos)
    return [_MISSING if v is None and i >= len(args) and names[i] not in kwargs else v
            for i, v in enumerate(vals)]


def _pos(name, args, kwargs, lo, hi):
    """Positional-only arguments of a C function taking no keywords."""
    _yieldpoint.no_keywords(name, kwargs)
    return _yieldpoint.check_positional(name, args, lo, hi)


class _Iter:
    """An iterator object wrapping a generator, so argument errors surface at call time."""

    def __init__(self, gen):
        self._gen = gen

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _index_or_none(v):
    if v is None:
        return True
    return isinstance(v, int)


def _is_number(v):
    t = type(v)
    return (isinstance(v, (int, float)) or hasattr(t, '__index__')
            or hasattr(t, '__int__') or hasattr(t, '__float__'))


class count:
    def __init__(self, *args, **kwargs):
        start, step = _kw('count', args, kwargs, ('start', 'step'), 0, 2)
        if start is _MISSING:
            start = 0
        if step is _MISSING:
            step = 1
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cur = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        v = self._cur
        self._cur = v + self._step
        return v

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f'count({self._cur!r})'
        return f'count({self._cur!r}, {self._step!r})'


class cycle(_Iter):
    def __init__(self, *args, **kwargs):
        iterable, = _pos('cycle', args, kwargs, 1, 1)
        it = iter(iterable)

        def gen():
            saved = []
            for element in it:
                yield element
                saved.append(element)
            if not saved:
                return
            while True:
                for element in saved:
                    yield element
        _Iter.__init__(self, gen())


class repeat(_Iter):
    def __init__(self, *args, **kwargs):
        object, times = _kw('repeat', args, kwargs, ('object', 'times'), 1, 2)
        if times is _MISSING:
            times = None
        elif times is None:
            raise TypeError("'NoneType' object cannot be interpreted as an integer")
        if times is not None and not isinstance(times, int):
            raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
        self._object = object
        self._times = times if times is None else max(times, 0)

        def gen():
            if times is None:
                while True:
                    yield object
            else:
                while self._times > 0:
                    self._times -= 1
                    yield object
        _Iter.__init__(self, gen())

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._times})'


def _add(a, b):
    return a + b


class accumulate(_Iter):
    def __init__(self, *args, **kwargs):
        iterable, func, initial = _kw('accumulate', args, kwargs, ('iterable', 'func', 'initial'), 1, 2)
        if func is _MISSING:
            func = None
        if initial is _MISSING:
            initial = None
        it = iter(iterable)
        if func is None:
            func = _add

        def gen():
            total = initial
            if initial is None:
                try:
                    total = next(it)
                except StopIteration:
                    return
            yield total
            for element in it:
                total = func(total, element)
                yield total
        _Iter.__init__(self, gen())


class chain(_Iter):
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, *iterables, **kwargs):
        _yieldpoint.no_keywords('chain', kwargs)
        def gen():
            for it in iterables:
                for element in it:
                    yield element
        _Iter.__init__(self, gen())

    @classmethod
    def from_iterable(cls, iterables):
        source = iter(iterables)

        def gen():
            for it in source:
                for element in it:
                    yield element
        obj = cls()
        obj._gen = gen()
        return obj


class compress(_Iter):
    def __init__(self, *args, **kwargs):
        data, selectors = _kw('compress', args, kwargs, ('data', 'selectors'), 2, 2)
        d = iter(data)
        s = iter(selectors)

        def gen():
            for x, sel in zip(d, s):
                if sel:
                    yield x
        _Iter.__init__(self, gen())


class dropwhile(_Iter):
    def __init__(self, *args, **kwargs):
        predicate, iterable = _pos('dropwhile', args, kwargs, 2, 2)
        it = iter(iterable)

        def gen():
            for x in it:
                if not predicate(x):
                    yield x
                    break
            for x in it:
                yield x
        _Iter.__init__(self, gen())


class takewhile(_Iter):
    def __init__(self, *args, **kwargs):
        predicate, iterable = _pos('takewhile', args, kwargs, 2, 2)
        it = iter(iterable)

        def gen():
            for x in it:
                if predicate(x):
                    yield x
                else:
                    break
        _Iter.__init__(self, gen())


class filterfalse(_Iter):
    def __init__(self, *args, **kwargs):
        predicate, iterable = _pos('filterfalse', args, kwargs, 2, 2)
        it = iter(iterable)
        if predicate is None:
            predicate = bool

        def gen():
            for x in it:
                if not predicate(x):
                    yield x
        _Iter.__init__(self, gen())


class groupby:
    # [k for k, g in groupby('AAAABBBCCDAABBB')] --> A B C D A B
    # [list(g) for k, g in groupby('AAAABBBCCD')] --> AAAA BBB CC D
    def __init__(self, *args, **kwargs):
        iterable, key = _kw('groupby', args, kwargs, ('iterable', 'key'), 1, 2)
        if key is None or key is _MISSING:
            key = _identity
        self.keyfunc = key
        self.it = iter(iterable)
        self.tgtkey = self.currkey = self.currvalue = object()
        self.id = None

    def __iter__(self):
        return self

    def __next__(self):
        self.id = object()
        while self.currkey == self.tgtkey:
            self.currvalue = next(self.it)    # Exit on StopIteration
            self.currkey = self.keyfunc(self.currvalue)
        self.tgtkey = self.currkey
        return (self.currkey, _Iter(self._grouper(self.tgtkey, self.id)))

    def _grouper(self, tgtkey, id):
        while self.id is id and self.currkey == tgtkey:
            yield self.currvalue
            try:
                self.currvalue = next(self.it)
            except StopIteration:
                return
            self.currkey = self.keyfunc(self.currvalue)


def _identity(x):
    return x


_STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_IDX_MSG = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_STEP_MSG = 'Step for islice() must be a positive integer or None.'


def _ssize(v):
    """PyNumber_AsSsize_t with the error cleared: -1 on failure."""
    if isinstance(v, int):
        i = v
    elif hasattr(type(v), '__index__'):
        i = type(v).__index__(v)
    else:
        return -1
    if i > _sys.maxsize or i < -_sys.maxsize - 1:
        return -1
    return i


class islice(_Iter):
    def __init__(self, *args, **kwargs):
        _pos('islice', args, kwargs, 2, 4)
        iterable, *args = args
        n = len(args)
        start = 0
        stop = -1
        step = 1
        if n == 1:
            if args[0] is not None:
                stop = _ssize(args[0])
                if stop == -1:
                    raise ValueError(_STOP_MSG)
        else:
            if args[0] is not None:
                start = _ssize(args[0])
            if args[1] is not None:
                stop = _ssize(args[1])
                if stop == -1:
                    raise ValueError(_STOP_MSG)
        if start < 0 or stop < -1:
            raise ValueError(_IDX_MSG)
        if n == 3 and args[2] is not None:
            step = _ssize(args[2])
        if step < 1:
            raise ValueError(_STEP_MSG)
        it = iter(iterable)
        if stop == -1:
            stop = None

        def gen():
            cnt = 0
            nxt = start
            while True:
                while cnt < nxt:
                    try:
                        next(it)
                    except StopIteration:
                        return
                    cnt += 1
                if stop is not None and cnt >= stop:
                    return
                try:
                    item = next(it)
                except StopIteration:
                    return
                cnt += 1
                nxt += step
                if stop is not None and nxt > stop:
                    nxt = stop
                yield item
        _Iter.__init__(self, gen())


class pairwise(_Iter):
    def __init__(self, *args, **kwargs):
        iterable, = _pos('pairwise', args, kwargs, 1, 1)
        it = iter(iterable)

        def gen():
            try:
                a = next(it)
            except StopIteration:
                return
            for b in it:
                yield a, b
                a = b
        _Iter.__init__(self, gen())


class starmap(_Iter):
    def __init__(self, *args, **kwargs):
        function, iterable = _pos('starmap', args, kwargs, 2, 2)
        it = iter(iterable)

        def gen():
            for args in it:
                yield function(*(args if type(args) is tuple else tuple(args)))
        _Iter.__init__(self, gen())


class _TeeData:
    def __init__(self, it):
        self.it = it
        self.buf = []
        self.base = 0
        self.positions = []


class _Tee:
    def __init__(self, data, pos):
        self._data = data
        self._pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        d = self._data
        idx = self._pos - d.base
        if idx < len(d.buf):
            value = d.buf[idx]
        else:
            value = next(d.it)
            d.buf.append(value)
        self._pos += 1
        return value

    def __copy__(self):
        return _Tee(self._data, self._pos)


def tee(*args, **kwargs):
    _yieldpoint.no_keywords('itertools.tee', kwargs)
    iterable, n = (*_yieldpoint.check_positional('tee', args, 1, 2), 2)[:2]
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if n == 0:
        return ()
    if isinstance(it, _Tee):
        first = it.__copy__()
    else:
        first = _Tee(_TeeData(it), 0)
    result = [first]
    for i in range(1, n):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest(_Iter):
    def __init__(self, *args, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fillvalue = kwargs['fillvalue']
        iterators = [iter(it) for it in args]

        def gen():
            num_active = len(iterators)
            if not num_active:
                return
            while True:
                values = []
                for i, it in enumerate(iterators):
                    try:
                        value = next(it)
                    except StopIteration:
                        num_active -= 1
                        if not num_active:
                            return
                        iterators[i] = repeat(fillvalue)
                        value = fillvalue
                    values.append(value)
                yield tuple(values)
        _Iter.__init__(self, gen())


class product(_Iter):
    def __init__(self, *args, **kwargs):
        repeat = 1
        if kwargs:
            if len(kwargs) > 1:
                raise TypeError(f"product() takes at most 1 keyword argument ({len(kwargs)} given)")
            for k in kwargs:
                if k != 'repeat':
                    raise TypeError(f"'{k}' is an invalid keyword argument for product()")
            repeat = kwargs['repeat']
        if not isinstance(repeat, int):
            raise TypeError(f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in args] * repeat

        def gen():
            result = [[]]
            for pool in pools:
                result = [x + [y] for x in result for y in pool]
            for prod in result:
                yield tuple(prod)
        _Iter.__init__(self, gen())


class permutations(_Iter):
    def __init__(self, *args, **kwargs):
        iterable, r = _kw('permutations', args, kwargs, ('iterable', 'r'), 1, 2)
        if r is _MISSING:
            r = None
        pool = tuple(iterable)
        n = len(pool)
        if r is not None:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            if r < 0:
                raise ValueError('r must be non-negative')
        r = n if r is None else r

        def gen():
            if r > n:
                return
            indices = list(range(n))
            cycles = list(range(n, n - r, -1))
            yield tuple(pool[i] for i in indices[:r])
            while n:
                for i in reversed(range(r)):
                    cycles[i] -= 1
                    if cycles[i] == 0:
                        indices[i:] = indices[i + 1:] + indices[i:i + 1]
                        cycles[i] = n - i
                    else:
                        j = cycles[i]
                        indices[i], indices[-j] = indices[-j], indices[i]
                        yield tuple(pool[i] for i in indices[:r])
                        break
                else:
                    return
        _Iter.__init__(self, gen())


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError('r must be non-negative')


class combinations(_Iter):
    def __init__(self, *args, **kwargs):
        iterable, r = _kw('combinations', args, kwargs, ('iterable', 'r'), 2, 2)
        pool = tuple(iterable)
        _check_r(r)
        n = len(pool)

        def gen():
            if r > n:
                return
            indices = list(range(r))
            yield tuple(pool[i] for i in indices)
            while True:
                for i in reversed(range(r)):
                    if indices[i] != i + n - r:
                        break
                else:
                    return
                indices[i] += 1
                for j in range(i + 1, r):
                    indices[j] = indices[j - 1] + 1
                yield tuple(pool[i] for i in indices)
        _Iter.__init__(self, gen())


class combinations_with_replacement(_Iter):
    def __init__(self, *args, **kwargs):
        iterable, r = _kw('combinations_with_replacement', args, kwargs, ('iterable', 'r'), 2, 2)
        pool = tuple(iterable)
        _check_r(r)
        n = len(pool)

        def gen():
            if not n and r:
                return
            indices = [0] * r
            yield tuple(pool[i] for i in indices)
            while True:
                for i in reversed(range(r)):
                    if indices[i] != n - 1:
                        break
                else:
                    return
                indices[i:] = [indices[i] + 1] * (r - i)
                yield tuple(pool[i] for i in indices)
        _Iter.__init__(self, gen())

# C types in CPython: their tp_name (in error messages) carries the module.
for _t in (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse, groupby, islice, pairwise, starmap, zip_longest, product, permutations, combinations, combinations_with_replacement):
    _yieldpoint.c_type_name(_t, 'itertools.' + _t.__name__)
del _t
