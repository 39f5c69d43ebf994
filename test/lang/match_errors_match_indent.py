# IndentationError: no indented block after match
match 1:
case 1:
    pass
