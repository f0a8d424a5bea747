"""The plain data the reports read (frozen dataclasses and the small pure rules on them),
by area. Imports neither teamlead_app.services nor teamlead_app.reports, so both can import it."""
