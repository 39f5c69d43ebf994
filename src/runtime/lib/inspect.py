"""inspect: predicates on live objects, coroutine and generator states, frames, docstrings and
signatures (Parameter, Signature, BoundArguments), as CPython 3.11's inspect behaves.
Source code is not available: getsource() and friends raise OSError."""

import sys
import types
import enum
import functools
import itertools
from collections import abc as _abc
from collections import namedtuple, OrderedDict
import _yieldpoint

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

TPFLAGS_IS_ABSTRACT = 1 << 20

# Frames keep their locals from here on, for f_locals, getgeneratorlocals and getcoroutinelocals.
_yieldpoint.keep_locals()


# ---------------------------------------------------------------- predicates
def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def _native_bound(object):
    # The runtime binds builtin methods ([].append, obj.__str__) as method objects over a native
    # function; CPython has builtin_function_or_method and method-wrapper objects for those.
    return isinstance(object.__func__, (types.BuiltinFunctionType, types.MethodDescriptorType,
                                        types.WrapperDescriptorType, types.ClassMethodDescriptorType))


def ismethod(object):
    """Return true if the object is an instance method."""
    return isinstance(object, types.MethodType) and not _native_bound(object)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor (but not a data descriptor)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, functools.partial):
        # CPython's partial (in C) is no descriptor; the library's keeps it unbound with a __get__.
        return False
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(object):
    """Return true if the object is a data descriptor."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor."""
    return isinstance(object, types.GetSetDescriptorType)


def _code_flags(f):
    # Bound methods and functools.partial objects answer for the function they wrap.
    while True:
        if ismethod(f):
            f = f.__func__
        elif isinstance(f, functools.partial):
            f = f.func
        else:
            break
    if not isfunction(f):
        return 0
    return f.__code__.co_flags


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return bool(_code_flags(obj) & CO_GENERATOR)


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function."""
    return bool(_code_flags(obj) & CO_COROUTINE)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return bool(_code_flags(obj) & CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """Return true if object can be passed to an ``await`` expression."""
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType):
        return bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)
    return isinstance(object, _abc.Awaitable)


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Return true if the object is a frame object."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def _dunder(name):
    return isinstance(name, str) and len(name) > 4 and name[:2] == name[-2:] == '__'


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    if isinstance(object, types.MethodType):
        # A builtin's bound slot (obj.__str__) is a method-wrapper in CPython, not a builtin.
        return _native_bound(object) and not _dunder(getattr(object, '__name__', None))
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """Return true if the object is a method wrapper."""
    return (isinstance(object, types.MethodType) and _native_bound(object)
            and _dunder(getattr(object, '__name__', None)))


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    if not isinstance(object, type):
        return False
    return bool(getattr(object, '__abstractmethods__', False))


# ---------------------------------------------------------------- members
def getmro(cls):
    """Return tuple of base classes (including cls) in method resolution order."""
    return cls.__mro__


def _members(object, predicate, get):
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
        for base in getattr(object, '__bases__', ()):
            for k, v in base.__dict__.items():
                if isinstance(v, types.DynamicClassAttribute):
                    names.append(k)
    else:
        mro = ()
    found = []
    seen = set()
    for name in names:
        try:
            value = get(object, name)
            if name in seen:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if name in base.__dict__:
                    value = base.__dict__[name]
                    break
            else:
                continue
        if not predicate or predicate(value):
            found.append((name, value))
        seen.add(name)
    found.sort(key=lambda pair: pair[0])
    return found


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name."""
    return _members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers, without triggering descriptors or __getattr__."""
    return _members(object, predicate, getattr_static)


_sentinel = object()


def _mro_of(klass):
    return klass.__mro__


def _instance_dict(obj):
    try:
        return object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return {}


def _class_lookup(klass, attr):
    for entry in _mro_of(klass):
        d = entry.__dict__
        if attr in d:
            return d[attr]
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """Retrieve attributes without triggering dynamic lookup via the descriptor protocol,
    __getattr__ or __getattribute__."""
    instance_result = _sentinel
    if not isinstance(obj, type):
        klass = type(obj)
        d = _instance_dict(obj)
        if isinstance(d, dict) and attr in d:
            instance_result = d[attr]
    else:
        klass = obj
    klass_result = _class_lookup(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        kt = type(klass_result)
        if _class_lookup(kt, '__get__') is not _sentinel and (
                _class_lookup(kt, '__set__') is not _sentinel or _class_lookup(kt, '__delete__') is not _sentinel):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        meta_result = _class_lookup(type(klass), attr)
        if meta_result is not _sentinel:
            return meta_result
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ---------------------------------------------------------------- docstrings
def cleandoc(doc):
    """Clean up indentation from docstrings."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            indent = len(line) - len(stripped)
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = getattr(base, '__doc__', None)
                if doc is not None:
                    return doc
        return None
    name = getattr(obj, '__name__', None)
    if ismethod(obj):
        self = obj.__self__
        cls = self if isclass(self) and getattr(getattr(self, name, None), '__func__', None) is obj.__func__ else type(self)
    elif isfunction(obj):
        cls = None
        qual = obj.__qualname__.split('.')
        if len(qual) > 1 and '<locals>' not in qual:
            cls = sys.modules.get(obj.__module__)
            for part in qual[:-1]:
                cls = getattr(cls, part, None)
        if not isclass(cls):
            return None
    elif isinstance(obj, property):
        return None
    else:
        return None
    if name is None:
        return None
    for base in cls.__mro__:
        if base is cls and ismethod(obj) is False:
            continue
        try:
            doc = getattr(base.__dict__.get(name), '__doc__', None) if name in base.__dict__ else None
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """Get the documentation string for an object, cleaned up with cleandoc (inherited docs
    are found for classes and methods)."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None if not found."""
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if name is not None:
        return sys.modules.get(name)
    return None


