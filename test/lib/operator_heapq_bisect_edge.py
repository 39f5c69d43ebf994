import operator as op, heapq, bisect

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        res = '-> ' + repr(r)
    except Exception as e:
        res = '!! ' + type(e).__name__ + ': ' + str(e)
    print(label, res)

for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor', 'concat', 'lt', 'le', 'eq', 'ne', 'gt', 'ge', 'is_', 'is_not', 'contains', 'countOf', 'indexOf', 'getitem', 'matmul']:
    f = getattr(op, name)
    for a, b in [(7, 2), ([1, 2], [2]), ('ab', 'b'), (1, 'a'), ({1, 2}, {2})]:
        show(name, f, a, b)
for name in ['neg', 'pos', 'abs', 'inv', 'invert', 'not_', 'truth', 'index']:
    for a in [5, -2.5, 'x', True, []]:
        show(name, getattr(op, name), a)
show('index', op.index, 2.0); show('length_hint', op.length_hint, [1, 2]); show('length_hint', op.length_hint, iter([1, 2, 3])); show('length_hint', op.length_hint, 5, 7)
show('length_hint', op.length_hint, 5, 'x'); show('concat', op.concat, 1, 2); show('concat', op.concat, [1], (2,))
x = [1, 2, 3]; op.setitem(x, 0, 9); op.delitem(x, 1); print(x, op.iadd([1], [2]), op.iconcat([1], (2,)), op.imul([1], 2), op.ior({1}, {2}))
ig = op.itemgetter(1); ig2 = op.itemgetter(0, -1); ag = op.attrgetter('real'); ag2 = op.attrgetter('real', 'imag'); mc = op.methodcaller('split', ',', maxsplit=1)
print(ig('abc'), ig2('abc'), ag(3), ag2(3), mc('a,b,c'), repr(ig), repr(ig2), repr(ag), repr(ag2), repr(mc))
show('itemgetter', ig, 5); show('attrgetter', ag, 'x'); show('attrgetter', op.attrgetter, 5); show('itemgetter', op.itemgetter); show('methodcaller', op.methodcaller)
class N: pass
n = N(); n.a = N(); n.a.b = 7; print(op.attrgetter('a.b')(n))
print(op.__lt__(1, 2), op.__add__(1, 2), op._abs if hasattr(op, '_abs') else '')
h = [5, 3, 8, 1, 9, 2]; heapq.heapify(h); print(h, heapq.heappop(h), h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
show('heappop', heapq.heappop, []); show('heapreplace', heapq.heapreplace, [], 1); show('heapify', heapq.heapify, (1, 2)); show('heappush', heapq.heappush, [1, 'a'], 2)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8], key=lambda v: -v), heapq.nlargest(0, [1]), heapq.nsmallest(10, [3, 1]), heapq.nlargest(1, []), heapq.nlargest(-1, [1]))
print(list(heapq.merge([1, 4], [2, 3], [0])), list(heapq.merge([3, 1], [2], key=lambda v: -v, reverse=True)), list(heapq.merge()))
a = [1, 2, 2, 4]
for v in [0, 2, 3, 5]:
    print(v, bisect.bisect_left(a, v), bisect.bisect_right(a, v), bisect.bisect(a, v), bisect.bisect_left(a, v, 1, 3))
show('bisect', bisect.bisect_left, a, 1, -1); show('bisect', bisect.bisect_left, a, 1, 0, 10); show('bisect', bisect.bisect, a, 'x'); show('bisect', bisect.bisect, 5, 1)
show('bisect', bisect.bisect_left, a, 2, lo=1, hi=None); show('bisect', bisect.bisect_right, [(1, 'a'), (2, 'b')], 2, key=lambda t: t[0])
b = []; bisect.insort(b, 3); bisect.insort_left(b, 1); bisect.insort_right(b, 3); bisect.insort(b, 2, key=None); print(b)
