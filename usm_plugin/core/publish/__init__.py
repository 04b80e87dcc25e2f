"""Public release: disclosure control for published counts and points."""
