"""Shared pieces of the Urban Safety Monitor's algorithms.

An algorithm composes what it needs, explicitly:

- :mod:`.algorithm` -- :class:`UsmAlgorithm`, the class every algorithm derives from
  (identity, help page, dependency check, errors as Processing errors);
- :mod:`.weights` -- the input layer and spatial-weights parameters, reading the
  layer, building the weights, writing the layer back with new fields;
- :mod:`.inference` -- analysis field, permutations, seed, FDR and significance
  parameters of the spatial statistics (builds on :mod:`.weights`);
- :mod:`.neighbourhoods` -- neighbourhood and population parameters and readers,
  and the neighbourhood output writer;
- :mod:`.streets` -- the street network parameters and the street graph reader.

None of them holds analysis logic: that lives in ``usm_plugin.core``.  No algorithm
module imports another algorithm module; they share only what is here.
"""

from .algorithm import GROUPS, PLUGIN_DIR, UsmAlgorithm

__all__ = ["GROUPS", "PLUGIN_DIR", "UsmAlgorithm"]
