# Realistic: text adventure driven by a scripted command list (state machine)
from enum import Enum, auto

class State(Enum):
    EXPLORING = auto()
    FIGHTING = auto()
    WON = auto()
    DEAD = auto()

ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of old books", "exits": {"south": "hall"}, "items": ["key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["knife"]},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": [], "locked": True, "monster": 3},
}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.hp = 5
        self.state = State.EXPLORING
        self.monster_hp = 0
        self.turns = 0

    def say(self, msg):
        print(f"[{self.turns:02}] {msg}")

    def handle(self, cmd):
        self.turns += 1
        verb, _, noun = cmd.partition(" ")
        if self.state is State.FIGHTING:
            return self.fight(verb)
        room = ROOMS[self.room]
        if verb == "look":
            items = ", ".join(room["items"]) or "nothing"
            self.say(f"You are in {room['desc']}. You see: {items}. Exits: {sorted(room['exits'])}")
        elif verb == "go":
            target = room["exits"].get(noun)
            if target is None:
                self.say(f"You can't go {noun}.")
            elif ROOMS[target].get("locked") and "key" not in self.inventory:
                self.say("The door is locked.")
            else:
                self.room = target
                self.say(f"You go {noun} to the {target}.")
                if ROOMS[target].get("monster"):
                    self.monster_hp = ROOMS[target]["monster"]
                    self.state = State.FIGHTING
                    self.say(f"A monster with {self.monster_hp} hp attacks!")
        elif verb == "take":
            if noun in room["items"]:
                room["items"].remove(noun)
                self.inventory.append(noun)
                self.say(f"Taken {noun}. Inventory: {self.inventory}")
            else:
                self.say(f"No {noun} here.")
        elif verb == "inv":
            self.say(f"Inventory: {self.inventory or 'empty'}; hp {self.hp}")
        else:
            self.say(f"I don't understand {cmd!r}.")

    def fight(self, verb):
        if verb != "attack":
            self.hp -= 1
            self.say(f"You hesitate and get hit. hp={self.hp}")
        else:
            dmg = 2 if "knife" in self.inventory else 1
            self.monster_hp -= dmg
            self.say(f"You hit for {dmg}. monster hp={self.monster_hp}")
            if self.monster_hp <= 0:
                self.state = State.WON
                self.say("The monster is defeated. You win!")
                return
            self.hp -= 1
            self.say(f"The monster hits back. hp={self.hp}")
        if self.hp <= 0:
            self.state = State.DEAD
            self.say("You died.")

script = ["look", "take lamp", "go west", "go north", "take key", "take key", "go south",
          "go east", "look", "dance", "take knife", "inv", "go down", "wait", "attack", "attack", "look"]
game = Game()
for cmd in script:
    if game.state in (State.WON, State.DEAD):
        print("game over:", game.state.name, "ignoring", repr(cmd))
        continue
    game.handle(cmd)
print("final:", game.state, game.room, game.inventory, game.hp, game.turns)
