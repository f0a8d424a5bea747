"""Craftsmanship: the skills matrix (ILUO levels with history), coverage, knowledge
holders, certificates, and importing a foreman's Excel matrix."""
