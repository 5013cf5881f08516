"""The Python twins of the collection benchmarks (same work, plain dicts and lists)."""

import functools


def _objects():
    return [{"id": float(i), "score": float((i * 7919) % 100_003), "name": "n" + str(i % 1000)}
            for i in range(1, 100_001)]


def objects_orderby():
    c = _objects()
    s = sorted(c, key=lambda o: o["score"])
    m = [o["score"] * 2 for o in c]
    f = [o for o in c if o["score"] > 50_000]
    o = sorted(c, key=lambda e: e["id"], reverse=True)
    o.sort(key=lambda e: e["name"].lower())
    return s, m, f, o


def objects_sort_formula():
    # 4D's sort takes a "less than" callback: the Python twin sorts with a comparison too.
    c = _objects()
    def less(a, b):
        return -1 if a["score"] < b["score"] else (1 if b["score"] < a["score"] else 0)

    c.sort(key=functools.cmp_to_key(less))
    m = [o["score"] * 2 for o in c]
    f = [o for o in c if o["score"] > 50_000]
    o = sorted(c, key=lambda e: e["id"], reverse=True)
    o.sort(key=lambda e: e["name"].lower())
    return m, f, o


# The rows of bench/speed.py: INPUTS[name]() builds the data a benchmark is given (outside the
# timing; each run gets a fresh one); the 4D method receives it as its $1, converted to 4D values.
def _numbers():
    return [float((i * 7919) % 100_003) for i in range(1, 100_001)]


INPUTS = {"callbacks": _numbers, "orderby": _objects, "sort_formula": _objects}


def callbacks(c):
    # 4D's map/filter/reduce call a formula per element: so does this twin (a lambda per element).
    m = list(map(lambda v: v * 2, c))
    f = list(filter(lambda v: v > 50_000, c))
    r = functools.reduce(lambda acc, v: acc + v, c, 0.0)
    return m, f, r


def objects_build():
    c = []
    for i in range(1, 100_001):
        c.append({"id": float(i), "score": float((i * 7919) % 100_003), "name": "n" + str(i % 1000)})
    return c


def orderby(c):
    s = sorted(c, key=lambda o: o["score"])
    o = sorted(c, key=lambda e: e["id"], reverse=True)
    o.sort(key=lambda e: e["name"].lower())
    return s, o


def sort_formula(c):
    def less(a, b):
        return -1 if a["score"] < b["score"] else (1 if b["score"] < a["score"] else 0)

    c.sort(key=functools.cmp_to_key(less))
    return c
