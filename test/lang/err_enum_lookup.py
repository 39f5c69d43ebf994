# Ends with: ValueError: 7 is not a valid Color
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
for c in Color:
    print(c, c.name, c.value)
print(Color(2), Color["BLUE"])
for v in [1, 3, 7]:
    print("lookup", v)
    print(Color(v).name)
