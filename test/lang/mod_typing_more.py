# typing: NamedTuple, TypedDict-free annotations, Optional defaults, cast, TYPE_CHECKING
from typing import NamedTuple, Optional, List, Dict, cast, TYPE_CHECKING, Callable, Any
class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 50000
staff: List[Employee] = [Employee("ann", "eng", 120000), Employee("bob", "ops"), Employee("cy", "eng", 95000)]
for e in staff:
    print(e, e.salary)
by_dept: Dict[str, List[str]] = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
print(Employee._fields, staff[1]._replace(salary=1)._asdict())
def greet(name: Optional[str] = None) -> str:
    return f"hello {name or 'stranger'}"
print(greet(), greet("dee"))
v = cast(int, "not really an int")
print(v, type(v).__name__, TYPE_CHECKING)
Handler = Callable[[str], Any]
handlers: Dict[str, Handler] = {"up": str.upper, "len": len}
print({k: h("abc") for k, h in handlers.items()})
def total(xs: "List[int]") -> "int":
    return sum(xs)
print(total([1, 2, 3]), total.__annotations__)
class Box:
    content: Optional[int] = None
    label: str = "box"
print(list(Box.__annotations__), Box().content, Box.label)
