// ON ERR CALL handler of the tags test
handlerCalls:=handlerCalls+1
