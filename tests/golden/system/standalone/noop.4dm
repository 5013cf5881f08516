// does nothing: the process Execute on server starts
