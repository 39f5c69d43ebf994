"""traceback: extract, format and print exceptions and stacks as CPython 3.11 does.

The texts of a traceback's entries (with their caret lines) and of an exception's last line come
from the runtime (`_yieldpoint.traceback_entries`, `format_exception_only`), the ones it prints for
uncaught exceptions."""

import sys
import _yieldpoint

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3
_sentinel = object()


def _source_line(filename, lineno):
    if lineno is None:
        return ''
    return _yieldpoint.source_line(filename, lineno)


class FrameSummary:
    """One entry of a stack: filename, lineno, name and the source line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals', '_text')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self._text = None
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Each frame and its line, from f outwards (from the caller's caller when f is None)."""
    if f is None:
        f = sys._getframe(1).f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Each frame of traceback tb and the line it was at, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        n = 0
        for f, lineno in frame_gen:
            if limit is not None and limit >= 0 and n >= limit:
                break
            n += 1
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                       lookup_line=False,
                                       locals=f.f_locals if capture_locals else None))
        if limit is not None and limit < 0:
            del result[:len(result) + limit]
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        text = getattr(frame_summary, '_text', None)
        if text is not None and not frame_summary.locals:
            return text
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
        if text is not None:
            row = [text]
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(f'  [Previous line repeated {count} more '
                                  f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(f'  [Previous line repeated {count} more '
                          f'time{"s" if count > 1 else ""}]\n')
        return result


def _limit():
    return getattr(sys, 'tracebacklimit', None)


def extract_tb(tb, limit=None):
    """The StackSummary of traceback tb, outermost entry first."""
    if limit is None:
        limit = _limit()
    result = StackSummary()
    for filename, lineno, name, text in _yieldpoint.traceback_entries(tb):
        fs = FrameSummary(filename, lineno, name)
        fs._text = text
        result.append(fs)
    if limit is not None:
        if limit >= 0:
            del result[limit:]
        else:
            del result[:max(len(result) + limit, 0)]
    return result


def extract_stack(f=None, limit=None):
    """The StackSummary of the stack from frame f (the caller's when None) outwards, outermost first."""
    if f is None:
        f = sys._getframe(1)
    if limit is None:
        limit = _limit()
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    pass


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    for line in te.format(chain=chain):
        print(line, file=file, end="")


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def _is_group(value):
    return isinstance(value, BaseExceptionGroup)


class TracebackException:
    """An exception ready for rendering: its type, stack, chained causes and contexts."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = extract_tb(exc_traceback, limit=limit)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        e = exc_value
        if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
            c = e.__cause__
            self.__cause__ = TracebackException(type(c), c, c.__traceback__, limit=limit,
                                                compact=compact, _seen=_seen)
        need_context = (self.__cause__ is None and e is not None and not e.__suppress_context__) if compact else True
        if e is not None and e.__context__ is not None and need_context and id(e.__context__) not in _seen:
            c = e.__context__
            self.__context__ = TracebackException(type(c), c, c.__traceback__, limit=limit,
                                                  compact=compact, _seen=_seen)
        if exc_value is not None and _is_group(exc_value):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__, limit=limit,
                                                  compact=compact, _seen=_seen)
                               for e in exc_value.exceptions]
        else:
            self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return self.exc_type.__qualname__ if self.exc_type is not None else 'None'

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        value = self._value
        if value is None or self.exc_type is None:
            t = self.exc_type
            name = 'NoneType' if t is None else t.__qualname__
            if t is not None and t.__module__ not in ("__main__", "builtins"):
                name = t.__module__ + '.' + name
            yield f'{name}: {self._str}\n' if self._str else f'{name}\n'
            return
        text = _yieldpoint.format_exception_only(value)
        notes = self.__notes__
        tail = []
        if isinstance(notes, (list, tuple)):
            for note in notes:
                tail.extend(line + '\n' for line in _safe_string(note, 'note').split('\n'))
        body = text[:len(text) - len(''.join(tail))] if tail else text
        yield body
        yield from tail

    def _format_one(self):
        value = self._value
        if self.stack:
            yield 'Traceback (most recent call last):\n'
            yield from self.stack.format()
        yield from self.format_exception_only()

    def format(self, *, chain=True, _ctx=None):
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    msg = ('\nThe above exception was the direct cause '
                           'of the following exception:\n\n')
                    nxt = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    msg = ('\nDuring handling of the above exception, '
                           'another exception occurred:\n\n')
                    nxt = exc.__context__
                else:
                    msg = None
                    nxt = None
                output.append((msg, exc))
                exc = nxt
        else:
            output.append((None, exc))
        if any(e._value is not None and _is_group(e._value) for _, e in output):
            # Exception groups: the runtime's report (chain included).
            text = _yieldpoint.format_exception(self._value)
            yield from (text + '\n').splitlines(keepends=True)
            return
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            for line in exc._format_one():
                if line:
                    yield line

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
