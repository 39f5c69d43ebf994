# Ends with: a note (after the group's tree)
print('start')
e = ExceptionGroup('outer', [ValueError('v'), ExceptionGroup('inner', [TypeError('t')])])
e.add_note('a note')
raise e
