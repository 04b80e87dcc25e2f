"""Pieces shared by the monitor's algorithms (composite index, periods, targets).

Not an algorithm: reading a neighbourhood table with all its fields and writing it
back with new result fields, input fields of the same name kept under a new name.
"""

from __future__ import annotations


def read_all_fields(algorithm, parameters, name, context, feedback, stage=None):
    """The layer ``name`` with every attribute field (bridge.SourceData)."""
    from ...usm_plugin import bridge

    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        from qgis.core import QgsProcessingException
        from ...usm_plugin.i18n import tr
        raise QgsProcessingException(tr("Could not load the layer given for {name}.").format(
            name=name))
    fields = [f.name() for f in source.fields()]
    return bridge.read_source(algorithm, parameters, name, context, feedback, fields=fields,
                              keep_original_geometry=True, stage=stage)


def write_with_results(algorithm, parameters, name, context, feedback, data, results,
                       qml_path=None):
    """Write the input features, all their fields, and ``results`` (indexed like the frame).

    An input field whose name a result field takes is kept as ``<name>_in`` (reported),
    so nothing of the input is lost.  Returns the destination id.
    """
    import geopandas as gpd

    from ...usm_plugin import bridge
    from ...usm_plugin.i18n import tr

    table = data.frame.drop(columns=[data.frame.geometry.name])
    clashing = [c for c in results.columns if c in table.columns]
    if clashing:
        renamed = {c: _free_name(f"{c}_in", set(table.columns) | set(results.columns))
                   for c in clashing}
        table = table.rename(columns=renamed)
        feedback.pushWarning(tr("Input fields renamed because a result field has the same name: "
                                "{fields}").format(
            fields=", ".join(f"{a} -> {b}" for a, b in renamed.items())))
    table = table.join(results)
    geometry = data.original_geometry if data.original_geometry is not None else data.frame.geometry
    out = gpd.GeoDataFrame(table, geometry=geometry.reindex(table.index).values)
    dest = bridge.write_frame(algorithm, parameters, name, context, out, data.source_crs,
                              feedback=feedback)
    if qml_path:
        bridge.style_on_load(context, dest, qml_name=qml_path)
    return dest


def _free_name(name: str, taken: set) -> str:
    candidate, k = name, 2
    while candidate in taken:
        candidate, k = f"{name}{k}", k + 1
    return candidate


def check_unique_ids(frame, id_field):
    """Duplicate neighbourhood ids are an error (they would mix two neighbourhoods' results)."""
    from ...usm_plugin.core.runtime import InputError
    from ...usm_plugin.i18n import tr

    ids = frame[id_field]
    duplicated = ids[ids.duplicated(keep=False) & ids.notna()]
    if len(duplicated):
        raise InputError(tr("The id field {field} has duplicated values: {values}; neighbourhood "
                            "ids must be unique.").format(
            field=repr(id_field), values=", ".join(sorted(set(map(str, duplicated)))[:10])))
