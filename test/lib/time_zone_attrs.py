import time, functools
print(time.timezone, time.altzone, time.daylight, time.tzname)
lt = time.localtime(0)
print(lt.tm_zone in time.tzname, lt.tm_gmtoff == -time.timezone or lt.tm_gmtoff == -time.altzone)
print(type(functools.get_cache_token()).__name__)
