# -*- coding: utf-8 -*-
# A second-line comment: coding=nonsense is ignored after a declaration on line 1
print("runs", "é")
