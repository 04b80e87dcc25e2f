"""The Processing provider ``usm`` and the one list of its algorithms."""

from __future__ import annotations

import os

from qgis.core import Qgis, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .i18n import install_translator, tr

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))


def algorithm_classes() -> list:
    """Every algorithm of the provider, in toolbox order.

    Adding an algorithm means one import and one entry here.  The imports are
    inside the function so that importing the provider stays cheap; an algorithm
    module that cannot be imported fails here, loudly (the tests call this).
    """
    from ..processing_algorithms.aggregate_incidents import AggregateIncidentsAlgorithm
    from ..processing_algorithms.interpolate_census import InterpolateCensusAlgorithm
    from ..processing_algorithms.join_table import JoinTableAlgorithm
    from ..processing_algorithms.aggregate_survey import AggregateSurveyAlgorithm
    from ..processing_algorithms.spatial_weights import SpatialWeightsReportAlgorithm
    from ..processing_algorithms.hot_spots import HotSpotsAlgorithm
    from ..processing_algorithms.local_moran import LocalMoranAlgorithm
    from ..processing_algorithms.global_moran import GlobalMoranAlgorithm
    from ..processing_algorithms.infrastructure_indicators import InfrastructureIndicatorsAlgorithm
    from ..processing_algorithms.service_coverage import PopulationCoverageAlgorithm
    from ..processing_algorithms.sdg_indicators import SdgIndicatorsAlgorithm
    from ..processing_algorithms.kernel_density import KernelDensityAlgorithm
    from ..processing_algorithms.optimized_hot_spots import OptimizedHotSpotsAlgorithm
    from ..processing_algorithms.emerging_hot_spots import EmergingHotSpotsAlgorithm
    from ..processing_algorithms.compare_periods import ComparePeriodsAlgorithm
    from ..processing_algorithms.composite_index import CompositeIndexAlgorithm
    from ..processing_algorithms.crime_concentration import CrimeConcentrationAlgorithm
    from ..processing_algorithms.full_diagnosis import FullDiagnosisAlgorithm
    from ..processing_algorithms.incidents_vs_environment import IncidentsVsEnvironmentAlgorithm
    from ..processing_algorithms.near_repeat import NearRepeatAlgorithm
    from ..processing_algorithms.risk_terrain import RiskTerrainAlgorithm
    from ..processing_algorithms.street_segment_audit import StreetSegmentAuditAlgorithm
    from ..processing_algorithms.risk_resilience import RiskResilienceAlgorithm
    from ..processing_algorithms.smooth_rates import SmoothRatesAlgorithm
    from ..processing_algorithms.target_trajectory import TargetTrajectoryAlgorithm
    from ..processing_algorithms.project_targets import ProjectTargetsAlgorithm
    from ..processing_algorithms.typologies import TypologiesAlgorithm
    from ..processing_algorithms.public_release import PublicReleaseAlgorithm
    from ..processing_algorithms.neighbourhood_profiles import NeighbourhoodProfilesAlgorithm
    from ..processing_algorithms.batch_monitor import BatchMonitorAlgorithm

    return [
        AggregateIncidentsAlgorithm,
        InterpolateCensusAlgorithm,
        JoinTableAlgorithm,
        AggregateSurveyAlgorithm,
        SpatialWeightsReportAlgorithm,
        HotSpotsAlgorithm,
        LocalMoranAlgorithm,
        GlobalMoranAlgorithm,
        InfrastructureIndicatorsAlgorithm,
        PopulationCoverageAlgorithm,
        SdgIndicatorsAlgorithm,
        KernelDensityAlgorithm,
        OptimizedHotSpotsAlgorithm,
        EmergingHotSpotsAlgorithm,
        TypologiesAlgorithm,
        ProjectTargetsAlgorithm,
        SmoothRatesAlgorithm,
        CompositeIndexAlgorithm,
        ComparePeriodsAlgorithm,
        TargetTrajectoryAlgorithm,
        RiskResilienceAlgorithm,
        StreetSegmentAuditAlgorithm,
        CrimeConcentrationAlgorithm,
        IncidentsVsEnvironmentAlgorithm,
        RiskTerrainAlgorithm,
        NearRepeatAlgorithm,
        FullDiagnosisAlgorithm,
        PublicReleaseAlgorithm,
        NeighbourhoodProfilesAlgorithm,
        BatchMonitorAlgorithm,
    ]


def _plugin_version() -> str:
    with open(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("version="):
                return line.split("=", 1)[1].strip()
    return ""


class UsmProvider(QgsProcessingProvider):
    """Urban Safety Monitor algorithms in the Processing toolbox (provider id ``usm``)."""

    def id(self) -> str:
        return "usm"

    def name(self) -> str:
        return "Urban Safety Monitor"

    def longName(self) -> str:  # noqa: N802
        return f"Urban Safety Monitor {_plugin_version()}"

    def icon(self) -> QIcon:
        return QIcon(os.path.join(PLUGIN_DIR, "resources", "icons", "usm.svg"))

    def loadAlgorithms(self):  # noqa: N802
        # also when the provider is used without the plugin object (scripts, tests)
        install_translator()
        try:
            classes = algorithm_classes()
        except Exception as error:  # noqa: BLE001 -- keep QGIS running, say why in its log
            QgsMessageLog.logMessage(tr("Could not load the Urban Safety Monitor algorithms: "
                                        "{error}").format(error=repr(error)),
                                     "Urban Safety Monitor",
                                     Qgis.MessageLevel.Critical)
            return
        for algorithm_class in classes:
            self.addAlgorithm(algorithm_class())
