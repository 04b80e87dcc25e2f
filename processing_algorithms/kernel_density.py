"""Kernel density surface of incident points, in incidents per km², as a GeoTIFF."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from ..usm_plugin.qgis_compat import FieldType, NumberType, SourceType
from .base import UsmAlgorithm

KERNEL_CHOICES = [("quartic", "Quartic (biweight)"), ("gaussian", "Gaussian (sigma = radius / 3)")]
STYLE_FILE = "kernel_density.qml"

class KernelDensityAlgorithm(UsmAlgorithm):
    ALGORITHM_ID = "kerneldensity"
    DISPLAY_NAME = "Kernel density surface"
    GROUP_ID = "hotspots"
    SHORT_DESCRIPTION = ("Smooth surface of incident density in incidents per km² (GeoTIFF), with "
                         "a quartic or Gaussian kernel and an automatic radius when none is given.")
    DESCRIPTION = """
    Each incident spreads one unit (or its weight) over a disc of the given radius with the
    kernel's shape; the surface is the sum over incidents, expressed per km². The surface times
    the cell area adds up to the number of incidents (or total weight), so surfaces of different
    cities, periods and cell sizes are comparable. QGIS's Heatmap writes raw sums of kernel
    values instead (unit-less): multiply those by 3 / (pi r²) x 10⁶ (r in metres) to compare with
    this algorithm's quartic surface.

    Quartic kernel: K(d) = 3 / (pi r²) (1 - d²/r²)² within the radius r, 0 beyond (the biweight
    kernel of crime mapping, CrimeStat, ArcGIS and QGIS). Gaussian kernel: sigma = r / 3,
    truncated at r and renormalised.

    Automatic radius (when Radius is empty): 0.9 x min(SD, sqrt(1/ln 2) x Dm) x n^-0.2, where SD
    is the standard distance of the incidents, Dm the median distance to their mean centre and n
    their number (or the sum of weights): Silverman's rule of thumb as used by ArcGIS Kernel
    Density. The radius used and the rule are written to the log and returned as outputs.

    The incidents are binned onto the grid with bilinear weights and convolved with the kernel
    by FFT, which takes a fraction of a second for a million incidents. Distances are in
    metres: incidents in a geographic CRS or Web Mercator are projected to the local UTM zone
    first and the raster is written in that projection (stated in the log). Incidents with a
    null geometry are left out and counted; MultiPoints count once per point.
    """
    TAGS = ("kernel density", "kde", "heatmap", "density", "hot spot", "incidents", "crime",
            "raster", "surface", "bandwidth")
    OUTPUT_FIELDS = (
        ("band 1", "kernel density of incidents (or of the weight field)",
         "incidents per km² (weight units per km²)"),
    )
    REFERENCES = (
        "Silverman, B. W. (1986). Density Estimation for Statistics and Data Analysis. "
        "Chapman and Hall (rule-of-thumb bandwidth, eq. 3.31).",
        "ESRI. How Kernel Density works. ArcGIS Pro tool reference (default search radius).",
        "Wand, M. P. (1994). Fast computation of multivariate kernel estimators. Journal of "
        "Computational and Graphical Statistics 3(4), 433-445 (binning and FFT).",
        "Wand, M. P. and Jones, M. C. (1995). Kernel Smoothing. Chapman and Hall, p. 175.",
        "Chainey, S. and Ratcliffe, J. (2005). GIS and Crime Mapping. Wiley (kernel density "
        "for crime hot spots).",
    )
    EXTRA_MODULES = ("rasterio",)

    INPUT = "INPUT"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    CELL_SIZE = "CELL_SIZE"
    RADIUS = "RADIUS"
    KERNEL = "KERNEL"
    OUTPUT = "OUTPUT"
    RADIUS_USED = "RADIUS_USED"
    RADIUS_RULE = "RADIUS_RULE"
    TOTAL = "TOTAL"
    MEMORY_LIMIT_MB = "MEMORY_LIMIT_MB"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Incidents"), [SourceType.POINT]),
            "Point layer of incidents. Null geometries are left out and counted.")
        self.add_parameter(
            QgsProcessingParameterField(self.WEIGHT_FIELD, self.tr("Weight field"),
                                        parentLayerParameterName=self.INPUT,
                                        type=FieldType.NUMERIC, optional=True),
            "Optional non-negative weight per incident (e.g. severity or number of victims). "
            "Incidents with a NULL weight are left out and counted; negative weights are an error.")
        self.add_parameter(
            QgsProcessingParameterDistance(self.CELL_SIZE, self.tr("Cell size"), defaultValue=100.0,
                                           parentParameterName=self.INPUT, minValue=0.0,
                                           optional=True),
            "Side of the output cells in metres (100 m suits a neighbourhood-scale city map). "
            "Empty or 0: the shorter side of the incidents' extent divided by 250.")
        self.add_parameter(
            QgsProcessingParameterDistance(self.RADIUS, self.tr("Radius (bandwidth)"),
                                           defaultValue=None, parentParameterName=self.INPUT,
                                           minValue=0.0, optional=True),
            "Kernel radius in metres: how far each incident's influence reaches (300-800 m is "
            "usual for street crime). Empty or 0: automatic, Silverman's rule as in ArcGIS.")
        self.add_parameter(
            QgsProcessingParameterEnum(self.KERNEL, self.tr("Kernel"),
                                       options=[label for _, label in KERNEL_CHOICES], defaultValue=0),
            "Quartic (biweight, the crime-mapping standard and QGIS Heatmap's default) or "
            "Gaussian with sigma = radius / 3, cut at the radius.", advanced=True)
        self.add_parameter(
            QgsProcessingParameterNumber(self.MEMORY_LIMIT_MB, self.tr("Memory limit (MB)"),
                                         type=NumberType.INTEGER, defaultValue=2048),
            "Memory to aim under, in megabytes. A layer whose whole read would need more (about "
            "230 bytes per incident) is read in chunks, with the same surface, and only the "
            "grid and one chunk are kept: the memory is bounded whatever the number of "
            "incidents. With a radius given, the chunks are read twice (extent, then binning "
            "onto the grid). With an automatic radius they are read once or twice more "
            "(the first read also finds the mean centre; then the distances to it are counted in "
            "a histogram to find the median distance), giving the same radius as a whole read.",
            advanced=True)
        self.add_parameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Kernel density")),
            "GeoTIFF of incidents per km² (float32). The radius, rule, kernel and units are "
            "stored as metadata tags.")
        self.addOutput(QgsProcessingOutputNumber(self.RADIUS_USED, self.tr("Radius used (m)")))
        self.addOutput(QgsProcessingOutputString(self.RADIUS_RULE, self.tr("Radius rule")))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL, self.tr("Incidents in the surface")))

    def process_with_core(self, parameters, context, feedback):

        from ..usm_plugin import bridge
        from ..usm_plugin.core.stats.density import kernel_density
        from ..usm_plugin.core.runtime import Notes

        weight = self.parameterAsString(parameters, self.WEIGHT_FIELD, context) or None
        cell_size = self.parameterAsDouble(parameters, self.CELL_SIZE, context) or None
        radius = self.parameterAsDouble(parameters, self.RADIUS, context) or None
        kernel = KERNEL_CHOICES[self.parameterAsEnum(parameters, self.KERNEL, context)][0]
        out_path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if not out_path.lower().endswith((".tif", ".tiff")):
            feedback.pushWarning(self.tr("The surface is always written as a GeoTIFF; the file "
                                         "name does not end in .tif."))

        stages = bridge.FeedbackAdapter(feedback)
        notes = Notes()
        target_crs = bridge.analysis_crs_for(self, parameters, self.INPUT, context, notes)
        memory_limit = self.parameterAsDouble(parameters, self.MEMORY_LIMIT_MB, context)
        if not memory_limit > 0:
            raise QgsProcessingException(self.tr(
                "Memory limit (MB) must be a positive number of megabytes; got {value}. The "
                "default, 2048, suits most machines.").format(
                    value=repr(parameters.get(self.MEMORY_LIMIT_MB))))
        n_features = self.parameterAsSource(parameters, self.INPUT, context).featureCount()
        chunk_rows = bridge.chunk_rows_for(max(n_features, 0), memory_limit)
        if chunk_rows is not None:
            surface = self._density_in_chunks(parameters, context, feedback, weight, chunk_rows,
                                              target_crs, memory_limit, notes, stages,
                                              dict(cell_size=cell_size, radius=radius,
                                                   kernel=kernel))
            return self._write(surface, out_path, target_crs, notes, context, feedback)
        points = bridge.read_source(self, parameters, self.INPUT, context, feedback,
                                    fields=[weight] if weight else [], target_crs=target_crs,
                                    points_as_xy=True, stage=stages.stage(0.0, 0.6))
        notes.extend(points.notes)
        n_read = len(points.frame)
        if n_read == 0:
            raise QgsProcessingException(self.tr("The incident layer is empty."))
        x, y, row, point_notes = bridge.point_coordinates(points)
        raw_weights = points.frame[weight].to_numpy(dtype=object) if weight else None
        read_path = points.read_path
        notes.extend(point_notes)
        bridge.raise_if_cancelled(feedback)
        weights = None
        if weight:
            values = bridge.numeric_values(raw_weights, weight, notes,
                                           self.tr("incident weight(s)"))
            weights = values[row]
        feedback.pushInfo(self.tr("Read {n} incidents ({path} path); {points} points with a "
                                  "location.").format(
            n=f"{n_read:,}", path=read_path, points=f"{x.size:,}"))
        surface = kernel_density(x, y, weights=weights, cell_size=cell_size, radius=radius,
                                 kernel=kernel, **stages.stage(0.6, 0.9).callables())
        return self._write(surface, out_path, target_crs, notes, context, feedback)

    def _density_in_chunks(self, parameters, context, feedback, weight, chunk_rows,
                           target_crs, memory_limit, notes, stages, options):
        """A layer too large for the limit: the chunks are read twice (extent, then binning),
        or more with an automatic radius, and only the grid is kept (core
        kernel_density_chunks)."""
        import tempfile

        from ..usm_plugin import bridge
        from ..usm_plugin.core.geometry.stacked import StackCounter
        from ..usm_plugin.core.stats.density import kernel_density_chunks

        chunked = bridge.read_source_chunks(self, parameters, self.INPUT, context, feedback,
                                            fields=[weight] if weight else [],
                                            chunk_rows=chunk_rows, target_crs=target_crs)
        if options["radius"] is not None:
            message = self.tr("Reading {n} incidents twice in chunks of {rows} ({path} path): "
                              "the radius is given, so only the grid is kept and the memory "
                              "is bounded…")
        else:
            message = self.tr("Reading {n} incidents in chunks of {rows} ({path} path), three or "
                              "four times: the automatic radius comes from running sums and a "
                              "histogram of the distances to the mean centre, then the points "
                              "are binned onto the grid; only the grid is kept and the memory "
                              "is bounded…")
        feedback.pushInfo(message.format(
            n=f"{chunked.n_features:,}", rows=f"{chunk_rows:,}", path=chunked.read_path))
        with tempfile.TemporaryDirectory(prefix="usm-stacks-") as scratch:
            stacks = StackCounter(spill_dir=scratch,
                                  spill_bytes=bridge.stack_spill_bytes(memory_limit))
            passes = []

            def read_chunks():
                first = not passes
                passes.append(1)
                return bridge.density_point_chunks(chunked, weight,
                                                   notes if first else None,
                                                   stacks if first else None)

            surface = kernel_density_chunks(read_chunks, weighted=bool(weight), **options,
                                            **stages.stage(0.0, 0.9).callables())
        feedback.pushInfo(self.tr("Read {n} incidents in chunks; {points} points in the "
                                  "surface.").format(
            n=f"{chunked.n_features:,}", points=f"{surface.n_points:,}"))
        return surface

    def _write(self, surface, out_path, target_crs, notes, context, feedback):
        from ..usm_plugin import bridge

        notes.extend(surface.notes)
        bridge.raise_if_cancelled(feedback)
        bridge.write_raster(out_path, surface.array, surface.transform, target_crs,
                            description=f"kernel density ({surface.units})",
                            tags=surface.tags())
        feedback.pushInfo(self.tr("Radius {radius} m ({rule}); cell size {cell} m; {rows} x "
                                  "{columns} cells; units: {units}.").format(
            radius=f"{surface.radius:.1f}", rule=surface.radius_rule, cell=f"{surface.cell_size:g}",
            rows=surface.shape[0], columns=surface.shape[1], units=surface.units))
        bridge.push_notes(feedback, notes)
        bridge.style_on_load(context, out_path, qml_name=STYLE_FILE,
                             stretch_to=surface.display_maximum())
        feedback.setProgress(100)
        return {self.OUTPUT: out_path, self.RADIUS_USED: surface.radius,
                self.RADIUS_RULE: surface.radius_rule, self.TOTAL: surface.total_weight}
