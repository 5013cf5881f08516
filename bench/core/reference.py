"""The Python programs each 4D benchmark is measured against (same work)."""


def loop():
    total = 0.0
    for i in range(1, 1_000_001):
        total = total + ((i % 7) * 2) - 1
    return total


def _fib(n):
    if n < 2:
        return n
    return _fib(n - 1) + _fib(n - 2)


def fib_method():
    return _fib(25)


class Fib:
    def fib(self, n):
        if n < 2:
            return n
        return self.fib(n - 1) + self.fib(n - 2)


def fib_class():
    return Fib().fib(25)


def text_build():
    t = ""
    for _ in range(100_000):
        t = t + "x"
    return t


def collection_ops():
    # The 4D code maps with a callback (a Formula): so does this twin.
    c = []
    for i in range(1, 100_001):
        c.append(float((i * 7919) % 100003))
    c.sort()
    return list(map(lambda v: v * 2, c))


def object_props():
    o = {"count": 0.0, "total": 0.0}
    for _ in range(300_000):
        o["count"] = o["count"] + 1
        o["total"] = o["total"] + o["count"]
    return o