def _no_source(object):
    raise OSError('could not get source code')


def getsource(object):
    _no_source(object)


def getsourcelines(object):
    _no_source(object)


def getcomments(object):
    return None


# ---------------------------------------------------------------- unwrap
def unwrap(func, *, stop=None):
    """Get the object wrapped by *func* (following the chain of __wrapped__ attributes)."""
    f = func
    memo = {id(f): f}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__') and (stop is None or not stop(func)):
        func = func.__wrapped__
        if id(func) in memo or len(memo) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id(func)] = func
    return func


# ---------------------------------------------------------------- generator and coroutine states
GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """Get current state of a generator-iterator."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """Get the mapping of generator local variables to their current values."""
    if not isgenerator(generator):
        raise TypeError('{!r} is not a Python generator'.format(generator))
    frame = getattr(generator, 'gi_frame', None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """Get current state of a coroutine object."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    """Get the mapping of coroutine local variables to their current values."""
    frame = getattr(coroutine, 'cr_frame', None)
    if frame is not None:
        return frame.f_locals
    return {}


# ---------------------------------------------------------------- frames and the stack
_Traceback = namedtuple('_Traceback', 'filename lineno function code_context index')
Positions = namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset')


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        self = super().__new__(cls, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, '
                'index={!r}, positions={!r})'.format(self.filename, self.lineno, self.function,
                                                     self.code_context, self.index, self.positions))


_FrameInfo = namedtuple('_FrameInfo', ('frame',) + _Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        self = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, code_context={!r}, '
                'index={!r}, positions={!r})'.format(self.frame, self.filename, self.lineno, self.function,
                                                     self.code_context, self.index, self.positions))


def currentframe():
    """Return the frame of the caller."""
    return _yieldpoint.getframe(1)


def getframeinfo(frame, context=1):
    """Get information about a frame or traceback object."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = frame.f_code.co_filename
    lines = None
    index = None
    if context > 0:
        start = lineno - 1 - context // 2
        start = max(0, start)
        lines = []
        for n in range(start + 1, start + context + 1):
            line = _yieldpoint.source_line(filename, n)
            if not line:
                break
            lines.append(line)
        if lines:
            index = lineno - 1 - start
        else:
            lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=Positions(lineno, lineno, None, None))


def getlineno(frame):
    """Get the line number from a frame object."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """Get a list of records for a frame and all higher (calling) frames."""
    frames = []
    while frame:
        info = getframeinfo(frame, context)
        frames.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return frames


def getinnerframes(tb, context=1):
    """Get a list of records for a traceback's frame and all lower frames."""
    frames = []
    while tb:
        info = getframeinfo(tb, context)
        frames.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return frames


def stack(context=1):
    """Return a list of records for the stack above the caller's frame."""
    return getouterframes(_yieldpoint.getframe(1), context)


def trace(context=1):
    """Return a list of records for the stack below the current exception."""
    return getinnerframes(sys.exc_info()[2], context)


