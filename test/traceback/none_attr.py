d = {}
v = d.get('k').strip()
