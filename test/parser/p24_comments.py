# leading comment

# another

x = 1  # trailing
    # indented comment at odd level
if x:
    # comment in block
    y = 2
        # over-indented comment
    z = 3
# dedented comment
    # weird
w = 4
