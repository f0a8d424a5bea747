"""The demo company generator: a believable firm with a year of history, kept apart
from the business rules."""
