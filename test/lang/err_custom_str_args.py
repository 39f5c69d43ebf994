# Ends with: MyErr: custom str
print('start')
class MyErr(Exception):
    def __str__(self): return 'custom str'
raise MyErr(1, 2)
