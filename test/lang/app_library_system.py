# Realistic: library lending system with classes, properties, exceptions and reports
from enum import Enum
from typing import Dict, List, Optional

class Genre(Enum):
    FICTION = "fiction"
    SCIENCE = "science"
    HISTORY = "history"

class LibraryError(Exception):
    pass

class NotAvailable(LibraryError):
    pass

class LimitReached(LibraryError):
    pass

class Book:
    def __init__(self, isbn: str, title: str, author: str, genre: Genre, copies: int = 1):
        self.isbn, self.title, self.author, self.genre = isbn, title, author, genre
        self.copies = copies
        self.on_loan = 0

    @property
    def available(self) -> int:
        return self.copies - self.on_loan

    def __repr__(self):
        return f"<{self.title} by {self.author} {self.available}/{self.copies}>"

class Member:
    LIMIT = 2
    def __init__(self, name: str):
        self.name = name
        self.loans: List[Book] = []
        self.fines = 0

    def __str__(self):
        return f"{self.name} ({len(self.loans)} loans, fines {self.fines})"

class Library:
    def __init__(self):
        self.books: Dict[str, Book] = {}
        self.members: Dict[str, Member] = {}
        self.day = 0
        self.due: Dict[tuple, int] = {}

    def add(self, *books: Book):
        for b in books:
            self.books[b.isbn] = b

    def join(self, name: str) -> Member:
        return self.members.setdefault(name, Member(name))

    def lend(self, name: str, isbn: str):
        m, b = self.members[name], self.books[isbn]
        if len(m.loans) >= Member.LIMIT:
            raise LimitReached(f"{m.name} already has {len(m.loans)} books")
        if b.available <= 0:
            raise NotAvailable(f"no copies of {b.title!r} left")
        b.on_loan += 1
        m.loans.append(b)
        self.due[(name, isbn)] = self.day + 14

    def give_back(self, name: str, isbn: str) -> int:
        m, b = self.members[name], self.books[isbn]
        m.loans.remove(b)
        b.on_loan -= 1
        late = max(0, self.day - self.due.pop((name, isbn)))
        m.fines += late * 25
        return late

    def search(self, text: str = "", genre: Optional[Genre] = None) -> List[Book]:
        return sorted((b for b in self.books.values()
                       if text.lower() in (b.title + " " + b.author).lower() and (genre is None or b.genre is genre)),
                      key=lambda b: b.title)

lib = Library()
lib.add(Book("1", "Dune", "Herbert", Genre.FICTION, 2), Book("2", "Cosmos", "Sagan", Genre.SCIENCE),
        Book("3", "SPQR", "Beard", Genre.HISTORY), Book("4", "Contact", "Sagan", Genre.FICTION))
for n in ("ann", "bob"):
    lib.join(n)
actions = [("lend", "ann", "1"), ("lend", "bob", "1"), ("lend", "bob", "2"), ("lend", "ann", "1"),
           ("lend", "bob", "3"), ("day", 20), ("return", "ann", "1"), ("lend", "ann", "2"),
           ("return", "bob", "2"), ("lend", "ann", "2"), ("return", "ann", "9")]
for act in actions:
    try:
        if act[0] == "day":
            lib.day = act[1]
            print("day is now", lib.day)
        elif act[0] == "lend":
            lib.lend(act[1], act[2])
            print(act[1], "borrowed", lib.books[act[2]])
        else:
            late = lib.give_back(act[1], act[2])
            print(act[1], "returned", act[2], "late days", late)
    except LibraryError as e:
        print(f"{type(e).__name__}: {e}")
    except (KeyError, ValueError) as e:
        print(f"{type(e).__name__}: {e!r}")
for m in lib.members.values():
    print(m, [b.title for b in m.loans])
print(lib.search("sagan"), lib.search(genre=Genre.FICTION), lib.search("zzz"))
print(sorted(lib.due.items()))
