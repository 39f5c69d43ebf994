# __init_subclass__ with class keywords, __set_name__ on descriptors, __class_getitem__.
class Base:
    registry = []

    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append((cls.__name__, tag))


class A(Base, tag='a'):
    pass


class B(A):
    pass


print(Base.registry, A.tag, B.tag, 'tag' in B.__dict__)
for body in ({'bogus': 1}, {}):
    try:
        class C(Base, **body):
            pass
        print('created', C.tag)
    except TypeError as e:
        print('TypeError', e)
try:
    class D(bogus=1):
        pass
except TypeError as e:
    print('TypeError', e)


class Named:
    def __set_name__(self, owner, name):
        self.owner, self.name = owner.__name__, name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return f'{self.owner}.{self.name} on {type(obj).__name__}'


class H:
    foo = Named()
    bar = Named()


class H2(H):
    pass


print(H().foo, H2().bar, H.foo.name, type(H.__dict__['foo']).__name__)
late = Named()
H.baz = late
print(hasattr(late, 'name'))


class G:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'


class G2(G):
    pass


print(G[int], G['x'], G[1, 2], G2[None], list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__, list[int]([1, 2]), list[int] == list[int], list[int].__origin__, dict[str, int].__args__)
