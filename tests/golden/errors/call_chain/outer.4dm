inner(New object)
