"""Personal data rights (AVG): the access export (inzage) and the retention period
with deletion."""
