// RefgapIngest
