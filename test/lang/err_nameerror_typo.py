# Ends with: NameError: name 'totl' is not defined. Did you mean: 'total'?
def summarize(values):
    total = 0
    for v in values:
        total += v
        print("running", total)
    if total > 100:
        return totl
    return total
print(summarize([1, 2, 3]))
print(summarize([50, 60]))
