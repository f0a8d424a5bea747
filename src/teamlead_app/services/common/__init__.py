"""Building blocks every area uses: the data-affecting settings, autosaved drafts,
the health-word list and the lock step of signed records."""
