SITEGEN_SEARCH("meta",{"chunk":500,"documents":2,"format":1,"prefix":0,"shards":[""],"version":"1c6d5beb9fb0"});
