import os
import os.path
import a.b.c as d, e
from os import path
from os.path import join as j, exists
from . import sibling
from .. import parent
from ...pkg import thing
from .... import deep
from .mod import (a, b as c,
                  d,)
from x import *
from . mod import y
