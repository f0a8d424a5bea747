"""The overview page's cards on a SQLite file: their state for one day (person_day.py) and
their first lines read from it (first_lines.py)."""
