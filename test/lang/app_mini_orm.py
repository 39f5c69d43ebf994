# Mini ORM: metaclass with __prepare__, descriptors, __set_name__, __class_getitem__, query builder
from collections import OrderedDict
import inspect


class Field:
    creation = 0

    def __init__(self, kind, *, default=None, nullable=False):
        self.kind = kind
        self.default = default
        self.nullable = nullable
        Field.creation += 1
        self.order = Field.creation

    def __set_name__(self, owner, name):
        self.name = name
        self.column = f"{owner.__name__.lower()}_{name}"

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if value is None and not self.nullable:
            raise ValueError(f"{self.name} cannot be None")
        if value is not None and not isinstance(value, self.kind):
            raise TypeError(f"{self.name} expects {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        raise AttributeError(f"cannot delete field {self.name!r}")

    def __repr__(self):
        return f"Field({self.kind.__name__}, name={self.name!r})"


class ModelMeta(type):
    registry = {}

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print(f"prepare {name} kw={kw}")
        return OrderedDict()

    def __new__(mcls, name, bases, ns, table=None, **kw):
        fields = [(k, v) for k, v in ns.items() if isinstance(v, Field)]
        cls = super().__new__(mcls, name, bases, dict(ns))
        inherited = []
        for b in bases:
            inherited.extend(getattr(b, "_fields", []))
        cls._fields = inherited + [k for k, _ in fields]
        cls._table = table or name.lower() + "s"
        if bases:
            mcls.registry[name] = cls
        return cls

    def __call__(cls, *args, **kw):
        obj = super().__call__(*args, **kw)
        obj._saved = False
        return obj

    def __repr__(cls):
        return f"<model {cls.__name__} table={cls._table}>"

    def __len__(cls):
        return len(cls._fields)

    def __instancecheck__(cls, inst):
        return type.__instancecheck__(cls, inst) or getattr(inst, "_duck", None) == cls.__name__


class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        unknown = set(kw) - set(self._fields)
        if unknown:
            raise TypeError(f"unknown fields: {', '.join(sorted(unknown))}")
        for f in self._fields:
            setattr(self, f, kw.get(f, getattr(type(self), f).default))

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self._fields)

    __hash__ = None

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"

    def __init_subclass__(cls, **kw):
        print(f"init_subclass {cls.__name__} {kw}")
        super().__init_subclass__()


class User(Model, table="people"):
    id = Field(int)
    name = Field(str, default="anon")
    email = Field(str, nullable=True)


class Admin(User):
    level = Field(int, default=1)


class Query:
    def __init__(self, model):
        self.model = model
        self.wheres = []
        self._order = None
        self._limit = None

    def where(self, **conds):
        q = Query(self.model)
        q.wheres = self.wheres + sorted(conds.items())
        q._order, q._limit = self._order, self._limit
        return q

    def order_by(self, col):
        self._order = col
        return self

    def limit(self, n):
        self._limit = n
        return self

    def sql(self):
        s = f"SELECT {', '.join(self.model._fields)} FROM {self.model._table}"
        if self.wheres:
            s += " WHERE " + " AND ".join(f"{k} = {v!r}" for k, v in self.wheres)
        if self._order:
            desc = self._order.startswith("-")
            s += f" ORDER BY {self._order.lstrip('-')}{' DESC' if desc else ''}"
        if self._limit is not None:
            s += f" LIMIT {self._limit}"
        return s

    def run(self, rows):
        out = [r for r in rows if all(getattr(r, k) == v for k, v in self.wheres)]
        if self._order:
            key = self._order.lstrip("-")
            out.sort(key=lambda r: getattr(r, key), reverse=self._order.startswith("-"))
        return out[: self._limit]


print(User, Admin, len(User), len(Admin), User._fields, Admin._fields)
print(sorted(ModelMeta.registry), User.id, User.name.column, Admin.level.column, type(User).__name__)
rows = [User(id=3, name="zed"), User(id=1, name="amy", email="a@x"), Admin(id=2, name="bob", level=5), User(id=4)]
for r in rows:
    print(r, r._saved)
print(rows[0] == User(id=3, name="zed"), rows[0] == rows[1], isinstance(rows[2], User), isinstance(rows[0], Admin))


class Duck:
    _duck = "Admin"


print(isinstance(Duck(), Admin), isinstance(Duck(), User))
for bad in [lambda: User(id="x"), lambda: User(id=1, name=None), lambda: User(id=1, age=3, zip=1), lambda: hash(rows[0])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del rows[0].name
except AttributeError as e:
    print("AttributeError:", e)
q = Query(User).where(name="amy").order_by("-id").limit(10)
print(q.sql())
print(Query(Admin).order_by("name").sql(), Query(User).limit(0).sql(), sep="\n")
print(Query(User).order_by("-id").run(rows), Query(User).where(name="anon").run(rows))
print(Model[int], User["x"], Admin[User])
print(inspect.signature(Query.where), inspect.signature(Field.__init__), list(inspect.signature(Model.__init__).parameters))
print(inspect.isclass(User), inspect.isfunction(Query.sql), inspect.ismethod(q.sql), inspect.getmro(Admin)[:3])
print([n for n, _ in inspect.getmembers(User, lambda v: isinstance(v, Field))])
print(type.__call__ is not ModelMeta.__call__, ModelMeta.__mro__, User.__class__.__class__)
Dyn = ModelMeta("Dyn", (Model,), {"x": Field(float, default=0.0)})
print(Dyn, Dyn(x=2.5), Dyn.__module__, Dyn.__qualname__)
