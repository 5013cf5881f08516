#DECLARE() : Collection
return cs.Tool.new().run()
