// RefgapCore
