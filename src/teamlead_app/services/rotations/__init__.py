"""Job rotation: stations, planned rotations with their conflicts, evaluation,
the planner grid and suggestions that fill a gap."""
