# Custom exception classes with args
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
        self.msg = msg
    def __str__(self):
        return f"{self.field}: {self.msg}"
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"not found: {key}")
        self.key = key
class Plain(Exception):
    pass
for exc in [AppError(), AppError("one"), AppError("a", 2), ValidationError("age", "must be >= 0"), NotFound("user:7"), Plain(1, [2], {"k": 3})]:
    print(type(exc).__name__, "| str:", str(exc), "| repr:", repr(exc), "| args:", exc.args)
try:
    raise ValidationError("email", "invalid")
except AppError as e:
    print("caught as AppError:", e, e.field, isinstance(e, ValidationError))
try:
    raise NotFound("x")
except (ValidationError, NotFound) as e:
    print("tuple catch:", e, e.key)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), repr(WithDefault()), WithDefault("custom"))
class NoSuperInit(Exception):
    def __init__(self, code):
        self.code = code
e = NoSuperInit(404)
print(e.code, e.args, repr(str(e)))
e2 = AppError("x")
e2.extra = "attached"
print(e2.extra, e2.args)
print(str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), repr(KeyError("k")))
print(str(Exception("msg")), repr(ValueError("v", 1)), str(Exception()))
