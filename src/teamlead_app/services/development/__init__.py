"""Development: the POP (persoonlijk ontwikkelingsplan), development goals with
steps and progress, and the lead's private signals."""
