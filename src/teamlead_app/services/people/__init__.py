"""People and teams: the people list, teams and functions, names and employment,
the person's timeline, and importing people from an HR export."""