# ---------------------------------------------------------------- annotations
def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """Compute the annotations dict for an object."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
        if isinstance(ann, types.GetSetDescriptorType):
            ann = None
        module = sys.modules.get(getattr(obj, '__module__', None) or '', None)
        obj_globals = getattr(module, '__dict__', None) if module else None
        obj_locals = dict(vars(obj))
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = obj.__dict__
        obj_locals = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
    else:
        raise TypeError(f'{obj!r} is not a module, class, or callable.')
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    if not ann:
        return {}
    if eval_str:
        raise NotImplementedError('get_annotations(eval_str=True) needs eval()')
    return dict(ann)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return _strip_typing(repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _strip_typing(text):
    # Drop a 'typing.' prefix from each dotted word (as a regex over [\w.]+ words would).
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c.isalnum() or c == '_' or c == '.':
            j = i
            while j < n and (text[j].isalnum() or text[j] == '_' or text[j] == '.'):
                j += 1
            word = text[i:j]
            out.append(word.removeprefix('typing.'))
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


# ---------------------------------------------------------------- signatures
class _void:
    """A private marker - used in Parameter & Signature."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_KIND_DESCRIPTIONS = {
    _ParameterKind.POSITIONAL_ONLY: 'positional-only',
    _ParameterKind.POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _ParameterKind.VAR_POSITIONAL: 'variadic positional',
    _ParameterKind.KEYWORD_ONLY: 'keyword-only',
    _ParameterKind.VAR_KEYWORD: 'variadic keyword',
}

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


class Parameter:
    """Represents a parameter in a function signature."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(self._kind.description))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[:1] == '.' and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword arguments, '
                                 'not {}'.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        if not name.isidentifier() or _iskeyword(name):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind), {'_default': self._default, '_annotation': self._annotation})

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """Creates a customized copy of the Parameter."""
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            text = text + sep + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
    'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
    'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])


def _iskeyword(name):
    return name in _KEYWORDS


class BoundArguments:
    """Result of Signature.bind call: maps parameter names to arguments."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        out = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            value = self.arguments[name]
            if param.kind == _VAR_POSITIONAL:
                out.extend(value)
            else:
                out.append(value)
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            value = self.arguments[name]
            if param.kind == _VAR_KEYWORD:
                out.update(value)
            else:
                out[name] = value
        return out

    def apply_defaults(self):
        """Set default values for missing arguments."""
        args = self.arguments
        filled = []
        for name, param in self._signature.parameters.items():
            if name in args:
                filled.append((name, args[name]))
                continue
            if param.default is not _empty:
                filled.append((name, param.default))
            elif param.kind is _VAR_POSITIONAL:
                filled.append((name, ()))
            elif param.kind is _VAR_KEYWORD:
                filled.append((name, {}))
        self.arguments = dict(filled)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    __hash__ = None

    def __repr__(self):
        return '<{} ({})>'.format(self.__class__.__name__,
                                  ', '.join('{}={!r}'.format(k, v) for k, v in self.arguments.items()))


