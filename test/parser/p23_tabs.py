if x:
	if y:
		pass
	else:
		z = 1
class A:
	def f(self):
		return 1
