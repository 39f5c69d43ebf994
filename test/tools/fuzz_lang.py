"""Differential fuzzer for the language core: emits a random but deterministic Python program.

usage: python3 test/tools/fuzz_lang.py SEED > prog.py

The program prints the result (or the exception type and message) of every operation, so that
running it under CPython and under Yieldpoint and comparing the output finds any difference.
Everything generated must be valid under CPython 3.11, deterministic (no set-of-str order, no
ids), fast and small: exponents, shifts and repetitions are capped.
"""
import random
import re
import sys
import warnings

warnings.simplefilter('ignore', SyntaxWarning)  # from compile() of rejected f-string candidates

SMALL_INTS = list(range(-10, 11)) + [16, 37, 100, 255, 256, 1000, -128, 12345, -99999]
BIG_INTS = ['2**64', '-(2**63)', '10**20 + 7', '123456789012345678901234567890', '-987654321987654321',
            '2**100 - 1', '(1 << 70) + 3', '-(10**30)', '3**50']
FLOATS = ['0.0', '-0.0', '0.1', '0.5', '1.5', '2.5', '-2.5', '3.14159', '2.675', '1e16', '1e-07', '1e300',
          '-1e300', '123456.789', '1/3', '0.30000000000000004', '1e22', '5e-324', '1.7976931348623157e308',
          "float('inf')", "float('-inf')", "float('nan')", '100.0', '-7.25', '0.125', '9.995', '1234.5',
          '2.0', '-3.0', '6.02e23', '1.23456789e-10']
STRS = ['', 'a', 'abc', 'Hello World', '  padded  ', 'a,b,,c', 'one two  three', 'x\ty\tz',
        'line1\nline2\r\nline3\n', 'MiXeD cAsE', "it's o'neil", '12345', '-42', '3.14', 'ß', 'Straße',
        'ǅungla', 'éàü', 'ΣΑΣ ος', 'hello_world-foo bar', '\t\n ', 'aaa', 'abcabcabc', '0x1F', '١٢٣', '½',
        'x²', 'ﬁne', 'ABC def GHI', 'snake_case_name', 'a\x0bb\x0cc\x1cd', 'tab\tsep\tcols', 'ab\x00cd',
        'they\'re bill\'s', '123abc', 'A1 b2 C3', 'Ünïcödé', '  ', '\u2003em\u2003', 'x\u2028y', '_id9',
        '9lives', 'café au lait', 'CAPS', 'title Case', 'a-b_c d']
MODULES = ['bisect', 'collections', 'copy', 'dataclasses', 'enum', 'functools', 'heapq', 'itertools', 'operator', 'random',
           'string', 'sys', 'typing']
