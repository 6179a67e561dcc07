"""The demand aggregation of SPEC 2.3-2.4, shared by the DuckDB and pandas peers."""
AS_OF = "2026-11-24"
MIDWEST = ["Illinois", "Ohio", "Michigan", "Wisconsin", "Minnesota", "Indiana", "Iowa", "Missouri", "Kansas", "Nebraska", "North Dakota", "South Dakota"]
NORTHEAST = ["New York", "Massachusetts", "Pennsylvania", "New Jersey", "Connecticut", "Maine", "New Hampshire", "Rhode Island", "Vermont"]
WEST = ["California", "Washington", "Oregon", "Colorado", "Arizona", "Utah", "Nevada", "Idaho", "Montana", "Wyoming", "New Mexico", "Alaska", "Hawaii"]
def region(state):
    if state in MIDWEST: return "US-Midwest"
    if state in NORTHEAST: return "US-Northeast"
    if state in WEST: return "US-West"
    return "US-South" if state else None