class Signature:
    """The signature of a function: its parameters and return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        if parameters is None:
            params = OrderedDict()
        elif __validate_parameters__:
            params = OrderedDict()
            top = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top:
                    raise ValueError('wrong parameter order: {} parameter before {} parameter'.format(
                        top.description, kind.description))
                top = max(top, kind)
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows default argument')
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(name))
                params[name] = param
        else:
            params = OrderedDict((param.name, param) for param in parameters)
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """Constructs Signature for the given callable object."""
        return _signature_of(obj, cls, follow_wrapped, True)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Creates a customized copy of the Signature."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        kwo = {p.name: p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY}
        return params, kwo, self.return_annotation

    def __hash__(self):
        params, kwo, ret = self._hash_basis()
        return hash((params, frozenset(kwo.values()), ret))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        params = iter(self.parameters.values())
        pending = ()
        values = iter(args)
        while True:
            try:
                value = next(values)
            except StopIteration:
                try:
                    param = next(params)
                except StopIteration:
                    break
                if param.kind == _VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError('{!r} parameter is positional only, but was passed as a keyword'.format(
                            param.name)) from None
                    pending = (param,)
                    break
                if param.kind == _VAR_KEYWORD or param.default is not _empty or partial:
                    pending = (param,)
                    break
                raise TypeError('missing a required argument: {!r}'.format(param.name)) from None
            else:
                try:
                    param = next(params)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    raise TypeError('too many positional arguments') from None
                if param.kind == _VAR_POSITIONAL:
                    arguments[param.name] = (value,) + tuple(values)
                    break
                if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                    raise TypeError('multiple values for argument {!r}'.format(param.name)) from None
                arguments[param.name] = value
        varkw = None
        for param in itertools.chain(pending, params):
            if param.kind == _VAR_KEYWORD:
                varkw = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{!r} parameter is positional only, but was passed as a keyword'.format(
                        param.name))
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(param.name)) from None
        if kwargs:
            if varkw is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
            arguments[varkw.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Get a BoundArguments object mapping the arguments to the signature's parameters."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind, but missing required arguments are allowed."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),), {'_return_annotation': self._return_annotation})

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        parts = []
        pos_only_pending = False
        kw_only_marker = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pos_only_pending = True
            elif pos_only_pending:
                parts.append('/')
                pos_only_pending = False
            if kind == _VAR_POSITIONAL:
                kw_only_marker = False
            elif kind == _KEYWORD_ONLY and kw_only_marker:
                parts.append('*')
                kw_only_marker = False
            parts.append(str(param))
        if pos_only_pending:
            parts.append('/')
        text = '({})'.format(', '.join(parts))
        if self.return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self.return_annotation))
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


def _drop_first(sig):
    # A bound method's signature: without its first (self) parameter.
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    return sig.replace(parameters=params)


def _signature_from_function(cls, func):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__
    Param = cls._parameter_cls
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Param(name, kind, default=default, annotation=annotations.get(name, _empty)))
    n = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[n]
        params.append(Param(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for name in names[npos:npos + nkwonly]:
        params.append(Param(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                            annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[n + 1 if code.co_flags & CO_VARARGS else n]
        params.append(Param(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty), __validate_parameters__=False)


# The __text_signature__ of CPython's builtin functions (those that have one).
_BUILTIN_SIGNATURES = {
    'abs': '(x, /)', 'aiter': '(async_iterable, /)', 'all': '(iterable, /)', 'any': '(iterable, /)',
    'ascii': '(obj, /)', 'bin': '(number, /)', 'callable': '(obj, /)', 'chr': '(i, /)',
    'delattr': '(obj, name, /)', 'divmod': '(x, y, /)', 'format': "(value, format_spec='', /)",
    'globals': '()', 'hasattr': '(obj, name, /)', 'hash': '(obj, /)', 'hex': '(number, /)', 'id': '(obj, /)',
    'input': "(prompt='', /)", 'isinstance': '(obj, class_or_tuple, /)', 'issubclass': '(cls, class_or_tuple, /)',
    'len': '(obj, /)', 'locals': '()', 'oct': '(number, /)', 'ord': '(c, /)', 'pow': '(base, exp, mod=None)',
    'print': "(*args, sep=' ', end='\\n', file=None, flush=False)", 'repr': '(obj, /)',
    'round': '(number, ndigits=None)', 'setattr': '(obj, name, value, /)',
    'sorted': '(iterable, /, *, key=None, reverse=False)', 'sum': '(iterable, /, start=0)',
}
_TEXT_DEFAULTS = {"''": '', "' '": ' ', "'\\n'": '\n', 'None': None, '0': 0, 'False': False}


def _signature_from_text(cls, text):
    Param = cls._parameter_cls
    params = []
    kind = _POSITIONAL_OR_KEYWORD
    for part in text[1:-1].split(', ') if text != '()' else ():
        if part == '/':
            params = [p.replace(kind=_POSITIONAL_ONLY) for p in params]
            continue
        if part == '*':
            kind = _KEYWORD_ONLY
            continue
        if part.startswith('*'):
            params.append(Param(part[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
            continue
        name, eq, default = part.partition('=')
        params.append(Param(name, kind, default=_TEXT_DEFAULTS[default] if eq else _empty))
    return cls(params)


def _signature_of_dataclass_init(cls, func, dc):
    # dataclasses makes one __init__(self, *args, **kwargs) for all; CPython generates one per class.
    std, kw_only = dc.init_signatures[func]
    Param = cls._parameter_cls
    params = [Param('self', _POSITIONAL_OR_KEYWORD)]
    for kind, fields in ((_POSITIONAL_OR_KEYWORD, std), (_KEYWORD_ONLY, kw_only)):
        for f in fields:
            if f.default is not dc.MISSING:
                default = f.default
            elif f.default_factory is not dc.MISSING:
                default = dc._HAS_DEFAULT_FACTORY
            else:
                default = _empty
            params.append(Param(f.name, kind, default=default, annotation=f.type))
    return cls(params, return_annotation=None, __validate_parameters__=False)


def _signature_of_partial(sig, partial, extra=()):
    args = extra + (partial.args or ())
    keywords = partial.keywords or {}
    try:
        bound = sig.bind_partial(*args, **keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex
    params = OrderedDict(sig.parameters.items())
    to_kwonly = False
    for name, param in sig.parameters.items():
        if name in bound.arguments:
            value = bound.arguments[name]
            if param.kind is _POSITIONAL_ONLY:
                del params[name]
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if name in keywords:
                    to_kwonly = True
                    params[name] = param.replace(default=value)
                else:
                    del params[name]
                    continue
            if param.kind is _KEYWORD_ONLY:
                params[name] = param.replace(default=value)
        if to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                params[name] = params[name].replace(kind=_KEYWORD_ONLY)
                params.move_to_end(name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                params.move_to_end(name)
            elif param.kind is _VAR_POSITIONAL:
                del params[name]
    return sig.replace(parameters=params.values())


def _user_method(cls, name):
    # The method `name` as found on cls, unless it is a builtin one (a wrapper or descriptor).
    try:
        meth = getattr(cls, name)
    except AttributeError:
        return None
    if isbuiltin(meth) or isinstance(meth, (types.WrapperDescriptorType, types.MethodWrapperType,
                                            types.MethodDescriptorType, types.ClassMethodDescriptorType)):
        return None
    if meth is getattr(object, name, None) or meth is getattr(type, name, None):
        return None
    return meth


def _signature_of(obj, cls, follow_wrapped=True, skip_bound=True):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = _signature_of(obj.__func__, cls, follow_wrapped, skip_bound)
        return _drop_first(sig) if skip_bound else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__') or isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType):
            return _signature_of(obj, cls, follow_wrapped, skip_bound)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig
    if isfunction(obj):
        dc = sys.modules.get('dataclasses')
        if dc is not None and obj in dc.init_signatures:
            return _signature_of_dataclass_init(cls, obj, dc)
        return _signature_from_function(cls, obj)
    if isbuiltin(obj) or ismethoddescriptor(obj) and not isinstance(obj, functools.partial):
        text = _BUILTIN_SIGNATURES.get(getattr(obj, '__name__', None)) if isinstance(obj, types.BuiltinFunctionType) else None
        if text is None:
            raise ValueError('no signature found for builtin {!r}'.format(obj))
        return _signature_from_text(cls, text)
    if isinstance(obj, functools.partial):
        return _signature_of_partial(_signature_of(obj.func, cls, follow_wrapped, skip_bound), obj)
    sig = None
    if isinstance(obj, type):
        call = _user_method(type(obj), '__call__')
        if call is not None:
            sig = _signature_of(call, cls, follow_wrapped, skip_bound)
        else:
            new = _user_method(obj, '__new__')
            init = _user_method(obj, '__init__')
            factory = None
            for base in obj.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    factory = new
                    break
                if init is not None and '__init__' in base.__dict__:
                    factory = init
                    break
            if factory is not None:
                sig = _signature_of(factory, cls, follow_wrapped, skip_bound)
        if sig is None:
            if type not in obj.__mro__:
                if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                    return cls()
                raise ValueError('no signature found for builtin type {!r}'.format(obj))
            raise ValueError('no signature found for builtin type {!r}'.format(obj))
    else:
        call = _user_method(type(obj), '__call__')
        if call is not None:
            try:
                sig = _signature_of(call, cls, follow_wrapped, skip_bound)
            except ValueError as ex:
                raise ValueError('no signature found for {!r}'.format(obj)) from ex
    if sig is not None:
        return _drop_first(sig) if skip_bound else sig
    if isinstance(obj, types.BuiltinFunctionType):
        raise ValueError('no signature found for builtin function {!r}'.format(obj))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


# ---------------------------------------------------------------- argument specs
FullArgSpec = namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """Get the names and default values of a callable object's parameters."""
    try:
        sig = _signature_of(func, Signature, False, False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    kwonly = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonly.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonly, kwdefaults or None, annotations)


def getcallargs(func, /, *positional, **named):
    """Get the mapping of arguments to values."""
    sig = signature(func)
    bound = sig.bind(*positional, **named)
    bound.apply_defaults()
    if ismethod(func) and func.__self__ is not None:
        first = _signature_of(func.__func__, Signature, True, False)
        params = list(first.parameters.values())
        if params:
            return dict([(params[0].name, func.__self__)] + list(bound.arguments.items()))
    return dict(bound.arguments)
