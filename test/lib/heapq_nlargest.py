import heapq
import random

random.seed(42)
rng = random
nums = [rng.randint(0, 100) for _ in range(30)]
print(nums)
print(heapq.nlargest(5, nums), heapq.nsmallest(5, nums))
print(heapq.nlargest(1, nums), heapq.nsmallest(1, nums), heapq.nlargest(0, nums))
print(heapq.nlargest(50, nums) == sorted(nums, reverse=True))
print(heapq.nsmallest(3, iter(nums)), heapq.nlargest(3, iter(nums)))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date', 'plum']
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nsmallest(4, iter(words), key=lambda w: w[-1]))
pairs = [(1, 'a'), (3, 'b'), (3, 'c'), (2, 'd'), (3, 'e')]
print(heapq.nlargest(2, pairs, key=lambda p: p[0]), heapq.nsmallest(2, pairs, key=lambda p: -p[0]))
print(heapq.nlargest(2, []), heapq.nsmallest(2, [], key=abs))
h = list(nums)
heapq.heapify(h)
print(h)
