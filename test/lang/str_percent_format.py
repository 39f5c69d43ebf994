# %-formatting
print("%d items" % 5)
print("%s and %s" % ("this", "that"))
print("%r %s" % ("q", "q"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.00012, 1e-10, 1e20))
print("%.2f %8.3f %-8.1f| %.0f %.0f" % (3.14159, 2.71828, 1.5, 0.5, 1.5))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%c%c%c" % (72, "i", 33))
print("100%% sure, %s" % "yes")
print("%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (None, True))
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 3, 3.14159))
print("%10.4s|" % "abcdefgh", "%-10s|" % "hi")
print("%i %u" % (7, 8), "%d" % 3.99, "%d" % True)
for bad in [("%d", "x"), ("%s %s", ("one",)), ("%s", (1, 2))]:
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print("TypeError:", e)
print(b"%s-%d" % (b"bytes", 7))
