"""CPTED and the environment: street-segment audit, crime concentration, incidents
against environmental conditions, risk terrain and near-repeat analysis.

Everything here is plain Python (numpy, scipy, pandas, shapely); the street graph
comes from :mod:`..network.street_network`.
"""
