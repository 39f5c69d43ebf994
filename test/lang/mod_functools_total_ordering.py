# functools.total_ordering and cmp_to_key
import functools
@functools.total_ordering
class Card:
    order = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def _key(self):
        return (Card.order.index(self.rank), self.suit)
    def __eq__(self, o):
        return self._key() == o._key()
    def __lt__(self, o):
        return self._key() < o._key()
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(s) for s in ["Ks", "2h", "Ah", "Td", "2c", "9s"]]
print(sorted(hand), max(hand), min(hand))
a, b = Card("Ks"), Card("Ah")
print(a < b, a <= b, a > b, a >= b, a == Card("Ks"), a != b)
def cmp_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)
words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=functools.cmp_to_key(cmp_len_then_alpha)))
print(sorted(words, key=functools.cmp_to_key(lambda x, y: -cmp_len_then_alpha(x, y))))
@functools.total_ordering
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
print(Num(1) < Num(2), Num(2) <= Num(2), Num(3) >= Num(4), Num(5) > Num(1))
