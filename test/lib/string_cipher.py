import string

alpha = string.ascii_uppercase
key = 'ZEBRAS'
rest = ''.join(c for c in alpha if c not in key)
cipher = key + rest
enc = str.maketrans(alpha, cipher)
dec = str.maketrans(cipher, alpha)
msg = 'FLEE AT ONCE. WE ARE DISCOVERED!'
secret = msg.translate(enc)
print(cipher)
print(secret)
print(secret.translate(dec))
counts = {c: msg.count(c) for c in string.ascii_uppercase if c in msg}
print(counts)
print([string.ascii_lowercase.index(c) for c in 'hello'])
