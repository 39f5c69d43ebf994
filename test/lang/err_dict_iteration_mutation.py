# Ends with: RuntimeError: dictionary changed size during iteration
scores = {"ann": 90, "bob": 45, "cy": 72, "dee": 30}
passed = {k: v for k, v in scores.items() if v >= 50}
print(passed)
for name in list(scores):
    if scores[name] < 40:
        print("removing (safe, over a copy)", name)
        del scores[name]
print(scores)
for name in scores:
    print("checking", name)
    if scores[name] < 50:
        del scores[name]
