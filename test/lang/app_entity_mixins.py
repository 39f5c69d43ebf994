# Game entity system: mixins with __slots__, cooperative __init__, __init_subclass__ registry,
# layout conflicts between slotted bases, component queries, turn simulation with seeded random
import random


class Entity:
    __slots__ = ("name", "alive")
    registry = {}
    _ids = 0

    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind:
            Entity.registry[kind] = cls

    def __init__(self, name, **kw):
        self.name = name
        self.alive = True
        if kw:
            raise TypeError(f"unexpected components for {name}: {sorted(kw)}")

    def __repr__(self):
        fields = []
        for klass in type(self).__mro__:
            for slot in getattr(klass, "__slots__", ()):
                if slot not in ("name", "alive") and hasattr(self, slot):
                    fields.append(f"{slot}={getattr(self, slot)!r}")
        return f"{type(self).__name__}({self.name!r}{', ' if fields else ''}{', '.join(fields)})"


class Health:
    __slots__ = ()

    def init_health(self, hp):
        self.hp = self.max_hp = hp

    def damage(self, n):
        self.hp = max(0, self.hp - n)
        if self.hp == 0:
            self.alive = False
        return self.hp


class Positioned:
    __slots__ = ()

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self.x, self.y


class Creature(Entity, Health, Positioned, kind="creature"):
    __slots__ = ("hp", "max_hp", "x", "y", "attack")

    def __init__(self, name, hp=10, attack=2, x=0, y=0, **kw):
        super().__init__(name, **kw)
        self.init_health(hp)
        self.attack = attack
        self.x, self.y = x, y


class Hero(Creature, kind="hero"):
    __slots__ = ("level", "xp")

    def __init__(self, name, **kw):
        super().__init__(name, hp=30, attack=5, **kw)
        self.level, self.xp = 1, 0

    def gain(self, xp):
        self.xp += xp
        while self.xp >= 10 * self.level:
            self.xp -= 10 * self.level
            self.level += 1
            self.attack += 2
            self.max_hp += 5
            self.hp = self.max_hp
            print(f"  {self.name} reaches level {self.level} (atk {self.attack}, hp {self.hp})")


class Item(Entity, kind="item"):
    __slots__ = ("value",)

    def __init__(self, name, value=1):
        super().__init__(name)
        self.value = value


class Chest(Item, Positioned, kind="chest"):
    __slots__ = ("x", "y", "contents")

    def __init__(self, name, x, y, contents):
        super().__init__(name, sum(i.value for i in contents))
        self.x, self.y, self.contents = x, y, contents


print(sorted(Entity.registry), [c.__name__ for c in Hero.__mro__])
for bases in [(Creature, Item), (Hero, Chest), (Health, Positioned), (Item, Health)]:
    try:
        cls = type("Combo", bases, {"__slots__": ()})
        print("combined", [b.__name__ for b in bases], "->", cls.__mro__[1].__name__)
    except TypeError as e:
        print("cannot combine", [b.__name__ for b in bases], "->", e)

rng = random.Random(2024)
hero = Hero("Ayla", x=0, y=0)
monsters = [Creature(f"goblin{i}", hp=rng.randint(6, 14), attack=rng.randint(1, 4), x=rng.randint(-5, 5), y=rng.randint(-5, 5)) for i in range(4)]
chest = Chest("old chest", 2, 3, [Item("gold", 25), Item("gem", 40)])
print(hero, chest, monsters[0], sep="\n")
try:
    hero.mana = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Creature("blob", wings=2)
except TypeError as e:
    print("TypeError:", e)
try:
    Entity.registry["creature"]("x").level
except AttributeError as e:
    print("AttributeError:", e)

turn = 0
while hero.alive and any(m.alive for m in monsters) and turn < 40:
    turn += 1
    target = min((m for m in monsters if m.alive), key=lambda m: (abs(m.x - hero.x) + abs(m.y - hero.y), m.name))
    dist = abs(target.x - hero.x) + abs(target.y - hero.y)
    if dist > 1:
        dx = (target.x > hero.x) - (target.x < hero.x)
        dy = 0 if dx else (target.y > hero.y) - (target.y < hero.y)
        hero.move(dx, dy)
        continue
    dmg = hero.attack + rng.randint(0, 3)
    left = target.damage(dmg)
    print(f"turn {turn:2d}: {hero.name} hits {target.name} for {dmg} -> {left} hp")
    if not target.alive:
        hero.gain(7 + target.max_hp // 2)
    else:
        back = target.attack + rng.randint(0, 2)
        hero.damage(back)
        print(f"         {target.name} strikes back for {back} -> {hero.name} {hero.hp}/{hero.max_hp}")
print(f"after {turn} turns: {hero!r} alive={hero.alive}")
print("survivors", [m.name for m in monsters if m.alive], "at", (hero.x, hero.y), "chest worth", chest.value)
print(Hero.__slots__, Creature.__slots__, hasattr(hero, "__dict__"), isinstance(hero, Health), issubclass(Chest, Positioned))
