"""Indicators and the monitor: the catalogue, composite indices, uncertainty and sensitivity."""
