# sys.exit with an IntEnum member: the exit status is its int value.
import sys
import enum


class Code(enum.IntEnum):
    OK = 0
    ERR = 4


print("exiting")
sys.exit(Code.ERR)
