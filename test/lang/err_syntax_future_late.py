# SyntaxError: from __future__ imports must occur at the beginning of the file
"""A module docstring may come first; an ordinary import may not."""
import sys
from __future__ import annotations

print(sys.argv)
