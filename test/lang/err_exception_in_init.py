# Ends with: ValueError: age must be non-negative, got -1
class Person:
    def __init__(self, name, age):
        if age < 0:
            raise ValueError(f"age must be non-negative, got {age}")
        self.name, self.age = name, age
    def __repr__(self):
        return f"Person({self.name!r}, {self.age})"
people = []
for name, age in [("ann", 31), ("bob", 0), ("cy", -1), ("dee", 5)]:
    people.append(Person(name, age))
    print("created", people[-1], "count", len(people))
