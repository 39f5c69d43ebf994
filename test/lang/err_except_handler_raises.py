# Ends with: NameError in an except handler (context: ZeroDivisionError)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        print("division failed for", a, b)
        return fallback_value
print(safe_div(10, 4))
print(safe_div(3, 3))
print(safe_div(1, 0))
