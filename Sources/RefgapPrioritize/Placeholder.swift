// RefgapPrioritize
