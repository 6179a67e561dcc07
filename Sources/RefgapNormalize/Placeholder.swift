// RefgapNormalize
