# Ends with: ZeroDivisionError: division by zero
def average(nums):
    print("averaging", nums)
    return sum(nums) / len(nums)
print(average([1, 2, 3, 4]))
print(average([2.5]))
try:
    average([])
except ZeroDivisionError as e:
    print("caught once:", e)
ratios = [10 / d for d in (1, 2, 4, 5)]
print(ratios)
print(average([]))