WORDS = ['a', 'b', 'ab', 'abc', 'x', 'hello', 'World', '', ' ', ',', 'ß', 'é', '1', '10', 'Z']


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.lines = []
        self.ind = 0
        self.n = 0
        self.uid = 0

    # ---- helpers -------------------------------------------------------------------------
    def c(self, seq):
        # a backquote in a choice stands for a single quote (f-string expressions here cannot hold one)
        v = self.r.choice(seq)
        return v.replace('`', "'") if isinstance(v, str) else v

    def p(self, prob):
        return self.r.random() < prob

    def emit(self, text):
        # a backquote stands for a single quote everywhere (generated programs never hold one)
        for line in text.replace('`', "'").split('\n'):
            self.lines.append('    ' * self.ind + line)

    def label(self):
        self.n += 1
        return self.n

    def name(self, base):
        self.uid += 1
        return f'{base}{self.uid}'

    def show(self, expr):
        self.emit(f'show({self.label()}, lambda: {expr})')

    def stmt(self, code):
        # a statement that may raise: print the exception like show()
        self.emit('try:')
        self.emit('    ' + code.replace('\n', '\n    '))
        self.emit('except Exception as e:')
        self.emit(f'    print({self.label()}, type(e).__name__, e)')

    # ---- leaves --------------------------------------------------------------------------
    def int_lit(self):
        k = self.r.random()
        if k < 0.75:
            v = self.c(SMALL_INTS)
            return f'({v})' if v < 0 else str(v)
        if k < 0.9:
            return f'({self.c(BIG_INTS)})'
        return self.c(['True', 'False', '0b1011', '0o17', '0xff', '1_000_000'])

    def float_lit(self):
        v = self.c(FLOATS)
        return f'({v})' if v.startswith('-') or '/' in v else v

    def str_lit(self):
        return repr(self.c(STRS))

    def word(self):
        return repr(self.c(WORDS))

    # ---- typed expressions ---------------------------------------------------------------
    def int_expr(self, d=2):
        if d <= 0 or self.p(0.3):
            return self.c([self.int_lit, self.int_lit, lambda: 'ia', lambda: 'ib'])()
        k = self.r.randrange(12)
        if k < 5:
            op = self.c(['+', '-', '*', '//', '%', '&', '|', '^', '+', '-', '*'])
            return f'({self.int_expr(d - 1)} {op} {self.int_expr(d - 1)})'
        if k == 5:
            if self.p(0.5):
                return f'({self.c(["2", "3", "-2", "10", "7", "-1", "0", "1"])} ** {self.r.randint(0, 70)})'
            return f'({self.int_expr(0)} ** {self.c(["0", "1", "2", "3", "-1", "-2"])})'
        if k == 6:
            op = self.c(['<<', '>>'])
            return f'({self.int_expr(d - 1)} {op} {self.c(["0", "1", "3", "7", "31", "64", "100", "-1"])})'
        if k == 7:
            return f'{self.c(["-", "~", "+", "-"])}{self.int_expr(d - 1)}'
        if k == 8:
            f = self.c(['abs({})', 'int({})', 'divmod({}, {})[0]', 'divmod({}, {})[1]', 'max({}, {})',
                        'min({}, {})', 'pow({}, 3, {})', 'round({}, {})', 'sum([{}, {}])', '({}).bit_length()',
                        'int(str({}))', 'len(str({}))', '({}).__index__()', 'int(({}).__abs__())'])
            args = [self.int_expr(d - 1) for _ in range(f.count('{}'))]
            if f.startswith('round'):
                args[1] = self.c(['-1', '-2', '0', '1', '-5'])
            return f.format(*args)
        if k == 9:
            return f'({self.int_expr(d - 1)} if {self.bool_expr(d - 1)} else {self.int_expr(d - 1)})'
        if k == 10:
            return self.c([f'int({self.float_lit()})', f'round({self.float_expr(d - 1)})',
                           f'int({self.str_lit()})', f'int({self.c(["0x1f", "ff", "777", "-101", " 12 ", "1_0"])!r}, {self.c(["16", "8", "2", "0", "36"])})',
                           f'len({self.str_expr(d - 1)})', f'{self.str_expr(d - 1)}.count({self.word()})',
                           f'{self.str_expr(d - 1)}.find({self.word()})'])
        return f'pow({self.int_expr(0)}, {self.c(["-1", "2", "5", "0"])}, {self.c(["7", "13", "1", "-5", "0", "10"])})'

    def float_expr(self, d=2):
        if d <= 0 or self.p(0.3):
            return self.c([self.float_lit, self.float_lit, self.int_lit, lambda: 'fx'])()
        k = self.r.randrange(9)
        if k < 4:
            op = self.c(['+', '-', '*', '/', '//', '%', '/', '*'])
            a, b = (self.float_expr(d - 1), self.c([self.float_expr, self.int_expr])(d - 1))
            if self.p(0.5):
                a, b = b, a
            return f'({a} {op} {b})'
        if k == 4:
            # a negative base with a fractional exponent would give a complex (outside the subset)
            return self.c([f'(abs({self.float_lit()}) ** {self.c(["2", "0.5", "-1", "3", "10", "0", "-0.5", "1000"])})',
                           f'({self.float_lit()} ** {self.c(["2", "-1", "3", "10", "0", "1000", "-2"])})',
                           f'(abs({self.float_expr(d - 1)}) ** {self.c(["0.5", "2", "1.5", "0"])})',
                           f'(2 ** {self.c(["-1", "-10", "0.5", "-0.5", "1024", "1023.5"])})'])
        if k == 5:
            return f'round({self.float_expr(d - 1)}, {self.c(["0", "1", "2", "3", "-1", "-2", "5", "10", "None"])})'
        if k == 6:
            f = self.c(['abs({})', '-{}', 'float({})', 'math.floor({})', 'math.ceil({})', 'math.trunc({})',
                        'math.sqrt({})', 'math.fmod({}, {})', 'math.copysign({}, {})', 'max({}, {})',
                        'min({}, {})', 'math.fsum([{}, {}, {}])', 'sum([{}, {}, {}])', 'math.hypot({}, {})',
                        'math.log({})', 'math.isclose({}, {})', 'divmod({}, {})[0]',
                        'divmod({}, {})[1]', '{}.is_integer()', 'float({}).as_integer_ratio()[1]',
                        'math.modf({})[0]', 'math.frexp({})[0]', 'math.ldexp({}, 3)', 'math.log2({})',
                        'math.log10({})', 'math.degrees({})', 'math.pow({}, 2)'])
            args = [self.float_expr(d - 1) for _ in range(f.count('{}'))]
            return f.format(*args)
        if k == 7:
            return f'float({self.c(["1e3", " 2.5 ", "inf", "-Infinity", "nan", "1_0.5", "0x10", "abc", ".5", "5.", "1e-3"])!r})'
        return f'({self.float_expr(d - 1)} if {self.bool_expr(d - 1)} else {self.int_expr(d - 1)})'

    def num_expr(self, d=2):
        return self.c([self.int_expr, self.float_expr])(d)

    def any_leaf(self):
        return self.c([self.int_lit, self.float_lit, self.str_lit, lambda: 'None', lambda: '[1, 2]',
                       lambda: '(1, 2)', lambda: '()', lambda: "{'a': 1}", lambda: 'True', lambda: '[]',
                       lambda: '{1, 2}', lambda: 'frozenset({3})', lambda: "b'ab'", lambda: 'range(3)'])()

    def bool_expr(self, d=1):
        k = self.r.randrange(5)
        if k == 0 or d <= 0:
            return self.cmp_expr(0)
        if k == 1:
            return f'({self.bool_expr(d - 1)} {self.c(["and", "or"])} {self.bool_expr(d - 1)})'
        if k == 2:
            return f'(not {self.bool_expr(d - 1)})'
        if k == 3:
            return f'({self.word()} in {self.str_expr(d - 1)})'
        return f'bool({self.any_leaf()})'

    def cmp_expr(self, d=1):
        ops = ['<', '<=', '>', '>=', '==', '!=']
        n = self.r.randint(1, 3)
        kind = self.r.randrange(5)
        def operand():
            if kind == 0:
                return self.num_expr(d)
            if kind == 1:
                return self.str_lit()
            if kind == 2:
                return self.c(['[1, 2]', '[1, 2, 3]', '[1]', '[]', '[1, 2.0]', "['a']", '[[1], 2]'])
            if kind == 3:
                return self.c(['(1, 2)', '(1, 2, 3)', '()', '(1,)', "(1, 'a')", '(0.5, 2)'])
            return self.any_leaf()
        parts = [operand()]
        for _ in range(n):
            parts.append(self.c(ops + ['in', 'not in'] if kind == 4 and self.p(0.3) else ops))
            parts.append(operand())
        return '(' + ' '.join(parts) + ')'

    def str_expr(self, d=2):
        if d <= 0 or self.p(0.35):
            return self.c([self.str_lit, self.str_lit, lambda: 'sa'])()
        k = self.r.randrange(10)
        s = self.str_expr(d - 1)
        if k == 0:
            return f'({s} + {self.str_expr(d - 1)})'
        if k == 1:
            return f'({self.str_lit()} * {self.c(["0", "2", "3", "-1"])})'
        if k == 2:
            return f'{s}[{self.slice_()}]'
        if k in (3, 4, 5):
            return self.str_method_call(s, str_result=True)
        if k == 6:
            return f'{self.str_lit()}.join({self.c([self.str_list_expr, lambda: s])()})'
        if k == 7:
            return f'str({self.any_leaf()})' if self.p(0.5) else f'repr({self.any_leaf()})'
        if k == 8:
            return self.fstring()
        return self.c([f'format({self.num_expr(1)}, {self.spec()!r})', f'{self.pct_format()}',
                       f'chr({self.c(["65", "97", "0x3b1", "0x1F600", "-1", "0x110000", "32", "10"])})',
                       f'hex({self.int_expr(1)})', f'bin({self.int_expr(1)})', f'oct({self.int_expr(1)})',
                       f'ascii({self.str_lit()})', f'{self.float_lit()}.hex()' if self.p(0.2) else f'str({self.float_expr(1)})'])

    def str_list_expr(self):
        return self.c([
            f'[{", ".join(self.word() for _ in range(self.r.randint(0, 4)))}]',
            f'{self.str_lit()}.split()', f'list({self.str_lit()})', f'[str(i) for i in range({self.r.randint(0, 5)})]',
            f'sorted({self.str_lit()})', f'[{self.word()}, {self.int_lit()}]',
        ])

    def slice_(self):
        def b():
            return self.c(['', '', '0', '1', '2', '3', '-1', '-2', '-4', '10', '-10', '5', 'None'])
        k = self.r.randrange(4)
        if k == 0:
            return self.c(['0', '1', '-1', '2', '-3', '7', '-20'])
        if k == 1:
            return f'{b()}:{b()}'
        return f'{b()}:{b()}:{self.c(["1", "2", "-1", "-2", "3", "-3", "", "0" if self.p(0.15) else "-1"])}'

    STR_METHODS_STR = ['strip', 'lstrip', 'rstrip', 'replace', 'center', 'ljust', 'rjust', 'zfill', 'title',
                       'capitalize', 'swapcase', 'casefold', 'upper', 'lower', 'expandtabs', 'removeprefix',
                       'removesuffix']
    STR_METHODS_OTHER = ['split', 'rsplit', 'partition', 'rpartition', 'find', 'rfind', 'index', 'rindex',
                         'count', 'startswith', 'endswith', 'splitlines', 'isalpha', 'isdigit', 'isdecimal',
                         'isnumeric', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle', 'isidentifier',
                         'isprintable', 'isascii', 'encode']

    def str_method_call(self, s, str_result=False):
        m = self.c(self.STR_METHODS_STR if str_result else self.STR_METHODS_STR + self.STR_METHODS_OTHER * 2)
        r = self.r
        sep = lambda: self.c(['None', "','", "' '", "'a'", "'ab'", "'b'", "'\\n'", "'ss'", "'l'"] + (["''"] if self.p(0.1) else []))
        width = lambda: self.c(['0', '3', '5', '8', '11', '20', '-1'])
        pos = lambda: self.c(['0', '1', '-1', '2', '-3', '5', '100', 'None'])
        if m in ('strip', 'lstrip', 'rstrip'):
            a = self.c(['', 'None', "' '", "'a'", "'ab'", "'xyz'", "'\\t\\n '", "'dap'", "'lo'"])
        elif m == 'replace':
            a = f'{self.word()}, {self.word()}' + (f', {self.c(["0", "1", "2", "-1"])}' if self.p(0.4) else '')
        elif m in ('center', 'ljust', 'rjust'):
            a = width() + (f', {self.c(["*", "-", "é", "ab", " "])!r}' if self.p(0.5) else '')
        elif m == 'zfill':
            a = width()
        elif m == 'expandtabs':
            a = self.c(['', '0', '1', '4', '8', '3', '-1'])
        elif m in ('removeprefix', 'removesuffix', 'partition', 'rpartition'):
            a = self.c([self.word(), self.word(), sep()]) if m.startswith('r') and 'part' not in m or 'part' not in m else self.c([self.word(), sep()])
            if a == 'None':
                a = "'a'"
        elif m in ('split', 'rsplit'):
            a = self.c(['', sep(), f'{sep()}, {self.c(["0", "1", "2", "-1", "5"])}', f'maxsplit={self.c(["0", "1", "2"])}',
                        f'sep={sep()}, maxsplit=1'])
        elif m in ('find', 'rfind', 'index', 'rindex', 'count'):
            a = self.word()
            if self.p(0.5):
                a += f', {pos()}'
                if self.p(0.5):
                    a += f', {pos()}'
        elif m in ('startswith', 'endswith'):
            a = self.c([self.word(), f'({self.word()}, {self.word()})', '()', f'[{self.word()}]' if self.p(0.1) else self.word()])
            if self.p(0.4):
                a += f', {pos()}'
                if self.p(0.5):
                    a += f', {pos()}'
        elif m == 'splitlines':
            a = self.c(['', 'True', 'False', 'keepends=True'])
        elif m == 'encode':
            return f'len({s}.encode())'
        else:
            a = ''
        return f'{s}.{m}({a})'

    def spec(self, in_fstring=False):
        out = ''
        if self.p(0.3):
            if self.p(0.4):
                out += self.c(['*', '0', '_', 'x', '-', ' ', 'é'] + ([] if in_fstring else ['{']))
            out += self.c(['<', '>', '^', '='])
        if self.p(0.3):
            out += self.c(['+', '-', ' '])
        if self.p(0.05):
            out += 'z'
        if self.p(0.15):
            out += '#'
        if self.p(0.15):
            out += '0'
        if self.p(0.5):
            out += str(self.c([1, 3, 5, 8, 10, 12, 15, 20]))
        if self.p(0.2):
            out += self.c([',', '_'])
        if self.p(0.35):
            out += '.' + str(self.c([0, 1, 2, 3, 5, 6, 10, 17, 20]))
        if self.p(0.75):
            out += self.c(['d', 'x', 'X', 'o', 'b', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', 'c', 's', 'f', 'g', 'd'])
        return out

    def fstring(self):
        # nested quotes or backslashes are not allowed in 3.11's f-string expressions: retry
        for _ in range(20):
            src = self.fstring1()
            try:
                compile(src, '<f>', 'eval')
                return src
            except SyntaxError:
                pass
        return 'f"{ia:>5}"'

    def fstring1(self):
        parts = []
        for _ in range(self.r.randint(1, 3)):
            k = self.r.randrange(8)
            v = self.c([self.int_expr(1), self.float_expr(1), self.fstr_lit(), self.int_lit(), self.float_lit(), 'None', 'True', "[1, 'a']"])
            if k < 4:
                parts.append('{' + v + ':' + self.spec(True) + '}')
            elif k == 4:
                parts.append('{' + v + self.c(['!r', '!s', '!a']) + (':' + self.spec(True) if self.p(0.3) else '') + '}')
            elif k == 5:
                parts.append('{' + v + ':{' + self.c(['iw', '5', '10', '1']) + '}.{' + self.c(['ip', '2', '0']) + '}' + self.c(['f', 'g', 'e', '', 's', '%']) + '}')
            elif k == 6:
                parts.append('{' + self.c(['ia', 'fx', 'sa', 'ib']) + self.c(['=', ' = ', '=!r', '=:>8', '=:.3']) + '}')
            else:
                parts.append(self.c(['lit ', '{{', '}}', ' - ', '|', '%d']))
        return 'f"' + ''.join(parts) + '"'

    def fstr_lit(self):
        # a str literal usable inside a double-quoted f-string: no backslash, no double quote
        return repr(self.c([s for s in STRS if '\\' not in repr(s) and '"' not in repr(s)]))

    def pct_format(self):
        convs = []
        args = []
        for _ in range(self.r.randint(1, 3)):
            flag = self.c(['', '', '-', '+', ' ', '0', '#', '-0'])
            w = self.c(['', '', '5', '10', '*'])
            pr = self.c(['', '', '.2', '.0', '.5', '.*'])
            t = self.c(['d', 'i', 's', 'r', 'f', 'e', 'g', 'x', 'X', 'o', 'c', 'a', '%', 'u', 'G', 'E'])
            if t == '%':
                convs.append('%%')
                continue
            convs.append(f'%{flag}{w}{pr}{t}')
            if w == '*':
                args.append(self.c(['6', '-6', '2']))
            if pr == '.*':
                args.append(self.c(['1', '3']))
            if t in 'sra':
                args.append(self.any_leaf())
            elif t == 'c':
                args.append(self.c(['65', "'z'", '0x3b1', "'ab'", '-1', '3.5']))
            else:
                args.append(self.c([self.int_lit(), self.float_lit(), self.int_lit(), "'7'" if self.p(0.1) else self.int_lit()]))
        if self.p(0.1):
            args.append('0')
        elif self.p(0.1) and args:
            args.pop()
        fmt = '[' + '|'.join(convs) + ']'
        if len(args) == 1 and self.p(0.5):
            return f'({fmt!r} % {args[0]})'
        return f'({fmt!r} % ({", ".join(args)}{"," if len(args) == 1 else ""}))'

    def list_expr(self, d=1):
        k = self.r.randrange(7)
        if k == 0 or d <= 0:
            return f'[{", ".join(self.int_lit() for _ in range(self.r.randint(0, 6)))}]'
        if k == 1:
            return f'list(range({self.c(["5", "0", "-3, 4", "10, 0, -3", "1, 12, 4", "3, -4, -2"])}))'
        if k == 2:
            return f'[{self.int_expr(0)} * i for i in range({self.r.randint(0, 6)}) if i % {self.c(["1", "2", "3"])}]'
        if k == 3:
            return f'{self.list_expr(d - 1)} + {self.list_expr(d - 1)}'
        if k == 4:
            return f'sorted({self.list_expr(d - 1)}{self.c(["", ", reverse=True", ", key=abs", ", key=lambda v: (v % 3, -v)", ", key=str"])})'
        if k == 5:
            return f'{self.list_expr(d - 1)}[{self.slice_()}]' if self.p(0.5) else f'list({self.list_expr(d - 1)}[{self.slice_().split(":")[0] or "0"}:])'
        return f'[{", ".join(self.c([self.int_lit, self.float_lit, self.str_lit])() for _ in range(self.r.randint(0, 4)))}]'

    # ---- sections ------------------------------------------------------------------------
    def sec_vars(self):
        self.emit(f'ia = {self.int_lit()}')
        self.emit(f'ib = {self.int_lit()}')
        self.emit(f'fx = {self.float_lit()}')
        self.emit(f'sa = {self.str_lit()}')
        self.emit(f'iw = {self.c([3, 7, 12])}')
        self.emit(f'ip = {self.c([0, 2, 4])}')
        self.emit("print('vars', repr(ia), repr(ib), repr(fx), repr(sa))")

    def sec_int(self):
        for _ in range(self.r.randint(3, 8)):
            self.show(self.int_expr(self.r.randint(1, 3)))

    def sec_float(self):
        for _ in range(self.r.randint(3, 8)):
            self.show(self.float_expr(self.r.randint(1, 3)))

    def sec_cmp(self):
        for _ in range(self.r.randint(3, 6)):
            self.show(self.cmp_expr(1))
        self.show(self.bool_expr(2))

    def sec_str(self):
        for _ in range(self.r.randint(4, 10)):
            if self.p(0.6):
                self.show(self.str_method_call(self.str_expr(self.r.randint(0, 1))))
            else:
                self.show(self.str_expr(self.r.randint(1, 3)))

    def sec_slice(self):
        seq = self.c([self.str_lit(), '[0, 1, 2, 3, 4, 5, 6]', "('a', 'b', 'c', 'd')", 'list(range(10))',
                      'range(2, 20, 3)', "'abcdefgh'", '(1, 2)', '[]'])
        v = self.name('q')
        self.emit(f'{v} = {seq}')
        for _ in range(self.r.randint(3, 7)):
            self.show(f'{v}[{self.slice_()}]')
        if self.p(0.7):
            lv = self.name('ls')
            self.emit(f'{lv} = list(range(8))')
            for _ in range(self.r.randint(1, 4)):
                k = self.r.randrange(3)
                sl = self.slice_()
                if ':' not in sl:
                    sl = sl + ':'
                if k == 0:
                    self.emit(f'try:\n    {lv}[{sl}] = {self.list_expr(0)}\nexcept Exception as e:\n    print({self.label()}, type(e).__name__, e)')
                elif k == 1:
                    self.emit(f'try:\n    del {lv}[{sl}]\nexcept Exception as e:\n    print({self.label()}, type(e).__name__, e)')
                else:
                    self.emit(f'try:\n    {lv}[{self.c(["0", "-1", "9", "-9", "2"])}] = 99\nexcept Exception as e:\n    print({self.label()}, type(e).__name__, e)')
                self.emit(f'print({self.label()}, {lv})')

    def sec_format(self):
        for _ in range(self.r.randint(3, 8)):
            k = self.r.randrange(5)
            if k == 0:
                self.show(self.fstring())
            elif k == 1:
                self.show(f'format({self.c([self.int_expr(1), self.float_expr(1), self.str_lit(), "True", "None", self.int_lit(), self.float_lit()])}, {self.spec()!r})')
            elif k == 2:
                self.show(self.pct_format())
            elif k == 3:
                self.show(self.str_format())
            else:
                self.show(f"'%(a)s-%(b)05.1f-%(a)r' % {{'a': {self.any_leaf()}, 'b': {self.float_lit()}}}")

    def str_format(self):
        fmts = ['{0} {1!r} {0:>5}', '{} {}', '{0.real} {1[0]}', '{a.imag} {b[1]}', '{:*^{w}}', '{0:{1}}',
                '{} {0}', '{2}', '{x}', '{0[a]}', '{!r:>8}', '{0:,} {0:_x}', '{:%} {:.0%}', '{{}} {}',
                '{0:=+8}', '{:s}', '{0!s:^7} {1:#b}', '{:.3} {:.3}', '{:10.2e}']
        f = self.c(fmts)
        args = [self.c([self.int_lit(), self.float_lit(), self.str_lit(), '[1, 2]', "{'a': 5}"]) for _ in range(self.r.randint(0, 3))]
        kw = f'a={self.int_lit()}, b={self.c(["[7, 8]", "(1,)", "{1: 2}"])}, w={self.c(["6", "3", "-1"])}, x={self.any_leaf()}'
        return f'{f!r}.format({", ".join(args + [kw])})'

    def sec_list(self):
        v = self.name('L')
        self.emit(f'{v} = {self.list_expr(2)}')
        for _ in range(self.r.randint(3, 9)):
            k = self.r.randrange(13)
            if k == 0:
                self.stmt(f'{v}.append({self.int_lit()})')
            elif k == 1:
                self.stmt(f'{v}.extend({self.c([self.list_expr(0), "range(3)", "(5, 6)", "iter([7])"])})')
            elif k == 2:
                self.stmt(f'{v}.insert({self.c(["0", "-1", "100", "-100", "2"])}, {self.int_lit()})')
            elif k == 3:
                self.show(f'{v}.pop({self.c(["", "0", "-1", "5", "-20"])})')
            elif k == 4:
                self.show(f'{v}.remove({self.int_lit()})')
            elif k == 5:
                self.show(f'{v}.index({self.int_lit()}{self.c(["", ", 1", ", -3, -1", ", 0, 2"])})')
            elif k == 6:
                self.show(f'{v}.count({self.int_lit()})')
            elif k == 7:
                # Not list.sort: after a failed comparison CPython leaves the list partly sorted
                # (a known difference: ours is left as it was).
                self.stmt(f'{v}[:] = sorted({v}, {self.c(["", "reverse=True", "key=abs", "key=lambda v: -v", "key=str, reverse=True"])})')
            elif k == 8:
                self.stmt(f'{v}.reverse()')
            elif k == 9:
                self.show(f'{v} {self.c(["+", "*", "==", "<", "!=", ">="])} {self.c([self.list_expr(0), "2", "0", "(1,)"])}')
            elif k == 10:
                self.show(f'({v}[{self.slice_()}], {v}.copy() is {v}, len({v}), {self.int_lit()} in {v})')
            elif k == 11:
                op = self.c(['+=', '*='])
                self.stmt(f'{v} {op} {self.list_expr(0) if op == "+=" else self.c(["2", "0", "-1", "1"])}')
            else:
                self.show(f'(sum({v}), min({v}, default=None), max({v}, key=lambda v: (v % 4, v), default="e"), sorted({v}, reverse=True)[:3])')
            self.emit(f'print({self.label()}, {v})')

    def sec_dict(self):
        v = self.name('D')
        items = ', '.join(f'{self.c([self.word(), self.int_lit()])}: {self.int_lit()}' for _ in range(self.r.randint(0, 5)))
        self.emit(f'{v} = {{{items}}}')
        keys = lambda: self.c([self.word(), self.int_lit(), '1.0', 'True', '(1, 2)'] + (['[1]'] if self.p(0.1) else []))
        for _ in range(self.r.randint(3, 9)):
            k = self.r.randrange(14)
            if k == 0:
                self.stmt(f'{v}[{keys()}] = {self.int_lit()}')
            elif k == 1:
                self.show(f'{v}[{keys()}]')
            elif k == 2:
                self.show(f'{v}.get({keys()}{self.c(["", ", 0", ", `d`"])})')
            elif k == 3:
                self.show(f'{v}.pop({keys()}{self.c(["", ", None"])})')
            elif k == 4:
                self.show(f'{v}.popitem()')
            elif k == 5:
                self.show(f'{v}.setdefault({keys()}, {self.int_lit()})')
            elif k == 6:
                self.stmt(f'{v}.update({self.c(["{1: 2}", "[(3, 4)]", "x=5", "{}", "zip(`ab`, (1, 2))"])})')
            elif k == 7:
                self.show(f'(list({v}.keys()), list({v}.values()), list({v}.items())[-2:])')
            elif k == 8:
                self.show(f'({v} | {{{keys()}: 0}}, {v} == dict({v}), len({v}), {keys()} in {v})')
            elif k == 9:
                self.emit(f'try:\n    del {v}[{keys()}]\nexcept Exception as e:\n    print({self.label()}, type(e).__name__, e)')
            elif k == 10:
                self.show(f'dict.fromkeys({self.c(["`abc`", "range(3)", "[1, 1, 2]"])}{self.c(["", ", 0"])})')
            elif k == 11:
                self.show(f'{{k: v for k, v in sorted({v}.items(), key=lambda kv: str(kv))}}')
            elif k == 12:
                self.show(f'sorted({v}, key=repr)')
            else:
                self.show(f'[(k, {v}[k]) for k in {v} if k != {self.int_lit()}]')
            self.emit(f'print({self.label()}, {v})')

    def sec_set(self):
        a = self.name('S')
        b = self.name('S')
        self.emit(f'{a} = {{{", ".join(str(self.r.randint(0, 12)) for _ in range(self.r.randint(1, 6)))}}}')
        self.emit(f'{b} = set({self.list_expr(1)})')
        for _ in range(self.r.randint(3, 8)):
            k = self.r.randrange(9)
            if k == 0:
                self.show(f'sorted({a} {self.c(["|", "&", "-", "^"])} {b}, key=repr)')
            elif k == 1:
                self.show(f'({a} {self.c(["<=", "<", ">=", ">", "==", "!="])} {b}, {a}.isdisjoint({b}), {a}.issubset({self.list_expr(0)}))')
            elif k == 2:
                self.stmt(f'{a}.add({self.r.randint(-3, 15)})')
            elif k == 3:
                self.show(f'{a}.remove({self.r.randint(0, 12)})')
            elif k == 4:
                self.stmt(f'{a}.discard({self.r.randint(0, 12)})')
            elif k == 5:
                self.show(f'{a}.pop() if {a} else "empty"')
            elif k == 6:
                self.show(f'(frozenset({a}) == {a}, len({a} | {b}), sorted({{x % 5 for x in {a}}}), {self.int_lit()} in {a})')
            elif k == 7:
                self.stmt(f'{a} {self.c(["|=", "&=", "-=", "^="])} {{{self.r.randint(0, 12)}, {self.r.randint(0, 12)}}}')
            else:
                self.show(f'set().union({a}, [1, 2]).difference({b}) == set({a}) - {b}')
            self.emit(f'print({self.label()}, {a}, sorted({b}, key=repr))')

    def sec_builtins(self):
        for _ in range(self.r.randint(3, 8)):
            L = self.list_expr(1)
            self.show(self.c([
                f'list(zip({L}, {self.str_lit()}{self.c(["", ", strict=True", ", range(2)"])}))',
                f'list(enumerate({self.str_lit()}{self.c(["", ", 1", ", start=-2"])}))',
                f'list(map({self.c(["abs", "str", "lambda v: v * 2", "pow"])}, {L}{self.c(["", ", [2, 3]"])}))',
                f'list(filter({self.c(["None", "lambda v: v > 0", "bool", "str.isdigit"])}, {self.c([L, self.str_lit()])}))',
                f'sorted({self.c([L, self.str_lit(), self.str_list_expr()])}, key={self.c(["None", "len", "str", "lambda v: -len(str(v))", "str.lower"])}{self.c(["", ", reverse=True"])})',
                f'{self.c(["min", "max"])}({self.c([L, self.str_lit(), self.str_list_expr()])}{self.c(["", ", key=len", ", default=0", ", key=str, default=`x`"])})',
                f'{self.c(["min", "max"])}({self.any_leaf()}, {self.any_leaf()})',
                f'(any({L}), all({L}), sum({L}, {self.c(["0", "10", "0.5"])}), list(reversed({L})))',
                f'[(i, c) for i, c in zip(range(10, 0, -3), {self.str_expr(1)})]',
                f'len({self.c([self.any_leaf(), self.str_expr(1), L])})',
                f'hash({self.c(["1", "1.0", "-1", "2**61", "-2**61 - 5", "(1, 2)", "True", "0.5", "-0.0", "[1]", "frozenset({1})", "float(`inf`)"])})',
                f'(abs({self.any_leaf()}), divmod({self.num_expr(0)}, {self.num_expr(0)}))',
                f'{self.c(["int", "float", "str", "bool", "list", "tuple"])}({self.any_leaf()})',
                f'iter({self.any_leaf()}).__next__()',
                f'range({self.int_lit()}, {self.int_lit()}, {self.c(["1", "2", "-1", "-3", "0"])})[{self.slice_()}]',
                f'(repr(range(0, 10, 2)[::-1]), len(range({self.int_lit()}, {self.int_lit()})), {self.int_lit()} in range(0, 10, 3), range(5).index(3))',
                f'[{self.int_expr(0)} for _ in ()] or {self.c(["ord", "chr", "len"])}({self.any_leaf()})',
                f'isinstance({self.any_leaf()}, {self.c(["int", "(str, list)", "float", "bool", "object", "tuple"])})',
                f'getattr({self.any_leaf()}, {self.c(["`real`", "`upper`", "`nope`", "`__len__`"])}, "dflt") is not None',
                f'round({self.num_expr(1)}{self.c(["", ", 1", ", -1", ", 2"])})',
            ]))

    def sec_unpack(self):
        for _ in range(self.r.randint(2, 5)):
            tgt = self.c(['a, b', 'a, *b', '*a, b', 'a, *b, c', '(a, b), c', 'a, b, c', '[a, *b]', 'a, = '.rstrip(' =')])
            src = self.c([self.list_expr(0), self.str_lit(), '(1, (2, 3))', "{'k': 1, 'j': 2}", 'range(4)', '[(1, 2), 3]', '5'])
            lab = self.label()
            names = [c for c in 'abc' if c in tgt]
            self.emit('try:')
            self.emit(f'    {tgt} = {src}')
            self.emit(f'    print({lab}, {", ".join(names)})')
            self.emit('except Exception as e:')
            self.emit(f'    print({lab}, type(e).__name__, e)')
        self.show(f'[*{self.list_expr(0)}, *{self.str_lit()}]')
        self.show(f'{{**{{"a": 1}}, "b": 2, **dict(c=3)}}')

    def sec_errors(self):
        errs = ["int('abc')", "int('12', 1)", "int('', 0)", "float('x1')", "[].pop()", "{}.popitem()", "1/0", "1//0",
                "1 % 0", "1.0/0", "2.0 % 0.0", "divmod(1, 0)", "divmod(1.5, 0)", "'a' + 1", "1 + 'a'", "[None][0]()",
                "len(5)", "(5).foo", "[1][5]", "'abc'[10]", "(1,)[-3]", "hash([])", "{[]: 1}", "iter(5)",
                "next(iter([]))", "chr(-1)", "ord('ab')", "ord('')", "int(float('inf'))", "int(float('nan'))",
                "'abc'.index('z')", "math.sqrt(-1)", "math.log(0)", "round(1.5, 'a')", "sorted([1, 'a'])",
                "max([])", "min([], key=len)", "pow(2, 3, 0)", "pow(2, -1, 4)", "float(10**400)", "10**400 / 1",
                "10**400 / 10**399", "2 ** -1", "0 ** -1", "0.0 ** -1", "(-8) ** (1/3) if False else (-8.0) ** 2",
                "'%d' % 'x'", "'%s %s' % (1,)", "'%s' % (1, 2)", "'{}'.format()", "'{0'.format(1)",
                "'{a}'.format(1)", "'{0:d}'.format(1.5)", "format('s', 'd')", "format(1, 's')", "format(1.5, 'x')",
                "format(1, '.2d')", "format('x', '+')", "format(5, ',c')", "format(True, 'd')", "abs('a')",
                "-'a'", "~1.5", "[1, 2] * 1.5", "'ab' * 'c'", "[] + ()", "(1, 2) + [3]", "{1: 2} + {}",
                "{1} + {2}", "1 < 'a'", "[1] < (1,)", "None > 0", "{} < {}", "[1, 2].index(5)", "(1, 2).index(3)",
                "list.append()", "[].append(1, 2)", "'abc'.split('')", "'abc'.center()", "'a'.center(5, 'xy')",
                "'abc'.join([1])", "'x'.zfill('3')", "int(None)", "float([])", "str(1, 2)",
                "dict([1, 2])", "dict([(1, 2, 3)])", "set([[1]])", "frozenset(1)", "1 in 5", "'a' in ['a'][0] in 'b'",
                "5 in 'abc'", "[] in {}", "object().x", "setattr(object(), \'x\', 1)", "type('X', (), {})().y",
                "getattr(1, 'nope')", "setattr(1, 'x', 2)", "delattr([], 'x')", "slice(1, 2, 0).indices(5)",
                "'abc'[::0]", "range(1, 2, 0)", "range(1.5)", "list(range(3))[1.0]", "sa['a']", "{}['missing']",
                "{(1, 2): 3}[(1, 3)]", "[1, 2, 3][1:2:0]", "bytes(-1)", "b'a' + 'a'", "'a' + b'a'",
                "int('99999999999999999999999999') + 1.5 * 10**300 * 10**10", "math.factorial(-1)",
                "math.factorial(2.5)", "math.gcd(2.0, 4)", "math.isqrt(-1)", "math.comb(3, -1)", "1 .real.x",
                "True.foo", "None.bar", "print(end=5)", "print(sep=1)", "isinstance(1, 1)", "issubclass(1, int)",
                "sum(['a', 'b'], '')", "sum([[1]], [])", "enumerate(5)", "zip(5)", "map(abs, 5)", "list(reversed({1: 2, 3: 4}))",
                "reversed(iter([]))", "divmod('a', 1)", "round('a')", "int('1' * 5000)", "str(10**5000)",
                "int('0x10')", "int('0b2', 0)", "int('1e3')", "float('1e')", "hex(1.5)", "bin('a')", "oct(None)",
                "'abc'.startswith(['a'])", "'abc'.replace(1, 'x')", "'a b'.split(None, 'x')", "'%c' % 1114112",
                "'%c' % 'ab'", "'%x' % 1.5", "'%(a)s' % {}", "'%(a)s' % 1", "'%z' % 1", "'%' % ()",
                "f'{1:=^}'", "format(1.5, '=^c')", "format(12, 'z')", "format(2**70, 'c')", "format(-1, 'c')",
                "format('abc', '=10')", "format('abc', '010')", "format([], 'x')", "format(None, '>5')",
                "'{0:{1}}'.format(1, 'x' * 3)", "'{:{}}'.format(1)", "'{0}{}'.format(1, 2)", "'{}{0}'.format(1, 2)",
                "'{!x}'.format(1)", "'{0[}'.format(1)", "'}'.format()", "'{'.format()", "'{0.}'.format(1)"]
        for _ in range(self.r.randint(4, 12)):
            self.show(self.c(errs))

    def sec_class(self):
        C = self.name('C')
        D = self.name('D')
        self.emit(f'class {C}:')
        self.emit(f'    """a class"""')
        self.emit(f'    kind = {self.word()}')
        self.emit(f'    def __init__(self, v):')
        self.emit(f'        self.v = v')
        dunders = ['repr'] + self.r.sample(['str', 'eq', 'lt', 'le', 'add', 'radd', 'iadd', 'sub', 'mul', 'len',
                                 'getitem', 'contains', 'iter', 'bool', 'hash', 'call', 'neg', 'enter', 'format',
                                 'index', 'int', 'float', 'getattr', 'setitem', 'truediv', 'floordiv', 'mod',
                                 'pow', 'and', 'matmul', 'abs', 'round', 'gt', 'ne'], self.r.randint(3, 14))
        ret_ni = self.p(0.3)
        for dn in dunders:
            if dn == 'repr':
                self.emit(f"    def __repr__(self): return f'{C}({{self.v!r}})'")
            elif dn == 'str':
                self.emit(f"    def __str__(self): return 's' + str(self.v)")
            elif dn in ('eq', 'lt', 'le', 'gt', 'ne'):
                op = {'eq': '==', 'lt': '<', 'le': '<=', 'gt': '>', 'ne': '!='}[dn]
                if ret_ni:
                    self.emit(f'    def __{dn}__(self, o): return self.v {op} o.v if isinstance(o, {C}) else NotImplemented')
                else:
                    self.emit(f'    def __{dn}__(self, o): return self.v {op} getattr(o, "v", o)')
            elif dn in ('add', 'radd', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'and', 'matmul'):
                op = {'add': '+', 'radd': '+', 'sub': '-', 'mul': '*', 'truediv': '/', 'floordiv': '//', 'mod': '%',
                      'pow': '**', 'and': '&', 'matmul': '*'}[dn]
                if ret_ni:
                    self.emit(f'    def __{dn}__(self, o): return {C}(self.v {op} o) if isinstance(o, int) else NotImplemented')
                else:
                    self.emit(f'    def __{dn}__(self, o): return {C}(self.v {op} getattr(o, "v", o))')
            elif dn == 'iadd':
                self.emit(f'    def __iadd__(self, o):\n        self.v += getattr(o, "v", o)\n        return self')
            elif dn == 'len':
                self.emit(f'    def __len__(self): return {self.c(["abs(self.v) if isinstance(self.v, int) else 3", "-1", "2", "True", "1.5"])}')
            elif dn == 'getitem':
                self.emit(f'    def __getitem__(self, i):\n        if isinstance(i, int) and i >= 4: raise IndexError(i)\n        return (i, self.v)')
            elif dn == 'setitem':
                self.emit(f'    def __setitem__(self, k, val): print("set", k, val)')
            elif dn == 'contains':
                self.emit(f'    def __contains__(self, x): return x == self.v')
            elif dn == 'iter':
                self.emit(f'    def __iter__(self):\n        yield self.v\n        yield from range(2)')
            elif dn == 'bool':
                self.emit(f'    def __bool__(self): return {self.c(["bool(self.v)", "1", "False"])}')
            elif dn == 'hash':
                self.emit(f'    def __hash__(self): return hash(self.v)' if self.p(0.8) else '    __hash__ = None')
            elif dn == 'call':
                self.emit(f'    def __call__(self, *a, **k): return (self.v, a, sorted(k.items()))')
            elif dn == 'neg':
                self.emit(f'    def __neg__(self): return {C}(-self.v)')
            elif dn == 'enter':
                self.emit(f'    def __enter__(self):\n        print("enter", self.v)\n        return self')
                self.emit(f'    def __exit__(self, t, e, tb):\n        print("exit", t.__name__ if t else None, e)\n        return {self.c(["True", "False", "None"])}')
            elif dn == 'format':
                self.emit(f'    def __format__(self, spec): return "F[" + spec + "]" + format(self.v, spec.rstrip("!"))')
            elif dn == 'index':
                self.emit(f'    def __index__(self): return {self.c(["int(self.v) if isinstance(self.v, (int, float)) else 7", "2", "`x`"])}')
            elif dn == 'int':
                self.emit(f'    def __int__(self): return 42')
            elif dn == 'float':
                self.emit(f'    def __float__(self): return {self.c(["2.5", "1"])}')
            elif dn == 'getattr':
                self.emit(f'    def __getattr__(self, name):\n        if name.startswith("_"): raise AttributeError(name)\n        return name * 2')
            elif dn == 'abs':
                self.emit(f'    def __abs__(self): return "abs!"')
            elif dn == 'round':
                self.emit(f'    def __round__(self, n=None): return ("round", n)')
        if self.p(0.5):
            self.emit(f'    @property\n    def double(self): return self.v * 2')
            self.emit(f'    @classmethod\n    def make(cls, x): return cls(x + 1)')
            self.emit(f'    @staticmethod\n    def stat(*args): return len(args)')
        self.emit(f'class {D}({C}):')
        if self.p(0.5):
            self.emit(f'    def __init__(self, v, w=0):\n        super().__init__(v)\n        self.w = w')
        self.emit(f'    def __repr__(self): return "{D}<" + super().__repr__() + ">"')
        x = self.name('o')
        y = self.name('o')
        self.emit(f'{x} = {C}({self.c([self.int_lit(), self.str_lit(), self.float_lit()])})')
        self.emit(f'{y} = {D}({self.int_lit()})')
        ops = [f'{x} + 1', f'1 + {x}', f'{x} + {y}', f'{x} - {y}', f'{x} * 2', f'{x} / 2', f'{x} // 2', f'{x} % 3',
               f'{x} ** 2', f'{x} & 1', f'{x} @ {y}', f'{x} == {y}', f'{x} != {y}', f'{x} < {y}', f'{y} > {x}',
               f'{x} <= 2', f'{x} >= {y}', f'len({x})', f'list({x})', f'3 in {x}', f'bool({x})', f'hash({x}) == hash({x})',
               f'{x}(1, k=2)', f'-{x}', f'abs({x})', f'round({x})', f'round({x}, 2)', f'format({x}, ">6")',
               f'f"{{{x}:*^9}}"', f'str({x})', f'repr({y})', f'{x}[0]', f'{x}[1:2]', f'int({x})', f'float({x})',
               f'[1, 2, 3][{x}]', f'{x}.missing', f'{x}._private', f'{y}.double', f'{C}.make(4).v', f'{y}.stat(1, 2)',
               f'{{{x}: 1}}', f'sorted([{y}, {x}])', f'max({x}, {y})', f'{x}.kind', f'{D}.__mro__[1].__name__',
               f'type({y}).__name__', f'isinstance({y}, {C})', f'{C}.__doc__', f'{x}.__class__ is {C}',
               f'vars({x})', f'{x}.__dict__', f'hex({x})', f'range({x})', f'"ab" * {x}', f'[{x}] * 2',
               f'divmod({x}, 2)', f'{x} is {x}', f'not {x}', f'({x} or "falsy")', f'{y}.w']
        for _ in range(self.r.randint(5, 14)):
            self.show(self.c(ops))
        if 'enter' in dunders:
            self.stmt(f'with {x} as w:\n    print("in with", repr(w.v))\n    {self.c(["pass", "raise ValueError(`boom`)", "1/0"])}')
            self.emit(f'print("after with")')
        if 'setitem' in dunders:
            self.stmt(f'{x}[{self.int_lit()}] = "z"')
        if 'iadd' in dunders:
            self.show(f'[{x}.__iadd__(5).v, {x}.v]')

    def sec_gen(self):
        g = self.name('gen')
        self.emit(f'def {g}(n):')
        self.emit(f'    total = 0')
        self.emit(f'    for i in range(n):')
        self.emit(f'        got = yield i * {self.int_lit()}')
        self.emit(f'        if got is not None:')
        self.emit(f'            total += got')
        self.emit(f'            if got < 0: raise ValueError(f"neg {{got}}")')
        if self.p(0.5):
            self.emit(f'    yield from {self.c(["range(2)", "`xy`", "[None]"])}')
        self.emit(f'    return total')
        n = self.r.randint(0, 4)
        self.show(f'list({g}({n}))')
        self.emit(f'it = {g}({n})')
        self.emit('try:')
        self.emit(f'    print({self.label()}, next(it), it.send({self.int_lit()}), it.send(None))')
        self.emit(f'    print({self.label()}, list(it), list(it))')
        self.emit('except StopIteration as e:')
        self.emit(f'    print({self.label()}, "stop", e.value, repr(e))')
        self.emit('except Exception as e:')
        self.emit(f'    print({self.label()}, type(e).__name__, e)')
        self.emit(f'it = {g}({n + 2})')
        self.emit('try:')
        self.emit(f'    next(it)')
        self.emit(f'    print({self.label()}, it.{self.c(["throw(KeyError(`k`))", "close()", "send(-1)", "send(5)"])})')
        self.emit(f'    print({self.label()}, next(it, "default"))')
        self.emit('except Exception as e:')
        self.emit(f'    print({self.label()}, type(e).__name__, e)')
        self.show(f'sum(x * x for x in range({self.r.randint(0, 20)}) if x % {self.r.randint(1, 4)})')
        self.show(f'[[y for y in range(x)] for x in range({self.r.randint(0, 4)})]')
        self.show(f'{{x: [c for c in {self.str_lit()} if c > {self.word()}][:x] for x in range(3)}}')
        self.show(f'[(x, y) for x in {self.str_lit()}[:3] for y in range(2) if (x, y) != ("a", 1)]')
        self.show(f'next((x for x in {self.list_expr(1)} if x > {self.int_lit()}), "none")')

    def sec_closure(self):
        f = self.name('mk')
        self.emit(f'def {f}(start):')
        self.emit(f'    count = start')
        self.emit(f'    def inc(by=1):')
        self.emit(f'        nonlocal count')
        self.emit(f'        count += by')
        self.emit(f'        return count')
        self.emit(f'    def get(): return count')
        self.emit(f'    return inc, get')
        self.emit(f'inc, get = {f}({self.int_lit()})')
        self.show(f'(inc(), inc({self.int_lit()}), get(), inc(by=-1))')
        self.show(f'[fn() for fn in [lambda: i for i in range(3)]]')
        self.show(f'[fn() for fn in [lambda i=i: i * 10 for i in range(3)]]')
        d = self.name('dflt')
        self.emit(f'def {d}(x, acc=[]):')
        self.emit(f'    acc.append(x)')
        self.emit(f'    return list(acc)')
        self.show(f'({d}(1), {d}(2), {d}(3, []))')
        k = self.name('kw')
        self.emit(f'def {k}(a, b={self.int_lit()}, *args, c, d=4, **kw): return (a, b, args, c, d, sorted(kw.items()))')
        for _ in range(self.r.randint(1, 4)):
            self.show(f'{k}({self.c(["1, c=3", "1, 2, 3, c=0", "c=1, a=2", "1", "1, c=2, e=5, d=0", "*[1, 2, 3], c=9", "1, **{`c`: 1, `z`: 2}", "1, a=2, c=3", "1, 2, c=3, c=4" if False else "1, 2, 3, 4, c=5, d=6"])})')

    def sec_flow(self):
        f = self.name('flow')
        self.emit(f'def {f}(x):')
        self.emit(f'    log = []')
        self.emit(f'    for i in range(3):')
        self.emit(f'        try:')
        self.emit(f'            log.append(("try", i))')
        self.emit(f'            if i == x: {self.c(["raise KeyError(i)", "raise ValueError(`v` + str(i))", "1 / 0", "continue", "break", "return log"])}')
        self.emit(f'            if i == x + 1: {self.c(["raise TypeError(`t`)", "continue", "break", "pass"])}')
        self.emit(f'        except (KeyError, ZeroDivisionError) as e:')
        self.emit(f'            log.append(("except", type(e).__name__, str(e)))')
        if self.p(0.4):
            self.emit(f'            {self.c(["raise RuntimeError(`wrapped`) from e", "raise", "continue", "break"])}')
        self.emit(f'        except Exception as e:')
        self.emit(f'            log.append(("other", repr(e)))')
        self.emit(f'        else:')
        self.emit(f'            log.append(("else", i))')
        self.emit(f'        finally:')
        self.emit(f'            log.append(("finally", i))')
        if self.p(0.3):
            self.emit(f'            if i == 2: return ("finally-return", log)')
        self.emit(f'    else:')
        self.emit(f'        log.append("loop-else")')
        self.emit(f'    return log')
        for x in self.r.sample(range(-1, 3), 2):
            lab = self.label()
            self.emit('try:')
            self.emit(f'    print({lab}, {f}({x}))')
            self.emit('except Exception as e:')
            self.emit(f'    print({lab}, type(e).__name__, e, repr(e.__cause__), repr(e.__context__))')
        lab = self.label()
        self.emit('try:')
        self.emit('    try:')
        self.emit(f'        {self.c(["int(`q`)", "[][0]", "{}[1]", "None.x"])}')
        self.emit('    except LookupError as e:')
        self.emit(f'        raise {self.c(["ValueError(`ctx`)", "ValueError(`nctx`) from None", "KeyError(`k2`) from e"])}')
        self.emit('except Exception as e:')
        self.emit(f'    print({lab}, type(e).__name__, e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)')
        lab = self.label()
        self.emit('try:')
        self.emit(f'    raise ExceptionGroup("grp", [ValueError(1), TypeError(2), KeyError(3)])')
        self.emit(f'except* {self.c(["ValueError", "(TypeError, KeyError)", "LookupError"])} as eg:')
        self.emit(f'    print({lab}, repr(eg), eg.exceptions)')
        self.emit(f'except* Exception as eg:')
        self.emit(f'    print({lab}, "rest", eg.message, len(eg.exceptions))')
        self.show(f'(lambda: (_ for _ in ()).throw(ValueError("g")))()')
        self.show(f'repr({self.c(["ValueError()", "ValueError(1, 2)", "KeyError(`a`)", "OSError(2, `nf`)", "Exception(`x`, [1])", "StopIteration(5)"])})')
        self.show(f'str({self.c(["ValueError()", "ValueError(1, 2)", "KeyError(`a`)", "KeyError()", "OSError(2, `nf`)", "Exception(`x`, [1])", "StopIteration(5)", "ArithmeticError(`z`)"])})')

    def sec_while(self):
        v = self.name('w')
        self.emit(f'{v} = {self.r.randint(0, 60)}')
        self.emit('steps = []')
        self.emit(f'while {v} != 1 and len(steps) < 30:')
        self.emit(f'    {v} = {v} // 2 if {v} % 2 == 0 else 3 * {v} + 1')
        self.emit(f'    if {v} == 0: break')
        self.emit(f'    steps.append({v})')
        self.emit(f'else:')
        self.emit(f'    steps.append("done")')
        self.emit(f'print({self.label()}, steps)')

    def rand_float(self):
        r = self.r
        k = r.randrange(6)
        if k == 0:
            return repr(r.uniform(-1000, 1000))
        if k == 1:
            return repr(r.uniform(-1, 1) * 10 ** r.randint(-30, 30))
        if k == 2:
            return repr(round(r.uniform(-100, 100), r.randint(0, 4)))
        if k == 3:
            return repr(r.randint(-10**6, 10**6) / self.c([8, 16, 1000, 3, 7, 1024]))
        if k == 4:
            return repr(r.choice([0.5, 1.5, 2.5, 0.125, 0.375, 1e-5, 1e-4, 1e15, 1e16, 1e17, 123456789.0, 0.1, 0.2, 0.3]) * self.c([1, -1]))
        return repr(float(r.randint(-99999, 99999)))

    def sec_floatfmt(self):
        v = self.name('fv')
        self.emit(f'{v} = [{", ".join(self.rand_float() for _ in range(self.r.randint(2, 5)))}]')
        for _ in range(self.r.randint(3, 8)):
            k = self.r.randrange(7)
            if k == 0:
                self.show(f'[format(x, {self.spec()!r}) for x in {v}]')
            elif k == 1:
                self.show(f'[round(x, {self.c(["0", "1", "2", "3", "-1", "-2", "5", "15", "-400", "400"])}) for x in {v}]')
            elif k == 2:
                self.show(f'[{self.pct_float_fmt()!r} % x for x in {v}]')
            elif k == 3:
                self.show(f'[(str(x), repr(x * {self.c(["3", "0.1", "1e10", "1e-10", "7"])}), x // {self.c(["0.1", "3", "-2.5", "1e-3"])}, x % {self.c(["0.1", "3", "-2.5", "7"])}) for x in {v}]')
            elif k == 4:
                self.show(f'[(x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x, x.is_integer(), int(x)) for x in {v}]')
            elif k == 5:
                # Only exponents whose glibc pow is exact: glibc's pow is not correctly rounded
                # (up to 0.52 ulp), ours is, so random bases with other exponents can differ.
                self.show(f'[(divmod(x, {self.c(["1", "-1", "0.3", "-7.5", "1e300"])}), x ** {self.c(["-1", "0.5", "1", "0"])} if x > 0 else x * 2) for x in {v}]')
            else:
                self.show(f'[f"{{x:{self.spec(True)}}}|{{x!r:>{self.r.randint(1, 25)}}}|{{x:.{self.r.randint(0, 20)}{self.c(["e", "f", "g", "%", "E", "G", ""])}}}" for x in {v}]')

    def pct_float_fmt(self):
        return '%' + self.c(['', '-', '+', ' ', '0', '#', '+0', '-#']) + self.c(['', '5', '12', '20']) + self.c(['', '.0', '.1', '.3', '.10', '.17']) + self.c(['f', 'e', 'g', 'E', 'G', 'r', 's', 'd', 'F'])

    def sec_subclass(self):
        name = self.name('Sub')
        base = self.c(['int', 'str', 'list', 'dict', 'float', 'tuple'])
        self.emit(f'class {name}({base}):')
        if base == 'dict':
            self.emit('    def __missing__(self, key): return ("missing", key)')
        if self.p(0.5):
            self.emit(f'    def __repr__(self): return "{name}(" + {base}.__repr__(self) + ")"')
        if self.p(0.5) and base in ('int', 'float'):
            self.emit(f'    def __add__(self, o): return {name}({base}.__add__(self, o) if not isinstance(o, str) else 0)')
        self.emit('    pass')
        init = {'int': self.int_lit(), 'str': self.str_lit(), 'list': self.list_expr(0), 'dict': "{'a': 1, 2: 'b'}",
                'float': self.float_lit(), 'tuple': '(1, "x", 2.5)'}[base]
        o = self.name('so')
        self.stmt(f'{o} = {name}({init})')
        ops = {'int': [f'{o} + 1', f'1 + {o}', f'{o} * 2', f'-{o}', f'str({o})', f'format({o}, "x")', f'{o} == {init}', f'type({o} + 1).__name__', f'{o}.real', f'hash({o}) == hash({init})', f'int({o})', f'f"{{{o}}}"'],
               'float': [f'{o} + 1', f'{o} / 2', f'round({o})', f'str({o})', f'type({o} * 2).__name__', f'{o}.is_integer()', f'float({o})', f'f"{{{o}:.2f}}"'],
               'str': [f'{o} + "!"', f'{o}.upper()', f'type({o}.upper()).__name__', f'{o}[1:]', f'type({o}[:]).__name__', f'len({o})', f'{o} * 2', f'str({o})', f'"%s" % {o}', f'f"{{{o}!r}}"', f'{o} == {init}'],
               'list': [f'{o} + [1]', f'type({o} + [1]).__name__', f'{o}[:2]', f'type({o}[:]).__name__', f'len({o})', f'{o} * 2', f'sorted({o}, key=str)', f'{o} == list({o})', f'list({o})'],
               'dict': [f'{o}["a"]', f'{o}["zz"]', f'{o}.get("zz")', f'len({o})', f'{o} | {{3: 4}}', f'type({o} | {{}}).__name__', f'dict({o})', f'{o} == dict({o})', f'list({o}.items())', f'"zz" in {o}'],
               'tuple': [f'{o} + (1,)', f'type({o} + (1,)).__name__', f'{o}[1:]', f'{o}.count(1)', f'len({o})', f'{o} == tuple({o})', f'hash({o}) == hash(tuple({o}))']}[base]
        for _ in range(self.r.randint(3, 7)):
            self.show(self.c(ops))
        self.show(f'(isinstance({o}, {base}), type({o}).__name__, {name}.__mro__[1].__name__, repr({o}))')

    def sec_views(self):
        d = self.name('V')
        self.emit(f'{d} = dict(zip({self.c(["range(5)", "`abcde`", "[3, 1, 2]"])}, {self.c(["range(10, 15)", "`vwxyz`", "[0, 0, 1]"])}))')
        for _ in range(self.r.randint(3, 7)):
            self.show(self.c([
                f'sorted({d}.keys() {self.c(["&", "|", "-", "^"])} {self.c(["{1, 2, 99}", "[0, `a`]", "set(`ab`)", "{3: 0}.keys()"])}, key=repr)',
                f'sorted({d}.items() {self.c(["&", "|", "-"])} {{(1, 11), (0, 10)}}, key=repr)',
                f'({d}.keys() == {self.c(["set(range(5))", "{3, 1, 2}", "set(`abcde`)"])}, {d}.keys() <= {{0, 1, 2, 3, 4, 5}}, len({d}.values()))',
                f'(list(reversed({d})), list(reversed({d}.values())), list(reversed({d}.items()))[:2])',
                f'({d}.values() == {d}.values(), 1 in {d}.values(), (1, 11) in {d}.items(), [1] in {d}.items() if False else 0)',
                f'(repr({d}.keys()), repr({d}.items())[:40], str({d}.values()))',
                f'{{**{d}, **{{k: -1 for k in list({d})[:2]}}}}',
                f'({d} == dict(sorted({d}.items())), {d} != {{}}, dict.fromkeys({d}, 0))',
            ]))

    def sec_descr(self):
        n = self.name('Desc')
        h = self.name('Host')
        self.emit(f'class {n}:')
        self.emit(f'    def __set_name__(self, owner, name): self.name = "_" + name')
        self.emit(f'    def __get__(self, obj, objtype=None):')
        self.emit(f'        if obj is None: return self')
        self.emit(f'        return getattr(obj, self.name, "unset")')
        if self.p(0.7):
            self.emit(f'    def __set__(self, obj, value):')
            self.emit(f'        if not isinstance(value, int): raise TypeError(f"{{self.name}} must be int, not {{type(value).__name__}}")')
            self.emit(f'        setattr(obj, self.name, value * 2)')
        self.emit(f'class {h}:')
        if self.p(0.4):
            self.emit(f'    __slots__ = ("_x", "y")')
        self.emit(f'    x = {n}()')
        self.emit(f'    def __init__(self): self.y = 1')
        self.emit(f'    @property')
        self.emit(f'    def p(self): return self.y + 100')
        self.emit(f'    @p.setter')
        self.emit(f'    def p(self, v): self.y = v')
        self.emit(f'    def __init_subclass__(cls, **kw): print("subclass", cls.__name__, sorted(kw.items()))')
        o = self.name('ho')
        self.emit(f'{o} = {h}()')
        for _ in range(self.r.randint(3, 7)):
            k = self.r.randrange(6)
            if k == 0:
                self.stmt(f'{o}.x = {self.c(["3", "`s`", "2.5", "-1"])}')
            elif k == 1:
                self.stmt(f'{o}.p = {self.int_lit()}')
            elif k == 2:
                self.stmt(f'{o}.z = 5')
            elif k == 3:
                self.stmt(f'del {o}.{self.c(["p", "y", "x", "z"])}')
            elif k == 4:
                self.stmt(f'class Child{self.name("")}({h}, flag={self.int_lit()}): pass')
            else:
                self.show(f'(type({h}.__dict__["x"]).__name__, {h}.x.__class__.__name__, {o}.p)')
            self.show(f'({o}.x, {o}.y, {o}.p, getattr({o}, "z", None))')

    # ---- supported-module sections ---------------------------------------------------------
    def show_some(self, exprs, lo=3, hi=8):
        for e in self.r.sample(exprs, min(len(exprs), self.r.randint(lo, hi))):
            self.show('(' + e.replace('`', "'") + ')')

    def stmts_some(self, stmts, lo=2, hi=5):
        for s in self.r.sample(stmts, min(len(stmts), self.r.randint(lo, hi))):
            self.stmt(s.replace('`', "'"))

    def sec_collections(self):
        dq = self.name('dq')
        ml = self.c(['None', '3', '5', '0', '1'])
        self.emit(f'{dq} = collections.deque({self.list_expr(0)}, maxlen={ml})')
        ops = [f'{dq}.append({self.int_lit()})', f'{dq}.appendleft({self.int_lit()})', f'{dq}.extend({self.list_expr(0)})',
               f'{dq}.extendleft({self.list_expr(0)})', f'{dq}.rotate({self.c(["1", "-1", "2", "0", "-7", "100"])})',
               f'{dq}.pop()', f'{dq}.popleft()', f'{dq}.remove({self.int_lit()})', f'{dq}.insert({self.c(["0", "-1", "9"])}, 4)',
               f'{dq}[{self.c(["0", "-1", "2", "10"])}] = 42', f'del {dq}[{self.c(["0", "-1", "1"])}]', f'{dq}.reverse()',
               f'{dq}.clear()' if self.p(0.2) else f'{dq} += [7, 8]', f'{dq} *= {self.c(["2", "0", "1"])}']
        for s in self.r.sample(ops, self.r.randint(3, 8)):
            self.stmt(s)
            self.emit(f'print({self.label()}, {dq}, len({dq}))')
        self.show_some([f'{dq}[{self.c(["0", "-1", "3", "-9"])}]', f'({dq}.maxlen, list({dq}), {dq}.count(1))',
                        f'{dq}.index({self.int_lit()})', f'{dq} == collections.deque(list({dq}))', f'repr({dq}.copy())',
                        f'{dq} + collections.deque([1])', f'{dq} * 2', f'list(reversed({dq}))', f'{dq} < collections.deque([1, 2])',
                        f'{self.int_lit()} in {dq}', f'bool({dq})'], 2, 5)
        cn = self.name('cnt')
        self.emit(f'{cn} = collections.Counter({self.c([self.str_lit(), self.list_expr(0), "`mississippi`", "`abracadabra`", "{`a`: 3, `b`: -1, `c`: 0}"])})')
        self.show_some([f'{cn}.most_common({self.c(["", "1", "2", "0", "10"])})', f'sorted(({cn} + collections.Counter(`aab`)).items(), key=repr)',
                        f'sorted(({cn} - collections.Counter(`abc`)).items(), key=repr)', f'sorted(({cn} | collections.Counter(a=5)).items(), key=repr)',
                        f'sorted(({cn} & collections.Counter(`aaz`)).items(), key=repr)', f'{cn}[`zz`]', f'sorted({cn}.elements(), key=repr)',
                        f'{cn}.total()', f'repr({cn})', f'sorted((+{cn}).items(), key=repr)', f'sorted((-{cn}).items(), key=repr)',
                        f'({cn} == collections.Counter({cn}), len({cn}))', f'{cn} <= collections.Counter(`abcdefghijklmnopqrstuvwxyz` * 9)',
                        f'repr(collections.Counter(`hello world`))', f'collections.Counter(`aabbcc`).most_common(2)'], 3, 7)
        self.stmts_some([f'{cn}.update(`abba`)', f'{cn}.subtract({{`a`: 2, `q`: 1}})', f'{cn}[`new`] += 3', f'del {cn}[`a`]',
                         f'{cn}.update({{`x`: 2}}, y=1)'], 1, 3)
        self.emit(f'print({self.label()}, sorted({cn}.items(), key=repr), {cn}.most_common(3))')
        dd = self.name('dd')
        fac = self.c(['list', 'int', 'set', 'str', 'None'])
        self.emit(f'{dd} = collections.defaultdict({fac})')
        self.stmts_some([f'{dd}[`a`].append(1)', f'{dd}[`b`] += 1', f'{dd}[`c`].add(2)', f'{dd}[`z`]', f'{dd}.setdefault(`s`, 5)',
                         f'{dd}.get(`nope`)', f'print(`x` in {dd}, {dd}[`x`], `x` in {dd})'], 2, 5)
        self.show_some([f'repr({dd})', f'sorted({dd}.items(), key=repr)', f'{dd}.default_factory is None',
                        f'repr({dd}.copy())', f'type({dd} | {{1: 2}}).__name__'], 1, 3)
        od = self.name('od')
        self.emit(f'{od} = collections.OrderedDict.fromkeys(`abcde`, 0)')
        self.stmts_some([f'{od}.move_to_end(`b`)', f'{od}.move_to_end(`d`, last=False)', f'print({od}.popitem())',
                         f'print({od}.popitem(last=False))', f'{od}.move_to_end(`zz`)', f'{od}[`a`] = 9',
                         f'print({od} == collections.OrderedDict(reversed({od}.items())), {od} == dict({od}))'], 2, 5)
        self.show_some([f'repr({od})', f'list(reversed({od}))', f'list({od}.keys())', f'repr({od} | {{`q`: 1}})'], 1, 3)
        nt = self.name('Pt')
        self.emit(f'{nt} = collections.namedtuple({nt!r}, {self.c(["`x y`", "[`x`, `y`]", "`x, y`"])}, defaults={self.c(["None", "(0,)", "(1, 2)"])})')
        self.show_some([f'{nt}(1, 2)', f'{nt}(1)', f'{nt}()', f'{nt}(1, 2)._replace(y=5)', f'{nt}(1, 2)._asdict()',
                        f'({nt}._fields, {nt}._field_defaults)', f'{nt}._make([3, 4])', f'{nt}(x=1, y=2) == (1, 2)',
                        f'{nt}(1, 2, 3)', f'{nt}(1, 2)._replace(z=1)', f'{nt}(1, 2).x + {nt}(1, 2)[1]',
                        f'collections.namedtuple(`Bad`, `a a`)', f'collections.namedtuple(`R`, `a _b`, rename=True)._fields',
                        f'collections.namedtuple(`K`, `class def`)', f'hash({nt}(1, 2)) == hash((1, 2))', f'str({nt}(`a`, [1]))'], 2, 6)
        cm = self.name('cm')
        self.emit(f'{cm} = collections.ChainMap({{`a`: 1, `b`: 2}}, {{`b`: 3, `c`: 4}})')
        self.stmts_some([f'{cm}[`c`] = 9', f'del {cm}[`c`]', f'del {cm}[`a`]', f'{cm} = {cm}.new_child({{`d`: 0}})',
                         f'{cm} = {cm}.parents', f'print({cm}.pop(`b`), {cm}.get(`b`))'], 1, 3)
        self.show_some([f'repr({cm})', f'dict({cm})', f'sorted({cm})', f'len({cm})', f'{cm}.maps', f'{cm}[`zz`]'], 1, 3)

    def sec_itertools(self):
        L = lambda: self.c([self.list_expr(0), self.str_lit(), 'range(5)', '[3, 1, 4, 1, 5, 9, 2, 6]', '`aabbbcdd`'])
        it = 'itertools'
        self.show_some([
            f'list({it}.chain({L()}, {L()}))', f'list({it}.chain.from_iterable([{L()}, {L()}]))',
            f'list({it}.islice({L()}, {self.c(["3", "1, 4", "0, None, 2", "2, 10, 3", "-1"])}))',
            f'list({it}.islice({it}.count({self.c(["0", "5, 2", "1.5, 0.5", "10, -3"])}), 5))',
            f'list({it}.islice({it}.cycle({L()}), 7))', f'list({it}.accumulate({L() if self.p(0.3) else "[1, 2, 3, 4]"}))',
            f'list({it}.accumulate([1, 2, 3, 4], {self.c(["operator.mul", "max", "lambda a, b: a - b", "min"])}))',
            f'list({it}.accumulate([1, 2, 3], initial={self.c(["10", "None", "0"])}))', f'list({it}.accumulate([]))',
            f'[(k, list(g)) for k, g in {it}.groupby({L()})]', f'[(k, len(list(g))) for k, g in {it}.groupby(range(10), key=lambda v: v // 3)]',
            f'list({it}.product({L()}, repeat={self.c(["1", "2"])}))[:12]', f'list({it}.product(`ab`, [0, 1], ()))',
            f'list({it}.permutations({self.c(["`abc`", "range(4)", "[]"])}, {self.c(["2", "None", "0", "5"])}))[:10]',
            f'list({it}.combinations({self.c(["`abcd`", "range(5)", "[1, 1, 2]"])}, {self.c(["2", "3", "0", "6"])}))',
            f'list({it}.combinations_with_replacement(`abc`, 2))',
            f'list({it}.zip_longest({L()}, {L()}{self.c(["", ", fillvalue=`-`", ", fillvalue=0"])}))',
            f'list({it}.takewhile(lambda v: {self.c(["v < 4", "v != `b`", "bool(v)"])}, {L()}))',
            f'list({it}.dropwhile(lambda v: {self.c(["v < 4", "v != `b`", "bool(v)"])}, {L()}))',
            f'list({it}.starmap({self.c(["pow", "operator.add", "max"])}, [(2, 3), (3, 2), (10, 0)]))',
            f'[list(t) for t in {it}.tee({L()}, {self.c(["2", "3", "1"])})]', f'list({it}.pairwise({L()}))',
            f'list({it}.compress(`abcdef`, [1, 0, 1, 0, 1]))', f'list({it}.filterfalse(None, [0, 1, ``, `a`, None, 2]))',
            f'list({it}.repeat({self.word()}, {self.c(["3", "0", "-1"])}))', f'list(zip({it}.count(), `abc`))',
            f'next({it}.islice(`abc`, 5, None), `none`)', f'list({it}.islice(`abc`, -1, 2))',
            f'list({it}.islice(`abcdef`, 1, 5, 0))', f'{it}.count(1, `a`)', f'list({it}.permutations(`ab`, -1))',
            f'repr({it}.count(3))', f'repr({it}.repeat(`a`, 2))', f'repr({it}.count(1.5, 2))',
            f'sum(1 for _ in {it}.combinations(range(8), 4))', f'list({it}.product())',
        ], 3, 9)

    def sec_functools(self):
        ft = 'functools'
        f = self.name('fib')
        ms = self.c(['None', '2', '128', '0'])
        self.emit(f'@{ft}.lru_cache(maxsize={ms})')
        self.emit(f'def {f}(n):')
        self.emit(f'    return n if n < 2 else {f}(n - 1) + {f}(n - 2)')
        self.emit(f'print({self.label()}, {f}({self.r.randint(0, 25)}), {f}.cache_info())')
        self.emit(f'{f}.cache_clear()')
        self.emit(f'print({self.label()}, {f}(5), {f}(5), {f}.cache_info())')
        c = self.name('cached')
        self.emit(f'@{ft}.cache')
        self.emit(f'def {c}(a, b=2):')
        self.emit(f'    print("compute", a, b)')
        self.emit(f'    return a * b')
        self.emit(f'print({self.label()}, {c}(3), {c}(3), {c}(3, b=2), {c}(b=2, a=3), {c}.cache_info().misses)')
        dec = self.name('logged')
        self.emit(f'def {dec}(fn):')
        self.emit(f'    @{ft}.wraps(fn)')
        self.emit(f'    def inner(*a, **k):')
        self.emit(f'        """inner doc"""')
        self.emit(f'        return ("wrapped", fn(*a, **k))')
        self.emit(f'    return inner')
        g = self.name('target')
        self.emit(f'@{dec}')
        self.emit(f'def {g}(x, y=1):')
        self.emit(f'    """target doc"""')
        self.emit(f'    return x + y')
        self.show_some([f'({g}.__name__, {g}.__doc__, {g}.__wrapped__(1), {g}(2, y=3))', f'{g}.__qualname__',
                        f'{ft}.reduce(operator.add, {self.list_expr(0)})', f'{ft}.reduce(lambda a, b: a * b, {self.list_expr(0)}, 1)',
                        f'{ft}.reduce(max, [], `init`)', f'{ft}.reduce(max, [])',
                        f'repr({ft}.partial(int, base=2))', f'{ft}.partial(int, base=2)(`1010`)', f'{ft}.partial(pow, 2)(10)',
                        f'{ft}.partial({ft}.partial(max, 1), 5)(3)', f'({ft}.partial(print, sep=`-`).keywords, {ft}.partial(max, 1, 2).args)',
                        f'repr({ft}.partial(max, 1, key=abs))', f'{ft}.partial(sorted, key=abs)([-3, 1, -2], reverse=True)',
                        f'{ft}.cmp_to_key(lambda a, b: (a > b) - (a < b))(1) < {ft}.cmp_to_key(lambda a, b: (a > b) - (a < b))(2)',
                        f'sorted([3, 1, 2], key={ft}.cmp_to_key(lambda a, b: b - a))'], 3, 7)
        T = self.name('Ver')
        self.emit(f'@{ft}.total_ordering')
        self.emit(f'class {T}:')
        self.emit(f'    def __init__(self, n): self.n = n')
        self.emit(f'    def __eq__(self, o): return isinstance(o, {T}) and self.n == o.n')
        self.emit(f'    def __{self.c(["lt", "gt", "le", "ge"])}__(self, o):')
        self.emit(f'        if not isinstance(o, {T}): return NotImplemented')
        self.emit(f'        return self.n {self.c(["<", ">", "<=", ">="])} o.n')
        self.show_some([f'[{T}(1) < {T}(2), {T}(1) <= {T}(1), {T}(3) > {T}(2), {T}(2) >= {T}(3)]', f'{T}(1) < 5',
                        f'sorted([{T}(3), {T}(1), {T}(2)], key=lambda v: v)[0].n', f'{T}(1) == {T}(1), {T}(1) != {T}(2)'], 1, 3)
        P = self.name('Circle')
        self.emit(f'class {P}:')
        self.emit(f'    def __init__(self, r): self.r = r')
        self.emit(f'    @{ft}.cached_property')
        self.emit(f'    def area(self):')
        self.emit(f'        print("computing area")')
        self.emit(f'        return self.r * self.r * 3')
        o = self.name('circ')
        self.emit(f'{o} = {P}({self.int_lit()})')
        self.emit(f'print({self.label()}, {o}.area, {o}.area, "area" in vars({o}))')
        self.stmt(f'del {o}.area\nprint({o}.area)')
        sd = self.name('disp')
        self.emit(f'@{ft}.singledispatch')
        self.emit(f'def {sd}(x): return ("default", x)')
        self.emit(f'@{sd}.register')
        self.emit(f'def _(x: int): return ("int", x)')
        self.emit(f'@{sd}.register(list)')
        self.emit(f'def _(x): return ("list", len(x))')
        self.emit(f'@{sd}.register(str)')
        self.emit(f'def _(x): return ("str", x.upper())')
        self.show(f'[{sd}(v) for v in (1, True, `s`, [1, 2], 2.5, None, (1,))]')

    def sec_dataclass(self):
        dc = 'dataclasses'
        A = self.name('DC')
        order = self.c(['True', 'False'])
        frozen = self.c(['True', 'False', 'False'])
        self.emit(f'@{dc}.dataclass(order={order}, frozen={frozen})')
        self.emit(f'class {A}:')
        self.emit(f'    x: int')
        self.emit(f'    y: str = {self.word()}')
        self.emit(f'    tags: list = {dc}.field(default_factory=list{", repr=False" if self.p(0.3) else ""}{", compare=False" if self.p(0.3) else ""})')
        if self.p(0.5):
            self.emit(f'    z: float = {dc}.field(default=1.5, init=False)')
        if self.p(0.5):
            self.emit(f'    def __post_init__(self):')
            self.emit(f'        print("post_init", self.x)')
            if frozen == 'False':
                self.emit(f'        self.tags.append(self.x)')
        B = self.name('DCsub')
        self.emit(f'@{dc}.dataclass(order={order}, frozen={frozen})')
        self.emit(f'class {B}({A}):')
        self.emit(f'    w: int = 0')
        a = self.name('dca')
        self.stmt(f'{a} = {A}({self.int_lit()})')
        self.stmt(f'{a} = {A}({self.int_lit()}, {self.word()}, [1])')
        self.show_some([f'{a}', f'{A}(1) == {A}(1)', f'{A}(1) < {A}(2)', f'sorted([{A}(3), {A}(1, `b`), {A}(1, `a`)])',
                        f'{dc}.asdict({a})', f'{dc}.astuple({a})', f'{dc}.replace({a}, x=99)', f'{dc}.replace({a}, q=1)',
                        f'[f.name for f in {dc}.fields({A})]', f'{B}(1, `b`, [], 5)', f'{B}(1, w=2) == {A}(1)',
                        f'{dc}.asdict({B}(1, tags=[{A}(2)]))', f'{A}()', f'{A}(1, 2, 3, 4)', f'{A}(1, x=2)',
                        f'{dc}.is_dataclass({a}), {dc}.is_dataclass({A}), {dc}.is_dataclass(1)', f'hash({A}(1)) == hash({A}(1))',
                        f'{A}.__match_args__', f'repr({B}(0))', f'{dc}.fields({a})[0].type', f'{A}(1) == (1,)'], 3, 8)
        self.stmts_some([f'{a}.x = 5\nprint({a})', f'{a}.new = 1\nprint({a})', f'del {a}.x', f'print({dc}.astuple({B}(2, `q`, [[1, {A}(3)]])))'], 1, 2)
        self.stmt(f'@{dc}.dataclass\nclass Bad{self.name("")}:\n    a: int = 1\n    b: int')
        self.stmt(f'@{dc}.dataclass\nclass Bad{self.name("")}:\n    a: list = []')

    def sec_enum(self):
        E = self.name('Color')
        base = self.c(['enum.Enum', 'enum.IntEnum', 'enum.Enum', 'enum.StrEnum'])
        vals = {'enum.Enum': ['1', '2', '3', '1'], 'enum.IntEnum': ['1', '2', '4', '2'], 'enum.StrEnum': ['`r`', '`g`', 'enum.auto()', '`r`']}[base]
        self.emit(f'class {E}({base}):')
        for n, v in zip(['RED', 'GREEN', 'BLUE', 'CRIMSON'], vals):
            self.emit(f'    {n} = {v.replace("`", chr(39))}')
        if self.p(0.4):
            self.emit(f'    def describe(self): return f"{{self.name}}={{self.value!r}}"')
        F = self.name('Perm')
        self.emit(f'class {F}(enum.{self.c(["Flag", "IntFlag"])}):')
        self.emit(f'    R = enum.auto()')
        self.emit(f'    W = enum.auto()')
        self.emit(f'    X = enum.auto()')
        if self.p(0.5):
            self.emit(f'    RW = R | W')
        A = self.name('Auto')
        self.emit(f'class {A}(enum.Enum):')
        self.emit(f'    A = enum.auto()')
        self.emit(f'    B = enum.auto()')
        self.emit(f"    C = {self.c(['10', 'enum.auto()'])}")
        self.emit(f'    D = enum.auto()')
        self.show_some([f'list({E})', f'{E}.RED', f'repr({E}.RED)', f'str({E}.GREEN)', f'f"{{{E}.BLUE}}"', f'format({E}.RED)',
                        f'{E}(1)', f'{E}(99)', f'{E}[`GREEN`]', f'{E}[`nope`]', f'{E}.CRIMSON is {E}.RED',
                        f'({E}.RED.name, {E}.RED.value)', f'len({E})', f'list({E}.__members__)', f'{E}.RED == 1',
                        f'{E}.RED < {E}.GREEN', f'{E}.RED in {E}', f'sorted({E}, key=lambda m: m.name)',
                        f'isinstance({E}.RED, int)', f'{{{E}.RED: 1}}[{E}.CRIMSON]', f'{E}.RED + 1', f'hash({E}.RED) == hash({E}.RED)',
                        f'[m.name for m in {E}]', f'type({E}.RED).__name__', f'{E}.RED.__class__ is {E}',
                        f'{F}.R | {F}.W', f'repr({F}.R | {F}.X)', f'str({F}.R | {F}.W)', f'{F}(0)', f'repr({F}(7))', f'{F}(3) & {F}.W',
                        f'~{F}.R', f'list({F}(5))', f'{F}.W in {F}(6)', f'bool({F}(0))', f'[m.name for m in {F}]', f'{F}(8)',
                        f'({F}.R | {F}.W).name', f'list({A})', f'[m.value for m in {A}]', f'{A}.B.value',
                        f'enum.unique({E})', f'{E}.RED.describe() if hasattr({E}.RED, `describe`) else None'], 4, 10)
        self.stmt(f'{E}.RED = 5')
        self.stmt(f'class Sub{self.name("")}({E}): pass')

    def sec_heapbisect(self):
        h = self.name('hp')
        self.emit(f'{h} = {self.c(["[5, 3, 8, 1, 9, 2]", "[]", "[(2, `b`), (1, `z`), (2, `a`)]", "list(range(10, 0, -1))"])}')
        self.emit(f'heapq.heapify({h})')
        self.emit(f'print({self.label()}, {h})')
        self.stmts_some([f'heapq.heappush({h}, {self.c(["4", "(0, `q`)", "0"])})\nprint({h})', f'print(heapq.heappop({h}), {h})',
                         f'print(heapq.heappushpop({h}, 6), {h})', f'print(heapq.heapreplace({h}, 7), {h})',
                         f'print(heapq.nsmallest(3, {h}), heapq.nlargest(2, {h}))'], 1, 4)
        self.show_some([f'list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9]))', f'list(heapq.merge([3, 1], [2], reverse=True))',
                        f'heapq.nlargest(3, {self.c(["`hello world`", "[5, 1, 5, 2]", "range(10)"])}, key={self.c(["None", "lambda v: -ord(str(v)[0])"])})',
                        f'heapq.nsmallest(2, [(1, `b`), (1, `a`), (0, `z`)])', f'list(heapq.merge([`a`, `bb`], [`c`], key=len))'], 1, 3)
        s = self.name('srt')
        self.emit(f'{s} = {self.c(["[1, 2, 2, 2, 5, 8]", "[]", "[`a`, `c`, `e`]", "list(range(0, 20, 3))"])}')
        x = lambda: self.c(['2', '0', '9', '`b`', '`e`', '6'])
        self.show_some([f'bisect.bisect_left({s}, {x()})', f'bisect.bisect_right({s}, {x()})', f'bisect.bisect({s}, {x()}, 1, 3)',
                        f'bisect.bisect_left([(1, `a`), (2, `b`)], 2, key=lambda t: t[0])',
                        f'bisect.bisect_right({s}, {x()}, lo=-1)'], 1, 3)
        self.stmts_some([f'bisect.insort({s}, {x()})\nprint({s})', f'bisect.insort_left({s}, {x()})\nprint({s})'], 1, 2)
        self.show_some([
            f'operator.itemgetter(1)({self.c(["`abc`", "[1, 2]", "{1: `one`}"])})', f'operator.itemgetter(0, -1)(`hello`)',
            f'operator.attrgetter(`real`, `imag`)(5)', f'repr(operator.itemgetter(1, 2))', f'repr(operator.attrgetter(`a.b`))',
            f'operator.methodcaller(`split`, `,`)(`a,b,c`)', f'repr(operator.methodcaller(`f`, 1, k=2))',
            f'sorted([(1, `b`), (0, `c`), (1, `a`)], key=operator.itemgetter(1))',
            f'[operator.add(1, 2), operator.mul(`a`, 3), operator.neg(5), operator.not_(0), operator.truth([])]',
            f'[operator.lt(1, 2), operator.eq(`a`, `a`), operator.contains([1], 1), operator.index(7), operator.concat([1], [2])]',
            f'[operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.xor(5, 3), operator.lshift(1, 5)]',
            f'(operator.getitem([1, 2, 3], slice(1, None)), operator.countOf([1, 1, 2], 1), operator.indexOf(`abc`, `c`))',
            f'operator.iadd([1], [2])', f'operator.length_hint(iter([1, 2, 3]))', f'operator.index(1.5)',
            f'(string.ascii_letters, string.digits, string.hexdigits, string.punctuation)',
            f'string.capwords({self.str_lit()})', f'string.capwords(`a-b c-d`, `-`)',
            f'string.Template(`$who likes ${{what}}s $$`).substitute(who=`tim`, what=`kung pao`)',
            f'string.Template(`$who $x`).safe_substitute(who=1)', f'string.Template(`$who $x`).substitute(who=1)',
            f'string.Formatter().format(`{{0}}-{{x}}`, 1, x=2)', f'string.ascii_uppercase[::5] + string.octdigits',
        ], 3, 7)

    def sec_copy(self):
        v = self.name('nest')
        self.emit(f'{v} = {{"a": [1, [2, 3]], "b": ({self.int_lit()}, [4]), "c": {{"d": {{5, 6}}}}}}')
        if self.p(0.5):
            self.emit(f'{v}["self"] = [{v}]')
        self.emit(f'{v}_s = copy.copy({v})')
        self.emit(f'{v}_d = copy.deepcopy({v})')
        self.emit(f'{v}["a"][1].append(99)')
        self.emit(f'{v}["b"][1].append(77)')
        self.emit(f'print({self.label()}, {v}_s["a"], {v}_d["a"], {v}_d["b"], {v}_s["b"] is {v}["b"], {v}_d["b"] is {v}["b"])')
        self.emit(f'print({self.label()}, ("self" in {v}_d and {v}_d["self"][0] is {v}_d), {v}_d["c"] == {v}["c"])')
        C = self.name('Node')
        self.emit(f'class {C}:')
        self.emit(f'    def __init__(self, val): self.val, self.kids = val, []')
        if self.p(0.5):
            self.emit(f'    def __copy__(self):')
            self.emit(f'        print("custom copy")')
            self.emit(f'        n = {C}(self.val)')
            self.emit(f'        n.kids = self.kids')
            self.emit(f'        return n')
        if self.p(0.5):
            self.emit(f'    def __deepcopy__(self, memo):')
            self.emit(f'        print("custom deepcopy", len(memo) > 0)')
            self.emit(f'        n = {C}(self.val)')
            self.emit(f'        memo[id(self)] = n')
            self.emit(f'        n.kids = copy.deepcopy(self.kids, memo)')
            self.emit(f'        return n')
        self.emit(f'    def __repr__(self): return f"{C}({{self.val}}, {{len(self.kids)}})"')
        n = self.name('nd')
        self.emit(f'{n} = {C}(1)')
        self.emit(f'{n}.kids.append({C}(2))')
        self.emit(f'{n}.kids.append({n})')
        self.emit(f'{n}c = copy.copy({n})')
        self.emit(f'{n}d = copy.deepcopy({n})')
        self.emit(f'print({self.label()}, {n}c, {n}d, {n}c.kids is {n}.kids, {n}d.kids[1] is {n}d, {n}d.kids[0] is {n}.kids[0])')
        self.show_some([f'copy.deepcopy((1, [2]))', f'copy.copy((1, 2)) == (1, 2)', f'copy.deepcopy(collections.deque([1, [2]], maxlen=3))',
                        f'copy.copy(collections.Counter(`aab`))', f'copy.deepcopy(collections.OrderedDict(a=[1]))',
                        f'copy.deepcopy(collections.defaultdict(list, a=[1]))', f'copy.copy(range(3))', f'copy.deepcopy(frozenset({{1, 2}}))',
                        f'copy.copy(set([3]))', f'copy.deepcopy(bytearray(b`xy`))'], 1, 4)

    def sec_mathmod(self):
        self.show_some([
            f'math.isqrt({self.c(["0", "1", "15", "16", "10**40 + 1", "2**127 - 1", "-4", "99999999999999999"])})',
            f'math.comb({self.c(["10, 3", "5, 6", "100, 50", "0, 0", "-1, 2", "7, 7"])})',
            f'math.perm({self.c(["10, 3", "5, 6", "5", "20, 0", "4, -1"])})',
            f'math.gcd({self.c(["12, 18", "0, 0", "-4, 6", "2**64, 2**32 * 3", "7", "", "12, 18, 27"])})',
            f'math.lcm({self.c(["4, 6", "0, 5", "-4, 6", "2, 3, 4", "", "2**40, 3**20"])})',
            f'math.fsum({self.c(["[0.1] * 10", "[1e100, 1.0, -1e100]", "[]", "[float(`inf`), 1]", "[0.1, 0.2, 0.3]"])})',
            f'math.prod({self.c(["[1, 2, 3, 4]", "[]", "range(1, 20)", "[0.5, 4]", "[2] * 70", "[1, 2], start=10"])})',
            f'math.floor({self.c(["1e20", "-1e20", "2.5", "-2.5", "1.7976931348623157e308", "float(`inf`)", "float(`nan`)", "10**30"])})',
            f'math.ceil({self.c(["1e20 + 0.5", "-0.5", "123456789.000001", "5e-324", "2**53 + 1.0"])})',
            f'math.factorial({self.c(["0", "20", "30", "5"])})', f'math.dist([0, 0], [3, 4])', f'math.trunc(-7.9)',
            f'(math.pi, math.e, math.tau, math.inf, -math.inf)', f'math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308)',
            f'math.copysign(1, -0.0)', f'math.exp(1)', f'math.log(8, 2)', f'math.log1p(1e-10)', f'math.sin(0), math.cos(0)',
            f'math.atan2(1, 1)', f'math.remainder(10, 3)', f'math.ulp(1.0)', f'math.nextafter(1.0, 2.0)',
            f'math.isqrt(2.0)', f'math.comb(10.0, 2)', f'pow(3, 200, 1000000007)', f'pow(7, -1, 13)', f'pow(2, 0.5)',
            f'divmod(-(10**30), 7)', f'(10**30) // -7', f'-(10**30) % 7', f'(2**100).bit_length(), (2**100).bit_count()',
            f'int.from_bytes(b`\\x01\\x00`, `big`), (256).to_bytes(2, `little`)', f'(-5) >> 1, -5 // 2, -(5 // 2)',
            f'round(2.5), round(3.5), round(-0.5), round(0.5)', f'round(12345, -2), round(12355, -1), round(-15, -1)',
            f'round(2.675, 2), round(1.005, 2), round(0.125, 2)', f'10**18 * 10**18 - 1', f'(3**100) % (2**61 - 1)',
            f'int(`-0b101`, 0), int(`0o17`, 0), int(`1_000`, 0), int(`z`, 36), int(`  +42  `)', f'int(`010`, 0)',
            f'int(`1__0`)', f'int(`_1`)', f'int(`١٢٣`)', f'float(`  -1_0.5e1_0  `)', f'int(`12`, 37)',
            f'(7).as_integer_ratio(), (0.75).as_integer_ratio()', f'(-7).__floordiv__(2), (7).__rtruediv__(2)',
            f'abs(-2**70), -2**70, (-2)**70', f'sum(range(10**6)) % 97',
        ], 4, 10)

    def sec_random(self):
        # pareto and weibull only with exponents whose pow is exact (glibc's pow is not correctly rounded)
        self.emit(f'rng = random.Random({self.r.randint(0, 1000)})')
        self.show_some([
            'rng.randint(1, 100)', 'rng.random()', 'rng.choice(`abcdef`)', 'rng.choice([])', 'rng.sample(range(100), 5)',
            'rng.uniform(1, 10)', 'rng.gauss(0, 1)', 'rng.randrange(10)', 'rng.randrange(0, 100, 7)', 'rng.getrandbits(70)',
            'rng.choices(`abc`, k=5)', 'rng.choices(range(5), weights=[5, 1, 1, 1, 10], k=4)', 'rng.normalvariate(5, 2)',
            'rng.expovariate(1.5)', 'rng.triangular(0, 10, 3)', 'rng.betavariate(2, 3)', 'rng.randbytes(5)',
            'rng.sample([`a`, `b`, `c`], 3)', 'rng.sample(range(10), 11)', 'rng.randint(5, 1)', 'rng.randrange(1 << 100)',
            'rng.choices(`ab`, cum_weights=[1, 3], k=3)', 'rng.paretovariate(1)', 'rng.vonmisesvariate(0, 1)',
            'rng.lognormvariate(0, 1)', 'rng.gammavariate(2, 2)', 'rng.weibullvariate(3, 1)',
        ], 4, 10)
        self.emit('lst = list(range(10))')
        self.emit('rng.shuffle(lst)')
        self.emit(f'print({self.label()}, lst)')
        self.emit(f'random.seed({self.c(["42", "`abc`", "0", "2**70", "-5"])})')
        self.emit(f'print({self.label()}, random.random(), random.randint(0, 9), random.choice([1, 2, 3]))')
        self.emit(f'st = random.getstate()')
        self.emit(f'a1 = random.random()')
        self.emit(f'random.setstate(st)')
        self.emit(f'print({self.label()}, a1 == random.random())')

    def sec_typing(self):
        N = self.name('NT')
        self.emit(f'class {N}(typing.NamedTuple):')
        self.emit(f'    a: int')
        self.emit(f'    b: str = "dflt"')
        self.emit(f'    def twice(self): return self.a * 2')
        TD = self.name('TD')
        self.emit(f'class {TD}(typing.TypedDict{self.c(["", ", total=False"])}):')
        self.emit(f'    name: str')
        self.emit(f'    age: int')
        T = self.name('Box')
        self.emit(f'TV = typing.TypeVar("TV")')
        self.emit(f'class {T}(typing.Generic[TV]):')
        self.emit(f'    def __init__(self, item: TV): self.item = item')
        self.show_some([f'{N}(1)', f'{N}(1, `x`).twice()', f'{N}._fields', f'{N}(a=3)._asdict()', f'{N}()', f'{N}(1)._replace(b=`q`)',
                        f'{TD}(name=`a`, age=3)', f'type({TD}(name=`a`)).__name__', f'typing.cast(int, `not an int`)',
                        f'{T}[int](5).item', f'repr(typing.List[int])', f'repr(typing.Dict[str, typing.Optional[int]])',
                        f'repr(typing.Union[int, str])', f'repr(typing.Optional[int])', f'repr(list[int])', f'repr(dict[str, list[int]])',
                        f'repr(typing.Callable[[int], str])', f'repr(typing.Tuple[int, ...])', f'repr({T}[int])', f'repr(TV)',
                        f'typing.get_type_hints({N})', f'{N}.__annotations__', f'repr(typing.Any)', f'isinstance([], typing.List)',
                        f'repr(typing.Literal[1, `a`])', f'typing.get_origin(list[int]), typing.get_args(dict[str, int])',
                        f'repr(int | None)', f'repr(typing.Sequence[int])', f'isinstance(1, int | str)'], 3, 8)

    # ---- class-feature, exception and misc sections ---------------------------------------
    def sec_mro(self):
        A, B, C, D = (self.name(x) for x in 'ABCD')
        self.emit(f'class {A}:')
        self.emit(f'    def who(self): return ["{A}"]')
        self.emit(f'    def __init__(self, *a, **k):')
        self.emit(f'        print("init {A}", a, sorted(k.items()))')
        self.emit(f'class {B}({A}):')
        self.emit(f'    def who(self): return ["{B}"] + super().who()')
        self.emit(f'    def __init__(self, *a, **k):')
        self.emit(f'        print("init {B}")')
        self.emit(f'        super().__init__(*a, **k)')
        self.emit(f'class {C}({A}):')
        self.emit(f'    def who(self): return ["{C}"] + super().who()')
        if self.p(0.5):
            self.emit(f'    def __init__(self, x=0, **k):')
            self.emit(f'        print("init {C}", x)')
            self.emit(f'        super().__init__(**k)')
        self.emit(f'class {D}({self.c([f"{B}, {C}", f"{C}, {B}"])}):')
        self.emit(f'    def who(self): return ["{D}"] + super().who()')
        self.emit(f'    @classmethod')
        self.emit(f'    def make(cls, *a): return cls(*a)')
        self.emit(f'    @staticmethod')
        self.emit(f'    def util(x): return x * 2')
        self.emit(f'    @property')
        self.emit(f'    def prop(self): return getattr(self, "_p", "unset")')
        self.emit(f'    @prop.setter')
        self.emit(f'    def prop(self, v): self._p = v')
        self.emit(f'    @prop.deleter')
        self.emit(f'    def prop(self):')
        self.emit(f'        print("deleting prop")')
        self.emit(f'        del self._p')
        d = self.name('dd')
        self.stmt(f'{d} = {D}({self.c(["", "1", "x=5", "1, 2"])})')
        self.show_some([f'[k.__name__ for k in {D}.__mro__]', f'{d}.who()', f'{D}.make().who()', f'{D}.util(4), {d}.util(`a`)',
                        f'super({B}, {d}).who()', f'{d}.prop', f'isinstance({d}, {A}), issubclass({D}, ({C}, int))',
                        f'{D}.__bases__', f'type({D}.__dict__[`util`]).__name__', f'{D}.__mro__[-1]', f'{A}.__subclasses__()'], 3, 7)
        self.stmts_some([f'{d}.prop = 5\nprint({d}.prop)', f'del {d}.prop\nprint({d}.prop)', f'del {d}.prop',
                         f'class Bad{self.name("")}({A}, {D}): pass', f'{D}.prop.fset({d}, 9)\nprint({d}._p)'], 1, 3)
        # __init_subclass__, __set_name__, class decorators, __slots__, metaclass
        R = self.name('Registry')
        self.emit(f'class {R}:')
        self.emit(f'    registry = []')
        self.emit(f'    def __init_subclass__(cls, tag=None, **kw):')
        self.emit(f'        super().__init_subclass__(**kw)')
        self.emit(f'        cls.tag = tag')
        self.emit(f'        {R}.registry.append((cls.__name__, tag))')
        self.emit(f'class Plug{self.name("")}({R}, tag={self.word()}): pass')
        self.stmt(f'class Plug{self.name("")}({R}, bogus=1): pass')
        self.emit(f'print({self.label()}, {R}.registry)')
        dec = self.name('addrepr')
        self.emit(f'def {dec}(prefix):')
        self.emit(f'    def wrap(cls):')
        self.emit(f'        cls.__repr__ = lambda self: prefix + cls.__name__ + str(sorted(vars(self).items()))')
        self.emit(f'        return cls')
        self.emit(f'    return wrap')
        S = self.name('Slotted')
        self.emit(f'@{dec}({self.word()})')
        self.emit(f'class {S}:')
        self.emit(f'    __slots__ = {self.c(["(`a`, `b`)", "[`a`]", "`a`", "()"])}'.replace('`', "'"))
        self.emit(f'    def __init__(self): self.a = 1')
        self.stmt(f'print({S}())')
        self.stmt(f's = {S}()\ns.b = 2\nprint(s.b)')
        self.stmt(f's = {S}()\ns.zz = 2')
        self.stmt(f'print({S}().__dict__)')
        self.stmt(f'print({S}().b)')
        M = self.name('Meta')
        self.emit(f'class {M}(type):')
        self.emit(f'    def __new__(mcs, name, bases, ns, **kw):')
        self.emit(f'        ns["made_by"] = mcs.__name__')
        self.emit(f'        return super().__new__(mcs, name, bases, ns)')
        self.emit(f'    def __call__(cls, *a):')
        self.emit(f'        print("meta call", cls.__name__, a)')
        self.emit(f'        return super().__call__(*a)')
        self.emit(f'    def __repr__(cls): return "<class " + cls.__name__ + ">"')
        W = self.name('WithMeta')
        self.emit(f'class {W}(metaclass={M}):')
        self.emit(f'    def __init__(self, v=0): self.v = v')
        self.show_some([f'{W}(3).v', f'{W}.made_by', f'repr({W})', f'type({W}).__name__', f'isinstance({W}, type)',
                        f'type(`Dyn`, ({W},), {{`q`: 1}})().q'], 1, 3)

    def sec_dunder(self):
        V = self.name('Vec')
        self.emit(f'class {V}:')
        self.emit(f'    def __init__(self, *c): self.c = list(c)')
        self.emit(f'    def __repr__(self): return f"{V}{{tuple(self.c)}}"')
        self.emit(f'    def __str__(self): return "<" + ",".join(map(str, self.c)) + ">"')
        self.emit(f'    def __format__(self, spec): return "|".join(format(x, spec) for x in self.c)')
        self.emit(f'    def __add__(self, o):')
        self.emit(f'        if isinstance(o, {V}): return {V}(*[a + b for a, b in zip(self.c, o.c)])')
        self.emit(f'        if isinstance(o, int): return {V}(*[a + o for a in self.c])')
        self.emit(f'        return NotImplemented')
        if self.p(0.6):
            self.emit(f'    __radd__ = __add__')
        self.emit(f'    def __mul__(self, k): return {V}(*[a * k for a in self.c]) if isinstance(k, int) else NotImplemented')
        if self.p(0.5):
            self.emit(f'    def __rmul__(self, k): return self * k')
        if self.p(0.5):
            self.emit(f'    def __iadd__(self, o):')
            self.emit(f'        print("iadd")')
            self.emit(f'        self.c = [a + o for a in self.c]')
            self.emit(f'        return self')
        self.emit(f'    def __eq__(self, o): return isinstance(o, {V}) and self.c == o.c')
        if self.p(0.5):
            self.emit(f'    def __hash__(self): return hash(tuple(self.c))')
        self.emit(f'    def __lt__(self, o): return self.c < o.c if isinstance(o, {V}) else NotImplemented')
        self.emit(f'    def {self.c(["__len__", "__bool__"])}(self): return {self.c(["len(self.c)", "sum(self.c) != 0", "0"])}')
        self.emit(f'    def __getitem__(self, i): return self.c[i]')
        if self.p(0.4):
            self.emit(f'    def __contains__(self, x): return x * 2 in self.c')
        if self.p(0.4):
            self.emit(f'    def __neg__(self): return {V}(*[-a for a in self.c])')
        if self.p(0.3):
            self.emit(f'    def __getattr__(self, name):')
            self.emit(f'        if name.startswith("c"): return "auto-" + name')
            self.emit(f'        raise AttributeError(f"no {{name}} here")')
        if self.p(0.3):
            self.emit(f'    def __call__(self, i=0, *, scale=1): return self.c[i] * scale')
        v = self.name('v')
        self.emit(f'{v} = {V}({", ".join(self.int_lit() for _ in range(self.r.randint(0, 3)))})')
        self.show_some([f'{v} + {V}(1, 1, 1)', f'{v} + 1', f'1 + {v}', f'{v} + `s`', f'`s` + {v}', f'{v} * 3', f'3 * {v}',
                        f'{v} * {v}', f'{v} == {V}(*{v}.c)', f'{v} != {v}', f'{v} < {V}(5)', f'{v} > {V}(5)', f'{v} <= {v}',
                        f'bool({v}), not {v}', f'len({v})', f'list({v})', f'2 in {v}', f'{v}[0]', f'{v}[::-1]', f'-{v}',
                        f'str({v}), repr({v}), f"{{{v}}}", f"{{{v}!r}}"', f'format({v}, `>4`)', f'f"{{{v}:05}}"',
                        f'{v}.cx', f'{v}.zz', f'{v}(0, scale=2)', f'{v}(1, 2)', f'{{{v}: 1}}', f'sorted([{V}(2), {V}(1, 5), {V}(1)])',
                        f'max([{V}(2), {V}(3)])', f'{v} if {v} else `falsy`', f'[x for x in {v}]', f'iter({v}).__next__()',
                        f'sum([{V}(1, 2), {V}(3, 4)], {V}(0, 0))', f'sum([{V}(1, 2), {V}(3, 4)])', f'{v} @ {v}', f'abs({v})'], 4, 10)
        self.stmt(f'{v} += 10\nprint({v})')
        self.stmt(f'{v} *= 2\nprint({v})')
        # __getattribute__ and a __getitem__-only sequence
        G = self.name('Spy')
        self.emit(f'class {G}:')
        self.emit(f'    x = 1')
        self.emit(f'    def __getattribute__(self, name):')
        self.emit(f'        if name == "secret": raise AttributeError("hidden")')
        self.emit(f'        print("get", name)')
        self.emit(f'        return object.__getattribute__(self, name)')
        self.emit(f'    def __getattr__(self, name): return "fallback-" + name')
        self.show_some([f'{G}().x', f'{G}().secret', f'{G}().missing', f'getattr({G}(), `y`, 5)', f'hasattr({G}(), `secret`)'], 1, 3)
        Q = self.name('Seq')
        self.emit(f'class {Q}:')
        self.emit(f'    def __getitem__(self, i):')
        self.emit(f'        if i >= {self.r.randint(0, 4)}: raise IndexError')
        self.emit(f'        return i * i')
        self.show_some([f'list({Q}())', f'3 in {Q}()', f'4 in {Q}()', f'[a for a in {Q}()]', f'sorted({Q}(), reverse=True)',
                        f'len({Q}())', f'reversed({Q}())', f'a, *b = {Q}()' if False else f'tuple({Q}())'], 1, 3)
        # hash/eq interplay
        H = self.name('Key')
        self.emit(f'class {H}:')
        self.emit(f'    def __init__(self, k): self.k = k')
        self.emit(f'    def __eq__(self, o): return isinstance(o, {H}) and self.k % 3 == o.k % 3')
        if self.p(0.6):
            self.emit(f'    def __hash__(self): return self.k % 3')
        self.show_some([f'len({{{H}(1), {H}(4), {H}(2)}})', f'{{{H}(1): `a`, {H}(4): `b`}}[{H}(7)]', f'{H}(1) in [{H}(4)]',
                        f'{H}.__hash__ is None', f'hash({H}(5)) == hash({H}(2))'], 1, 3)
        # context managers
        CM = self.name('Ctx')
        self.emit(f'class {CM}:')
        self.emit(f'    def __init__(self, name, swallow): self.name, self.swallow = name, swallow')
        self.emit(f'    def __enter__(self):')
        self.emit(f'        print("enter", self.name)')
        self.emit(f'        return self.name.upper()')
        self.emit(f'    def __exit__(self, et, ev, tb):')
        self.emit(f'        print("exit", self.name, et.__name__ if et else None, ev)')
        self.emit(f'        return self.swallow')
        lab = self.label()
        self.emit(f'def run_ctx{lab}():')
        self.emit(f'    for i in range(3):')
        self.emit(f'        with {CM}("a", {self.c(["True", "False"])}) as a, {CM}("b", {self.c(["True", "False", "i == 1"])}) as b:')
        self.emit(f'            print("body", a, b, i)')
        self.emit(f'            if i == {self.r.randint(0, 2)}: {self.c(["raise ValueError(i)", "continue", "break", "return i", "1 / 0"])}')
        self.emit(f'            print("after", i)')
        self.emit(f'    return "end"')
        self.stmt(f'print({lab}, run_ctx{lab}())')
        self.stmt(f'with {CM}("c", False):\n    raise KeyError("k")')

    def sec_exc(self):
        E = self.name('AppError')
        self.emit(f'class {E}(Exception):')
        self.emit(f'    def __init__(self, code, msg="bad"):')
        self.emit(f'        super().__init__(msg)')
        self.emit(f'        self.code = code')
        if self.p(0.6):
            self.emit(f'    def __str__(self): return f"[{{self.code}}] {{self.args[0]}}"')
        f = self.name('chain')
        self.emit(f'def {f}(k):')
        self.emit(f'    try:')
        self.emit(f'        try:')
        self.emit(f'            {self.c(["{}[k]", "1 / k", "int(k)", "[][k]"])}')
        self.emit(f'        except (KeyError, ZeroDivisionError, ValueError, IndexError, TypeError) as e:')
        self.emit(f'            {self.c([f"raise {E}(k) from e", f"raise {E}(k)", f"raise {E}(k) from None", "raise", f"raise {E}(1, `x`) from ValueError(`cause`)"])}')
        self.emit(f'    finally:')
        self.emit(f'        {self.c(["pass", "print(`finally`, k)", "return `overridden`" if self.p(0.3) else "pass"])}')
        for arg in self.r.sample(['0', "'k'", '1', '[1]', 'None'], 2):
            lab = self.label()
            self.emit('try:')
            self.emit(f'    print({lab}, {f}({arg}))')
            self.emit('except Exception as e:')
            self.emit(f'    print({lab}, type(e).__name__, str(e), repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__, getattr(e, "code", None))')
        g = self.name('fin')
        self.emit(f'def {g}():')
        self.emit(f'    out = []')
        self.emit(f'    for i in range(4):')
        self.emit(f'        try:')
        self.emit(f'            out.append(i)')
        self.emit(f'            if i == 1: {self.c(["raise ValueError(i)", "continue", "break", "return out"])}')
        self.emit(f'        finally:')
        self.emit(f'            if i == {self.r.randint(0, 3)}: {self.c(["continue", "break", "return (`fin`, out)", "out.append(`f`)"])}')
        self.emit(f'    return out')
        self.stmt(f'print({self.label()}, {g}())')
        lab = self.label()
        self.emit('try:')
        self.emit(f'    try:')
        self.emit(f'        raise ExceptionGroup("outer", [ValueError("v1"), TypeError("t1"), ExceptionGroup("inner", [ValueError("v2"), KeyError("k")])])')
        self.emit(f'    except* ValueError as eg:')
        self.emit(f'        print({lab}, "V", repr(eg), [repr(x) for x in eg.exceptions])')
        if self.p(0.4):
            self.emit(f'        raise RuntimeError("from handler")')
        self.emit(f'    except* {self.c(["TypeError", "KeyError", "LookupError", "(TypeError, KeyError)"])} as eg:')
        self.emit(f'        print({lab}, "T", eg.message, len(eg.exceptions))')
        self.emit('except BaseException as e:')
        self.emit(f'    print({lab}, "escaped", type(e).__name__, repr(e))')
        self.show_some([
            'ExceptionGroup("m", [ValueError(1), TypeError(2)]).subgroup(ValueError)',
            'ExceptionGroup("m", [ValueError(1), TypeError(2)]).split(TypeError)',
            'ExceptionGroup("m", [ValueError(1), ExceptionGroup("n", [TypeError(2)])]).derive([KeyError(3)])',
            'ExceptionGroup("m", [])', 'ExceptionGroup("m", [1])', 'BaseExceptionGroup("m", [ValueError()])',
            'type(BaseExceptionGroup("m", [ValueError()])).__name__', 'type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__',
            'str(ExceptionGroup("msg", [ValueError(1)]))', 'ExceptionGroup("m", [ValueError(1)]).subgroup(lambda e: isinstance(e, KeyError))',
        ], 1, 3)
        lab = self.label()
        self.emit('try:')
        self.emit(f'    e = {E}(7)')
        self.emit(f'    e.add_note("note one")')
        if self.p(0.5):
            self.emit(f'    e.add_note("note two")')
        self.emit(f'    raise e')
        self.emit(f'except {E} as e:')
        self.emit(f'    print({lab}, e.__notes__, e.args, str(e))')
        self.stmt(f'ValueError().add_note(5)')
        self.stmt(f'assert {self.c(["1 == 2", "[]", "0", "ia == ia"])}, {self.c(["`msg`", "f`ia={ia}`", "(1, 2)", "ValueError(`inner`)"])}')
        self.stmt(f'assert False')
        self.stmt(f'raise {self.c(["ValueError", "TypeError(`t`)", "StopIteration", "KeyError((1, 2))", "NotImplementedError", "Exception(1, 2, 3)"])}')
        self.stmt(f'raise 5')
        self.stmt(f'raise ValueError from 5')
        self.show_some([f'{E}(1).args', f'{E}(2, `m`).code', f'repr({E}(3))', f'str({E}(4, `zz`))', f'{E}(5).with_traceback(None) is not None',
                        f'issubclass({E}, BaseException)', f'[c.__name__ for c in KeyError.__mro__]', f'repr(SystemExit(2))',
                        f'UnicodeError.__mro__[1].__name__', f'repr(StopIteration(1, 2).value)', f'OSError(2, `x`).errno',
                        f'repr(FileNotFoundError(2, `gone`))', f'str(KeyError(`quoted`))', f'str(KeyError(1, 2))'], 2, 5)

    def sec_misc(self):
        # walrus, lambdas capturing loop variables, global/nonlocal
        self.show_some([f'[y for x in range(6) if (y := x * x) % 2]', f'(n := {self.int_lit()}, n + 1)',
                        f'[(lambda: i)() for i in range(3)]', f'[f() for f in [(lambda j=i: j * 2) for i in range(4)]]',
                        f'[f(10) for f in [(lambda x, k=k: x + k) for k in `ab` if False] + [lambda x: -x]]',
                        f'{{(w := k): len(k) for k in [`a`, `bb`]}}', f'sorted(`bca`, key=lambda c, *, o={{`a`: 3}}: o.get(c, 0))'], 1, 3)
        gname = self.name('G_COUNTER')
        self.emit(f'global {gname}')
        self.emit(f'{gname} = 0')
        fn = self.name('bump')
        self.emit(f'def {fn}():')
        self.emit(f'    global {gname}')
        self.emit(f'    {gname} += 1')
        self.emit(f'    return {gname}')
        self.emit(f'print({self.label()}, {fn}(), {fn}(), {gname})')
        # parameter errors
        p = self.name('params')
        self.emit(f'def {p}(a, b=2, /, c=3, *, d, e=5, **kw): return (a, b, c, d, e, kw)')
        for call in self.r.sample(['1, d=4', '1, 2, 3, d=4', 'a=1, d=4', '1, b=2, d=4', '1', '1, 2, 3, 4, d=5', '1, d=4, c=0, z=9',
                                   '', '1, d=1, d=2' if False else '1, **{`d`: 1, `a`: 2}', '*[1, 2], **{`d`: 0}', '1, 2, c=1, d=2, e=3',
                                   '1, 2, 3, c=3, d=4', '1, d=4, **{`c`: 5}'], self.r.randint(2, 6)):
            self.show(f'{p}({call})'.replace('`', "'"))
        q = self.name('varargs')
        self.emit(f'def {q}(*args, sep="-", **kw): return sep.join(map(str, args)) + str(sorted(kw))')
        self.show_some([f'{q}(1, 2, sep=`+`)', f'{q}(*`abc`, x=1, **{{`y`: 2}})', f'{q}(**{{`sep`: `,`}})', f'{q}(1, **{{1: 2}})',
                        f'{q}(sep=1)', f'(lambda x, /: x)(x=1)', f'(lambda *, k: k)(1)', f'(lambda a, b: 0)(1, 2, 3)',
                        f'(lambda a, b: 0)(1)', f'(lambda a, b: 0)(1, a=1)', f'(lambda: 0)(x=1)', f'len(obj=[])', f'max()',
                        f'sorted([3, 1], lambda v: v)', f'[].sort(key=1)', f'int(x=`1`)', f'dict(1, 2)', f'print(1, flush=`x`) or 0'], 2, 5)
        # decorators with arguments
        dec = self.name('repeat')
        self.emit(f'def {dec}(times, tag="t"):')
        self.emit(f'    def deco(fn):')
        self.emit(f'        def inner(*a, **k):')
        self.emit(f'            return [tag + str(fn(*a, **k)) for _ in range(times)]')
        self.emit(f'        inner.__name__ = fn.__name__')
        self.emit(f'        return inner')
        self.emit(f'    return deco')
        d2 = self.name('deco_target')
        self.emit(f'@{dec}({self.r.randint(0, 3)}, tag={self.word()})')
        self.emit(f'@{dec}(2)')
        self.emit(f'def {d2}(x): return x * 2')
        self.show(f'({d2}(3), {d2}.__name__)')
        # generators: send/throw/close, yield from return values
        sub = self.name('sub')
        self.emit(f'def {sub}(n):')
        self.emit(f'    try:')
        self.emit(f'        for i in range(n):')
        self.emit(f'            got = yield i')
        self.emit(f'            print("sub got", got)')
        self.emit(f'    except KeyError as e:')
        self.emit(f'        print("sub caught", repr(e))')
        self.emit(f'        {self.c(["return `from-except`", "yield `after-throw`", "raise ValueError(`converted`)"])}')
        self.emit(f'    finally:')
        self.emit(f'        print("sub finally")')
        self.emit(f'    return n * 10')
        outer = self.name('outer')
        self.emit(f'def {outer}():')
        self.emit(f'    r = yield from {sub}({self.r.randint(0, 3)})')
        self.emit(f'    print("outer got", r)')
        self.emit(f'    {self.c(["yield r", "return r", "yield from [r, r]"])}')
        lab = self.label()
        self.emit(f'def drive{lab}():')
        # closed at the end: CPython would run the finally of a dropped generator at once (refcounting)
        self.emit(f'    g = {outer}()')
        self.emit(f'    try:')
        self.emit(f'        out = [next(g)]')
        for step in self.r.sample(['out.append(g.send(`s1`))', 'out.append(g.throw(KeyError(`kk`)))', 'g.close()', 'out.append(next(g))',
                                   'out.append(g.send(None))', 'out.append(g.throw(ValueError))'], self.r.randint(1, 4)):
            self.emit(f'        {step}')
        self.emit(f'        return out')
        self.emit(f'    finally:')
        self.emit(f'        g.close()')
        self.emit('try:')
        self.emit(f'    print({lab}, drive{lab}())')
        self.emit('except StopIteration as e:')
        self.emit(f'    print({lab}, "StopIteration", e.value)')
        self.emit('except Exception as e:')
        self.emit(f'    print({lab}, type(e).__name__, e)')
        self.show_some(['(lambda g: (next(g), g.send(5)))((x for x in range(3)))', f'(lambda g: (next(g), g.close(), next(g, `closed`)))({sub}(3))',
                        f'(lambda g: g.throw(KeyError(1)))({sub}(3))', f'(lambda g: g.send(1))({sub}(3))', f'list({outer}())',
                        f'(lambda g: (next(g), g.gi_running, g.gi_frame is not None, g.close()))({sub}(2))'], 1, 3)
        # sorted/min/max with key and default; print with sep/end/file
        self.show_some([f'sorted([`b`, `A`, `c`, `a`], key=str.lower)', f'sorted([(1, `b`), (1, `a`), (0, `z`)], key=lambda t: t[0], reverse=True)',
                        f'min([], default=None)', f'max([3, 1, 2], key=lambda v: -v)', f'min(`hello`, key=ord)', f'max(1, 2, key=None)',
                        f'max([1], [2], default=0)', f'min((), key=len)', f'max([`aa`, `b`, `cc`], key=len)', f'min(1, `a`)'], 2, 4)
        sep, end = self.c(["'-'", "''", "None", "'\\n'"]), self.c(["'!\\n'", "'\\n'", "None"])
        self.emit(f'print({self.label()}, "a", 1, None, sep={sep}, end={end})')
        if self.p(0.3):
            self.emit(f'print("to stderr", {self.label()}, file=sys.stderr)')
        self.emit(f'print({self.label()}, *[1, 2], *"ab", sep="|")')
        # str methods with unicode, bytes/bytearray
        s = self.str_lit()
        self.show_some([f'{s}.upper(), {s}.lower(), {s}.casefold()', f'{s}.title()', f'{s}.encode(`utf-8`)', f'{s}.encode(`ascii`, `replace`)',
                        f'{s}.encode(`ascii`)', f'{s}.encode(`latin-1`, `ignore`)', f'[ord(c) for c in {s}][:6]', f'{s}.center(15, `·`)',
                        f'{s}.translate({{ord(`a`): `A`, ord(`e`): None}})', f'str.maketrans(`ab`, `xy`)', f'{s}.translate(str.maketrans(`abc`, `xyz`, `d`))',
                        f'{s}.isidentifier(), {s}.isprintable()', f'{s}.split(maxsplit=1)', f'{s}.format_map({{}})', f'{s}[::-1]',
                        f'ascii({s})', f'{s}.encode().decode(`utf-8`)', f'{s}.rjust(12, `é`)', f'{s}.swapcase()',
                        f'{s}.partition(` `)', f'`{{:^12}}`.format({s})', f'len({s}.encode(`utf-16`))' if False else f'len({s}.encode(`utf-8`))'], 2, 5)
        b = self.c(["b'hello world'", "b'\\x00\\xff\\n'", "bytes(range(5))", "b''", "bytes([65, 66])", "b'a,b,,c'", "'é'.encode()"])
        self.show_some([f'{b}', f'{b}.upper()', f'{b}.split()', f'{b}.split(b`,`)', f'{b}.hex()', f'{b}.hex(`:`)', f'bytes.fromhex(`de ad`)',
                        f'{b}[0] if {b} else None', f'{b}[1:3]', f'{b} + b`!`', f'{b} * 2', f'{b}.find(b`o`)', f'{b}.replace(b`l`, b`L`)',
                        f'{b}.decode(`utf-8`, `replace`)', f'{b}.decode(`ascii`)', f'list({b})', f'bytearray({b})', f'bytearray(3)',
                        f'bytearray({b}).extend(b`xy`)', f'(lambda ba: (ba.append(33), ba.pop(0) if ba else None, ba))(bytearray({b}))',
                        f'repr(bytearray(b`x\\ty`))', f'{b}.strip(b`hd`)', f'{b}.startswith(b`he`)', f'{b}.count(b`l`)', f'b`%s-%d` % (b`x`, 5)',
                        f'{b}.isalpha(), {b}.isdigit(), {b}.isspace()', f'bytes(`abc`, `ascii`)', f'bytes(`abc`)', f'{b}.join([b`1`, b`2`])',
                        f'{b} == bytearray({b})', f'hash({b}) == hash(bytes({b}))', f'{b}.title()', f'{b}.center(15, b`*`)',
                        f'{b}.zfill(8)', f'{b}[::-1]', f'bytes(bytearray(b`ab`))', f'b`ab` < b`b`', f'{b}.partition(b` `)', f'{b}.ljust(3)'], 3, 7)

    def sec_arity(self):
        # builtin methods called with too few or too many arguments: CPython words each by how it declares it
        recv = {'str': ["'ab c'", 'sa'], 'bytes': ["b'ab c'"], 'bytearray': ["bytearray(b'xy')"], 'list': ['[3, 1, 2]'],
                'dict': ["{'a': 1}"], 'set': ['{1, 2}'], 'frozenset': ['frozenset({1})'], 'int': ['(7)', 'ia'], 'float': ['(2.5)'],
                'tuple': ['(1, 2)'], 'deque': ['collections.deque([1, 2])'], 'Counter': ["collections.Counter('aab')"]}
        kind = self.c(sorted(recv))
        obj = self.c(recv[kind])
        names = {'str': ['upper', 'join', 'split', 'replace', 'center', 'find', 'count', 'strip', 'zfill', 'partition', 'startswith',
                         'encode', 'expandtabs', 'splitlines', 'format_map', 'translate', 'removeprefix', 'isdigit', 'title', 'ljust'],
                 'bytes': ['upper', 'join', 'split', 'replace', 'center', 'find', 'hex', 'decode', 'partition', 'translate', 'zfill'],
                 'bytearray': ['append', 'extend', 'pop', 'insert', 'remove', 'clear', 'copy', 'reverse', 'find', 'join'],
                 'list': ['append', 'extend', 'insert', 'pop', 'remove', 'index', 'count', 'copy', 'clear', 'reverse', 'sort'],
                 'dict': ['get', 'pop', 'popitem', 'keys', 'items', 'values', 'setdefault', 'update', 'copy', 'clear', 'fromkeys'],
                 'set': ['add', 'remove', 'discard', 'pop', 'copy', 'clear', 'isdisjoint', 'union', 'issubset'],
                 'frozenset': ['copy', 'isdisjoint', 'union', 'issubset'],
                 'int': ['bit_length', 'to_bytes', 'conjugate', 'as_integer_ratio', 'bit_count', '__add__', '__round__'],
                 'float': ['hex', 'is_integer', 'as_integer_ratio', 'conjugate', '__round__', '__add__'],
                 'tuple': ['count', 'index', '__getitem__'], 'deque': ['append', 'rotate', 'pop', 'index', 'insert', 'extend'],
                 'Counter': ['most_common', 'update', 'subtract', 'total']}[kind]
        for _ in range(self.r.randint(2, 6)):
            m = self.c(names)
            args = ', '.join(self.c(['1', "'a'", '[1]', 'None', '2']) for _ in range(self.r.randint(0, 4)))
            self.show(f'{obj}.{m}({args})')
        self.show(f'{self.c(["str", "list", "dict", "int", "object", "type"])}.{self.c(["__init__", "__add__", "__len__", "__format__", "upper", "append", "keys", "__getitem__"])}()')


    SECTIONS = ['int', 'int', 'float', 'float', 'cmp', 'str', 'str', 'slice', 'format', 'format', 'list', 'dict',
                'set', 'builtins', 'unpack', 'errors', 'errors', 'class', 'gen', 'closure', 'flow', 'while',
                'floatfmt', 'floatfmt', 'subclass', 'views', 'descr',
                'collections', 'itertools', 'functools', 'dataclass', 'enum', 'heapbisect', 'copy', 'mathmod',
                'random', 'typing', 'mro', 'dunder', 'exc', 'misc', 'misc', 'arity']

    def program(self):
        self.lines.append(f'# fuzz_lang seed program')
        self.lines.append('import math')
        self.lines.append('#IMPORTS')
        is_async = self.p(0.15)
        if is_async:
            self.lines.append('import asyncio')
        self.lines.append('')
        self.lines.append('def show(label, f):')
        self.lines.append('    try:')
        self.lines.append('        r = f()')
        self.lines.append('    except Exception as e:')
        self.lines.append("        print(label, 'EXC', type(e).__name__, e)")
        self.lines.append('    else:')
        self.lines.append('        print(label, repr(r))')
        self.lines.append('')
        if is_async:
            self.lines.append('async def main():')
            self.ind = 1
        self.sec_vars()
        for _ in range(self.r.randint(4, 9)):
            getattr(self, 'sec_' + self.c(self.SECTIONS))()
            if is_async and self.p(0.5):
                self.emit('await asyncio.sleep(0)')
        end = self.r.random()
        if end < 0.08:
            self.emit(f'raise {self.c(["ValueError(`final`)", "KeyError(`end`)", "SystemExit(3)", "SystemExit(`bye`)"])}')
        elif end < 0.12:
            self.emit(f'{self.c(["1 / 0", "[][1]", "int(`z`)", "undefined_name", "(1).x"])}')
        if is_async:
            self.ind = 0
            self.emit('')
            self.emit('asyncio.run(main())')
        # only the modules the sections use (each import costs a compile under Yieldpoint)
        body = '\n'.join(self.lines) + '\n'
        mods = [m for m in MODULES if re.search(r'\b' + m + r'\.', body)]
        return body.replace('#IMPORTS\n', f'import {", ".join(mods)}\n' if mods else '', 1)


if __name__ == '__main__':
    sys.stdout.write(Gen(int(sys.argv[1])).program())
