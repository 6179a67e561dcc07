// RefgapAllocate
