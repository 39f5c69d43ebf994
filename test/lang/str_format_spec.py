# format() mini-language in depth
nums = [0, 7, -7, 1234567, 3.14159, -0.001, 1e10, 2.5e-7, float("inf"), float("nan")]
specs = ["", "10", "<10", "^10", "+", ".3", ".2e", ".3g", "010.2f", ",", "_"]
for n in nums:
    row = []
    for sp in specs:
        try:
            row.append(format(n, sp))
        except ValueError:
            row.append("ERR")
    print(" | ".join(row))
print(format(255, "#x"), format(255, "#X"), format(255, "08b"), format(255, "#o"), format(-255, "#x"))
print(format(0.5, "%"), format(0.12345, ".1%"), format(1 / 3, ".10f"))
print(format(12345.6789, ",.2f"), format(12345.6789, "_.1f"), format(1e6, ",.0f"))
print(format(65, "c"), format(True, "d"), format(True), format(None), format([1], ""))
print(format(3, "n"), format(1.0, "n"), format(123456789, "e"))
print(format(2 ** 70, ","), format(-(2 ** 70), "_x"))
print(format(1.0, "g"), format(1e-5, "g"), format(123456789.0, "g"), format(0.0001234, ".2g"))
print(format("text", ".2"), format("text", "*^9.3"))
print(format(-0.0, "+.1f"), format(0.0, "+.1f"), format(-1e-9, ".2f"), format(-1e-9, "z.2f") if False else "")
