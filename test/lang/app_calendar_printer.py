# Calendar arithmetic without the datetime module: leap years, day of week (Zeller and a day count),
# month grids like `cal`, date differences, adding days, ISO week numbers, Easter (anonymous algorithm)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def ordinal(y, m, d):
    """Days since 0001-01-01 (which is day 1), like date.toordinal()."""
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    days += sum(days_in_month(y, k) for k in range(1, m))
    return days + d


def from_ordinal(n):
    y = max(1, n // 366)
    while ordinal(y + 1, 1, 1) <= n:
        y += 1
    m = 1
    while m < 12 and ordinal(y, m + 1, 1) <= n:
        m += 1
    return y, m, n - ordinal(y, m, 1) + 1


def weekday(y, m, d):
    return (ordinal(y, m, d) - 1) % 7  # Monday == 0


def zeller(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7  # convert Saturday=0 to Monday=0


def month_grid(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20).rstrip(), " ".join(DAYS)]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return lines


def iso_week(y, m, d):
    wd = weekday(y, m, d)
    thursday = ordinal(y, m, d) - wd + 3
    ty = from_ordinal(thursday)[0]
    week1_thursday = ordinal(ty, 1, 1) + (3 - weekday(ty, 1, 1)) % 7
    return ty, (thursday - week1_thursday) // 7 + 1, wd + 1


def easter(y):
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return month, day + 1


def fmt(t):
    return "%04d-%02d-%02d" % t


print([y for y in range(1896, 1912) if is_leap(y)], is_leap(2000), is_leap(2100), is_leap(2024))
for date in [(2024, 2, 29), (1969, 7, 20), (2000, 1, 1), (1, 1, 1), (9999, 12, 31), (2023, 12, 31)]:
    w = weekday(*date)
    assert w == zeller(*date), date
    print(fmt(date), DAYS[w], "ordinal", ordinal(*date), "iso", iso_week(*date), "back", fmt(from_ordinal(ordinal(*date))))
left = month_grid(2024, 2)
right = month_grid(2024, 3)
for a, b in zip(left + [""] * (len(right) - len(left)), right + [""] * (len(left) - len(right))):
    print(f"{a:<22}{b}")
start = (2024, 1, 31)
for delta in (1, 29, 30, 366, -31, 10000):
    print(f"{fmt(start)} {delta:+6d} days = {fmt(from_ordinal(ordinal(*start) + delta))}")
print("days between", ordinal(2024, 12, 25) - ordinal(2024, 1, 1), ordinal(2000, 1, 1) - ordinal(1900, 1, 1))
print("easter", [f"{y}:{m:02d}-{d:02d}" for y in (2019, 2020, 2021, 2024, 2025, 2038) for m, d in [easter(y)]])
fridays = [(y, m) for y in (2024, 2025, 2026) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("friday 13th", [f"{MONTHS[m - 1][:3]} {y}" for y, m in fridays])
counts = [0] * 7
for y in range(2001, 2401):
    for m in range(1, 13):
        counts[weekday(y, m, 13)] += 1
print("13th weekday counts over 400y", dict(zip(DAYS, counts)), sum(counts))
print(MONTHS[weekday(2024, 7, 4)] if False else DAYS[weekday(2024, 7, 4)], "%-10s|%10s|" % ("left", "right"), "{:%}".format(0.25))
