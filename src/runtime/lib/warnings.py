"""warnings: issue warnings and filter them, as CPython 3.11's warnings module (and _warnings) do.

Filter patterns (filterwarnings' message and module) are regular expressions matched at the start
of the text; Yieldpoint has no `re` module, so a small matcher below handles the common subset
(literals, '.', '*', '+', '?', '^', '$', '\\' escapes and [...] classes)."""

import sys
import _yieldpoint

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]


# ---------------------------------------------------------------- patterns

def _parse_pattern(p):
    """A list of (kind, value, quantifier) items."""
    items = []
    i = 0
    n = len(p)
    while i < n:
        c = p[i]
        if c == '\\' and i + 1 < n:
            d = p[i + 1]
            if d == 'd':
                item = ['class', (False, [('0', '9')])]
            elif d == 'w':
                item = ['word', None]
            elif d == 's':
                item = ['class', (False, [(' ', ' '), ('\t', '\r')])]
            elif d == 'Z':
                item = ['end', None]
            else:
                item = ['lit', d]
            i += 2
        elif c == '.':
            item = ['any', None]
            i += 1
        elif c == '$':
            item = ['eol', None]
            i += 1
        elif c == '^':
            item = ['bol', None]
            i += 1
        elif c == '[':
            j = i + 1
            neg = False
            if j < n and p[j] == '^':
                neg = True
                j += 1
            ranges = []
            first = True
            while j < n and (p[j] != ']' or first):
                first = False
                a = p[j]
                if a == '\\' and j + 1 < n:
                    j += 1
                    a = p[j]
                if j + 2 < n and p[j + 1] == '-' and p[j + 2] != ']':
                    ranges.append((a, p[j + 2]))
                    j += 3
                else:
                    ranges.append((a, a))
                    j += 1
            item = ['class', (neg, ranges)]
            i = j + 1
        else:
            item = ['lit', c]
            i += 1
        q = None
        if i < n and p[i] in '*+?':
            q = p[i]
            i += 1
            if i < n and p[i] == '?':
                i += 1
        items.append((item[0], item[1], q))
    return items


def _one(kind, value, s, i, icase):
    if i >= len(s):
        return False
    c = s[i]
    if kind == 'any':
        return c != '\n'
    if kind == 'word':
        return c == '_' or c.isalnum()
    if kind == 'lit':
        return c == value or (icase and c.lower() == value.lower())
    if kind == 'class':
        neg, ranges = value
        hit = False
        for a, b in ranges:
            if a <= c <= b or (icase and (a <= c.lower() <= b or a <= c.upper() <= b)):
                hit = True
                break
        return hit != neg
    return False


def _match_at(items, k, s, i, icase):
    if k == len(items):
        return True
    kind, value, q = items[k]
    if kind == 'bol':
        return i == 0 and _match_at(items, k + 1, s, i, icase)
    if kind == 'eol':
        return (i == len(s) or (i == len(s) - 1 and s[i] == '\n')) and _match_at(items, k + 1, s, i, icase)
    if kind == 'end':
        return i == len(s) and _match_at(items, k + 1, s, i, icase)
    if q is None:
        return _one(kind, value, s, i, icase) and _match_at(items, k + 1, s, i + 1, icase)
    lo = 1 if q == '+' else 0
    hi = 1 if q == '?' else len(s) - i
    j = i
    count = 0
    while count < hi and _one(kind, value, s, j, icase):
        j += 1
        count += 1
    while count >= lo:
        if _match_at(items, k + 1, s, i + count, icase):
            return True
        count -= 1
    return False


class _Pattern:
    """What re.compile(pattern[, re.I]) gives for a filter: match() at the start of a text."""

    def __init__(self, pattern, icase):
        self.pattern = pattern
        self.flags = 34 if icase else 32
        self._icase = icase
        self._items = _parse_pattern(pattern)

    def match(self, text):
        return _match_at(self._items, 0, text, 0, self._icase)

    def __eq__(self, other):
        return isinstance(other, _Pattern) and (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        return 're.compile(%r, re.IGNORECASE)' % self.pattern if self._icase else 're.compile(%r)' % self.pattern


# ---------------------------------------------------------------- showing

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        try:
            line = _yieldpoint.source_line(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    if msg.source is not None:
        _yieldpoint.tracemalloc_imported()
        s += f'{category}: Enable tracemalloc to get the object allocation traceback\n'
    return s


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a "
                                "function or method")
            sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# ---------------------------------------------------------------- filters

def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    assert action in ("error", "ignore", "always", "default", "module",
                      "once"), "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    message = _Pattern(message, True) if message else None
    module = _Pattern(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    assert action in ("error", "ignore", "always", "default", "module",
                      "once"), "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""
    pass


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


# ---------------------------------------------------------------- warn

def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals = sys.__dict__
        filename = 'sys'
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals['__name__'] if '__name__' in globals else '<string>'
    registry = globals.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry, None, source)


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    # As _warnings.c does: the registry remembers each location (and 'once'/'module' their text)
    # for as long as the filters are unchanged.
    if registry is not None and registry.get('version') != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and
                _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            reg = onceregistry if registry is None else registry
            if reg.get((text, category)):
                return
            reg[(text, category)] = True
        elif action == "module":
            if registry is not None:
                if registry.get((text, category, 0)):
                    return
                registry[(text, category, 0)] = True
        elif action != "default":
            raise RuntimeError(
                "Unrecognized action (%r) in warnings.filters:\n %s" %
                (action, item))
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


_native_registries = {}


def _warn_unawaited_coroutine_at(coro, filename, lineno, module):
    """_warn_unawaited_coroutine(coro), called by the runtime where coro was dropped."""
    msg = f"coroutine '{coro.__qualname__}' was never awaited"
    globals = _yieldpoint.module_globals(module)
    registry = globals.setdefault('__warningregistry__', {}) if globals is not None else _native_registries.setdefault(module, {})
    warn_explicit(msg, RuntimeWarning, filename, lineno, module, registry, None, coro)


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """Saves the warnings filters and showwarning() on entry and restores them on exit;
    with record=True, warnings are appended to the list __enter__ returns instead of shown."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        else:
            return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


_filters_version = 0


def _filters_mutated():
    global _filters_version
    _filters_version += 1


filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_warnings_defaults = True
