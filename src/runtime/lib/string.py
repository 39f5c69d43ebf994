"""string: common string constants, capwords and Template (after CPython's Lib/string.py).

Template scans for its placeholders by hand (there is no re module): `delimiter` may be
overridden in a subclass, `idpattern` and `pattern` may not (identifiers are ASCII letters,
digits and underscores, not starting with a digit, as CPython's default pattern has them)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# ---------------------------------------------------------------- Template

_sentinel_dict = {}
_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


class _Match:
    """What CPython's pattern match gives convert(): the named groups and the matched text."""

    def __init__(self, text, start, escaped=None, named=None, braced=None, invalid=None):
        self._text = text
        self._start = start
        self._end = start + len(text)
        self._groups = {'escaped': escaped, 'named': named, 'braced': braced, 'invalid': invalid}

    def group(self, name=0):
        return self._text if name == 0 else self._groups[name]

    def start(self, name=0):
        # The invalid group is the empty one after the delimiter.
        return self._end if name == 'invalid' else self._start


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _identifier_end(self, i):
        t = self.template
        if i < len(t) and t[i] in _ID_START:
            i += 1
            while i < len(t) and t[i] in _ID_CHARS:
                i += 1
            return i
        return -1

    def _matches(self):
        t, d = self.template, self.delimiter
        i = 0
        while True:
            i = t.find(d, i)
            if i < 0:
                return
            j = i + len(d)
            if t.startswith(d, j):
                yield _Match(t[i:j + len(d)], i, escaped=d), j + len(d)
                i = j + len(d)
                continue
            end = self._identifier_end(j)
            if end > 0:
                yield _Match(t[i:end], i, named=t[j:end]), end
                i = end
                continue
            if j < len(t) and t[j] == '{':
                end = self._identifier_end(j + 1)
                if end > 0 and end < len(t) and t[end] == '}':
                    yield _Match(t[i:end + 1], i, braced=t[j + 1:end]), end + 1
                    i = end + 1
                    continue
            yield _Match(d, i, invalid=''), j
            i = j

    def _sub(self, convert):
        out = []
        last = 0
        for mo, end in self._matches():
            out.append(self.template[last:mo.start()])
            out.append(convert(mo))
            last = end
        out.append(self.template[last:])
        return ''.join(out)

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
        return self._sub(convert)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
        return self._sub(convert)

    def is_valid(self):
        for mo, _ in self._matches():
            if mo.group('invalid') is not None:
                return False
        return True

    def get_identifiers(self):
        ids = []
        for mo, _ in self._matches():
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
        return ids
