"""The monthly one-on-ones: planning (one, or a whole month), cadence,
holding, saving, moving and cancelling, templates, days off, and the overview page."""
