"""Neighbourhood profiles: one self-contained HTML page per neighbourhood and an atlas PDF."""

import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..usm_plugin.qgis_compat import AlgorithmFlag, FieldType, SourceType
from .base import UsmAlgorithm


class NeighbourhoodProfilesAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "neighbourhoodprofiles"
    DISPLAY_NAME = "Neighbourhood profiles and atlas"
    GROUP_ID = "publish"
    SHORT_DESCRIPTION = ("One page per neighbourhood for the local safety audit: a map with "
                         "its hot-spot class and incident density, its indicators against the "
                         "city and its type, trends, survey results with intervals and "
                         "data-quality notes, as self-contained HTML pages and a print-ready "
                         "atlas PDF.")
    DESCRIPTION = """
    Each neighbourhood gets an HTML page (profile_<id>.html) that opens offline: every chart
    and the map are drawn into the page (inline SVG, no script, no internet). The index page
    (index.html) has a map of the city linking every page and a table of all neighbourhoods,
    also sorted by each column (index_by_<n>.html). The pages are checked against the layer:
    every figure carries its field name and exact value.

    The profile shows, for each indicator, the neighbourhood's value, the city median and
    mean, its percentile rank in the city (the share of neighbourhoods at or below it) and
    the mean of its type; the counts per period with the city mean and a direction (a
    least-squares line: within 5% of the mean level it is called stable; this is a
    description, not a test); the survey shares with their confidence intervals; and the
    data-quality notes: values missing and why (withheld by a public release, suppressed, a
    rate without population, NULL in the layer), small survey samples, and the city's
    incident accounting when its table is given. A missing value is shown as "no data",
    never as 0, and is left out of the city and type figures.

    Fields are found by the names the Urban Safety Monitor writes (population, n_total,
    rate_total, eb_rate_total, dens_total, n_cat_*, index with index_lo/index_hi, rank,
    sdg1121, sdg1171_*, n_y<year>, share_*/ci_low_*/ci_high_*, Gi_Bin or LMI_Type,
    type_name, withheld, n_suppressed, small_sample), so the neighbourhood summary of the
    full diagnosis, a typology output or a public release output work as they are; any
    other layer works with the fields named in the parameters.

    The atlas PDF has one page per neighbourhood, made by a QGIS print layout driven by an
    atlas on the neighbourhood layer: the map zooms to the neighbourhood, styled by hot-spot
    class with the neighbourhood outlined, and the labels are QGIS expressions on the
    layer's fields. The layout is the template resources/layouts/neighbourhood_atlas.qpt:
    open it in QGIS's layout designer (Project > Layout Manager > From template), change it
    and give the edited copy as the layout template. Labels holding [usm:title],
    [usm:subtitle], [usm:figures], [usm:trend], [usm:survey], [usm:quality] or [usm:footer]
    get the texts made for the run; any other label or expression is kept as written.

    Every output is written under a temporary name and moved into place when the whole run
    has succeeded: a cancelled or failed run leaves the folder and the PDF as they were.
    Pages of an earlier run in the same folder are replaced when their neighbourhood is in
    the layer, and left otherwise: use an empty folder for a clean set.
    """
    TAGS = ("profile", "report", "atlas", "pdf", "html", "print layout", "neighbourhood",
            "local safety audit", "publish", "dashboard")
    REFERENCES = (
        "UN-Habitat (2020). Expert Group Meeting on the Urban Safety Monitor, Madrid: the "
        "neighbourhood as the unit of analysis, compared with its city and its typology.",
        "Hyndman, R. J., Fan, Y. (1996). Sample quantiles in statistical packages. The "
        "American Statistician 50(4), 361-365.",
    )
    OUTPUT_TABLES = (
        ("Output folder (OUTPUT_FOLDER)", (
            ("index.html", "overview map linking every page, and the table of all "
             "neighbourhoods", "HTML"),
            ("index_by_<n>.html", "the same table sorted by its n-th column", "HTML"),
            ("profile_<id>.html", "the profile of one neighbourhood (unsafe characters of "
             "the id replaced by _)", "HTML"),
        )),
        ("Atlas (ATLAS_PDF)", (
            ("page", "one page per neighbourhood, in id order, numbered", "PDF page"),
        )),
        ("Numeric outputs", (
            ("PAGES", "neighbourhood pages written (HTML and, with ATLAS_PDF, PDF pages)",
             "count"),
        )),
    )

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    NAME_FIELD = "NAME_FIELD"
    TYPE_FIELD = "TYPE_FIELD"
    HOTSPOT_FIELD = "HOTSPOT_FIELD"
    INDICATOR_FIELDS = "INDICATOR_FIELDS"
    PERIOD_FIELDS = "PERIOD_FIELDS"
    SURVEY_FIELDS = "SURVEY_FIELDS"
    DENSITY = "DENSITY"
    ACCOUNTING = "ACCOUNTING"
    TITLE = "TITLE"
    TEMPLATE = "TEMPLATE"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    ATLAS_PDF = "ATLAS_PDF"
    INDEX = "INDEX"
    PAGES = "PAGES"

    def flags(self):
        # print layouts are exported on the main thread, as QGIS's own atlas algorithms do
        return super().flags() | AlgorithmFlag.NO_THREADING

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Neighbourhoods"),
                                                [SourceType.POLYGON]),
            "Neighbourhood polygons with their figures, e.g. the neighbourhood_summary layer "
            "of the full diagnosis, a typology or a public release output.")
        self.add_parameter(
            QgsProcessingParameterField(self.ID_FIELD, self.tr("Neighbourhood id field"),
                                        parentLayerParameterName=self.INPUT),
            "Unique code of each neighbourhood; it names the pages (profile_<id>.html).")
        for key, label, help_text in (
                (self.NAME_FIELD, "Name field", "Neighbourhood name shown in the titles. "
                 "Default: the first of name, nbhd_name, neighbourhood, nombre, nom, nome."),
                (self.TYPE_FIELD, "Type field", "Neighbourhood type, the comparison group. "
                 "Default: type_name, else type_id (the Typologies output)."),
                (self.HOTSPOT_FIELD, "Hot-spot class field", "Hot-spot class that colours the "
                 "maps. Default: Gi_Bin (Gi* bins -3..3), else LMI_Type (Local Moran types); "
                 "without one the maps show the incident density.")):
            self.add_parameter(
                QgsProcessingParameterField(key, self.tr(label), parentLayerParameterName=self.INPUT,
                                            optional=True), help_text)
        for key, label, help_text in (
                (self.INDICATOR_FIELDS, "Indicator fields", "Numeric fields compared with the "
                 "city and the type. Default: the Urban Safety Monitor fields found (population, "
                 "n_total, rate_total, eb_rate_total, dens_total, n_cat_*, index, rank, "
                 "sdg1121, sdg1171_*, income and census shares, street audit figures)."),
                (self.PERIOD_FIELDS, "Period count fields", "Incident counts per period, in time "
                 "order, for the trend. Default: the n_y<year> fields, by year."),
                (self.SURVEY_FIELDS, "Survey share fields", "Survey shares (0-1). Default: every "
                 "share_<q> field; intervals from ci_low_<q> and ci_high_<q>.")):
            self.add_parameter(
                QgsProcessingParameterField(key, self.tr(label), parentLayerParameterName=self.INPUT,
                                            type=FieldType.NUMERIC, allowMultiple=True,
                                            optional=True), help_text)
        self.add_parameter(
            QgsProcessingParameterRasterLayer(self.DENSITY, self.tr("Incident density raster"),
                                              optional=True),
            "Optional kernel density surface (incidents per km², e.g. from Kernel density): "
            "each neighbourhood's density is the mean of the cells whose centre lies in it. "
            "Without it: the dens_total field, else n_total / area.")
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.ACCOUNTING, self.tr("Incident accounting "
                                                                         "table"),
                                                [SourceType.TABLE], optional=True),
            "Optional accounting table of Aggregate incidents (item, count): the city's "
            "incidents read, assigned, outside and dropped are quoted in the data-quality "
            "notes.")
        self.add_parameter(
            QgsProcessingParameterString(self.TITLE, self.tr("Title"),
                                         defaultValue="Neighbourhood profiles"),
            "Title of the index page, shown on every page and in the atlas.")
        self.add_parameter(
            QgsProcessingParameterFile(self.TEMPLATE, self.tr("Atlas layout template (.qpt)"),
                                       extension="qpt", optional=True),
            "A print layout template of your own (start from the bundled "
            "resources/layouts/neighbourhood_atlas.qpt). Empty: the bundled template.",
            advanced=True)
        self.add_parameter(
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER,
                                                    self.tr("Folder for the HTML profiles")),
            "index.html and one profile_<id>.html per neighbourhood.")
        self.add_parameter(
            QgsProcessingParameterFileDestination(self.ATLAS_PDF, self.tr("Atlas PDF"),
                                                  "PDF files (*.pdf)", optional=True),
            "The print-ready atlas: one page per neighbourhood. Leave empty to skip it. "
            "The same inputs write the same file, byte for byte: its creation date is the "
            "SOURCE_DATE_EPOCH environment variable when set, else 1 January 1970.")
        self.add_repair_parameter()
        self.addOutput(QgsProcessingOutputFile(self.INDEX, self.tr("Index page")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Neighbourhood pages")))

    def process_with_core(self, parameters, context, feedback):
        from qgis.core import QgsProcessingMultiStepFeedback

        from ..usm_plugin import bridge

        folder = self.parameterAsFileOutput(parameters, self.OUTPUT_FOLDER, context)
        pdf = (self.parameterAsFileOutput(parameters, self.ATLAS_PDF, context)
               if parameters.get(self.ATLAS_PDF) not in (None, "") else "")
        bridge.check_folder_writable(folder, self.OUTPUT_FOLDER)
        if pdf:
            if not pdf.lower().endswith(".pdf"):
                pdf += ".pdf"
            bridge.check_folder_writable(os.path.dirname(pdf) or ".", self.ATLAS_PDF)
        steps = QgsProcessingMultiStepFeedback(2 if pdf else 1, feedback)
        stages = bridge.FeedbackAdapter(steps)
        data, result, texts = self._profiles(parameters, context, steps, stages)
        pages = bridge.write_pages(folder, self._pages(parameters, context, data, result, texts,
                                                       stages), feedback)
        outputs = {self.OUTPUT_FOLDER: folder, self.INDEX: pages[0],
                   self.PAGES: len(result.neighbourhoods)}
        if pdf:
            steps.setCurrentStep(1)
            outputs[self.ATLAS_PDF] = self._atlas(parameters, context, steps, data, result,
                                                  texts, pdf)
        if pdf:
            feedback.pushInfo(self.tr("{n} neighbourhood profiles in {folder}; atlas in "
                                      "{pdf}").format(n=len(result.neighbourhoods), folder=folder,
                                                      pdf=pdf))
        else:
            feedback.pushInfo(self.tr("{n} neighbourhood profiles in {folder}").format(
                n=len(result.neighbourhoods), folder=folder))
        return outputs

    def _profiles(self, parameters, context, steps, stages):
        """Read the layer (and the density raster and accounting table), compute the figures."""
        from ..usm_plugin import bridge
        from ..usm_plugin.core.publish.atlas_text import atlas_texts
        from ..usm_plugin.core.publish.profile_html import accounting_line
        from ..usm_plugin.core.publish.profiles import (choose_fields, neighbourhood_profiles,
                                                        zonal_mean)
        from ..usm_plugin.core.runtime import Notes
        from .base.algorithm import plugin_version

        notes = Notes()
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(
                self.tr("Could not load the layer given for {name}.").format(name=self.INPUT))
        field_names = source.fields().names()
        numeric = [f.name() for f in source.fields() if f.isNumeric()]
        crs = bridge.analysis_crs_for(self, parameters, self.INPUT, context, notes)
        data = bridge.read_source(self, parameters, self.INPUT, context, steps,
                                  fields=field_names, target_crs=crs, check_validity=True,
                                  stage=stages.stage(0.0, 0.2))
        notes.extend(data.notes)
        given = {key: self.parameterAsString(parameters, key, context) or None
                 for key in (self.ID_FIELD, self.NAME_FIELD, self.TYPE_FIELD, self.HOTSPOT_FIELD)}
        lists = {key: bridge.field_parameter_values(self, parameters, key, context)
                 for key in (self.INDICATOR_FIELDS, self.PERIOD_FIELDS, self.SURVEY_FIELDS)}
        choice = choose_fields(field_names, given[self.ID_FIELD], numeric=numeric,
                               name_field=given[self.NAME_FIELD],
                               type_field=given[self.TYPE_FIELD],
                               hotspot_field=given[self.HOTSPOT_FIELD],
                               indicator_fields=lists[self.INDICATOR_FIELDS],
                               period_fields=lists[self.PERIOD_FIELDS],
                               survey_fields=lists[self.SURVEY_FIELDS])
        density = None
        raster = self.parameterAsRasterLayer(parameters, self.DENSITY, context) \
            if parameters.get(self.DENSITY) not in (None, "") else None
        if raster is not None:
            density = zonal_mean(bridge.read_raster(raster, self.tr("The density raster")),
                                 data.frame.geometry.values, crs=data.frame.crs)
        result = neighbourhood_profiles(data.frame, choice.id_field, fields=choice,
                                        density_values=density,
                                        **stages.stage(0.2, 0.3).callables())
        notes.extend(result.notes)
        if data.n_invalid_skipped:
            notes.warn(self.tr("{n} neighbourhood(s) with invalid geometry skipped (Processing's "
                               "invalid geometry setting), no profile: {ids}").format(
                n=data.n_invalid_skipped, ids=", ".join(data.skipped_ids(choice.id_field)[:50])))
        accounting = None
        if parameters.get(self.ACCOUNTING) not in (None, ""):
            accounting = bridge.read_table(self, parameters, self.ACCOUNTING, context,
                                           ["item", "count"])
        bridge.push_notes(steps, notes)
        title = self.parameterAsString(parameters, self.TITLE, context) or "Neighbourhood profiles"
        footer = (f"Urban Safety Monitor {plugin_version()}, usm:neighbourhoodprofiles on "
                  f"{source.sourceName()}")
        texts = {"title": title, "footer": footer, "accounting": accounting,
                 "notes": notes.warnings,
                 "atlas": atlas_texts(result, title=title, footer=footer,
                                      accounting=accounting_line(accounting))}
        return data, result, texts

    def _pages(self, parameters, context, data, result, texts, stages):
        """The index pages, then one page per neighbourhood (a generator: cancel between
        pages)."""
        from ..usm_plugin.core.publish.profile_html import index_pages, render_pages

        geometry = data.frame.geometry.values
        yield from index_pages(result, geometry, title=texts["title"],
                               accounting=texts["accounting"], warnings=texts["notes"],
                               footer=texts["footer"])
        yield from render_pages(result, geometry, title=texts["title"],
                                accounting=texts["accounting"], footer=texts["footer"],
                                **stages.stage(0.3, 1.0).callables())

    def _atlas(self, parameters, context, steps, data, result, texts, pdf):
        from ..usm_plugin import bridge
        from ..usm_plugin.core.publish.atlas_text import atlas_sort_expression

        layer = bridge.source_layer(self, parameters, self.INPUT, context)
        template = self.parameterAsFile(parameters, self.TEMPLATE, context) or None
        fields = result.fields
        colour = next((f for f in ("dens_total", "eb_rate_total", "rate_total", "n_total")
                       if f in data.frame.columns), None)
        pages = bridge.export_atlas_pdf(
            layer, pdf, feature_ids=data.frame.index.to_numpy(),
            sort_field=atlas_sort_expression(result),
            texts=texts["atlas"], hotspot_field=fields.hotspot_field, colour_field=colour,
            template_path=template, map_crs=data.crs,
            feedback=steps)
        if pages != len(result.neighbourhoods):
            steps.pushWarning(self.tr("Warning: the atlas has {pages} pages for {n} "
                                      "neighbourhoods.").format(
                pages=pages, n=len(result.neighbourhoods)))
        return pdf
