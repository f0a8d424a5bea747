"""Teamlead: monthly one-on-ones, development goals and POPs for the team lead on the shop floor."""

__version__ = "0.1.0"
APP_NAME = "Teamlead"
ORG_NAME = "Teamlead"
