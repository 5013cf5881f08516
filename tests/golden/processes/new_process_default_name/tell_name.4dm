ALERT("name: ["+Current process name+"]")
