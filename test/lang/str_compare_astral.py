# str ordering is by code point: astral characters sort after everything in the BMP.
smile = '\U0001F600'
top = '\uFFFF'
pua = '\uE000'
words = [smile, top, pua, 'z', 'a' + smile, 'a' + top, 'a', '', 'a' + smile + 'b', 'a' + smile + 'a']
print(smile < top, smile > top, top < smile, smile <= pua, smile >= pua)
print('a' + smile > 'a' + top, [smile] > [top], (smile, 0) > (top, 9))
print([ascii(w) for w in sorted(words)])
print([ascii(w) for w in sorted(words, reverse=True)])
print([ascii(w) for w in sorted(words, key=lambda w: w[::-1])])
print(ascii(min(words)), ascii(max(words)))
print(ascii(min(smile, top, pua)), ascii(max(smile, top, pua)))
print(ascii(''.join(sorted('x\U0001F600\uFFFF\uE000\U00010000\uD7FF'))))
pairs = sorted([(w, i) for i, w in enumerate(words)])
print([i for _, i in pairs])
print(sorted([top, smile]) == [top, smile], sorted([smile, top]) == [top, smile])
print(smile.__lt__(top), smile.__gt__(top), top.__le__(smile), top.__ge__(smile))
print('abc' < 'abd', 'abc' < 'ab', '' < 'a', 'Z' < 'a', 'é' > 'z')
import heapq
h = [top, smile, pua, 'q']
heapq.heapify(h)
print([ascii(heapq.heappop(h)) for _ in range(4)])
import bisect
s = sorted([top, pua, smile])
print(bisect.bisect_left(s, '\U00010000'), bisect.bisect_right(s, top))
d = {top: 1, smile: 2, pua: 3}
print([d[k] for k in sorted(d)])
