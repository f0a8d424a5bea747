"""Buddies and mentors: pairings with their rules, suggestions and check-ins,
leaders and buddy training, hand-over when a mentor leaves, and a newcomer's onboarding."""
