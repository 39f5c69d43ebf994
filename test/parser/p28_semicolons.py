a = 1; b = 2; c = 3
if a: b; c
for x in y: a; b;
def f(): return 1;
x = 1;
import os; import sys
