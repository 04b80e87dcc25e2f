"""Risk x resilience: bivariate classes of a risk index and a resilience index."""

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ..usm_plugin.qgis_compat import FieldType, SourceType
from .base import UsmAlgorithm

BREAK_CHOICES = [("terciles", "Terciles (a third of the neighbourhoods in each class)"),
                 ("user", "Breaks given below")]


class RiskResilienceAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "riskresilience"
    DISPLAY_NAME = "Risk x resilience"
    GROUP_ID = "monitor"
    SHORT_DESCRIPTION = ("Crosses a risk index with a resilience index into 3 x 3 bivariate "
                         "classes with the standard bivariate colours, and lists the "
                         "neighbourhoods of high risk and low resilience.")
    DESCRIPTION = """
    The Urban Safety Monitor looks at the interplay of risk and resilience: hot spots alone
    mislead. Give a risk index (higher = more risk, e.g. usm:compositeindex of the crime and
    socio-economic facets with orientation "more risk") and a resilience index (higher = more
    resilience, e.g. the resilience facet with orientation "safer"). Each is cut into low,
    medium and high at its terciles or at given breaks (a value on a break goes to the lower
    class); the nine combinations are drawn with Joshua Stevens' bivariate palette (risk from grey
    to red, resilience from grey to blue) and a legend naming each class. The high risk, low
    resilience neighbourhoods are outlined, flagged priority = 1, listed in the log and written
    to the priority table.

    A neighbourhood without one of the two values gets no class (NULL) and is counted in the log.
    """
    TAGS = ("risk", "resilience", "bivariate", "choropleth", "terciles", "priority", "monitor",
            "social capital", "vulnerability")
    REFERENCES = (
        "Stevens, J. (2015). Bivariate choropleth maps: a how-to guide.",
        "UN-Habitat (2020). Expert Group Meeting on Global Urban Safety Indicators and Monitoring "
        "Tool, Madrid: the interplay between urban risk and resilience (social capital) factors.",
    )
    OUTPUT_FIELDS = (
        ("(input fields)", "all fields of the input layer", ""),
        ("risk_class", "1 low, 2 medium, 3 high risk", "class"),
        ("res_class", "1 low, 2 medium, 3 high resilience", "class"),
        ("biv_code", "10 x risk_class + res_class (11 ... 33)", "class"),
        ("biv_class", "the class in words, e.g. 'high risk, low resilience'", "text"),
        ("priority", "1 for high risk and low resilience, else 0", "0/1"),
    )
    OUTPUT_TABLES = (
        ("Priority table", (("<id field>", "neighbourhood of high risk and low resilience", "id"),
                            ("risk, resilience", "its two index values", "as the inputs"))),
    )

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    RISK_FIELD = "RISK_FIELD"
    RESILIENCE_FIELD = "RESILIENCE_FIELD"
    BREAKS = "BREAKS"
    RISK_BREAKS = "RISK_BREAKS"
    RESILIENCE_BREAKS = "RESILIENCE_BREAKS"
    OUTPUT = "OUTPUT"
    PRIORITY = "PRIORITY"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Neighbourhoods"),
                                                [SourceType.POLYGON]),
            "Neighbourhood layer with a risk index and a resilience index.")
        self.add_parameter(
            QgsProcessingParameterField(self.ID_FIELD, self.tr("Neighbourhood id field"),
                                        parentLayerParameterName=self.INPUT),
            "Unique code per neighbourhood (used in the priority list).")
        self.add_parameter(
            QgsProcessingParameterField(self.RISK_FIELD, self.tr("Risk index (higher = more risk)"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC),
            "For example the index of usm:compositeindex on the crime and socio-economic facets "
            "with orientation 'more risk'.")
        self.add_parameter(
            QgsProcessingParameterField(self.RESILIENCE_FIELD,
                                        self.tr("Resilience index (higher = more resilience)"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC),
            "For example the resilience facet score of usm:compositeindex (orientation 'safer').")
        self.add_parameter(
            QgsProcessingParameterEnum(self.BREAKS, self.tr("Classes"),
                                       options=[t for _, t in BREAK_CHOICES], defaultValue=0),
            "How low / medium / high are cut.")
        for key, label in ((self.RISK_BREAKS, "Risk breaks (low|medium, medium|high)"),
                           (self.RESILIENCE_BREAKS, "Resilience breaks (low|medium, medium|high)")):
            self.add_parameter(
                QgsProcessingParameterString(key, self.tr(label), optional=True),
                "Two increasing numbers separated by a comma, e.g. 40,60; used with 'Breaks "
                "given below'.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Risk x resilience"),
                                              SourceType.POLYGON),
            "The neighbourhoods with the fields listed under Output fields, styled.")
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.PRIORITY, self.tr("High risk, low resilience"),
                                              SourceType.TABLE, optional=True,
                                              createByDefault=True),
            "The list of high risk, low resilience neighbourhoods.")

    def process_with_core(self, parameters, context, feedback):
        import os

        from ..usm_plugin import bridge
        from ..usm_plugin.core.indices.bivariate import bivariate_classes
        from .base import PLUGIN_DIR
        from .base.monitor import check_unique_ids, read_all_fields, write_with_results

        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        risk = self.parameterAsString(parameters, self.RISK_FIELD, context)
        resilience = self.parameterAsString(parameters, self.RESILIENCE_FIELD, context)
        data = read_all_fields(self, parameters, self.INPUT, context, feedback,
                               stage=bridge.FeedbackAdapter(feedback).stage(0.0, 0.4))
        check_unique_ids(data.frame, id_field)
        user = BREAK_CHOICES[self.parameterAsEnum(parameters, self.BREAKS, context)][0] == "user"
        breaks = {}
        for key, name in ((self.RISK_BREAKS, "risk_breaks"),
                          (self.RESILIENCE_BREAKS, "resilience_breaks")):
            breaks[name] = _breaks(self.parameterAsString(parameters, key, context), key) \
                if user else None
        result = bivariate_classes(data.frame[risk], data.frame[resilience],
                                   ids=data.frame[id_field].tolist(), **breaks)
        result.table.index = data.frame.index
        bridge.push_notes(feedback, result.notes)
        feedback.setProgress(60)
        bridge.raise_if_cancelled(feedback)
        qml = os.path.join(PLUGIN_DIR, "resources", "styles", "risk_resilience.qml")
        output = write_with_results(self, parameters, self.OUTPUT, context, feedback, data,
                                    result.table, qml_path=qml)
        outputs = {self.OUTPUT: output}
        if parameters.get(self.PRIORITY) is not None:
            flagged = (result.table["priority"] == 1).fillna(False).to_numpy()
            table = data.frame.loc[flagged, [id_field, risk, resilience]].reset_index(drop=True)
            outputs[self.PRIORITY] = bridge.write_frame(self, parameters, self.PRIORITY, context,
                                                        table, None, feedback=feedback)
        feedback.setProgress(100)
        return outputs


def _breaks(text, key):
    from ..usm_plugin.core.runtime import InputError
    from ..usm_plugin.i18n import tr

    message = tr("{key}: give two numbers separated by a comma; got {text}")
    try:
        values = [float(v) for v in (text or "").replace(";", ",").split(",") if v.strip()]
    except ValueError:
        raise InputError(message.format(key=key, text=repr(text))) from None
    if len(values) != 2:
        raise InputError(message.format(key=key, text=repr(text)))
    return values
