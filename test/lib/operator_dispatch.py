import operator

OPS = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv,
       '//': operator.floordiv, '%': operator.mod, '**': operator.pow,
       '<': operator.lt, '==': operator.eq, '&': operator.and_, '|': operator.or_, '^': operator.xor}


def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[tok](a, b))
        else:
            stack.append(int(tok))
    return stack[-1]


for e in ['3 4 +', '10 3 -', '2 3 4 * +', '7 2 /', '7 2 //', '-7 2 %', '2 10 **', '1 2 <', '6 3 &', '6 3 |', '6 3 ^', '4 4 ==']:
    print(e, '=>', rpn(e))
try:
    rpn('1 0 /')
except ZeroDivisionError as err:
    print('ZeroDivisionError', err)
