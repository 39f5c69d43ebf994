import bisect

records = [('ann', 18), ('bob', 25), ('cy', 25), ('dee', 40)]
age = lambda r: r[1]
print(bisect.bisect_left(records, 25, key=age), bisect.bisect_right(records, 25, key=age))
bisect.insort(records, ('eve', 25), key=age)
bisect.insort_left(records, ('fay', 25), key=age)
bisect.insort(records, ('gus', 1), key=age)
print(records)
words = ['a', 'bb', 'dddd']
bisect.insort(words, 'ccc', key=len)
print(words, bisect.bisect(words, 2, key=len))
print(bisect.bisect_left(records, 100, key=age, lo=2), bisect.bisect_right(records, 0, hi=3, key=age))
