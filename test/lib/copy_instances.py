import copy


class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []

    def __repr__(self):
        return f'Node({self.val}, {self.children})'


tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].val = 40
print(tree)
print(t2)
print(t2.children[0] is tree.children[0], type(t2) is Node)
parent = Node('p')
child = Node('c')
child.parent = parent
parent.children.append(child)
p2 = copy.deepcopy(parent)
print(p2.children[0].parent is p2, p2 is not parent)


class Custom:
    def __init__(self, data):
        self.data = data

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(list(self.data) + ['copied'])


c = copy.deepcopy([Custom([1]), 5])
print(c[0].data, c[1])


class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = 'big'

    def __getstate__(self):
        st = dict(vars(self))
        del st['cache']
        return st

    def __setstate__(self, st):
        print('setstate', sorted(st))
        self.__init__()
        self.a = st['a'] * 100


s = Stateful()
s.a = 2
print(copy.copy(s).a, copy.deepcopy(s).a)
