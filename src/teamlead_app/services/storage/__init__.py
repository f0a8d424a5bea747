"""The database file: opening and checking it, backups and restoring one, and the
export log."""
