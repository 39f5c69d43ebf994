café = 1
π = 3.14
名前 = "値"
s = "😀 emoji"; t = 1
x = "日本語" + café
def ƒ(α, β=2): return α + β
y = f"{café} 😀 {π}"
z = 1  # comment with ünïcode 😀
w = ["😀", "😀😀", 名前]
