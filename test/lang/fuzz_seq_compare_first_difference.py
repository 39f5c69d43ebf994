# Sequence comparison: the first unequal items decide, compared with the same operator; the result
# of that comparison is returned as is. min/max compare with < and > respectively.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)
    else:
        print(label, repr(r))

show(1, lambda: [[1], 2] >= [1, 2.0])
show(2, lambda: (1, 'a') > (1, 2))
show(3, lambda: (1, 'a') <= (1, 2))
show(4, lambda: [1, 2] < [1, 'x'])
show(5, lambda: ((1,) <= (1, 2) >= (1, 'a')))
show(6, lambda: [1, 2] == [1, 'x'])
show(7, lambda: (None,) < (None,))
show(8, lambda: (None, 1) < (None, 2))
show(9, lambda: [None] < [1])

class Weird:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return f'lt{self.n}{o.n}'
    def __gt__(self, o): return f'gt{self.n}{o.n}'
    def __eq__(self, o): return False
    __hash__ = object.__hash__

show(10, lambda: [Weird(1)] < [Weird(2)])
show(11, lambda: (0, Weird(1)) > (0, Weird(2)))
show(12, lambda: [Weird(1), 5] <= [Weird(2)])

show(13, lambda: max([], True))
show(14, lambda: max(1, 'a', 2))
show(15, lambda: min(1, 'a', 2))
show(16, lambda: max([3, None]))
show(17, lambda: min([3, None]))
show(18, lambda: max([(1, 'a'), (1, 2)]))

log = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): log.append(('lt', self.v, o.v)); return self.v < o.v
    def __gt__(self, o): log.append(('gt', self.v, o.v)); return self.v > o.v
    def __repr__(self): return f'K{self.v}'
print(max([K(1), K(3), K(2)]), log)
log.clear()
print(min([K(1), K(3), K(0)]), log)
