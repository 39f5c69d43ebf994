# Ends with: exit code 0, nothing on stderr
print('start')
raise SystemExit(None)
