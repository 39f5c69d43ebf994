import copy

print(copy.Error.__name__, issubclass(copy.Error, Exception), copy.error is copy.Error)


class Bad:
    def __deepcopy__(self, memo):
        raise copy.Error('cannot copy Bad')


try:
    copy.deepcopy({'k': Bad()})
except copy.Error as e:
    print('Error', e)


class Loud:
    def __copy__(self):
        raise ValueError('no shallow copies')


try:
    copy.copy(Loud())
except ValueError as e:
    print('ValueError', e)
print(copy.deepcopy(Loud()).__class__.__name__)
