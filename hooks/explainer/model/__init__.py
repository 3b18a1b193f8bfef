"""Stage 2, the model: the validated content, typed, in one language at one instant."""
