ALERT(String(cs.Helper.new().event(21)))
