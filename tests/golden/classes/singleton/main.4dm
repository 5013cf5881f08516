// A singleton class: one instance per process, reached with .me
cs.Counter.me.bump()
cs.Counter.me.bump()
ALERT(String(cs.Counter.me.count))  // expect: 2
ALERT(String(cs.Counter.isSingleton))  // expect: True
ALERT(String(cs.Counter.new()=cs.Counter.me))  // expect: True
