"""The Urban Safety Monitor's Processing algorithms, one per module.

ALGORITHM_MODULES lists (module, class) pairs the provider registers, in
toolbox order.  Modules import only QGIS at load time (see base.py).
"""

ALGORITHM_MODULES = [
    ("aggregate_incidents", "AggregateIncidentsAlgorithm"),
    ("interpolate_census", "InterpolateCensusAlgorithm"),
    ("join_table", "JoinTableAlgorithm"),
    ("aggregate_survey", "AggregateSurveyAlgorithm"),
    ("spatial_weights", "SpatialWeightsReportAlgorithm"),
    ("hot_spots", "HotSpotsAlgorithm"),
    ("local_moran", "LocalMoranAlgorithm"),
    ("global_moran", "GlobalMoranAlgorithm"),
    ("infrastructure_indicators", "InfrastructureIndicatorsAlgorithm"),
    ("service_coverage", "PopulationCoverageAlgorithm"),
    ("sdg_indicators", "SdgIndicatorsAlgorithm"),
    ("kernel_density", "KernelDensityAlgorithm"),
    ("optimized_hot_spots", "OptimizedHotSpotsAlgorithm"),
    ("emerging_hot_spots", "EmergingHotSpotsAlgorithm"),
    ("street_segment_audit", "StreetSegmentAuditAlgorithm"),
    ("crime_concentration", "CrimeConcentrationAlgorithm"),
    ("incidents_vs_environment", "IncidentsVsEnvironmentAlgorithm"),
    ("risk_terrain", "RiskTerrainAlgorithm"),
    ("near_repeat", "NearRepeatAlgorithm"),
]
