"""UsmAlgorithm: the class every Urban Safety Monitor algorithm stands on.

A subclass declares who it is (``ALGORITHM_ID``, ``DISPLAY_NAME``, ``GROUP_ID``,
``SHORT_DESCRIPTION``, ``DESCRIPTION``, ``TAGS``, ``OUTPUT_FIELDS``,
``REFERENCES``), adds its parameters with :meth:`UsmAlgorithm.add_parameter`
(which insists on help text) and implements :meth:`process_with_core`.  The
base class assembles the help page, checks the Python dependencies
(``canExecute``) and turns the core's errors into Processing errors.

Subclasses import the bridge and the core inside ``process_with_core`` so that a
QGIS without geopandas still lists the algorithms and explains what is missing.
"""

from __future__ import annotations

import datetime
import html
import os
from typing import Dict, List, Sequence, Tuple

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ...usm_plugin import i18n
from ...usm_plugin.dependencies import CORE_MODULES, explain_missing, missing_packages, version_warnings
from ...usm_plugin.qgis_compat import ParameterFlag

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
#: Optional JSON output every algorithm has (see UsmAlgorithm.__init_subclass__).
PROVENANCE = "PROVENANCE"


def plugin_version() -> str:
    """The version in metadata.txt."""
    with open(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("version="):
                return line.split("=", 1)[1].strip()
    return "unknown"

#: Toolbox groups by id, in the order of the capability map.
GROUPS = {
    "join": "Join data to neighbourhoods",
    "hotspots": "Hot spots and clusters",
    "publish": "Reports and public release",
    "typology": "Typologies",
    "monitor": "Monitor: indices and targets",
    "cpted": "CPTED and environment",
}
ICON_PATH = os.path.join(PLUGIN_DIR, "resources", "icons", "usm.svg")


def _plain_python(value):
    """numpy scalars as Python numbers: Processing passes outputs to C++ (qgis_process,
    models), which cannot read a numpy.float64 wrapped in a QVariant."""
    item = getattr(value, "item", None)
    if item is not None and getattr(value, "shape", None) == ():
        return item()
    return value


def parse_number_list(text: str, name: str, *, unit: str = "", minimum=None,
                      required: bool = False):
    """Numbers typed in a text parameter ("100, 200; 400") as a tuple, with errors that name
    the parameter: a part that is not a number, one below ``minimum``, or (``required``)
    none at all."""
    values = []
    for part in (text or "").replace(";", ",").split(","):
        if not part.strip():
            continue
        try:
            value = float(part)
        except ValueError as error:
            message = (i18n.tr("{name}: {part} is not a number of {unit}") if unit
                       else i18n.tr("{name}: {part} is not a number"))
            raise QgsProcessingException(message.format(name=name, part=repr(part.strip()),
                                                        unit=unit)) from error
        if minimum is not None and not value >= minimum:
            raise QgsProcessingException(
                i18n.tr("{name}: distances must be >= {minimum}, got {value}").format(
                    name=name, minimum=f"{minimum:g}", value=value))
        values.append(value)
    if required and not values:
        raise QgsProcessingException(
            i18n.tr("{name}: give at least one band limit").format(name=name))
    return tuple(values)


class UsmAlgorithm(QgsProcessingAlgorithm):
    """Shared behaviour of the Urban Safety Monitor algorithms."""

    ALGORITHM_ID = ""
    DISPLAY_NAME = ""
    GROUP_ID = ""  # a key of GROUPS
    SHORT_DESCRIPTION = ""
    #: Longer explanation (plain text paragraphs, blank-line separated).
    DESCRIPTION = ""
    TAGS: Sequence[str] = ()
    #: (field name or pattern, meaning, unit) for every field of the main output.
    OUTPUT_FIELDS: Sequence[Tuple[str, str, str]] = ()
    #: Extra sections for the help: (title, [(name, meaning, unit)]) e.g. for report tables.
    OUTPUT_TABLES: Sequence[Tuple[str, Sequence[Tuple[str, str, str]]]] = ()
    REFERENCES: Sequence[str] = ()
    #: Python modules this algorithm needs beyond the core set (e.g. "rasterio", "sklearn").
    EXTRA_MODULES: Sequence[str] = ()

    def __init__(self):
        super().__init__()
        self._parameter_help: List[Tuple[str, str, str]] = []

    def __init_subclass__(cls, **kwargs):
        """Every algorithm gets the optional PROVENANCE output after its own parameters, so
        that no algorithm has to remember it."""
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("initAlgorithm")
        if own is None:
            return

        def initAlgorithm(self, config=None, _own=own):  # noqa: N802
            _own(self, config)
            if self.parameterDefinition(PROVENANCE) is None:
                self._add_provenance_output()

        cls.initAlgorithm = initAlgorithm

    def _add_provenance_output(self):
        from qgis.core import QgsProcessingParameterFileDestination

        self.add_parameter(
            QgsProcessingParameterFileDestination(
                PROVENANCE, self.tr("Provenance record"), "JSON files (*.json)", optional=True,
                createByDefault=False),
            "Optional JSON file recording how the outputs were made: every parameter (so the "
            "run can be repeated), each input file with its feature count and SHA-256 hash, the "
            "versions of the plugin, QGIS, Python and libraries, and the time. The same record "
            "is stored in the metadata of GeoPackage outputs and summarised in the log.",
            advanced=True)

    # ---- identity -------------------------------------------------------------------------

    def tr(self, text: str) -> str:
        """``text`` in the user's language (one context for the whole plugin: usm_plugin/i18n.py)."""
        return i18n.tr(text)

    def description_paragraphs(self) -> List[str]:
        """DESCRIPTION's paragraphs, each on one line: the keys they are translated by."""
        return [" ".join(paragraph.split()) for paragraph in self.DESCRIPTION.strip().split("\n\n")
                if paragraph.strip()]

    def name(self) -> str:
        return self.ALGORITHM_ID

    def displayName(self) -> str:  # noqa: N802
        return self.tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return self.tr(GROUPS[self.GROUP_ID])

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def shortDescription(self) -> str:  # noqa: N802
        return self.tr(self.SHORT_DESCRIPTION)

    def tags(self) -> List[str]:
        return [self.tr(t) for t in self.TAGS] + ["urban safety monitor", "usm"]

    def icon(self) -> QIcon:
        return QIcon(ICON_PATH)

    def createInstance(self):  # noqa: N802
        return type(self)()

    # ---- parameters -----------------------------------------------------------------------

    def add_parameter(self, parameter, help_text: str, *, advanced: bool = False):
        """Add a parameter with its help text (shown in the dialog and in the help page)."""
        if not help_text or not help_text.strip():
            raise ValueError(f"parameter {parameter.name()} needs help text")
        parameter.setHelp(self.tr(help_text))
        # labels written without self.tr (shared helpers) and the choices of enums
        parameter.setDescription(self.tr(parameter.description()))
        if hasattr(parameter, "options") and hasattr(parameter, "setOptions"):
            options = parameter.options()
            if options:
                parameter.setOptions([self.tr(option) for option in options])
        if advanced:
            parameter.setFlags(parameter.flags() | ParameterFlag.ADVANCED)
        self._parameter_help.append((parameter.name(), parameter.description(), help_text))
        self.addParameter(parameter)
        return parameter

    def add_repair_parameter(self):
        """REPAIR_GEOMETRY: mend invalid polygons instead of stopping or skipping them."""
        from qgis.core import QgsProcessingParameterBoolean

        self.add_parameter(
            QgsProcessingParameterBoolean("REPAIR_GEOMETRY", self.tr("Repair invalid polygons"),
                                          defaultValue=False),
            "Invalid polygons (self-intersections, bow-ties, rings touching holes) are handled "
            "by Processing's invalid-geometry setting: stop with their ids, or skip them (listed "
            "in the log, and incidents inside them accounted for apart). Tick this to repair "
            "them with make_valid instead (as 'Fix geometries'); every repaired feature is "
            "listed in the log with the reason and the area it gained or lost.", advanced=True)

    # ---- help -----------------------------------------------------------------------------

    def shortHelpString(self) -> str:  # noqa: N802
        parts = [f"<p>{html.escape(self.tr(self.SHORT_DESCRIPTION))}</p>"]
        for paragraph in self.description_paragraphs():
            parts.append(f"<p>{html.escape(self.tr(paragraph))}</p>")
        if self._parameter_help:
            parts.append(f"<h3>{html.escape(self.tr('Parameters'))}</h3><dl>")
            for key, label, text in self._parameter_help:
                parts.append(f"<dt><b>{html.escape(label)}</b> ({key})</dt>"
                             f"<dd>{html.escape(self.tr(text))}</dd>")
            parts.append("</dl>")
        sections = []
        if self.OUTPUT_FIELDS:
            sections.append(("Output fields", self.OUTPUT_FIELDS))
        sections.extend(self.OUTPUT_TABLES)
        for title, rows in sections:
            parts.append(f"<h3>{html.escape(self.tr(title))}</h3><table>"
                         f"<tr><th align='left'>{html.escape(self.tr('Field'))}</th>"
                         f"<th align='left'>{html.escape(self.tr('Meaning'))}</th>"
                         f"<th align='left'>{html.escape(self.tr('Unit'))}</th></tr>")
            for name, meaning, unit in rows:
                parts.append(f"<tr><td><code>{html.escape(name)}</code></td>"
                             f"<td>{html.escape(self.tr(meaning))}</td>"
                             f"<td>{html.escape(self.tr(unit))}</td></tr>")
            parts.append("</table>")
        if self.REFERENCES:
            parts.append(f"<h3>{html.escape(self.tr('References'))}</h3><ul>")
            parts.extend(f"<li>{html.escape(ref)}</li>" for ref in self.REFERENCES)
            parts.append("</ul>")
        return "\n".join(parts)

    def helpUrl(self) -> str:  # noqa: N802
        """This algorithm's page of the HTML documentation shipped in the plugin (docs/, made
        by packaging/build_docs.py), opened by the dialog's Help button; '' when the page is
        missing (a source checkout before `make docs`), so QGIS shows no broken link."""
        from qgis.PyQt.QtCore import QUrl

        page = os.path.join(PLUGIN_DIR, "docs", f"{self.name()}.html")
        return QUrl.fromLocalFile(page).toString() if os.path.isfile(page) else ""

    # ---- running --------------------------------------------------------------------------

    def required_modules(self) -> Sequence[str]:
        return tuple(CORE_MODULES) + tuple(self.EXTRA_MODULES)

    def canExecute(self):  # noqa: N802
        missing = missing_packages(self.required_modules())
        if missing:
            return False, explain_missing(missing)
        return True, ""

    def processAlgorithm(self, parameters, context, feedback) -> Dict[str, object]:  # noqa: N802
        ok, message = self.canExecute()
        if not ok:
            raise QgsProcessingException(message)
        for warning in version_warnings(self.required_modules()):
            feedback.pushWarning(warning)
        from ...usm_plugin import bridge

        started = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
        try:
            bridge.check_fields_exist(self, parameters, context)
            bridge.check_outputs_spare_inputs(self, parameters, context)
            bridge.check_destinations_writable(self, parameters, context)
            # all outputs or none: files are moved into place only when the run succeeds
            with bridge.output_transaction(feedback):
                results = self.process_with_core(parameters, context, feedback)
            results = {key: _plain_python(value) for key, value in results.items()}
            self._record_provenance(parameters, context, feedback, results, started)
        except QgsProcessingException:
            raise
        except Exception as error:  # noqa: BLE001 -- no Python traceback reaches the user
            raise bridge.as_processing_error(error, self.displayName(), feedback) from error
        return results

    def _record_provenance(self, parameters, context, feedback, results, started):
        from ...usm_plugin import bridge

        path = (self.parameterAsFileOutput(parameters, PROVENANCE, context)
                if parameters.get(PROVENANCE) not in (None, "") else None)
        record = bridge.provenance_record(self, parameters, context, results, started,
                                          plugin_version(), hash_inputs=bool(path))
        bridge.write_provenance(record, path, results, feedback)
        if path:
            results[PROVENANCE] = path
        message = (self.tr("Provenance: {algorithm}, plugin {version}, QGIS {qgis}, {n} input "
                           "layer(s), record in {path}") if path else
                   self.tr("Provenance: {algorithm}, plugin {version}, QGIS {qgis}, {n} input "
                           "layer(s)"))
        feedback.pushInfo(message.format(algorithm=record["algorithm"], version=plugin_version(),
                                         qgis=record["qgis"], n=len(record["inputs"]), path=path))

    def process_with_core(self, parameters, context, feedback) -> Dict[str, object]:
        """Read inputs through the bridge, call the core, write outputs; return the outputs."""
        raise NotImplementedError(f"{type(self).__name__} must implement process_with_core")
