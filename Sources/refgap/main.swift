print("refgap")
