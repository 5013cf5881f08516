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
