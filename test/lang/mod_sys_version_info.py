import sys
v = sys.version_info
print(type(v), v[:2], v >= (3, 8), v.major, v.minor, v.releaselevel, len(v), repr(v).startswith('sys.version_info(major=3, minor=11, micro='))
print(isinstance(v, tuple), v[:2] == (3, 11), v[-1], v.serial, list(v)[3], type(v).__name__)
major, minor, *rest = v
print(major, minor, len(rest))
