# A tiny Lisp interpreter: tokenizer, reader, environments, closures, tail calls, errors
import operator as op
import math
from functools import reduce


class LispError(Exception):
    pass


class Symbol(str):
    __slots__ = ()

    def __repr__(self):
        return f"Symbol({str(self)})"


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__()
        if isinstance(params, Symbol):
            self[params] = list(args)
        else:
            if len(params) != len(args):
                raise LispError(f"expected {len(params)} args, got {len(args)}")
            self.update(zip(params, args))
        self.outer = outer

    def find(self, var):
        env = self
        while env is not None:
            if var in env:
                return env
            env = env.outer
        raise LispError(f"unbound symbol: {var}")


class Procedure:
    def __init__(self, params, body, env, name="lambda"):
        self.params, self.body, self.env, self.name = params, body, env, name

    def __call__(self, *args):
        return evaluate(self.body, Env(self.params, args, self.env))

    def __repr__(self):
        return f"#<procedure {self.name}/{len(self.params)}>"


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)


def to_str(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(map(to_str, x)) + ")"
    return str(x)


def standard_env():
    env = Env()
    env.update(vars(math) if False else {k: getattr(math, k) for k in ("pi", "sqrt", "floor")})
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, *b: a - sum(b) if b else -a, "*": lambda *a: reduce(op.mul, a, 1),
        "/": op.truediv, "quotient": op.floordiv, "mod": op.mod, "<": op.lt, ">": op.gt, "=": op.eq, "<=": op.le,
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda x, y: [x] + y, "list": lambda *x: list(x),
        "null?": lambda x: x == [], "length": len, "apply": lambda f, args: f(*args), "not": op.not_,
        "map": lambda f, xs: [f(x) for x in xs], "filter": lambda f, xs: [x for x in xs if f(x)],
        "display": lambda x: print(to_str(x)), "number?": lambda x: isinstance(x, (int, float)),
    })
    return env


GLOBAL = standard_env()
STEPS = [0]


def evaluate(x, env=GLOBAL):
    while True:
        STEPS[0] += 1
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise LispError("empty application")
        head, *args = x
        if head == "quote":
            return args[0]
        if head == "if":
            test, conseq, alt = args
            x = conseq if evaluate(test, env) is not False else alt
            continue
        if head == "define":
            name, expr = args
            if isinstance(name, list):
                fname, *params = name
                env[fname] = Procedure(params, expr, env, fname)
            else:
                env[name] = evaluate(expr, env)
            return None
        if head == "set!":
            name, expr = args
            env.find(name)[name] = evaluate(expr, env)
            return None
        if head == "lambda":
            params, body = args
            return Procedure(params, body, env)
        if head == "begin":
            for e in args[:-1]:
                evaluate(e, env)
            x = args[-1]
            continue
        if head == "let":
            bindings, body = args
            names = [b[0] for b in bindings]
            vals = [evaluate(b[1], env) for b in bindings]
            env = Env(names, vals, env)
            x = body
            continue
        proc = evaluate(head, env)
        vals = [evaluate(a, env) for a in args]
        if isinstance(proc, Procedure):
            x, env = proc.body, Env(proc.params, vals, proc.env)
            continue
        if not callable(proc):
            raise LispError(f"not a procedure: {to_str(proc)}")
        return proc(*vals)


PROGRAM = """
(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
(fact 30)
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(map fib (list 0 1 2 3 4 5 6 7 8 9 10))
(define (count-down n acc) (if (= n 0) acc (count-down (- n 1) (+ acc 1))))
(count-down 5000 0)
(define make-counter (lambda () (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n)))))
(define c1 (make-counter))
(c1) (c1) (c1)
(define (compose f g) (lambda (x) (f (g x))))
((compose (lambda (x) (* x x)) (lambda (x) (+ x 1))) 6)
(filter (lambda (x) (= (mod x 3) 0)) (list 1 3 5 6 9 10 12))
(apply + (list 1 2 3 4))
'(a b (c d))
(car (cdr '(1 2 3)))
(cons 0 '(1 2))
(/ 7 2)
(quotient 7 2)
(sqrt 2)
(- 5)
(null? '())
(length '(1 2 3))
(display '(done #t))
(if (> 1 2) 'yes 'no)
c1
fact
(undefined-thing 1)
(1 2 3)
(fact 1 2)
(car '())
(/ 1 0)
((lambda (x . y) x))
(begin (define x 10) (set! x (* x x)) x)
"""

src_tokens = tokenize(PROGRAM)
while src_tokens:
    try:
        expr = read(src_tokens)
    except LispError as e:
        print("read error:", e)
        break
    try:
        val = evaluate(expr)
        if val is not None:
            print(f"{to_str(expr)[:40]:<42} => {to_str(val)}")
    except LispError as e:
        print(f"{to_str(expr)[:40]:<42} !! LispError: {e}")
    except (ZeroDivisionError, IndexError, TypeError) as e:
        print(f"{to_str(expr)[:40]:<42} !! {type(e).__name__}: {e}")
print("steps", STEPS[0])
for bad in ["(+ 1", ")", ""]:
    try:
        read(tokenize(bad))
    except LispError as e:
        print(repr(bad), e)
print(repr(Symbol("x")), Symbol("x") == "x", isinstance(Symbol("y"), str), hash(Symbol("z")) == hash("z"), Env.__mro__)
