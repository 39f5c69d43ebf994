# time.gmtime/struct_time fields and time.strftime/asctime with explicit time tuples (no clock reads).
import time

launch = time.gmtime(1700000000)
print(launch)
print(launch.tm_year, launch[1], launch.tm_mday, launch.tm_wday, launch.tm_yday, launch.tm_zone, len(launch))
print(tuple(launch), isinstance(launch, tuple), type(launch).__name__)
print(time.strftime('%Y-%m-%d %H:%M:%S', launch))
print(time.strftime('%a %A %b %B %j %p %I', launch))
print(time.strftime('%D | %F | %T | %R | %y | %%', launch))
print(time.asctime(launch))
print(time.asctime(time.gmtime(0)), time.strftime('%c', time.gmtime(86400 * 40)))

# A weekly report schedule: week numbers and weekday names across a year.
for day in range(0, 366, 45):
    t = time.gmtime(1704067200 + day * 86400)  # 2024-01-01 onwards
    print(time.strftime('%Y-%m-%d %a week %U/%W day %j (w=%w u=%u)', t))

year, mon, mday, hour, minute, sec, wday, yday, dst = time.gmtime(951782400)  # leap day 2000
print(year, mon, mday, hour, minute, sec, wday, yday, dst)
print(time.strftime('%H:%M on %d/%m/%Y', (2024, 3, 5, 14, 7, 9, 1, 65, 0)))
print(time.strftime('%I:%M %p', (2024, 1, 1, 0, 30, 0, 0, 1, 0)), time.strftime('%I:%M %p', (2024, 1, 1, 12, 5, 0, 0, 1, 0)))
try:
    time.strftime('%Y', (2024, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print('ValueError:', e)
try:
    time.strftime('%Y', (2024, 1, 1))
except TypeError as e:
    print('TypeError:', e)
start = time.monotonic()
elapsed = time.monotonic() - start
print(elapsed >= 0)
