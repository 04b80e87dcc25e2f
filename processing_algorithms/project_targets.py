"""Targets projected by type: from the representative neighbourhoods (or the city) to every member."""

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..usm_plugin.qgis_compat import FieldType, NumberType, SourceType
from .base import UsmAlgorithm


class ProjectTargetsAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "projecttargets"
    DISPLAY_NAME = "Projected targets by type"
    GROUP_ID = "typology"
    SHORT_DESCRIPTION = ("Writes a target for every neighbourhood from the targets set for the "
                         "representative neighbourhoods of its type, or from a city-wide change "
                         "(e.g. -50% violence by 2030), scaled to each neighbourhood's baseline.")
    DESCRIPTION = """
    The Safer Cities method audits a few representative neighbourhoods of each type in depth,
    sets targets for them and projects targets to the other neighbourhoods of the same type.
    For each type, the change agreed for its representatives (the sum of their targets over
    the sum of their baselines, minus 1) is applied to every member's own baseline: target =
    baseline x (1 + change). A type whose representatives have no target takes the city-wide
    change, when one is given. A neighbourhood with its own target keeps it.

    Run it on the output of Neighbourhood typologies: TYPE_FIELD = type_id (or type_name) and,
    optionally, REPRESENTATIVE_FIELD = is_representative so that only the representatives'
    targets set their type's change. A missing baseline gives a missing target (NULL, counted
    in the log), never 0.
    """
    TAGS = ("targets", "projection", "typology", "representative", "safer cities", "baseline",
            "2030", "monitoring", "neighbourhood types")
    REFERENCES = (
        "Vanderschueren, F. (2020). Useful tools for systemic and sustainable safer cities "
        "approaches. Position paper, Global Network on Safer Cities partners meeting, "
        "UN-Habitat (targets adaptable to the other neighbourhoods of the same category are "
        "projected from representative neighbourhoods).",
    )
    OUTPUT_FIELDS = (
        ("(neighbourhood fields)", "all fields of the input layer", ""),
        ("baseline", "the baseline value of the indicator", "indicator unit"),
        ("target", "projected target: baseline x (1 + the type's change), or the target given "
         "for this neighbourhood", "indicator unit"),
        ("change_pct", "target / baseline - 1", "%"),
        ("target_source", "'given', 'representatives of type ...' or 'city-wide change ...'",
         "text"),
    )
    OUTPUT_TABLES = (
        ("Changes by type (BY_TYPE)", (
            ("type", "the type", "text"),
            ("n_neighbourhoods", "members of the type", "count"),
            ("n_defining", "representatives whose targets set the change", "count"),
            ("change_pct", "relative change applied to the members", "%"),
            ("source", "where the change comes from", "text"),
        )),
    )

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    TYPE_FIELD = "TYPE_FIELD"
    BASELINE_FIELD = "BASELINE_FIELD"
    TARGET_FIELD = "TARGET_FIELD"
    REPRESENTATIVE_FIELD = "REPRESENTATIVE_FIELD"
    CITY_CHANGE = "CITY_CHANGE"
    OUTPUT = "OUTPUT"
    BY_TYPE = "BY_TYPE"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Neighbourhood types"),
                                                [SourceType.POLYGON]),
            "Neighbourhoods with a type, e.g. the output of Neighbourhood typologies.")
        self.add_parameter(
            QgsProcessingParameterField(self.ID_FIELD, self.tr("Neighbourhood id field"),
                                        parentLayerParameterName=self.INPUT),
            "Unique neighbourhood code.")
        self.add_parameter(
            QgsProcessingParameterField(self.TYPE_FIELD, self.tr("Type field"),
                                        parentLayerParameterName=self.INPUT),
            "The neighbourhood's type (type_id or type_name).")
        self.add_parameter(
            QgsProcessingParameterField(self.BASELINE_FIELD, self.tr("Baseline field"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC),
            "The indicator's current value, e.g. eb_rate_total (incidents per 100,000).")
        self.add_parameter(
            QgsProcessingParameterField(self.TARGET_FIELD, self.tr("Targets set (field)"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC, optional=True),
            "Optional targets set for some neighbourhoods (normally the representatives after "
            "their audit), empty elsewhere.")
        self.add_parameter(
            QgsProcessingParameterField(self.REPRESENTATIVE_FIELD,
                                        self.tr("Representative flag field"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC, optional=True),
            "Optional 0/1 field (is_representative): only the representatives' targets set "
            "their type's change.")
        self.add_parameter(
            QgsProcessingParameterNumber(self.CITY_CHANGE, self.tr("City-wide change (%)"),
                                         NumberType.DOUBLE, optional=True, minValue=-100),
            "Change for types without representative targets, in percent (e.g. -50 for "
            "halving violence by 2030). Empty = none: such types get no target.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Projected targets")),
            "The neighbourhoods with baseline, target, change_pct and target_source.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.BY_TYPE, self.tr("Changes by type"),
                                              SourceType.TABLE, optional=True),
            "One row per type: the change applied and where it comes from.")

    def process_with_core(self, parameters, context, feedback):
        from ..usm_plugin import bridge
        from ..usm_plugin.core.typology.targets import project_targets

        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        change = parameters.get(self.CITY_CHANGE)
        city_change = (None if change is None or change == ""
                       else self.parameterAsDouble(parameters, self.CITY_CHANGE, context))
        stages = bridge.FeedbackAdapter(feedback)
        data = bridge.read_typology_input(self, parameters, self.INPUT, context, feedback,
                                          stage=stages.stage(0.0, 0.3))
        result = project_targets(
            data.frame, id_field, self.parameterAsString(parameters, self.TYPE_FIELD, context),
            self.parameterAsString(parameters, self.BASELINE_FIELD, context),
            target_field=self.parameterAsString(parameters, self.TARGET_FIELD, context) or None,
            representative_field=self.parameterAsString(
                parameters, self.REPRESENTATIVE_FIELD, context) or None,
            city_change_pct=city_change, **stages.stage(0.3, 0.6).callables())
        bridge.push_notes(feedback, data.notes)
        bridge.push_notes(feedback, result.notes)
        for row in result.by_type.itertuples(index=False):
            feedback.pushInfo("  " + self.tr("type {type}: {change}% ({source})").format(
                type=row.type, change=f"{row.change_pct:+.1f}", source=row.source))
        outputs = bridge.write_target_outputs(self, parameters, context, feedback, data, result,
                                              self.OUTPUT, self.BY_TYPE)
        feedback.setProgress(100)
        return outputs
