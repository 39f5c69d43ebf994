# Ends with: TypeError: 'int' object is not subscriptable
records = [[1, "a"], [2, "b"], 3, [4, "d"]]
print(len(records), [type(r).__name__ for r in records])
print(records[0][1], records[-1][0])
ids = [r[0] for r in records if isinstance(r, list)]
print(ids, sum(ids))
print("now iterating without the isinstance check")
for rec in records:
    print("record", rec)
    print("  id", rec[0], "name", rec[1])
