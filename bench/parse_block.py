# The statements of parse_block.4dm in Python: the reference of bench/compile.py (24 lines).
i = n = 0
t = ""
o = {}
o = {"name": "x", "list": [1, 2, 3], "nested": {"a": True}}
for i in range(1, 11):
    if (i % 2 == 0) and (o["name"] != ""):
        t = t + str(i) + ","
    else:
        n = n + (i * 2)
if n > 10:
    print("big")
elif n > 5:
    print("medium")
else:
    print("small")
for v in o["list"]:
    o["total"] = (o.get("total") or 0) + v
t = t[0:5].upper() + str(o)
# padding so that the block has as many lines as parse_block.4dm
# (4D closes its blocks with End if / End for / End case lines)
pass
pass
pass
