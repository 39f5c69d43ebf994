# Ends with: KeyError: 'zip' deep inside nested dicts
users = {
    "ann": {"address": {"city": "Oslo", "zip": "0150"}},
    "bob": {"address": {"city": "Rome"}},
}
def zip_of(name):
    print("looking up", name)
    return users[name]["address"]["zip"]
print(zip_of("ann"))
print(users["bob"]["address"].get("zip", "no zip"))
print(zip_of("bob"))
