// Counts while it runs; a long DELAY PROCESS between counts once asked to
Repeat
	Use (Storage.c)
		Storage.c.n:=Storage.c.n+1
	End use
	DELAY PROCESS(Current process; Storage.c.ticks)
Until (Storage.c.stop)
