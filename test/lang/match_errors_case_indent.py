# IndentationError: no indented block after case
for i in range(2):
    match i:
        case 0:
        pass
