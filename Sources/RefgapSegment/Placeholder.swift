// RefgapSegment
