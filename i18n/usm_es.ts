<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>UrbanSafetyMonitor</name>
        <message>
            <source>Join data to neighbourhoods</source>
            <extracomment>toolbox group</extracomment>
            <translation>Unir datos a los barrios</translation>
        </message>
        <message>
            <source>Hot spots and clusters</source>
            <extracomment>toolbox group</extracomment>
            <translation>Puntos calientes y agrupamientos</translation>
        </message>
        <message>
            <source>Reports and public release</source>
            <extracomment>toolbox group</extracomment>
            <translation>Informes y publicación</translation>
        </message>
        <message>
            <source>Typologies</source>
            <extracomment>toolbox group</extracomment>
            <translation>Tipologías</translation>
        </message>
        <message>
            <source>Monitor: indices and targets</source>
            <extracomment>toolbox group</extracomment>
            <translation>Monitoreo: índices y metas</translation>
        </message>
        <message>
            <source>CPTED and environment</source>
            <extracomment>toolbox group</extracomment>
            <translation>CPTED y entorno</translation>
        </message>
        <message>
            <source>Aggregate incidents to neighbourhoods</source>
            <extracomment>usm:aggregateincidents name</extracomment>
            <translation>Agregar incidentes por barrio</translation>
        </message>
        <message>
            <source>Counts incident points per neighbourhood in total, per category, period and disaggregation field, with rates per resident, density per km² and Empirical Bayes smoothed rates, and accounts for every incident.</source>
            <extracomment>usm:aggregateincidents short description; usm:aggregateincidents help</extracomment>
            <translation>Cuenta los puntos de incidentes por barrio en total, por categoría, período y campo de desagregación, con tasas por residente, densidad por km² y tasas suavizadas por Bayes empírico, y rinde cuentas de cada incidente.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Incidents</source>
            <extracomment>usm:aggregateincidents parameters; usm:kerneldensity parameters; usm:optimizedhotspots parameters; usm:emerginghotspots parameters (+4 more)</extracomment>
            <translation>Incidentes</translation>
        </message>
        <message>
            <source>Point layer of incidents (crimes, violence, harassment). MultiPoints count once, at their first point. May be in another CRS than the neighbourhoods.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Capa de puntos de incidentes (delitos, violencia, acoso). Los multipuntos cuentan una sola vez, en su primer punto. Puede estar en un SRC distinto al de los barrios.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <location filename="../processing_algorithms/join_table.py"></location>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <location filename="../processing_algorithms/risk_resilience.py"></location>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Neighbourhoods</source>
            <extracomment>usm:aggregateincidents parameters; usm:interpolatecensus parameters; usm:jointable parameters; usm:aggregatesurvey parameters (+10 more)</extracomment>
            <translation>Barrios</translation>
        </message>
        <message>
            <source>Polygon layer of neighbourhoods (the unit of analysis). Should not overlap; ids must be unique.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Capa de polígonos de barrios (la unidad de análisis). No deben superponerse; los identificadores deben ser únicos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <location filename="../processing_algorithms/join_table.py"></location>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <location filename="../processing_algorithms/risk_resilience.py"></location>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Neighbourhood id field</source>
            <extracomment>usm:aggregateincidents parameters; usm:interpolatecensus parameters; usm:jointable parameters; usm:aggregatesurvey parameters (+13 more)</extracomment>
            <translation>Campo de identificador del barrio</translation>
        </message>
        <message>
            <source>Field with a unique code per neighbourhood. Also decides ties: a point on a shared boundary goes to the neighbourhood whose id sorts first.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Campo con un código único por barrio. También resuelve empates: un punto sobre un límite compartido va al barrio cuyo identificador queda primero en orden.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Category field</source>
            <extracomment>usm:aggregateincidents parameters; usm:streetsegmentaudit parameters</extracomment>
            <translation>Campo de categoría</translation>
        </message>
        <message>
            <source>Field with the incident type (e.g. homicide, assault, robbery). One count field n_cat_&lt;category&gt; per distinct value.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Campo con el tipo de incidente (p. ej. homicidio, lesiones, robo). Un campo de conteo n_cat_&lt;category&gt; por cada valor distinto.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Date/time field</source>
            <extracomment>usm:aggregateincidents parameters; usm:emerginghotspots parameters; usm:streetsegmentaudit parameters; usm:nearrepeat parameters</extracomment>
            <translation>Campo de fecha/hora</translation>
        </message>
        <message>
            <source>Date or date-time of the incident (a date field, or text in ISO or common day/month formats). Needed for counts per period.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Fecha o fecha y hora del incidente (un campo de fecha, o texto en formato ISO o en formatos comunes día/mes). Necesario para los conteos por período.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Count per period</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Contar por período</translation>
        </message>
        <message>
            <source>Periods to count incidents by (needs a date field): year (n_y2021, ...), month of year (n_m01..n_m12), weekday (n_wd_mon..n_wd_sun), hour band (n_hb_night, n_hb_morning, n_hb_afternoon, n_hb_evening).</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Períodos por los que contar incidentes (requiere un campo de fecha): año (n_y2021, ...), mes del año (n_m01..n_m12), día de la semana (n_wd_mon..n_wd_sun), franja horaria (n_hb_night, n_hb_morning, n_hb_afternoon, n_hb_evening).</translation>
        </message>
        <message>
            <source>Year</source>
            <extracomment>usm:aggregateincidents parameters; usm:emerginghotspots parameters</extracomment>
            <translation>Año</translation>
        </message>
        <message>
            <source>Month of year</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Mes del año</translation>
        </message>
        <message>
            <source>Weekday</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Día de la semana</translation>
        </message>
        <message>
            <source>Hour band (night 0-6, morning 6-12, afternoon 12-18, evening 18-24)</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Franja horaria (noche 0-6, mañana 6-12, tarde 12-18, anochecer 18-24)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Disaggregate by fields</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Desagregar por campos</translation>
        </message>
        <message>
            <source>Fields to break the counts down by, such as victim sex or age group: one field n_&lt;field&gt;_&lt;value&gt; per distinct value.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Campos por los que desglosar los conteos, como sexo o grupo de edad de la víctima: un campo n_&lt;field&gt;_&lt;value&gt; por cada valor distinto.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Weight field</source>
            <extracomment>usm:aggregateincidents parameters; usm:kerneldensity parameters</extracomment>
            <translation>Campo de peso</translation>
        </message>
        <message>
            <source>Optional numeric weight per incident (e.g. severity or number of victims); adds weighted sums w_total and w_cat_&lt;category&gt;. Missing weights are reported.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Peso numérico opcional por incidente (p. ej. gravedad o número de víctimas); agrega las sumas ponderadas w_total y w_cat_&lt;category&gt;. Se informan los pesos faltantes.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <location filename="../processing_algorithms/public_release.py"></location>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Population field</source>
            <extracomment>usm:aggregateincidents parameters; usm:interpolatecensus parameters; usm:infrastructureindicators parameters; usm:typologies parameters (+4 more)</extracomment>
            <translation>Campo de población</translation>
        </message>
        <message>
            <source>Residents per neighbourhood, for rates. Without it no rates are computed.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Residentes por barrio, para las tasas. Sin él no se calculan tasas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Rates per</source>
            <extracomment>usm:aggregateincidents parameters; usm:publicrelease parameters</extracomment>
            <translation>Tasas por</translation>
        </message>
        <message>
            <source>Rates are incidents per 1,000 or per 100,000 residents (SDG 16.1.1 uses 100,000).</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Las tasas son incidentes por cada 1.000 o por cada 100.000 residentes (el ODS 16.1.1 usa 100.000).</translation>
        </message>
        <message>
            <source>per 1,000 residents</source>
            <extracomment>usm:aggregateincidents parameters; usm:smoothrates parameters; usm:compareperiods parameters</extracomment>
            <translation>por cada 1.000 residentes</translation>
        </message>
        <message>
            <source>per 100,000 residents</source>
            <extracomment>usm:aggregateincidents parameters; usm:smoothrates parameters; usm:compareperiods parameters</extracomment>
            <translation>por cada 100.000 residentes</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Empirical Bayes smoothed rates</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Tasas suavizadas por Bayes empírico</translation>
        </message>
        <message>
            <source>Add eb_rate_* fields: rates smoothed towards the city-wide rate where populations are small (global Empirical Bayes, Marshall 1991).</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Agrega campos eb_rate_*: tasas suavizadas hacia la tasa de toda la ciudad donde las poblaciones son pequeñas (Bayes empírico global, Marshall 1991).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Neighbourhood incident counts</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Conteos de incidentes por barrio</translation>
        </message>
        <message>
            <source>The neighbourhood layer with all its fields plus the count, rate and density fields listed under Output fields.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>La capa de barrios con todos sus campos más los campos de conteo, tasa y densidad listados en Campos de salida.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Accounting</source>
            <extracomment>usm:aggregateincidents parameters; usm:streetsegmentaudit parameters</extracomment>
            <translation>Contabilidad</translation>
        </message>
        <message>
            <source>Table accounting for every incident read: assigned, on a shared boundary, outside, dropped by reason, date missing.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Tabla que rinde cuentas de cada incidente leído: asignado, sobre un límite compartido, fuera, descartado por motivo, fecha faltante.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Field names</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Nombres de campos</translation>
        </message>
        <message>
            <source>Which category or value each generated field name counts.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Qué categoría o valor cuenta cada nombre de campo generado.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Memory limit (MB)</source>
            <extracomment>usm:aggregateincidents parameters; usm:kerneldensity parameters</extracomment>
            <translation>Límite de memoria (MB)</translation>
        </message>
        <message>
            <source>Peak memory to stay under, in megabytes. A layer whose whole read would need more (about 230 bytes per incident: 10 million need some 2.3 GB) is read and counted in chunks sized from this limit, with the same results and accounting; below it the layer is read whole, the fastest way. The limit covers this algorithm's own work (QGIS itself and other open layers come on top); it cannot go below about 500 MB. The check for many incidents at one exact coordinate keeps every coordinate: beyond an eighth of the limit they go to a scratch folder in the system's temporary directory (16 bytes per incident), removed at the end.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Memoria máxima que no se debe superar, en megabytes. Una capa cuya lectura completa necesitaría más (cerca de 230 bytes por incidente: 10 millones necesitan unos 2,3 GB) se lee y se cuenta por bloques dimensionados según este límite, con los mismos resultados y la misma contabilidad; por debajo de él la capa se lee completa, la forma más rápida. El límite cubre el trabajo propio de este algoritmo (QGIS y las demás capas abiertas se suman); no puede bajar de unos 500 MB. La verificación de muchos incidentes en una misma coordenada exacta conserva todas las coordenadas: más allá de un octavo del límite van a una carpeta auxiliar en el directorio temporal del sistema (16 bytes por incidente), que se elimina al final.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>Repair invalid polygons</source>
            <extracomment>usm:aggregateincidents parameters; usm:interpolatecensus parameters; usm:aggregatesurvey parameters; usm:spatialweightsreport parameters (+11 more)</extracomment>
            <translation>Reparar polígonos inválidos</translation>
        </message>
        <message>
            <source>Invalid polygons (self-intersections, bow-ties, rings touching holes) are handled by Processing's invalid-geometry setting: stop with their ids, or skip them (listed in the log, and incidents inside them accounted for apart). Tick this to repair them with make_valid instead (as 'Fix geometries'); every repaired feature is listed in the log with the reason and the area it gained or lost.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help; usm:interpolatecensus parameters; usm:interpolatecensus help (+26 more)</extracomment>
            <translation>Los polígonos inválidos (autointersecciones, lazos, anillos que tocan huecos) se tratan según la configuración de geometrías inválidas de Procesos: detenerse con sus identificadores, u omitirlos (listados en el registro, y los incidentes dentro de ellos contabilizados aparte). Marque esta opción para repararlos con make_valid (como 'Corregir geometrías'); cada entidad reparada se lista en el registro con el motivo y el área que ganó o perdió.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>Provenance record</source>
            <extracomment>usm:aggregateincidents parameters; usm:interpolatecensus parameters; usm:jointable parameters; usm:aggregatesurvey parameters (+26 more)</extracomment>
            <translation>Registro de procedencia</translation>
        </message>
        <message>
            <source>Optional JSON file recording how the outputs were made: every parameter (so the run can be repeated), each input file with its feature count and SHA-256 hash, the versions of the plugin, QGIS, Python and libraries, and the time. The same record is stored in the metadata of GeoPackage outputs and summarised in the log.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help; usm:interpolatecensus parameters; usm:interpolatecensus help (+56 more)</extracomment>
            <translation>Archivo JSON opcional que registra cómo se hicieron las salidas: cada parámetro (para poder repetir la ejecución), cada archivo de entrada con su número de entidades y su hash SHA-256, las versiones del complemento, de QGIS, de Python y de las bibliotecas, y la hora. El mismo registro se guarda en los metadatos de las salidas GeoPackage y se resume en el registro.</translation>
        </message>
        <message>
            <source>Every incident is accounted for: incidents read = assigned to a neighbourhood + outside every neighbourhood + dropped (null or empty geometry, NaN or infinite coordinates). The counts are in the log and in the Accounting table. Incidents whose date is missing or cannot be parsed still count in the totals and categories but not in the period counts; the accounting says how many.</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>Se rinde cuentas de cada incidente: incidentes leídos = asignados a un barrio + fuera de todo barrio + descartados (geometría nula o vacía, coordenadas NaN o infinitas). Los conteos están en el registro y en la tabla de Contabilidad. Los incidentes cuya fecha falta o no puede interpretarse siguen contando en los totales y las categorías, pero no en los conteos por período; la contabilidad dice cuántos son.</translation>
        </message>
        <message>
            <source>Boundary rule: a point belongs to every neighbourhood whose closed area (interior or boundary) contains it; when that is more than one (a point exactly on a shared edge or vertex, or in an overlap), it goes to the one whose id comes first in sorted order. So each incident is counted exactly once: QGIS's Count points in polygon counts a point on a shared edge in neither neighbourhood and an intersects join counts it in both. The number of such ties is reported.</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>Regla de límites: un punto pertenece a cada barrio cuya área cerrada (interior o límite) lo contiene; cuando es más de uno (un punto exactamente sobre un borde o vértice compartido, o en una superposición), va al barrio cuyo identificador queda primero en orden. Así cada incidente se cuenta exactamente una vez: 'Contar puntos en polígono' de QGIS no cuenta un punto sobre un borde compartido en ningún barrio y una unión por intersección lo cuenta en ambos. Se informa el número de esos empates.</translation>
        </message>
        <message>
            <source>Incidents in another CRS are reprojected to the neighbourhoods' CRS through the project's transform settings. Areas and densities are computed in the neighbourhoods' CRS when it is projected; for a geographic CRS or Web Mercator they are computed in the local UTM zone (stated in the log). Neighbourhoods with a null or empty geometry get NULL values, not 0. "Selected features only" and the Processing setting for invalid geometries are honoured.</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>Los incidentes en otro SRC se reproyectan al SRC de los barrios con la configuración de transformación del proyecto. Las áreas y densidades se calculan en el SRC de los barrios cuando es proyectado; para un SRC geográfico o Web Mercator se calculan en la zona UTM local (indicada en el registro). Los barrios con geometría nula o vacía reciben valores NULL, no 0. Se respetan "Solo objetos seleccionados" y la configuración de Procesos para geometrías inválidas.</translation>
        </message>
        <message>
            <source>Rates need a population field on the neighbourhood layer (for example one interpolated from census units). A population of 0 or NULL gives a NULL rate and a warning; a negative population is an error. Empirical Bayes smoothing shrinks the rates of neighbourhoods with few residents towards the city-wide rate, so a small neighbourhood with one incident does not top the map by chance (Marshall 1991, global method-of-moments estimator, as in GeoDa and PySAL).</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>Las tasas necesitan un campo de población en la capa de barrios (por ejemplo uno interpolado desde unidades censales). Una población de 0 o NULL da una tasa NULL y una advertencia; una población negativa es un error. El suavizado por Bayes empírico acerca las tasas de los barrios con pocos residentes a la tasa de toda la ciudad, para que un barrio pequeño con un solo incidente no encabece el mapa por azar (Marshall 1991, estimador global por el método de momentos, como en GeoDa y PySAL).</translation>
        </message>
        <message>
            <source>Large layers are read in chunks so that memory stays under the advanced parameter "Memory limit (MB)" (2048 by default), whatever the number of incidents: the counts, the accounting and the field names are the same as with a whole read. A layer small enough for the limit is read whole, the fastest way.</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>Las capas grandes se leen por bloques para que la memoria se mantenga por debajo del parámetro avanzado "Límite de memoria (MB)" (2048 por defecto), sea cual sea el número de incidentes: los conteos, la contabilidad y los nombres de campos son los mismos que con una lectura completa. Una capa lo bastante pequeña para el límite se lee completa, la forma más rápida.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>Parameters</source>
            <extracomment>usm:aggregateincidents help; usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help (+26 more)</extracomment>
            <translation>Parámetros</translation>
        </message>
        <message>
            <source>Output fields</source>
            <extracomment>usm:aggregateincidents help; usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help (+24 more)</extracomment>
            <translation>Campos de salida</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>Field</source>
            <extracomment>usm:aggregateincidents help; usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help (+26 more)</extracomment>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>Meaning</source>
            <extracomment>usm:aggregateincidents help; usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help (+26 more)</extracomment>
            <translation>Significado</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>Unit</source>
            <extracomment>usm:aggregateincidents help; usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help (+26 more)</extracomment>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>the neighbourhood id, as in the input</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>el identificador del barrio, como en la entrada</translation>
        </message>
        <message>
            <source>text or integer</source>
            <extracomment>usm:aggregateincidents help; usm:publicrelease help; usm:batchmonitor help</extracomment>
            <translation>texto o entero</translation>
        </message>
        <message>
            <source>area of the neighbourhood, in the layer's projected CRS; NULL for a null or empty geometry</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>área del barrio, en el SRC proyectado de la capa; NULL para una geometría nula o vacía</translation>
        </message>
        <message>
            <source>km²</source>
            <extracomment>usm:aggregateincidents help; usm:fulldiagnosis help; usm:batchmonitor help</extracomment>
            <translation>km²</translation>
        </message>
        <message>
            <source>incidents assigned to the neighbourhood (boundary ties go to the id that sorts first); NULL for a null or empty geometry</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>incidentes asignados al barrio (los empates en los límites van al identificador que queda primero en orden); NULL para una geometría nula o vacía</translation>
        </message>
        <message>
            <source>count</source>
            <extracomment>usm:aggregateincidents help; usm:aggregateincidents tags; usm:interpolatecensus help; usm:jointable help (+22 more)</extracomment>
            <translation>conteo</translation>
        </message>
        <message>
            <source>n_total per km² of area_km2</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>n_total por km² de area_km2</translation>
        </message>
        <message>
            <source>incidents per km²</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>incidentes por km²</translation>
        </message>
        <message>
            <source>incidents of one category (category field); n_cat_null counts incidents without a category</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>incidentes de una categoría (campo de categoría); n_cat_null cuenta los incidentes sin categoría</translation>
        </message>
        <message>
            <source>incidents dated in that calendar year (only years present in the data)</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>incidentes fechados en ese año calendario (solo los años presentes en los datos)</translation>
        </message>
        <message>
            <source>incidents dated in that month of the year, all years together</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>incidentes fechados en ese mes del año, todos los años juntos</translation>
        </message>
        <message>
            <source>incidents dated on that day of the week</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>incidentes fechados en ese día de la semana</translation>
        </message>
        <message>
            <source>incidents by hour of the day: night 00:00-05:59, morning 06:00-11:59, afternoon 12:00-17:59, evening 18:00-23:59 (only incidents with a time of day)</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>incidentes por hora del día: noche 00:00-05:59, mañana 06:00-11:59, tarde 12:00-17:59, anochecer 18:00-23:59 (solo incidentes con hora del día)</translation>
        </message>
        <message>
            <source>incidents with that value of a disaggregation field (e.g. n_victim_sex_female); &lt;value&gt; null for missing values</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>incidentes con ese valor de un campo de desagregación (p. ej. n_victim_sex_female); &lt;value&gt; null para valores faltantes</translation>
        </message>
        <message>
            <source>sum of the weight field over the neighbourhood's incidents (incidents with a missing weight left out)</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>suma del campo de peso sobre los incidentes del barrio (se omiten los incidentes sin peso)</translation>
        </message>
        <message>
            <source>weight units</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>unidades de peso</translation>
        </message>
        <message>
            <source>sum of the weight field per category</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>suma del campo de peso por categoría</translation>
        </message>
        <message>
            <source>n_total per &lt;rate_per&gt; residents; NULL when the population is 0 or NULL</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>n_total por cada &lt;rate_per&gt; residentes; NULL cuando la población es 0 o NULL</translation>
        </message>
        <message>
            <source>incidents per 1,000 or 100,000 residents</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>incidentes por cada 1.000 o 100.000 residentes</translation>
        </message>
        <message>
            <source>n_cat_&lt;category&gt; per &lt;rate_per&gt; residents</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>n_cat_&lt;category&gt; por cada &lt;rate_per&gt; residentes</translation>
        </message>
        <message>
            <source>global Empirical Bayes smoothed rate (Marshall 1991): the rate shrunk towards the city-wide rate where the population is small</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>tasa suavizada por Bayes empírico global (Marshall 1991): la tasa acercada a la tasa de toda la ciudad donde la población es pequeña</translation>
        </message>
        <message>
            <source>Empirical Bayes smoothed rate per category</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>tasa suavizada por Bayes empírico por categoría</translation>
        </message>
        <message>
            <source>Accounting table</source>
            <extracomment>usm:aggregateincidents help; usm:aggregatesurvey help; usm:streetsegmentaudit help</extracomment>
            <translation>Tabla de contabilidad</translation>
        </message>
        <message>
            <source>read, assigned, on_shared_boundary, outside, dropped_* and date_missing_or_unparsable</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>read, assigned, on_shared_boundary, outside, dropped_* y date_missing_or_unparsable</translation>
        </message>
        <message>
            <source>text</source>
            <extracomment>usm:aggregateincidents help; usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help (+22 more)</extracomment>
            <translation>texto</translation>
        </message>
        <message>
            <source>number of incidents</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>número de incidentes</translation>
        </message>
        <message>
            <source>what the line means</source>
            <extracomment>usm:aggregateincidents help; usm:aggregatesurvey help; usm:streetsegmentaudit help</extracomment>
            <translation>qué significa la línea</translation>
        </message>
        <message>
            <source>Field names table</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>Tabla de nombres de campos</translation>
        </message>
        <message>
            <source>output field name</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>nombre del campo de salida</translation>
        </message>
        <message>
            <source>input field the values come from</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>campo de entrada del que vienen los valores</translation>
        </message>
        <message>
            <source>original category or value the field counts</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>categoría o valor original que cuenta el campo</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>References</source>
            <extracomment>usm:aggregateincidents help; usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help (+26 more)</extracomment>
            <translation>Referencias</translation>
        </message>
        <message>
            <source>incidents</source>
            <extracomment>usm:aggregateincidents tags; usm:kerneldensity tags; usm:optimizedhotspots tags; usm:emerginghotspots tags (+5 more)</extracomment>
            <translation>incidentes</translation>
        </message>
        <message>
            <source>crime</source>
            <extracomment>usm:aggregateincidents tags; usm:hotspots tags; usm:localmoran tags; usm:globalmoran tags (+3 more)</extracomment>
            <translation>delito</translation>
        </message>
        <message>
            <source>violence</source>
            <extracomment>usm:aggregateincidents tags</extracomment>
            <translation>violencia</translation>
        </message>
        <message>
            <source>points in polygon</source>
            <extracomment>usm:aggregateincidents tags</extracomment>
            <translation>puntos en polígono</translation>
        </message>
        <message>
            <source>rate</source>
            <extracomment>usm:aggregateincidents tags; usm:smoothrates tags</extracomment>
            <translation>tasa</translation>
        </message>
        <message>
            <source>density</source>
            <extracomment>usm:aggregateincidents tags; usm:infrastructureindicators tags; usm:kerneldensity tags; usm:fulldiagnosis tags</extracomment>
            <translation>densidad</translation>
        </message>
        <message>
            <source>empirical bayes</source>
            <extracomment>usm:aggregateincidents tags; usm:smoothrates tags</extracomment>
            <translation>bayes empírico</translation>
        </message>
        <message>
            <source>aggregate</source>
            <extracomment>usm:aggregateincidents tags</extracomment>
            <translation>agregar</translation>
        </message>
        <message>
            <source>neighbourhood</source>
            <extracomment>usm:aggregateincidents tags; usm:interpolatecensus tags; usm:jointable tags; usm:aggregatesurvey tags (+4 more)</extracomment>
            <translation>barrio</translation>
        </message>
        <message>
            <source>join</source>
            <extracomment>usm:aggregateincidents tags; usm:interpolatecensus tags; usm:jointable tags</extracomment>
            <translation>unir</translation>
        </message>
        <message>
            <source>Interpolate census data to neighbourhoods</source>
            <extracomment>usm:interpolatecensus name</extracomment>
            <translation>Interpolar datos censales a los barrios</translation>
        </message>
        <message>
            <source>Moves census variables from census units to neighbourhoods whose boundaries do not match: counts by area share or by a population raster, rates and shares as weighted means, with totals checked.</source>
            <extracomment>usm:interpolatecensus short description; usm:interpolatecensus help</extracomment>
            <translation>Traslada variables censales desde las unidades censales a barrios cuyos límites no coinciden: conteos por proporción de área o por un ráster de población, tasas y proporciones como medias ponderadas, con verificación de totales.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Census units</source>
            <extracomment>usm:interpolatecensus parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Unidades censales</translation>
        </message>
        <message>
            <source>Polygon layer of census units (tracts, blocks, enumeration areas) carrying the census variables. May be in another CRS than the neighbourhoods.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Capa de polígonos de unidades censales (radios, manzanas, áreas de empadronamiento) con las variables censales. Puede estar en un SRC distinto al de los barrios.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Census unit id field</source>
            <extracomment>usm:interpolatecensus parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Campo de identificador de la unidad censal</translation>
        </message>
        <message>
            <source>Field naming the census units in the diagnostics (default: the feature id).</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Campo que nombra las unidades censales en los diagnósticos (por defecto: el identificador de la entidad).</translation>
        </message>
        <message>
            <source>Polygon layer of neighbourhoods that receives the values. Ids must be unique.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Capa de polígonos de barrios que recibe los valores. Los identificadores deben ser únicos.</translation>
        </message>
        <message>
            <source>Field with a unique code per neighbourhood.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help; usm:infrastructureindicators parameters; usm:infrastructureindicators help (+4 more)</extracomment>
            <translation>Campo con un código único por barrio.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Extensive fields (counts)</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Campos extensivos (conteos)</translation>
        </message>
        <message>
            <source>Count fields split by area (or raster) share: population, households, unemployed. Text that parses as a number is used; other values are missing and reported. Negative values are an error.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Campos de conteo repartidos por proporción de área (o de ráster): población, hogares, desocupados. Se usa el texto que se interpreta como número; los demás valores son faltantes y se informan. Los valores negativos son un error.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Intensive fields (rates, means, shares)</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Campos intensivos (tasas, medias, proporciones)</translation>
        </message>
        <message>
            <source>Fields averaged with weights: unemployment rate, mean income, youth share.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Campos promediados con pesos: tasa de desocupación, ingreso medio, proporción de jóvenes.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Weight of intensive means</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Peso de las medias intensivas</translation>
        </message>
        <message>
            <source>Intersection area, or interpolated population (the population field split like a count, or without it the raster mass of each piece). Population weighting suits per-person rates; a unit with population 0 then has weight 0 (reported).</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Área de intersección, o población interpolada (el campo de población repartido como un conteo, o sin él la masa de ráster de cada pieza). La ponderación por población conviene a tasas por persona; una unidad con población 0 tiene entonces peso 0 (se informa).</translation>
        </message>
        <message>
            <source>Intersection area</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Área de intersección</translation>
        </message>
        <message>
            <source>Interpolated population</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Población interpolada</translation>
        </message>
        <message>
            <source>Residents per census unit, used to weight intensive means by population.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Residentes por unidad censal, usados para ponderar las medias intensivas por población.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Population or built-up raster (dasymetric)</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Ráster de población o de área construida (dasimétrico)</translation>
        </message>
        <message>
            <source>Optional raster of residents (or built-up share) per cell, e.g. a 100 m population grid. When given, counts are split by raster mass instead of area (band 1; nodata counts as zero). The layers are then read in the raster's CRS, which must be projected.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Ráster opcional de residentes (o proporción construida) por celda, p. ej. una grilla de población de 100 m. Si se da, los conteos se reparten por masa de ráster en lugar de por área (banda 1; sin datos cuenta como cero). Las capas se leen entonces en el SRC del ráster, que debe ser proyectado.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Neighbourhoods with census data</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Barrios con datos censales</translation>
        </message>
        <message>
            <source>The neighbourhood layer with the interpolated fields listed under Output fields.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>La capa de barrios con los campos interpolados listados en Campos de salida.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Totals check</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Verificación de totales</translation>
        </message>
        <message>
            <source>Source and neighbourhood totals of every extensive field, and why they differ.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Totales de origen y por barrio de cada campo extensivo, y por qué difieren.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Diagnostics</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Diagnósticos</translation>
        </message>
        <message>
            <source>Overlaps, gaps, uncovered neighbourhoods, units outside the neighbourhoods, units without raster mass.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Superposiciones, huecos, barrios sin cubrir, unidades fuera de los barrios, unidades sin masa de ráster.</translation>
        </message>
        <message>
            <source>Extensive variables (counts such as residents, households or unemployed) are split among the neighbourhoods in proportion to the share of each census unit's area that falls in each neighbourhood (areal weighting, Goodchild and Lam 1980). With a population or built-up raster they are split in proportion to the raster's mass instead (dasymetric allocation, Mennis 2003): residents are not spread evenly over parks and industry. The raster is sampled by exact fractional coverage (each cell's value spread evenly over the cell); a census unit without raster mass falls back to area shares and is listed.</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>Las variables extensivas (conteos como residentes, hogares o desocupados) se reparten entre los barrios en proporción a la parte del área de cada unidad censal que cae en cada barrio (ponderación areal, Goodchild y Lam 1980). Con un ráster de población o de área construida se reparten en proporción a la masa del ráster (asignación dasimétrica, Mennis 2003): los residentes no se distribuyen por igual sobre parques e industrias. El ráster se muestrea por cobertura fraccional exacta (el valor de cada celda repartido por igual en la celda); una unidad censal sin masa de ráster vuelve a las proporciones de área y se lista.</translation>
        </message>
        <message>
            <source>Intensive variables (rates, means, shares) are weighted means over the pieces of census units in each neighbourhood, weighted by the piece's area or by its interpolated population.</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>Las variables intensivas (tasas, medias, proporciones) son medias ponderadas sobre las piezas de unidades censales de cada barrio, ponderadas por el área de la pieza o por su población interpolada.</translation>
        </message>
        <message>
            <source>Totals are checked: when the neighbourhoods cover all census units, every extensive variable sums to the same city total before and after; the Totals table shows both and explains any difference (parts of census units outside every neighbourhood, units without geometry).</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>Se verifican los totales: cuando los barrios cubren todas las unidades censales, cada variable extensiva suma el mismo total de la ciudad antes y después; la tabla de Totales muestra ambos y explica cualquier diferencia (partes de unidades censales fuera de todo barrio, unidades sin geometría).</translation>
        </message>
        <message>
            <source>Diagnostics lists overlapping or duplicated census units (allowed, but the overlap area then receives value from both units), gaps inside neighbourhoods not covered by census units, neighbourhoods without any census unit (values NULL, not 0), census units partly outside the neighbourhoods with the share of their value that is not allocated, and units without raster mass. Missing or non-numeric values are missing: such a unit contributes nothing to that variable, and the log says how many. Negative counts are an error.</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>Los diagnósticos listan las unidades censales superpuestas o duplicadas (permitidas, pero el área superpuesta recibe entonces valor de ambas unidades), huecos dentro de los barrios no cubiertos por unidades censales, barrios sin ninguna unidad censal (valores NULL, no 0), unidades censales parcialmente fuera de los barrios con la parte de su valor que no se asigna, y unidades sin masa de ráster. Los valores faltantes o no numéricos son faltantes: esa unidad no aporta nada a esa variable, y el registro dice cuántas son. Los conteos negativos son un error.</translation>
        </message>
        <message>
            <source>Census units in another CRS are reprojected to the neighbourhoods' CRS (or to the raster's CRS when a raster is given); areas are computed in a projected CRS, a local UTM zone when the layers are geographic or Web Mercator. The output keeps the neighbourhood layer's geometry, CRS and fields.</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>Las unidades censales en otro SRC se reproyectan al SRC de los barrios (o al SRC del ráster cuando se da un ráster); las áreas se calculan en un SRC proyectado, una zona UTM local cuando las capas son geográficas o Web Mercator. La salida conserva la geometría, el SRC y los campos de la capa de barrios.</translation>
        </message>
        <message>
            <source>all fields of the neighbourhood layer, unchanged</source>
            <extracomment>usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help</extracomment>
            <translation>todos los campos de la capa de barrios, sin cambios</translation>
        </message>
        <message>
            <source>census count allocated to the neighbourhood (sum of unit value x area or raster share of the unit in the neighbourhood); NULL when no census unit with a value overlaps it</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>conteo censal asignado al barrio (suma del valor de la unidad x proporción de área o de ráster de la unidad en el barrio); NULL cuando ninguna unidad censal con valor lo superpone</translation>
        </message>
        <message>
            <source>unit of the census field (count)</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>unidad del campo censal (conteo)</translation>
        </message>
        <message>
            <source>weighted mean of the census units overlapping the neighbourhood (weights: intersection area or interpolated population)</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>media ponderada de las unidades censales que se superponen al barrio (pesos: área de intersección o población interpolada)</translation>
        </message>
        <message>
            <source>unit of the census field (rate, share, currency)</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>unidad del campo censal (tasa, proporción, moneda)</translation>
        </message>
        <message>
            <source>used instead of &lt;field&gt; when the neighbourhood layer already has a field of that name</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>se usa en lugar de &lt;field&gt; cuando la capa de barrios ya tiene un campo con ese nombre</translation>
        </message>
        <message>
            <source>as the census field</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>como el campo censal</translation>
        </message>
        <message>
            <source>number of census units overlapping the neighbourhood by more than a sliver (1e-6 of the unit)</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>número de unidades censales que se superponen al barrio en más que una astilla (1e-6 de la unidad)</translation>
        </message>
        <message>
            <source>share of the neighbourhood's area covered by census units</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>proporción del área del barrio cubierta por unidades censales</translation>
        </message>
        <message>
            <source>0-1</source>
            <extracomment>usm:interpolatecensus help; usm:aggregatesurvey help; usm:infrastructureindicators help; usm:populationcoverage help (+8 more)</extracomment>
            <translation>0-1</translation>
        </message>
        <message>
            <source>Totals table</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>Tabla de totales</translation>
        </message>
        <message>
            <source>extensive census field</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>campo censal extensivo</translation>
        </message>
        <message>
            <source>sum over all census units with a value</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>suma sobre todas las unidades censales con valor</translation>
        </message>
        <message>
            <source>field unit</source>
            <extracomment>usm:interpolatecensus help; usm:typologies help</extracomment>
            <translation>unidad del campo</translation>
        </message>
        <message>
            <source>sum over the neighbourhoods</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>suma sobre los barrios</translation>
        </message>
        <message>
            <source>target_total - source_total</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>target_total - source_total</translation>
        </message>
        <message>
            <source>difference as a percentage of source_total</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>diferencia como porcentaje de source_total</translation>
        </message>
        <message>
            <source>%</source>
            <extracomment>usm:interpolatecensus help; usm:projecttargets help; usm:compareperiods help</extracomment>
            <translation>%</translation>
        </message>
        <message>
            <source>value of census units falling outside every neighbourhood</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>valor de las unidades censales que caen fuera de todo barrio</translation>
        </message>
        <message>
            <source>value of census units without geometry</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>valor de las unidades censales sin geometría</translation>
        </message>
        <message>
            <source>census units with no value for the field</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>unidades censales sin valor para el campo</translation>
        </message>
        <message>
            <source>'preserved' or the reasons for the difference</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>'preserved' o los motivos de la diferencia</translation>
        </message>
        <message>
            <source>Diagnostics table</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>Tabla de diagnósticos</translation>
        </message>
        <message>
            <source>source_overlap, duplicate_source_geometry, target_overlap, gap_in_target, target_without_sources, target_null_geometry, source_null_geometry, source_partly_outside, source_outside_targets, source_no_raster_mass, source_zero_population</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>source_overlap, duplicate_source_geometry, target_overlap, gap_in_target, target_without_sources, target_null_geometry, source_null_geometry, source_partly_outside, source_outside_targets, source_no_raster_mass, source_zero_population</translation>
        </message>
        <message>
            <source>census unit concerned</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>unidad censal afectada</translation>
        </message>
        <message>
            <source>neighbourhood concerned</source>
            <extracomment>usm:interpolatecensus help; usm:jointable help</extracomment>
            <translation>barrio afectado</translation>
        </message>
        <message>
            <source>the other unit or neighbourhood of an overlapping pair</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>la otra unidad o barrio de un par superpuesto</translation>
        </message>
        <message>
            <source>overlap, gap or outside area</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>área de superposición, hueco o fuera</translation>
        </message>
        <message>
            <source>m²</source>
            <extracomment>usm:interpolatecensus help; usm:infrastructureindicators help; usm:sdgindicators help</extracomment>
            <translation>m²</translation>
        </message>
        <message>
            <source>overlap area / unit area; gap / neighbourhood area; share of the unit's value allocated outside</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>área de superposición / área de la unidad; hueco / área del barrio; parte del valor de la unidad asignada fuera</translation>
        </message>
        <message>
            <source>what it means</source>
            <extracomment>usm:interpolatecensus help; usm:publicrelease help</extracomment>
            <translation>qué significa</translation>
        </message>
        <message>
            <source>census</source>
            <extracomment>usm:interpolatecensus tags; usm:fulldiagnosis tags</extracomment>
            <translation>censo</translation>
        </message>
        <message>
            <source>areal interpolation</source>
            <extracomment>usm:interpolatecensus tags</extracomment>
            <translation>interpolación areal</translation>
        </message>
        <message>
            <source>dasymetric</source>
            <extracomment>usm:interpolatecensus tags</extracomment>
            <translation>dasimétrico</translation>
        </message>
        <message>
            <source>population</source>
            <extracomment>usm:interpolatecensus tags; usm:populationcoverage tags; usm:smoothrates tags</extracomment>
            <translation>población</translation>
        </message>
        <message>
            <source>areal weighting</source>
            <extracomment>usm:interpolatecensus tags</extracomment>
            <translation>ponderación areal</translation>
        </message>
        <message>
            <source>intensive</source>
            <extracomment>usm:interpolatecensus tags</extracomment>
            <translation>intensivo</translation>
        </message>
        <message>
            <source>extensive</source>
            <extracomment>usm:interpolatecensus tags</extracomment>
            <translation>extensivo</translation>
        </message>
        <message>
            <source>tobler</source>
            <extracomment>usm:interpolatecensus tags</extracomment>
            <translation>tobler</translation>
        </message>
        <message>
            <source>Join table to neighbourhoods</source>
            <extracomment>usm:jointable name</extracomment>
            <translation>Unir tabla a los barrios</translation>
        </message>
        <message>
            <source>Joins a table such as survey results, programmes or budgets to the neighbourhoods by code and reports unmatched codes, neighbourhoods without a row and duplicated codes.</source>
            <extracomment>usm:jointable short description; usm:jointable help</extracomment>
            <translation>Une una tabla, como resultados de encuestas, programas o presupuestos, a los barrios por código e informa los códigos sin correspondencia, los barrios sin fila y los códigos duplicados.</translation>
        </message>
        <message>
            <source>Polygon layer of neighbourhoods with a unique code.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Capa de polígonos de barrios con un código único.</translation>
        </message>
        <message>
            <source>Field with the neighbourhood code the table refers to.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Campo con el código de barrio al que se refiere la tabla.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Table</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Tabla</translation>
        </message>
        <message>
            <source>Table (CSV, spreadsheet, GeoPackage table or any layer) with a neighbourhood code per row.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Tabla (CSV, hoja de cálculo, tabla de GeoPackage o cualquier capa) con un código de barrio por fila.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Code field in the table</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Campo de código en la tabla</translation>
        </message>
        <message>
            <source>Field of the table holding the neighbourhood code.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Campo de la tabla que contiene el código de barrio.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Fields to join</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Campos a unir</translation>
        </message>
        <message>
            <source>Table fields to copy (default: all but the code field and the table's primary key, such as a GeoPackage fid).</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Campos de la tabla a copiar (por defecto: todos salvo el campo de código y la clave primaria de la tabla, como el fid de un GeoPackage).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Several rows with one code</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Varias filas con un mismo código</translation>
        </message>
        <message>
            <source>What to do when a code appears in several rows: stop, keep the first row, average or add up numeric fields (text values are listed).</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Qué hacer cuando un código aparece en varias filas: detenerse, conservar la primera fila, promediar o sumar los campos numéricos (los valores de texto se listan).</translation>
        </message>
        <message>
            <source>Stop with an error</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Detenerse con un error</translation>
        </message>
        <message>
            <source>Keep the first row</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Conservar la primera fila</translation>
        </message>
        <message>
            <source>Average numeric fields</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Promediar los campos numéricos</translation>
        </message>
        <message>
            <source>Add up numeric fields</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Sumar los campos numéricos</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Ignore case of codes</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Ignorar mayúsculas/minúsculas en los códigos</translation>
        </message>
        <message>
            <source>Match 'n001' with 'N001'.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Hacer coincidir 'n001' con 'N001'.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Compare number-like codes by value</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Comparar por valor los códigos con forma de número</translation>
        </message>
        <message>
            <source>Treat 7, '007', '7.0' as the same code. Turn off when leading zeros matter.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Tratar 7, '007', '7.0' como el mismo código. Desactívelo cuando los ceros a la izquierda importan.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Neighbourhoods with joined table</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Barrios con la tabla unida</translation>
        </message>
        <message>
            <source>The neighbourhood layer with the joined fields and join_rows.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>La capa de barrios con los campos unidos y join_rows.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Join report</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Informe de la unión</translation>
        </message>
        <message>
            <source>Unmatched codes, rows without a code, neighbourhoods without a row, duplicates.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Códigos sin correspondencia, filas sin código, barrios sin fila, duplicados.</translation>
        </message>
        <message>
            <source>Codes are matched after trimming spaces. Optionally the match ignores case. Codes that look like numbers are compared by value, so 7, '007', '7.0' and 7.0 are the same code, while codes with letters ('N001') are compared as text (turn this off for codes whose leading zeros matter). Two neighbourhood ids that become equal under this rule are an error.</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>Los códigos se comparan después de quitar los espacios. Opcionalmente la comparación ignora mayúsculas y minúsculas. Los códigos que parecen números se comparan por valor, de modo que 7, '007', '7.0' y 7.0 son el mismo código, mientras que los códigos con letras ('N001') se comparan como texto (desactive esto para códigos cuyos ceros a la izquierda importan). Dos identificadores de barrio que resultan iguales con esta regla son un error.</translation>
        </message>
        <message>
            <source>Several rows with the same code stop the run by default; you may instead keep the first row, or average or add up the numeric fields (missing values are skipped, and a code whose values are all missing stays NULL); with averaging or adding, text fields list the distinct values joined with '; '. Programme and budget tables with several rows per neighbourhood usually want 'Add up'.</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>Varias filas con el mismo código detienen la ejecución por defecto; en su lugar puede conservar la primera fila, o promediar o sumar los campos numéricos (los valores faltantes se omiten, y un código cuyos valores faltan todos queda NULL); al promediar o sumar, los campos de texto listan los valores distintos unidos con '; '. Las tablas de programas y presupuestos con varias filas por barrio normalmente requieren 'Sumar'.</translation>
        </message>
        <message>
            <source>The Report table lists every table code that matches no neighbourhood, rows without a code, every neighbourhood without a row (its joined fields are NULL, not 0) and every duplicated code with what was done. Joined rows + unmatched rows + rows without a code = rows read.</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>La tabla del Informe lista cada código de la tabla que no corresponde a ningún barrio, las filas sin código, cada barrio sin fila (sus campos unidos son NULL, no 0) y cada código duplicado con lo que se hizo. Filas unidas + filas sin correspondencia + filas sin código = filas leídas.</translation>
        </message>
        <message>
            <source>value of the joined table row (or aggregate of duplicated rows); NULL when the neighbourhood has no row</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>valor de la fila de la tabla unida (o agregado de las filas duplicadas); NULL cuando el barrio no tiene fila</translation>
        </message>
        <message>
            <source>as in the table</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>como en la tabla</translation>
        </message>
        <message>
            <source>used when the neighbourhood layer already has a field of that name</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>se usa cuando la capa de barrios ya tiene un campo con ese nombre</translation>
        </message>
        <message>
            <source>number of table rows joined to the neighbourhood (0 = none)</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>número de filas de la tabla unidas al barrio (0 = ninguna)</translation>
        </message>
        <message>
            <source>Report table</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>Tabla del informe</translation>
        </message>
        <message>
            <source>unmatched_code, missing_code, neighbourhood_without_row or duplicate_code</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>unmatched_code, missing_code, neighbourhood_without_row o duplicate_code</translation>
        </message>
        <message>
            <source>the code as written in the table</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>el código tal como está escrito en la tabla</translation>
        </message>
        <message>
            <source>table rows concerned</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>filas de la tabla afectadas</translation>
        </message>
        <message>
            <source>what was done</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>qué se hizo</translation>
        </message>
        <message>
            <source>table</source>
            <extracomment>usm:jointable tags; usm:fulldiagnosis help</extracomment>
            <translation>tabla</translation>
        </message>
        <message>
            <source>attribute join</source>
            <extracomment>usm:jointable tags</extracomment>
            <translation>unión de atributos</translation>
        </message>
        <message>
            <source>survey</source>
            <extracomment>usm:jointable tags; usm:aggregatesurvey tags; usm:fulldiagnosis tags</extracomment>
            <translation>encuesta</translation>
        </message>
        <message>
            <source>programmes</source>
            <extracomment>usm:jointable tags</extracomment>
            <translation>programas</translation>
        </message>
        <message>
            <source>budget</source>
            <extracomment>usm:jointable tags</extracomment>
            <translation>presupuesto</translation>
        </message>
        <message>
            <source>code</source>
            <extracomment>usm:jointable tags</extracomment>
            <translation>código</translation>
        </message>
        <message>
            <source>unmatched</source>
            <extracomment>usm:jointable tags</extracomment>
            <translation>sin correspondencia</translation>
        </message>
        <message>
            <source>enabling environment</source>
            <extracomment>usm:jointable tags</extracomment>
            <translation>entorno habilitante</translation>
        </message>
        <message>
            <source>Aggregate survey respondents</source>
            <extracomment>usm:aggregatesurvey name</extracomment>
            <translation>Agregar encuestados</translation>
        </message>
        <message>
            <source>Turns perception and victimisation survey respondents into neighbourhood shares (for example, feeling unsafe walking alone at night) with confidence intervals, flagging samples too small to report.</source>
            <extracomment>usm:aggregatesurvey short description; usm:aggregatesurvey help</extracomment>
            <translation>Convierte a los encuestados de encuestas de percepción y victimización en proporciones por barrio (por ejemplo, sentirse inseguro caminando solo de noche) con intervalos de confianza, y señala las muestras demasiado pequeñas para informar.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <source>Survey respondents</source>
            <extracomment>usm:aggregatesurvey parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Encuestados</translation>
        </message>
        <message>
            <source>Point layer with one point per respondent (home or interview location) and yes/no answer fields. May be in another CRS than the neighbourhoods.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Capa de puntos con un punto por encuestado (vivienda o lugar de la entrevista) y campos de respuesta sí/no. Puede estar en un SRC distinto al de los barrios.</translation>
        </message>
        <message>
            <source>Polygon layer of neighbourhoods. Ids must be unique.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Capa de polígonos de barrios. Los identificadores deben ser únicos.</translation>
        </message>
        <message>
            <source>Unique neighbourhood code; a respondent on a shared boundary goes to the id that sorts first.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Código único del barrio; un encuestado sobre un límite compartido va al identificador que queda primero en orden.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <source>Yes/no answer fields</source>
            <extracomment>usm:aggregatesurvey parameters</extracomment>
            <translation>Campos de respuesta sí/no</translation>
        </message>
        <message>
            <source>Answer fields coded 0/1, true/false or yes/no, e.g. feels_unsafe_night, victim_last_year. The first one is used to style the output.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Campos de respuesta codificados 0/1, true/false o sí/no, p. ej. feels_unsafe_night, victim_last_year. El primero se usa para dar estilo a la salida.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <source>Survey weight field</source>
            <extracomment>usm:aggregatesurvey parameters</extracomment>
            <translation>Campo de peso de la encuesta</translation>
        </message>
        <message>
            <source>Optional design weight per respondent (&gt;= 0). Respondents with a missing weight are left out of the weighted shares and reported.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Peso de diseño opcional por encuestado (&gt;= 0). Los encuestados sin peso se dejan fuera de las proporciones ponderadas y se informan.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <source>Minimum respondents</source>
            <extracomment>usm:aggregatesurvey parameters</extracomment>
            <translation>Mínimo de encuestados</translation>
        </message>
        <message>
            <source>Neighbourhoods with fewer respondents are flagged small_sample = 1.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Los barrios con menos encuestados se marcan con small_sample = 1.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Confidence level</source>
            <extracomment>usm:aggregatesurvey parameters; usm:targettrajectory parameters; usm:incidentsvsenvironment parameters</extracomment>
            <translation>Nivel de confianza</translation>
        </message>
        <message>
            <source>Two-sided confidence level of the Wilson intervals.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Nivel de confianza bilateral de los intervalos de Wilson.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <source>Neighbourhood survey shares</source>
            <extracomment>usm:aggregatesurvey parameters</extracomment>
            <translation>Proporciones de la encuesta por barrio</translation>
        </message>
        <message>
            <source>The neighbourhood layer with the fields listed under Output fields.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>La capa de barrios con los campos listados en Campos de salida.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <source>Respondent accounting</source>
            <extracomment>usm:aggregatesurvey parameters</extracomment>
            <translation>Contabilidad de encuestados</translation>
        </message>
        <message>
            <source>Respondents read, assigned, on a shared boundary, outside, dropped, and missing answers per field.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Encuestados leídos, asignados, sobre un límite compartido, fuera, descartados, y respuestas faltantes por campo.</translation>
        </message>
        <message>
            <source>Each respondent point is placed in one neighbourhood by the same rule as incidents: a respondent exactly on a shared boundary goes to the neighbourhood whose id sorts first, and every respondent is accounted for (assigned + outside + dropped = read).</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>Cada punto de encuestado se ubica en un barrio con la misma regla que los incidentes: un encuestado exactamente sobre un límite compartido va al barrio cuyo identificador queda primero en orden, y se rinde cuentas de cada encuestado (asignados + fuera + descartados = leídos).</translation>
        </message>
        <message>
            <source>For each yes/no field (0/1, true/false, yes/no, sí/no, oui/non) the share answering yes is given with a Wilson score interval (Wilson 1927), which behaves well for small samples and shares near 0 or 1. Other answers count as missing and are reported. With a survey weight field the share is the weighted share, and the interval uses Kish's effective sample size (sum of weights squared over the sum of squared weights; Kish 1965), which accounts for unequal weights but not for clustering or stratification of the survey design.</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>Para cada campo sí/no (0/1, true/false, yes/no, sí/no, oui/non) se da la proporción que responde sí con un intervalo de puntuación de Wilson (Wilson 1927), que se comporta bien con muestras pequeñas y proporciones cercanas a 0 o 1. Las otras respuestas cuentan como faltantes y se informan. Con un campo de peso de la encuesta la proporción es la proporción ponderada, y el intervalo usa el tamaño de muestra efectivo de Kish (suma de pesos al cuadrado sobre la suma de los pesos al cuadrado; Kish 1965), que tiene en cuenta los pesos desiguales pero no los conglomerados ni la estratificación del diseño de la encuesta.</translation>
        </message>
        <message>
            <source>Neighbourhoods with fewer respondents than the minimum get small_sample = 1 and are drawn grey and hatched: their shares are too uncertain to publish or rank.</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>Los barrios con menos encuestados que el mínimo reciben small_sample = 1 y se dibujan en gris y rayados: sus proporciones son demasiado inciertas para publicarlas o ordenarlas.</translation>
        </message>
        <message>
            <source>respondents placed in the neighbourhood</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>encuestados ubicados en el barrio</translation>
        </message>
        <message>
            <source>1 when n_resp is below the minimum number of respondents</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>1 cuando n_resp está por debajo del número mínimo de encuestados</translation>
        </message>
        <message>
            <source>0/1</source>
            <extracomment>usm:aggregatesurvey help; usm:spatialweightsreport help; usm:typologies help; usm:riskresilience help (+6 more)</extracomment>
            <translation>0/1</translation>
        </message>
        <message>
            <source>respondents with a valid yes/no answer (and a valid weight)</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>encuestados con una respuesta sí/no válida (y un peso válido)</translation>
        </message>
        <message>
            <source>share answering yes (weighted when a weight field is given); NULL without valid answers</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>proporción que responde sí (ponderada cuando se da un campo de peso); NULL sin respuestas válidas</translation>
        </message>
        <message>
            <source>Wilson confidence interval of the share</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>intervalo de confianza de Wilson de la proporción</translation>
        </message>
        <message>
            <source>Kish effective sample size (only with a weight field)</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>tamaño de muestra efectivo de Kish (solo con un campo de peso)</translation>
        </message>
        <message>
            <source>respondents</source>
            <extracomment>usm:aggregatesurvey help; usm:aggregatesurvey tags</extracomment>
            <translation>encuestados</translation>
        </message>
        <message>
            <source>read, assigned, on_shared_boundary, outside, dropped_* and per field '&lt;field&gt;: missing_or_not_yes_no'</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>read, assigned, on_shared_boundary, outside, dropped_* y por campo '&lt;field&gt;: missing_or_not_yes_no'</translation>
        </message>
        <message>
            <source>number of respondents</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>número de encuestados</translation>
        </message>
        <message>
            <source>perception</source>
            <extracomment>usm:aggregatesurvey tags</extracomment>
            <translation>percepción</translation>
        </message>
        <message>
            <source>victimisation</source>
            <extracomment>usm:aggregatesurvey tags</extracomment>
            <translation>victimización</translation>
        </message>
        <message>
            <source>feel safe</source>
            <extracomment>usm:aggregatesurvey tags</extracomment>
            <translation>sentirse seguro</translation>
        </message>
        <message>
            <source>sdg 16.1.4</source>
            <extracomment>usm:aggregatesurvey tags</extracomment>
            <translation>ods 16.1.4</translation>
        </message>
        <message>
            <source>sdg 16.1.3</source>
            <extracomment>usm:aggregatesurvey tags</extracomment>
            <translation>ods 16.1.3</translation>
        </message>
        <message>
            <source>wilson</source>
            <extracomment>usm:aggregatesurvey tags</extracomment>
            <translation>wilson</translation>
        </message>
        <message>
            <source>confidence interval</source>
            <extracomment>usm:aggregatesurvey tags; usm:incidentsvsenvironment tags</extracomment>
            <translation>intervalo de confianza</translation>
        </message>
        <message>
            <source>small sample</source>
            <extracomment>usm:aggregatesurvey tags</extracomment>
            <translation>muestra pequeña</translation>
        </message>
        <message>
            <source>Spatial weights report</source>
            <extracomment>usm:spatialweightsreport name</extracomment>
            <translation>Informe de pesos espaciales</translation>
        </message>
        <message>
            <source>Lists each feature's neighbours count, islands without neighbours, features with a single neighbour and disconnected parts, for the neighbour definition a hot-spot analysis will use.</source>
            <extracomment>usm:spatialweightsreport short description; usm:spatialweightsreport help</extracomment>
            <translation>Lista el número de vecinos de cada entidad, las islas sin vecinos, las entidades con un solo vecino y las partes desconectadas, para la definición de vecindad que usará un análisis de puntos calientes.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Input layer</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Capa de entrada</translation>
        </message>
        <message>
            <source>Polygons (neighbourhoods, census units) or points to define neighbours for.</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help</extracomment>
            <translation>Polígonos (barrios, unidades censales) o puntos para los que definir vecinos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Id field</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters (+1 more)</extracomment>
            <translation>Campo de identificador</translation>
        </message>
        <message>
            <source>Field with a unique code per feature, used to name islands and features in the log. Without it the feature ids are used.</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>Campo con un código único por entidad, usado para nombrar las islas y las entidades en el registro. Sin él se usan los identificadores de entidad.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Neighbours (spatial weights)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Vecinos (pesos espaciales)</translation>
        </message>
        <message>
            <source>How neighbours are defined. Queen: polygons sharing an edge or a corner (the usual choice for neighbourhoods); Rook: sharing an edge; K nearest neighbours: the k closest centroids (works for points and for polygons of very different sizes; every feature gets exactly k neighbours); Distance band: every feature within the distance; Inverse distance: within the distance, weighted by distance^-decay. Distances are measured in metres between centroids, in a projected CRS (a local UTM zone when the layer is geographic).</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>Cómo se definen los vecinos. Reina: polígonos que comparten un borde o una esquina (la opción habitual para barrios); Torre: que comparten un borde; K vecinos más cercanos: los k centroides más próximos (sirve para puntos y para polígonos de tamaños muy distintos; cada entidad recibe exactamente k vecinos); Banda de distancia: cada entidad dentro de la distancia; Distancia inversa: dentro de la distancia, ponderada por distancia^-decaimiento. Las distancias se miden en metros entre centroides, en un SRC proyectado (una zona UTM local cuando la capa es geográfica).</translation>
        </message>
        <message>
            <source>Queen contiguity (shared edge or corner)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Contigüidad de reina (borde o esquina compartidos)</translation>
        </message>
        <message>
            <source>Rook contiguity (shared edge)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Contigüidad de torre (borde compartido)</translation>
        </message>
        <message>
            <source>K nearest neighbours</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>K vecinos más cercanos</translation>
        </message>
        <message>
            <source>Distance band (fixed distance, binary)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Banda de distancia (distancia fija, binaria)</translation>
        </message>
        <message>
            <source>Inverse distance within a distance band</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Distancia inversa dentro de una banda de distancia</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Number of neighbours (k)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Número de vecinos (k)</translation>
        </message>
        <message>
            <source>Neighbours per feature for K nearest neighbours (ArcGIS's default is 8).</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>Vecinos por entidad para K vecinos más cercanos (el valor por defecto de ArcGIS es 8).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Distance band (metres)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Banda de distancia (metros)</translation>
        </message>
        <message>
            <source>Maximum distance between centroids for Distance band and Inverse distance. 0 = automatic: the smallest distance at which every feature has at least one neighbour (stated in the log).</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>Distancia máxima entre centroides para Banda de distancia y Distancia inversa. 0 = automática: la menor distancia a la que cada entidad tiene al menos un vecino (indicada en el registro).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Distance decay exponent</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Exponente de decaimiento con la distancia</translation>
        </message>
        <message>
            <source>Inverse distance weights are distance^-exponent (1 = inverse distance, 2 = inverse squared distance).</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>Los pesos de distancia inversa son distancia^-exponente (1 = distancia inversa, 2 = distancia inversa al cuadrado).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Features without neighbours (islands)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Entidades sin vecinos (islas)</translation>
        </message>
        <message>
            <source>Islands (e.g. a neighbourhood across a river, with no shared boundary) have no local statistic. Keep them labelled 'Isolated', or link each to its nearest feature(s) so they are analysed too (both ways, so their neighbours gain a neighbour).</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>Las islas (p. ej. un barrio al otro lado de un río, sin límite compartido) no tienen estadístico local. Manténgalas con la etiqueta 'Isolated', o vincule cada una a su(s) entidad(es) más cercana(s) para que también se analicen (en ambos sentidos, de modo que sus vecinos ganan un vecino).</translation>
        </message>
        <message>
            <source>Keep them out: label 'Isolated', no statistic</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Dejarlas fuera: etiqueta 'Isolated', sin estadístico</translation>
        </message>
        <message>
            <source>Connect each to its nearest neighbour(s)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Conectar cada una a su(s) vecino(s) más cercano(s)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Neighbours given to each island</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Vecinos asignados a cada isla</translation>
        </message>
        <message>
            <source>How many nearest features each island is linked to when islands are connected.</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>A cuántas entidades más cercanas se vincula cada isla cuando se conectan las islas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/spatial_weights.py"></location>
            <source>Neighbour report</source>
            <extracomment>usm:spatialweightsreport parameters</extracomment>
            <translation>Informe de vecinos</translation>
        </message>
        <message>
            <source>The input features with the neighbour count, island and single-neighbour flags and the connected part of each feature.</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help</extracomment>
            <translation>Las entidades de entrada con el número de vecinos, las marcas de isla y de vecino único y la parte conexa de cada entidad.</translation>
        </message>
        <message>
            <source>Local statistics (Gi*, Local Moran's I) compare each area with its neighbours, so the neighbour definition decides the result. Run this first: an island (no neighbour) gets no statistic, a feature with a single neighbour rests on one value, and a city split into disconnected parts (a river, a gap in the polygons, a data error) is analysed as separate cities.</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>Los estadísticos locales (Gi*, I de Moran local) comparan cada área con sus vecinas, así que la definición de vecindad decide el resultado. Ejecute esto primero: una isla (sin vecino) no recibe estadístico, una entidad con un solo vecino se apoya en un único valor, y una ciudad dividida en partes desconectadas (un río, un hueco entre los polígonos, un error de datos) se analiza como ciudades separadas.</translation>
        </message>
        <message>
            <source>Contiguity compares vertices exactly: polygons that only touch along an edge without sharing a vertex, or that are separated by a sliver gap, are not neighbours (as in GeoDa and PySAL). Many islands or single neighbours in a clean-looking map point to such topology problems; K nearest neighbours avoids them.</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>La contigüidad compara vértices de forma exacta: los polígonos que solo se tocan a lo largo de un borde sin compartir un vértice, o que están separados por un hueco mínimo, no son vecinos (como en GeoDa y PySAL). Muchas islas o vecinos únicos en un mapa de aspecto limpio indican esos problemas de topología; K vecinos más cercanos los evita.</translation>
        </message>
        <message>
            <source>all fields of the input layer</source>
            <extracomment>usm:spatialweightsreport help; usm:hotspots help; usm:localmoran help; usm:projecttargets help (+4 more)</extracomment>
            <translation>todos los campos de la capa de entrada</translation>
        </message>
        <message>
            <source>feature id used in the report (id field, or feature id)</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>identificador de entidad usado en el informe (campo de identificador, o identificador de entidad)</translation>
        </message>
        <message>
            <source>number of neighbours</source>
            <extracomment>usm:spatialweightsreport help; usm:localmoran help</extracomment>
            <translation>número de vecinos</translation>
        </message>
        <message>
            <source>1 = no neighbour (island)</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>1 = sin vecino (isla)</translation>
        </message>
        <message>
            <source>1 = exactly one neighbour</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>1 = exactamente un vecino</translation>
        </message>
        <message>
            <source>connected part the feature belongs to, 0 = the largest</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>parte conexa a la que pertenece la entidad, 0 = la más grande</translation>
        </message>
        <message>
            <source>index</source>
            <extracomment>usm:spatialweightsreport help; usm:localmoran help; usm:globalmoran help; usm:optimizedhotspots help (+1 more)</extracomment>
            <translation>índice</translation>
        </message>
        <message>
            <source>number of features in that connected part</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>número de entidades en esa parte conexa</translation>
        </message>
        <message>
            <source>spatial weights</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>pesos espaciales</translation>
        </message>
        <message>
            <source>neighbours</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>vecinos</translation>
        </message>
        <message>
            <source>contiguity</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>contigüidad</translation>
        </message>
        <message>
            <source>queen</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>reina</translation>
        </message>
        <message>
            <source>rook</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>torre</translation>
        </message>
        <message>
            <source>k nearest</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>k más cercanos</translation>
        </message>
        <message>
            <source>distance band</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>banda de distancia</translation>
        </message>
        <message>
            <source>islands</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>islas</translation>
        </message>
        <message>
            <source>connectivity</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>conectividad</translation>
        </message>
        <message>
            <source>hot spots</source>
            <extracomment>usm:spatialweightsreport tags; usm:crimeconcentration tags; usm:fulldiagnosis tags; usm:batchmonitor tags</extracomment>
            <translation>puntos calientes</translation>
        </message>
        <message>
            <source>Hot spot analysis (Getis-Ord Gi*)</source>
            <extracomment>usm:hotspots name</extracomment>
            <translation>Análisis de puntos calientes (Getis-Ord Gi*)</translation>
        </message>
        <message>
            <source>Finds statistically significant hot spots and cold spots: areas whose neighbourhood (the area and its neighbours) has unusually high or low values, with 90/95/99% confidence bins.</source>
            <extracomment>usm:hotspots short description; usm:hotspots help</extracomment>
            <translation>Encuentra puntos calientes y puntos fríos estadísticamente significativos: áreas cuyo vecindario (el área y sus vecinas) tiene valores inusualmente altos o bajos, con clases de confianza del 90/95/99 %.</translation>
        </message>
        <message>
            <source>Neighbourhoods (polygons) or points with the value to analyse, in any CRS.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help; usm:localmoran parameters; usm:localmoran help (+2 more)</extracomment>
            <translation>Barrios (polígonos) o puntos con el valor a analizar, en cualquier SRC.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <source>Analysis field</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Campo de análisis</translation>
        </message>
        <message>
            <source>Numeric field to analyse, e.g. an incident rate or Empirical Bayes smoothed rate (eb_rate_total from Aggregate incidents). Values should be non-negative.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help</extracomment>
            <translation>Campo numérico a analizar, p. ej. una tasa de incidentes o una tasa suavizada por Bayes empírico (eb_rate_total de Agregar incidentes). Los valores deberían ser no negativos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <source>Population field (check only)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Campo de población (solo verificación)</translation>
        </message>
        <message>
            <source>Optional residents per feature. Not used in the statistic: when given and the analysis field looks like raw counts on areas of very different population, the log warns and suggests a rate or the Empirical Bayes smoothed rate.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help; usm:localmoran parameters; usm:localmoran help (+2 more)</extracomment>
            <translation>Residentes por entidad, opcional. No se usa en el estadístico: cuando se da y el campo de análisis parece un conteo bruto sobre áreas de población muy distinta, el registro lo advierte y sugiere una tasa o la tasa suavizada por Bayes empírico.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Permutations</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters; usm:optimizedhotspots parameters (+2 more)</extracomment>
            <translation>Permutaciones</translation>
        </message>
        <message>
            <source>Conditional permutations for the pseudo p-value (999 is standard; at least 99; 0 = analytical p-values only). With 999 the smallest pseudo p-value is 0.001.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help; usm:localmoran parameters; usm:localmoran help (+2 more)</extracomment>
            <translation>Permutaciones condicionales para el pseudovalor p (999 es lo habitual; al menos 99; 0 = solo valores p analíticos). Con 999 el menor pseudovalor p es 0,001.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <location filename="../processing_algorithms/public_release.py"></location>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Random seed</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters; usm:optimizedhotspots parameters (+6 more)</extracomment>
            <translation>Semilla aleatoria</translation>
        </message>
        <message>
            <source>Seed of the random permutations: the same seed gives the same result, bit for bit.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help; usm:localmoran parameters; usm:localmoran help (+2 more)</extracomment>
            <translation>Semilla de las permutaciones aleatorias: la misma semilla da el mismo resultado, bit a bit.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <source>False discovery rate (FDR) correction</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters</extracomment>
            <translation>Corrección por tasa de falsos descubrimientos (FDR)</translation>
        </message>
        <message>
            <source>Correct for testing every feature at once (Benjamini-Hochberg): fewer features are flagged, and at most about 5% of those flagged at 95% are false alarms.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help; usm:localmoran parameters; usm:localmoran help</extracomment>
            <translation>Corrige por probar todas las entidades a la vez (Benjamini-Hochberg): se señalan menos entidades, y a lo sumo cerca del 5 % de las señaladas al 95 % son falsas alarmas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <source>Test for</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Probar</translation>
        </message>
        <message>
            <source>Two-sided (hot and cold spots) is the usual choice; a one-sided test only when the question was decided before looking at the map.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help; usm:localmoran parameters; usm:localmoran help (+2 more)</extracomment>
            <translation>Bilateral (puntos calientes y fríos) es la opción habitual; una prueba unilateral solo cuando la pregunta se decidió antes de mirar el mapa.</translation>
        </message>
        <message>
            <source>Hot and cold spots (two-sided)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Puntos calientes y fríos (bilateral)</translation>
        </message>
        <message>
            <source>Hot spots only (one-sided, high values)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Solo puntos calientes (unilateral, valores altos)</translation>
        </message>
        <message>
            <source>Cold spots only (one-sided, low values)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Solo puntos fríos (unilateral, valores bajos)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <source>Significance from</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters</extracomment>
            <translation>Significancia a partir de</translation>
        </message>
        <message>
            <source>Which p-value sets Gi_Bin: the permutation pseudo p-value (robust to skewed values) or the normal approximation of the z-score (as ArcGIS).</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help</extracomment>
            <translation>Qué valor p define Gi_Bin: el pseudovalor p de las permutaciones (robusto ante valores asimétricos) o la aproximación normal de la puntuación z (como ArcGIS).</translation>
        </message>
        <message>
            <source>Permutations (pseudo p-value)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters</extracomment>
            <translation>Permutaciones (pseudovalor p)</translation>
        </message>
        <message>
            <source>Normal approximation of the z-score (as ArcGIS)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters</extracomment>
            <translation>Aproximación normal de la puntuación z (como ArcGIS)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <location filename="../processing_algorithms/hot_spots.py"></location>
            <location filename="../processing_algorithms/local_moran.py"></location>
            <source>Weights standardisation</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Estandarización de los pesos</translation>
        </message>
        <message>
            <source>Binary weights (ArcGIS's default for Gi*) or row-standardised weights (GeoDa). Inverse distance weights are always row-standardised.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help</extracomment>
            <translation>Pesos binarios (por defecto de ArcGIS para Gi*) o pesos estandarizados por fila (GeoDa). Los pesos de distancia inversa siempre se estandarizan por fila.</translation>
        </message>
        <message>
            <source>None: every neighbour weighs 1 (ArcGIS default for Gi*)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Ninguna: cada vecino pesa 1 (por defecto de ArcGIS para Gi*)</translation>
        </message>
        <message>
            <source>Row standardised: weights of each feature sum to 1 (GeoDa, PySAL default)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Estandarizados por fila: los pesos de cada entidad suman 1 (por defecto de GeoDa y PySAL)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/hot_spots.py"></location>
            <source>Hot spots</source>
            <extracomment>usm:hotspots parameters</extracomment>
            <translation>Puntos calientes</translation>
        </message>
        <message>
            <source>The input features with the Gi* fields listed under Output fields; polygons are styled red (hot) / blue (cold) by confidence bin.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help</extracomment>
            <translation>Las entidades de entrada con los campos Gi* listados en Campos de salida; los polígonos se simbolizan en rojo (caliente) / azul (frío) según la clase de confianza.</translation>
        </message>
        <message>
            <source>The Getis-Ord Gi* statistic compares the sum of the values of each feature and its neighbours with the sum expected if values were spread at random over the map. A high positive z-score is a hot spot (a cluster of high values), a low negative one a cold spot. Gi_Bin gives the confidence level: +3/+2/+1 hot spot at 99/95/90%, -3/-2/-1 cold spot, 0 not significant, NULL for features without neighbours (Isolated), as in ArcGIS's Hot Spot Analysis. The statistic, its expectation and variance are exactly those of ArcGIS, PySAL (esda.G_Local, star=True) and GeoDa (row-standardised).</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>El estadístico Gi* de Getis-Ord compara la suma de los valores de cada entidad y sus vecinas con la suma esperada si los valores se distribuyeran al azar sobre el mapa. Una puntuación z alta y positiva es un punto caliente (un agrupamiento de valores altos), una baja y negativa un punto frío. Gi_Bin da el nivel de confianza: +3/+2/+1 punto caliente al 99/95/90 %, -3/-2/-1 punto frío, 0 no significativo, NULL para entidades sin vecinos (Isolated), como en el Análisis de puntos calientes de ArcGIS. El estadístico, su esperanza y su varianza son exactamente los de ArcGIS, PySAL (esda.G_Local, star=True) y GeoDa (estandarizados por fila).</translation>
        </message>
        <message>
            <source>Significance uses conditional permutations by default (the feature's value is held fixed, the others are shuffled) or the normal approximation of the z-score. Analyse rates, better Empirical Bayes smoothed rates, rather than raw counts: counts are high where many people live. Features with a missing value are left out and get NULL results. A variable with no variation is an error; fewer than 30 features gives a warning.</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>La significancia usa por defecto permutaciones condicionales (el valor de la entidad se mantiene fijo y los demás se barajan) o la aproximación normal de la puntuación z. Analice tasas, mejor tasas suavizadas por Bayes empírico, en lugar de conteos brutos: los conteos son altos donde vive mucha gente. Las entidades con un valor faltante se dejan fuera y reciben resultados NULL. Una variable sin variación es un error; menos de 30 entidades genera una advertencia.</translation>
        </message>
        <message>
            <source>Gi* z-score (analytical); &gt; 0 hot, &lt; 0 cold</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>puntuación z de Gi* (analítica); &gt; 0 caliente, &lt; 0 frío</translation>
        </message>
        <message>
            <source>standard deviations</source>
            <extracomment>usm:hotspots help; usm:localmoran help; usm:globalmoran help; usm:optimizedhotspots help (+1 more)</extracomment>
            <translation>desviaciones estándar</translation>
        </message>
        <message>
            <source>p-value of the z-score (normal approximation)</source>
            <extracomment>usm:hotspots help; usm:localmoran help</extracomment>
            <translation>valor p de la puntuación z (aproximación normal)</translation>
        </message>
        <message>
            <source>probability</source>
            <extracomment>usm:hotspots help; usm:localmoran help; usm:globalmoran help; usm:optimizedhotspots help (+7 more)</extracomment>
            <translation>probabilidad</translation>
        </message>
        <message>
            <source>pseudo p-value from the conditional permutations (NULL with 0 permutations)</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>pseudovalor p de las permutaciones condicionales (NULL con 0 permutaciones)</translation>
        </message>
        <message>
            <source>z-score against the permutation distribution</source>
            <extracomment>usm:hotspots help; usm:localmoran help; usm:globalmoran help</extracomment>
            <translation>puntuación z frente a la distribución de permutaciones</translation>
        </message>
        <message>
            <source>the Gi* statistic: share of the total in the feature's neighbourhood</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>el estadístico Gi*: proporción del total en el vecindario de la entidad</translation>
        </message>
        <message>
            <source>ratio</source>
            <extracomment>usm:hotspots help; usm:typologies help; usm:compareperiods help; usm:targettrajectory help (+3 more)</extracomment>
            <translation>razón</translation>
        </message>
        <message>
            <source>confidence bin: 3/2/1 hot spot 99/95/90%, -3/-2/-1 cold spot, 0 not significant, NULL isolated or missing value</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>clase de confianza: 3/2/1 punto caliente 99/95/90 %, -3/-2/-1 punto frío, 0 no significativo, NULL aislado o valor faltante</translation>
        </message>
        <message>
            <source>class</source>
            <extracomment>usm:hotspots help; usm:localmoran help; usm:optimizedhotspots help; usm:emerginghotspots help (+4 more)</extracomment>
            <translation>clase</translation>
        </message>
        <message>
            <source>the bin in words (Hot spot 95%, Not significant, Isolated, ...)</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>la clase en palabras (Hot spot 95%, Not significant, Isolated, ...)</translation>
        </message>
        <message>
            <source>number of neighbours used (without the feature itself)</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>número de vecinos usados (sin la propia entidad)</translation>
        </message>
        <message>
            <source>hot spot</source>
            <extracomment>usm:hotspots tags; usm:localmoran tags; usm:kerneldensity tags; usm:optimizedhotspots tags (+1 more)</extracomment>
            <translation>punto caliente</translation>
        </message>
        <message>
            <source>cold spot</source>
            <extracomment>usm:hotspots tags</extracomment>
            <translation>punto frío</translation>
        </message>
        <message>
            <source>getis-ord</source>
            <extracomment>usm:hotspots tags; usm:optimizedhotspots tags; usm:emerginghotspots tags</extracomment>
            <translation>getis-ord</translation>
        </message>
        <message>
            <source>gi*</source>
            <extracomment>usm:hotspots tags; usm:optimizedhotspots tags; usm:emerginghotspots tags</extracomment>
            <translation>gi*</translation>
        </message>
        <message>
            <source>gi star</source>
            <extracomment>usm:hotspots tags</extracomment>
            <translation>gi estrella</translation>
        </message>
        <message>
            <source>cluster</source>
            <extracomment>usm:hotspots tags; usm:localmoran tags; usm:optimizedhotspots tags; usm:typologies tags (+1 more)</extracomment>
            <translation>agrupamiento</translation>
        </message>
        <message>
            <source>local statistic</source>
            <extracomment>usm:hotspots tags; usm:localmoran tags</extracomment>
            <translation>estadístico local</translation>
        </message>
        <message>
            <source>significance</source>
            <extracomment>usm:hotspots tags; usm:localmoran tags; usm:globalmoran tags</extracomment>
            <translation>significancia</translation>
        </message>
        <message>
            <source>fdr</source>
            <extracomment>usm:hotspots tags; usm:localmoran tags; usm:optimizedhotspots tags</extracomment>
            <translation>fdr</translation>
        </message>
        <message>
            <source>permutation</source>
            <extracomment>usm:hotspots tags; usm:localmoran tags; usm:globalmoran tags; usm:nearrepeat tags</extracomment>
            <translation>permutación</translation>
        </message>
        <message>
            <source>Cluster and outlier analysis (Local Moran's I)</source>
            <extracomment>usm:localmoran name</extracomment>
            <translation>Análisis de agrupamientos y valores atípicos (I de Moran local)</translation>
        </message>
        <message>
            <source>Finds significant clusters of high values (High-High), of low values (Low-Low) and outliers (a high value among low neighbours or the reverse) with Local Moran's I (LISA).</source>
            <extracomment>usm:localmoran short description; usm:localmoran help</extracomment>
            <translation>Encuentra agrupamientos significativos de valores altos (Alto-Alto), de valores bajos (Bajo-Bajo) y valores atípicos (un valor alto entre vecinos bajos o al revés) con el I de Moran local (LISA).</translation>
        </message>
        <message>
            <source>Numeric field to analyse, e.g. an incident rate or Empirical Bayes smoothed rate.</source>
            <extracomment>usm:localmoran parameters; usm:localmoran help; usm:globalmoran parameters; usm:globalmoran help</extracomment>
            <translation>Campo numérico a analizar, p. ej. una tasa de incidentes o una tasa suavizada por Bayes empírico.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <location filename="../processing_algorithms/local_moran.py"></location>
            <source>Significance level</source>
            <extracomment>usm:localmoran parameters; usm:globalmoran parameters; usm:emerginghotspots parameters; usm:compareperiods parameters</extracomment>
            <translation>Nivel de significancia</translation>
        </message>
        <message>
            <source>p-value at or below which a feature is labelled a cluster or outlier (0.05 = 95% confidence; with FDR, the false discovery rate).</source>
            <extracomment>usm:localmoran parameters; usm:localmoran help</extracomment>
            <translation>Valor p igual o inferior al cual una entidad se etiqueta como agrupamiento o valor atípico (0,05 = 95 % de confianza; con FDR, la tasa de falsos descubrimientos).</translation>
        </message>
        <message>
            <source>Permutation pseudo p-value (standard for LISA) or the normal approximation.</source>
            <extracomment>usm:localmoran parameters; usm:localmoran help</extracomment>
            <translation>Pseudovalor p de las permutaciones (lo habitual para LISA) o la aproximación normal.</translation>
        </message>
        <message>
            <source>Row-standardised weights (the spatial lag is the neighbours' average) or binary.</source>
            <extracomment>usm:localmoran parameters; usm:localmoran help</extracomment>
            <translation>Pesos estandarizados por fila (el rezago espacial es el promedio de los vecinos) o binarios.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/local_moran.py"></location>
            <source>Clusters and outliers</source>
            <extracomment>usm:localmoran parameters</extracomment>
            <translation>Agrupamientos y valores atípicos</translation>
        </message>
        <message>
            <source>The input features with the LMI fields listed under Output fields; polygons are styled by cluster/outlier type.</source>
            <extracomment>usm:localmoran parameters; usm:localmoran help</extracomment>
            <translation>Las entidades de entrada con los campos LMI listados en Campos de salida; los polígonos se simbolizan según el tipo de agrupamiento o valor atípico.</translation>
        </message>
        <message>
            <source>Local Moran's I multiplies a feature's standardised value by the average standardised value of its neighbours. Significant positive values are clusters: High-High (a high-crime area among high-crime areas) or Low-Low; significant negative values are spatial outliers: High-Low (a high value among low neighbours, e.g. a single problem block) or Low-High. Values, moments and quadrants are exactly those of PySAL's esda.Moran_Local and GeoDa.</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>El I de Moran local multiplica el valor estandarizado de una entidad por el valor estandarizado promedio de sus vecinas. Los valores positivos significativos son agrupamientos: Alto-Alto (un área de mucho delito entre áreas de mucho delito) o Bajo-Bajo; los valores negativos significativos son valores atípicos espaciales: Alto-Bajo (un valor alto entre vecinos bajos, p. ej. una sola cuadra problemática) o Bajo-Alto. Los valores, momentos y cuadrantes son exactamente los de esda.Moran_Local de PySAL y de GeoDa.</translation>
        </message>
        <message>
            <source>Significance uses conditional permutations (the feature's value is held fixed, the others shuffled) or the normal approximation. Features without neighbours are labelled Isolated; a feature whose value, or whose neighbours' average, equals the city mean exactly has no quadrant (Undefined). Analyse rates rather than raw counts. A variable with no variation is an error.</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>La significancia usa permutaciones condicionales (el valor de la entidad se mantiene fijo y los demás se barajan) o la aproximación normal. Las entidades sin vecinos se etiquetan Isolated; una entidad cuyo valor, o cuyo promedio de vecinos, es exactamente igual a la media de la ciudad no tiene cuadrante (Undefined). Analice tasas en lugar de conteos brutos. Una variable sin variación es un error.</translation>
        </message>
        <message>
            <source>Local Moran's I</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>I de Moran local</translation>
        </message>
        <message>
            <source>analytical z-score of I (total randomisation)</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>puntuación z analítica de I (aleatorización total)</translation>
        </message>
        <message>
            <source>pseudo p-value from conditional permutations</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>pseudovalor p de las permutaciones condicionales</translation>
        </message>
        <message>
            <source>quadrant: 1 High-High, 2 Low-High, 3 Low-Low, 4 High-Low (whether or not significant)</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>cuadrante: 1 Alto-Alto, 2 Bajo-Alto, 3 Bajo-Bajo, 4 Alto-Bajo (sea o no significativo)</translation>
        </message>
        <message>
            <source>High-High, Low-Low, High-Low, Low-High where significant; Not significant; Isolated; Undefined</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>High-High, Low-Low, High-Low, Low-High cuando es significativo; Not significant; Isolated; Undefined</translation>
        </message>
        <message>
            <source>lisa</source>
            <extracomment>usm:localmoran tags</extracomment>
            <translation>lisa</translation>
        </message>
        <message>
            <source>local moran</source>
            <extracomment>usm:localmoran tags</extracomment>
            <translation>moran local</translation>
        </message>
        <message>
            <source>outlier</source>
            <extracomment>usm:localmoran tags</extracomment>
            <translation>valor atípico</translation>
        </message>
        <message>
            <source>high-high</source>
            <extracomment>usm:localmoran tags</extracomment>
            <translation>alto-alto</translation>
        </message>
        <message>
            <source>low-low</source>
            <extracomment>usm:localmoran tags</extracomment>
            <translation>bajo-bajo</translation>
        </message>
        <message>
            <source>Global Moran's I</source>
            <extracomment>usm:globalmoran name</extracomment>
            <translation>I de Moran global</translation>
        </message>
        <message>
            <source>Tests whether a variable is spatially clustered over the whole map (Moran's I), with normal, randomisation and permutation p-values.</source>
            <extracomment>usm:globalmoran short description; usm:globalmoran help</extracomment>
            <translation>Prueba si una variable está agrupada espacialmente en todo el mapa (I de Moran), con valores p normales, de aleatorización y de permutaciones.</translation>
        </message>
        <message>
            <source>Row-standardised weights (GeoDa, PySAL default) or binary.</source>
            <extracomment>usm:globalmoran parameters; usm:globalmoran help</extracomment>
            <translation>Pesos estandarizados por fila (por defecto de GeoDa y PySAL) o binarios.</translation>
        </message>
        <message>
            <source>p-value at or below which the log calls the variable clustered or dispersed (0.05 = 95% confidence).</source>
            <extracomment>usm:globalmoran parameters; usm:globalmoran help</extracomment>
            <translation>Valor p igual o inferior al cual el registro califica la variable como agrupada o dispersa (0,05 = 95 % de confianza).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <source>Moran's I</source>
            <extracomment>usm:globalmoran parameters; usm:globalmoran help</extracomment>
            <translation>I de Moran</translation>
        </message>
        <message>
            <source>A one-row table with the statistic, its moments and p-values.</source>
            <extracomment>usm:globalmoran parameters; usm:globalmoran help</extracomment>
            <translation>Una tabla de una fila con el estadístico, sus momentos y los valores p.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <source>z-score (randomisation)</source>
            <extracomment>usm:globalmoran parameters</extracomment>
            <translation>puntuación z (aleatorización)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <source>p-value (permutations, or randomisation without them)</source>
            <extracomment>usm:globalmoran parameters</extracomment>
            <translation>valor p (permutaciones, o aleatorización sin ellas)</translation>
        </message>
        <message>
            <source>Moran's I is close to its expectation -1/(n-1) when values are spread at random, positive when similar values sit next to each other (clustering), negative when neighbours differ (a checkerboard). Run it before a local analysis: if the city shows no clustering overall, local hot spots deserve caution. The statistic and its moments are exactly those of PySAL's esda.Moran and GeoDa. The result is written to a one-row table and to the log.</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>El I de Moran está cerca de su esperanza -1/(n-1) cuando los valores se distribuyen al azar, es positivo cuando valores similares están uno al lado del otro (agrupamiento) y negativo cuando los vecinos difieren (un tablero de ajedrez). Ejecútelo antes de un análisis local: si la ciudad no muestra agrupamiento en conjunto, los puntos calientes locales merecen cautela. El estadístico y sus momentos son exactamente los de esda.Moran de PySAL y de GeoDa. El resultado se escribe en una tabla de una fila y en el registro.</translation>
        </message>
        <message>
            <source>the analysed field</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>el campo analizado</translation>
        </message>
        <message>
            <source>expected I under no autocorrelation, -1/(n-1)</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>I esperado sin autocorrelación, -1/(n-1)</translation>
        </message>
        <message>
            <source>variance of I under normality</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>varianza de I bajo normalidad</translation>
        </message>
        <message>
            <source>index²</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>índice²</translation>
        </message>
        <message>
            <source>z-score under normality</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>puntuación z bajo normalidad</translation>
        </message>
        <message>
            <source>p-value under normality</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>valor p bajo normalidad</translation>
        </message>
        <message>
            <source>variance of I under randomisation</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>varianza de I bajo aleatorización</translation>
        </message>
        <message>
            <source>z-score under randomisation</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>puntuación z bajo aleatorización</translation>
        </message>
        <message>
            <source>p-value under randomisation</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>valor p bajo aleatorización</translation>
        </message>
        <message>
            <source>pseudo p-value from random permutations</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>pseudovalor p de las permutaciones aleatorias</translation>
        </message>
        <message>
            <source>number of features analysed</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>número de entidades analizadas</translation>
        </message>
        <message>
            <source>features without neighbours (kept in the mean and variance)</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>entidades sin vecinos (incluidas en la media y la varianza)</translation>
        </message>
        <message>
            <source>neighbour definition and standardisation</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>definición de vecindad y estandarización</translation>
        </message>
        <message>
            <source>number of random permutations</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>número de permutaciones aleatorias</translation>
        </message>
        <message>
            <source>random seed</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>semilla aleatoria</translation>
        </message>
        <message>
            <source>integer</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>entero</translation>
        </message>
        <message>
            <source>two-sided, greater (clustering) or less (dispersion)</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>bilateral, mayor (agrupamiento) o menor (dispersión)</translation>
        </message>
        <message>
            <source>moran</source>
            <extracomment>usm:globalmoran tags</extracomment>
            <translation>moran</translation>
        </message>
        <message>
            <source>global</source>
            <extracomment>usm:globalmoran tags</extracomment>
            <translation>global</translation>
        </message>
        <message>
            <source>spatial autocorrelation</source>
            <extracomment>usm:globalmoran tags</extracomment>
            <translation>autocorrelación espacial</translation>
        </message>
        <message>
            <source>clustering</source>
            <extracomment>usm:globalmoran tags</extracomment>
            <translation>agrupamiento</translation>
        </message>
        <message>
            <source>test</source>
            <extracomment>usm:globalmoran tags</extracomment>
            <translation>prueba</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Infrastructure indicators</source>
            <extracomment>usm:infrastructureindicators name; usm:infrastructureindicators parameters</extracomment>
            <translation>Indicadores de infraestructura</translation>
        </message>
        <message>
            <source>Per neighbourhood: count, density, per-resident rate and nearest distance of facilities; length and density of streets; area and share of parks and public space.</source>
            <extracomment>usm:infrastructureindicators short description; usm:infrastructureindicators help</extracomment>
            <translation>Por barrio: número, densidad, tasa por residente y distancia al más cercano de los equipamientos; longitud y densidad de calles; área y proporción de parques y espacio público.</translation>
        </message>
        <message>
            <source>Polygon layer of neighbourhoods (the unit of analysis). Should not overlap; ids must be unique. Areas and distances are measured in its CRS when it is projected, otherwise in the local UTM zone (stated in the log).</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help; usm:populationcoverage parameters; usm:populationcoverage help (+2 more)</extracomment>
            <translation>Capa de polígonos de barrios (la unidad de análisis). No deben superponerse; los identificadores deben ser únicos. Las áreas y distancias se miden en su SRC cuando es proyectado, si no en la zona UTM local (indicada en el registro).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Infrastructure layer</source>
            <extracomment>usm:infrastructureindicators parameters</extracomment>
            <translation>Capa de infraestructura</translation>
        </message>
        <message>
            <source>Points (facilities), lines (streets) or polygons (parks, public space). The geometry type decides which indicators are computed. May be in another CRS.</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help</extracomment>
            <translation>Puntos (equipamientos), líneas (calles) o polígonos (parques, espacio público). El tipo de geometría decide qué indicadores se calculan. Puede estar en otro SRC.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>0/1 flag field</source>
            <extracomment>usm:infrastructureindicators parameters</extracomment>
            <translation>Campo indicador 0/1</translation>
        </message>
        <message>
            <source>Points and polygons: only features whose value is 1 are used (e.g. working street lights, public spaces open to the public). Lines: adds the length and share of lines whose value is 1 (e.g. lit streets).</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help</extracomment>
            <translation>Puntos y polígonos: solo se usan las entidades cuyo valor es 1 (p. ej. luminarias que funcionan, espacios públicos abiertos al público). Líneas: agrega la longitud y la proporción de líneas cuyo valor es 1 (p. ej. calles iluminadas).</translation>
        </message>
        <message>
            <source>Residents per neighbourhood, for per-resident values. Without it the residents come from the population source below, if given.</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help</extracomment>
            <translation>Residentes por barrio, para los valores por residente. Sin él, los residentes vienen de la fuente de población de abajo, si se da.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>Population polygons (census units)</source>
            <extracomment>usm:infrastructureindicators parameters; usm:populationcoverage parameters; usm:sdgindicators parameters</extracomment>
            <translation>Polígonos de población (unidades censales)</translation>
        </message>
        <message>
            <source>Census units with a population field. Each unit is cut by the neighbourhoods and each piece gets the unit's population in proportion to its area, placed at a point inside the piece. Used for the population-weighted centres and the residents' mean distance. Give this or a population raster (the raster is finer).</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help</extracomment>
            <translation>Unidades censales con un campo de población. Cada unidad se corta con los barrios y cada pieza recibe la población de la unidad en proporción a su área, ubicada en un punto dentro de la pieza. Se usa para los centros ponderados por población y la distancia media de los residentes. Dé esto o un ráster de población (el ráster es más fino).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>Population field of the census units</source>
            <extracomment>usm:infrastructureindicators parameters; usm:populationcoverage parameters; usm:sdgindicators parameters</extracomment>
            <translation>Campo de población de las unidades censales</translation>
        </message>
        <message>
            <source>Residents per census unit. Missing values are left out (reported), negative ones are an error.</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help; usm:populationcoverage parameters; usm:populationcoverage help (+2 more)</extracomment>
            <translation>Residentes por unidad censal. Los valores faltantes se dejan fuera (se informan), los negativos son un error.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Population raster</source>
            <extracomment>usm:infrastructureindicators parameters; usm:populationcoverage parameters; usm:sdgindicators parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Ráster de población</translation>
        </message>
        <message>
            <source>Raster of residents per cell (e.g. a 100 m grid). Every cell with residents counts at its centre. Needs the Python package rasterio.</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help; usm:populationcoverage parameters; usm:populationcoverage help (+2 more)</extracomment>
            <translation>Ráster de residentes por celda (p. ej. una grilla de 100 m). Cada celda con residentes cuenta en su centro. Necesita el paquete de Python rasterio.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Field name prefix</source>
            <extracomment>usm:infrastructureindicators parameters</extracomment>
            <translation>Prefijo de los nombres de campo</translation>
        </message>
        <message>
            <source>Prefix of the new fields (e.g. police, school, light), so that several runs can be chained on the same layer.</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help</extracomment>
            <translation>Prefijo de los campos nuevos (p. ej. police, school, light), para poder encadenar varias ejecuciones sobre la misma capa.</translation>
        </message>
        <message>
            <source>The neighbourhood layer with all its fields plus the fields listed under Output fields.</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help; usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>La capa de barrios con todos sus campos más los campos listados en Campos de salida.</translation>
        </message>
        <message>
            <source>The kind of indicator follows the geometry of the infrastructure layer. Points (police posts, schools, health centres, transit stops, street lights): count, count per km², per 10,000 residents, straight-line distance from the neighbourhood's population-weighted centre to the nearest facility, and the residents' population-weighted mean distance to their nearest facility. Lines (streets): length in km and km per km², and with a 0/1 field (e.g. lit) the length and share of lines with value 1. Polygons (parks, public space): area in m², share of the neighbourhood's area and m² per resident.</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>El tipo de indicador sigue la geometría de la capa de infraestructura. Puntos (puestos de policía, escuelas, centros de salud, paradas de transporte, luminarias): número, número por km², por cada 10.000 residentes, distancia en línea recta desde el centro del barrio ponderado por población hasta el equipamiento más cercano, y la distancia media de los residentes, ponderada por población, a su equipamiento más cercano. Líneas (calles): longitud en km y km por km², y con un campo 0/1 (p. ej. iluminada) la longitud y la proporción de líneas con valor 1. Polígonos (parques, espacio público): área en m², proporción del área del barrio y m² por residente.</translation>
        </message>
        <message>
            <source>Counting rule: a facility on a boundary shared by two neighbourhoods is counted once, in the neighbourhood whose id sorts first; the number of such ties is reported. Facilities outside every neighbourhood are counted as outside (reported) and still serve as nearest facility, since a facility just beyond the city limit serves the people next to it. A street running along a shared boundary counts half in each neighbourhood, so lengths add up to the city total. Overlapping polygons are dissolved, so an area is counted once.</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>Regla de conteo: un equipamiento sobre un límite compartido por dos barrios se cuenta una vez, en el barrio cuyo identificador queda primero en orden; se informa el número de esos empates. Los equipamientos fuera de todo barrio se cuentan como fuera (se informa) y siguen sirviendo como equipamiento más cercano, ya que un equipamiento justo más allá del límite de la ciudad sirve a la gente de al lado. Una calle que corre a lo largo de un límite compartido cuenta la mitad en cada barrio, para que las longitudes sumen el total de la ciudad. Los polígonos superpuestos se disuelven, para que un área se cuente una sola vez.</translation>
        </message>
        <message>
            <source>The population-weighted centre needs a population source (census units or a population raster); without one, or for a neighbourhood without residents, the centroid is used and the centre field says so. Neighbourhoods with a NULL geometry get NULL values; a population of 0 gives NULL per-resident values with a warning. City-wide totals are written to the log.</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>El centro ponderado por población necesita una fuente de población (unidades censales o un ráster de población); sin ella, o para un barrio sin residentes, se usa el centroide y el campo del centro lo indica. Los barrios con geometría NULL reciben valores NULL; una población de 0 da valores por residente NULL con una advertencia. Los totales de toda la ciudad se escriben en el registro.</translation>
        </message>
        <message>
            <source>points/polygons: features in the neighbourhood (polygons by an interior point)</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>puntos/polígonos: entidades en el barrio (los polígonos por un punto interior)</translation>
        </message>
        <message>
            <source>points: facilities per km² of neighbourhood area</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>puntos: equipamientos por km² de área del barrio</translation>
        </message>
        <message>
            <source>1/km²</source>
            <extracomment>usm:infrastructureindicators help; usm:streetsegmentaudit help; usm:fulldiagnosis help</extracomment>
            <translation>1/km²</translation>
        </message>
        <message>
            <source>points: facilities per 10,000 residents</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>puntos: equipamientos por cada 10.000 residentes</translation>
        </message>
        <message>
            <source>per 10,000</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>por cada 10.000</translation>
        </message>
        <message>
            <source>points: straight-line distance from the population-weighted centre to the nearest facility</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>puntos: distancia en línea recta desde el centro ponderado por población hasta el equipamiento más cercano</translation>
        </message>
        <message>
            <source>m</source>
            <extracomment>usm:infrastructureindicators help; usm:streetsegmentaudit help; usm:riskterrain help; usm:nearrepeat help</extracomment>
            <translation>m</translation>
        </message>
        <message>
            <source>points: 'population' (population-weighted centre) or 'centroid'</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>puntos: 'population' (centro ponderado por población) o 'centroid'</translation>
        </message>
        <message>
            <source>points: population-weighted mean distance of residents to the nearest facility (needs a population source)</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>puntos: distancia media, ponderada por población, de los residentes al equipamiento más cercano (necesita una fuente de población)</translation>
        </message>
        <message>
            <source>lines: length inside the neighbourhood</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>líneas: longitud dentro del barrio</translation>
        </message>
        <message>
            <source>km</source>
            <extracomment>usm:infrastructureindicators help; usm:streetsegmentaudit help</extracomment>
            <translation>km</translation>
        </message>
        <message>
            <source>lines: length per km² of neighbourhood area</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>líneas: longitud por km² de área del barrio</translation>
        </message>
        <message>
            <source>km/km²</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>km/km²</translation>
        </message>
        <message>
            <source>lines with a flag field: length of lines with value 1</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>líneas con un campo indicador: longitud de las líneas con valor 1</translation>
        </message>
        <message>
            <source>lines with a flag field: that length as a share of the length whose flag is known</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>líneas con un campo indicador: esa longitud como proporción de la longitud cuyo indicador se conoce</translation>
        </message>
        <message>
            <source>polygons: area of the (dissolved) polygons inside the neighbourhood</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>polígonos: área de los polígonos (disueltos) dentro del barrio</translation>
        </message>
        <message>
            <source>polygons: that area as a share of the neighbourhood area</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>polígonos: esa área como proporción del área del barrio</translation>
        </message>
        <message>
            <source>polygons: area per resident</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>polígonos: área por residente</translation>
        </message>
        <message>
            <source>m²/resident</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>m²/residente</translation>
        </message>
        <message>
            <source>infrastructure</source>
            <extracomment>usm:infrastructureindicators tags</extracomment>
            <translation>infraestructura</translation>
        </message>
        <message>
            <source>facilities</source>
            <extracomment>usm:infrastructureindicators tags; usm:populationcoverage tags</extracomment>
            <translation>equipamientos</translation>
        </message>
        <message>
            <source>police</source>
            <extracomment>usm:infrastructureindicators tags</extracomment>
            <translation>policía</translation>
        </message>
        <message>
            <source>schools</source>
            <extracomment>usm:infrastructureindicators tags</extracomment>
            <translation>escuelas</translation>
        </message>
        <message>
            <source>health</source>
            <extracomment>usm:infrastructureindicators tags</extracomment>
            <translation>salud</translation>
        </message>
        <message>
            <source>street lights</source>
            <extracomment>usm:infrastructureindicators tags; usm:streetsegmentaudit tags</extracomment>
            <translation>luminarias</translation>
        </message>
        <message>
            <source>streets</source>
            <extracomment>usm:infrastructureindicators tags</extracomment>
            <translation>calles</translation>
        </message>
        <message>
            <source>parks</source>
            <extracomment>usm:infrastructureindicators tags; usm:sdgindicators tags</extracomment>
            <translation>parques</translation>
        </message>
        <message>
            <source>public space</source>
            <extracomment>usm:infrastructureindicators tags; usm:sdgindicators tags</extracomment>
            <translation>espacio público</translation>
        </message>
        <message>
            <source>nearest</source>
            <extracomment>usm:infrastructureindicators tags</extracomment>
            <translation>más cercano</translation>
        </message>
        <message>
            <source>Population coverage by facilities</source>
            <extracomment>usm:populationcoverage name</extracomment>
            <translation>Cobertura de la población por equipamientos</translation>
        </message>
        <message>
            <source>Share of each neighbourhood's residents living within a given straight-line or walking distance of a facility (police post, school, health centre, transit stop, park entrance).</source>
            <extracomment>usm:populationcoverage short description; usm:populationcoverage help</extracomment>
            <translation>Proporción de los residentes de cada barrio que vive a menos de una distancia dada, en línea recta o a pie, de un equipamiento (puesto de policía, escuela, centro de salud, parada de transporte, entrada de parque).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>Facilities</source>
            <extracomment>usm:populationcoverage parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Equipamientos</translation>
        </message>
        <message>
            <source>Point layer of facilities. May be in another CRS and may extend beyond the city.</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help</extracomment>
            <translation>Capa de puntos de equipamientos. Puede estar en otro SRC y extenderse más allá de la ciudad.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>Distance (m)</source>
            <extracomment>usm:populationcoverage parameters</extracomment>
            <translation>Distancia (m)</translation>
        </message>
        <message>
            <source>Residents within this many metres of a facility are covered (measured in the neighbourhoods' projected CRS, or the local UTM zone for a geographic CRS).</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help</extracomment>
            <translation>Los residentes a menos de esta cantidad de metros de un equipamiento están cubiertos (medida en el SRC proyectado de los barrios, o en la zona UTM local para un SRC geográfico).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>Distance measured</source>
            <extracomment>usm:populationcoverage parameters</extracomment>
            <translation>Distancia medida</translation>
        </message>
        <message>
            <source>Straight line, or walking distance along the street network (needs the street layer).</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help</extracomment>
            <translation>En línea recta, o distancia a pie por la red de calles (necesita la capa de calles).</translation>
        </message>
        <message>
            <source>Straight line</source>
            <extracomment>usm:populationcoverage parameters</extracomment>
            <translation>Línea recta</translation>
        </message>
        <message>
            <source>Walking distance along the streets</source>
            <extracomment>usm:populationcoverage parameters</extracomment>
            <translation>Distancia a pie por las calles</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/streets.py"></location>
            <source>Street network</source>
            <extracomment>usm:populationcoverage parameters; usm:sdgindicators parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Red de calles</translation>
        </message>
        <message>
            <source>Street centre lines for walking distances. Needed for walking distances.</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help</extracomment>
            <translation>Ejes de calles para las distancias a pie. Necesario para las distancias a pie.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/streets.py"></location>
            <source>Snap tolerance (m)</source>
            <extracomment>usm:populationcoverage parameters; usm:sdgindicators parameters</extracomment>
            <translation>Tolerancia de ajuste (m)</translation>
        </message>
        <message>
            <source>Street vertices closer than this are joined into one node, and a street end this close to another street is connected to it. 0 joins only identical vertices.</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help; usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Los vértices de calles más cercanos que esto se unen en un solo nodo, y un extremo de calle así de cerca de otra calle se conecta a ella. 0 une solo vértices idénticos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/streets.py"></location>
            <source>Split streets at crossings</source>
            <extracomment>usm:populationcoverage parameters; usm:sdgindicators parameters</extracomment>
            <translation>Dividir las calles en los cruces</translation>
        </message>
        <message>
            <source>Connect streets wherever they cross, for layers digitised without a node at each intersection. Wrong for bridges and tunnels.</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help; usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Conecta las calles donde se cruzan, para capas digitalizadas sin un nodo en cada intersección. Incorrecto para puentes y túneles.</translation>
        </message>
        <message>
            <source>Census units with a population field. Each unit is cut by the neighbourhoods and each piece gets the unit's population in proportion to its area, placed at a point inside the piece.  Give this or a population raster (the raster is finer).</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help; usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Unidades censales con un campo de población. Cada unidad se corta con los barrios y cada pieza recibe la población de la unidad en proporción a su área, ubicada en un punto dentro de la pieza. Dé esto o un ráster de población (el ráster es más fino).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>Population coverage</source>
            <extracomment>usm:populationcoverage parameters</extracomment>
            <translation>Cobertura de la población</translation>
        </message>
        <message>
            <source>The neighbourhood layer with all its fields plus cov_pop, cov_covered and cov_share.</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help</extracomment>
            <translation>La capa de barrios con todos sus campos más cov_pop, cov_covered y cov_share.</translation>
        </message>
        <message>
            <source>Residents come from census units (each unit is cut by the neighbourhoods; each piece carries the unit's residents in proportion to its area, at a point inside the piece, so a piece is covered or not as a whole) or from a population raster (each cell's residents at the cell centre; finer). A resident counts for the neighbourhood the point lies in. Facilities outside the city also serve.</source>
            <extracomment>usm:populationcoverage help</extracomment>
            <translation>Los residentes vienen de unidades censales (cada unidad se corta con los barrios; cada pieza lleva los residentes de la unidad en proporción a su área, en un punto dentro de la pieza, de modo que una pieza queda cubierta o no como un todo) o de un ráster de población (los residentes de cada celda en el centro de la celda; más fino). Un residente cuenta para el barrio en que está el punto. Los equipamientos fuera de la ciudad también sirven.</translation>
        </message>
        <message>
            <source>A resident at exactly the distance is covered. Neighbourhoods without residents get a NULL share with a warning; the city-wide share is written to the log. Street network: streets are joined where they share a vertex; vertices closer than the snap tolerance (default 1 m) become one node, and a street end that close to another street is joined to it. Streets that cross without a shared vertex are not joined (they may be bridges or tunnels) unless "split at crossings" is ticked; the log counts them. Multi-part lines are exploded. Disconnected pieces of the network are reported; a resident on a piece without a facility is not covered. Residents and facilities are attached to the nearest point of the nearest street, and the straight-line distance to that point is part of the walking distance.</source>
            <extracomment>usm:populationcoverage help</extracomment>
            <translation>Un residente exactamente a la distancia está cubierto. Los barrios sin residentes reciben una proporción NULL con una advertencia; la proporción de toda la ciudad se escribe en el registro. Red de calles: las calles se unen donde comparten un vértice; los vértices más cercanos que la tolerancia de ajuste (por defecto 1 m) se vuelven un solo nodo, y un extremo de calle así de cerca de otra calle se une a ella. Las calles que se cruzan sin un vértice compartido no se unen (pueden ser puentes o túneles) salvo que se marque "dividir en los cruces"; el registro las cuenta. Las líneas multiparte se separan. Se informan las piezas desconectadas de la red; un residente en una pieza sin equipamiento no está cubierto. Los residentes y los equipamientos se enganchan al punto más cercano de la calle más cercana, y la distancia en línea recta hasta ese punto es parte de la distancia a pie.</translation>
        </message>
        <message>
            <source>residents in the neighbourhood (from the population source)</source>
            <extracomment>usm:populationcoverage help; usm:sdgindicators help</extracomment>
            <translation>residentes en el barrio (de la fuente de población)</translation>
        </message>
        <message>
            <source>persons</source>
            <extracomment>usm:populationcoverage help; usm:sdgindicators help</extracomment>
            <translation>personas</translation>
        </message>
        <message>
            <source>residents within the distance of a facility</source>
            <extracomment>usm:populationcoverage help</extracomment>
            <translation>residentes a menos de la distancia de un equipamiento</translation>
        </message>
        <message>
            <source>cov_covered / cov_pop (NULL when no residents)</source>
            <extracomment>usm:populationcoverage help</extracomment>
            <translation>cov_covered / cov_pop (NULL cuando no hay residentes)</translation>
        </message>
        <message>
            <source>coverage</source>
            <extracomment>usm:populationcoverage tags</extracomment>
            <translation>cobertura</translation>
        </message>
        <message>
            <source>accessibility</source>
            <extracomment>usm:populationcoverage tags; usm:sdgindicators tags</extracomment>
            <translation>accesibilidad</translation>
        </message>
        <message>
            <source>walking distance</source>
            <extracomment>usm:populationcoverage tags; usm:sdgindicators tags</extracomment>
            <translation>distancia a pie</translation>
        </message>
        <message>
            <source>network</source>
            <extracomment>usm:populationcoverage tags</extracomment>
            <translation>red</translation>
        </message>
        <message>
            <source>service area</source>
            <extracomment>usm:populationcoverage tags</extracomment>
            <translation>área de servicio</translation>
        </message>
        <message>
            <source>street network</source>
            <extracomment>usm:populationcoverage tags</extracomment>
            <translation>red de calles</translation>
        </message>
        <message>
            <source>SDG 11.2.1 and 11.7.1 indicators</source>
            <extracomment>usm:sdgindicators name</extracomment>
            <translation>Indicadores ODS 11.2.1 y 11.7.1</translation>
        </message>
        <message>
            <source>Per neighbourhood and for the city: share of residents with convenient access to public transport (SDG 11.2.1), share of area that is open public space and share of residents within 400 m of it (SDG 11.7.1).</source>
            <extracomment>usm:sdgindicators short description; usm:sdgindicators help</extracomment>
            <translation>Por barrio y para la ciudad: proporción de residentes con acceso conveniente al transporte público (ODS 11.2.1), proporción del área que es espacio público abierto y proporción de residentes a menos de 400 m de él (ODS 11.7.1).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Public transport stops</source>
            <extracomment>usm:sdgindicators parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Paradas de transporte público</translation>
        </message>
        <message>
            <source>Point layer of bus, tram, BRT, metro, rail and ferry stops (inside or outside the city).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Capa de puntos de paradas de autobús, tranvía, BRT, metro, tren y transbordador (dentro o fuera de la ciudad).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Capacity field</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Campo de capacidad</translation>
        </message>
        <message>
            <source>Field telling low-capacity stops (bus, tram) from high-capacity ones (BRT, metro, rail, ferry): either a capacity class or the mode itself.</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Campo que distingue las paradas de baja capacidad (autobús, tranvía) de las de alta capacidad (BRT, metro, tren, transbordador): una clase de capacidad o el propio modo.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Low-capacity values</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Valores de baja capacidad</translation>
        </message>
        <message>
            <source>Comma-separated values of the capacity field meaning low capacity (case-insensitive).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Valores del campo de capacidad, separados por comas, que significan baja capacidad (sin distinguir mayúsculas).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>High-capacity values</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Valores de alta capacidad</translation>
        </message>
        <message>
            <source>Comma-separated values of the capacity field meaning high capacity (case-insensitive).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Valores del campo de capacidad, separados por comas, que significan alta capacidad (sin distinguir mayúsculas).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Walking distance to low-capacity stops (m)</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Distancia a pie hasta paradas de baja capacidad (m)</translation>
        </message>
        <message>
            <source>500 m in the SDG 11.2.1 definition.</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>500 m en la definición del ODS 11.2.1.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Walking distance to high-capacity stops (m)</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Distancia a pie hasta paradas de alta capacidad (m)</translation>
        </message>
        <message>
            <source>1,000 m in the SDG 11.2.1 definition.</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>1.000 m en la definición del ODS 11.2.1.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Public space</source>
            <extracomment>usm:sdgindicators parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Espacio público</translation>
        </message>
        <message>
            <source>Polygons of parks, plazas, sports grounds and green areas open to the public. Without it SDG 11.7.1 is not computed (its fields are NULL).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Polígonos de parques, plazas, canchas deportivas y áreas verdes abiertas al público. Sin ellos no se calcula el ODS 11.7.1 (sus campos son NULL).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Open to the public (0/1) field</source>
            <extracomment>usm:sdgindicators parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Campo abierto al público (0/1)</translation>
        </message>
        <message>
            <source>Only public spaces whose value is 1 count; empty values count as not open (reported).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Solo cuentan los espacios públicos cuyo valor es 1; los valores vacíos cuentan como no abiertos (se informa).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Built-up area</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Área construida</translation>
        </message>
        <message>
            <source>Polygons of the built-up area, the denominator of the public space share. Without it the neighbourhood area is used (an approximation, stated in the log).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Polígonos del área construida, el denominador de la proporción de espacio público. Sin ellos se usa el área del barrio (una aproximación, indicada en el registro).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Walking distance to public space (m)</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Distancia a pie hasta el espacio público (m)</translation>
        </message>
        <message>
            <source>400 m in the UN-Habitat public space training module.</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>400 m en el módulo de capacitación sobre espacio público de ONU-Hábitat.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Access point spacing along public space edges (m)</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Separación de los puntos de acceso a lo largo del borde del espacio público (m)</translation>
        </message>
        <message>
            <source>A public space can be entered at its boundary vertices and at points at most this far apart along its edge.</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Se puede entrar a un espacio público por los vértices de su límite y por puntos separados como máximo esta distancia a lo largo de su borde.</translation>
        </message>
        <message>
            <source>Street centre lines for walking distances. Strongly recommended: without it straight-line distances are used, which overstate access (the log warns).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Ejes de calles para las distancias a pie. Muy recomendable: sin ellos se usan distancias en línea recta, que sobrestiman el acceso (el registro lo advierte).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>SDG indicators</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Indicadores ODS</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>City summary</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Resumen de la ciudad</translation>
        </message>
        <message>
            <source>City-wide values of every indicator, with counts of stops and public spaces used.</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Valores de toda la ciudad de cada indicador, con el número de paradas y de espacios públicos usados.</translation>
        </message>
        <message>
            <source>SDG 11.2.1: a resident has convenient access when a low-capacity stop (bus, tram) lies within 500 m or a high-capacity stop (BRT, metro, rail, ferry) within 1,000 m of walking along the street network (UN-Habitat's method). Which stops are low or high capacity is read from a field of the stop layer; stops with other or empty values are left out and counted. Without a street layer the distances are straight lines, which overstate access; the log says so.</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>ODS 11.2.1: un residente tiene acceso conveniente cuando una parada de baja capacidad (autobús, tranvía) está a menos de 500 m o una de alta capacidad (BRT, metro, tren, transbordador) a menos de 1.000 m a pie por la red de calles (el método de ONU-Hábitat). Qué paradas son de baja o alta capacidad se lee de un campo de la capa de paradas; las paradas con otros valores o vacías se dejan fuera y se cuentan. Sin capa de calles las distancias son en línea recta, lo que sobrestima el acceso; el registro lo dice.</translation>
        </message>
        <message>
            <source>SDG 11.7.1: the share of the built-up area that is open public space, where the built-up area comes from an optional built-up layer; without it the share is taken of the whole neighbourhood (city) area, an approximation stated in the log that lowers the share where land is undeveloped. UN-Habitat's full indicator also counts the land allocated to streets; street centre lines carry no width, so it is not included. The access part is the share of residents within 400 m walking of an open public space, entered anywhere along its edge (points every 50 m along each boundary); residents inside a public space have distance 0.</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>ODS 11.7.1: la proporción del área construida que es espacio público abierto, donde el área construida viene de una capa opcional de área construida; sin ella la proporción se toma sobre toda el área del barrio (de la ciudad), una aproximación indicada en el registro que reduce la proporción donde hay suelo sin urbanizar. El indicador completo de ONU-Hábitat también cuenta el suelo destinado a calles; los ejes de calles no tienen ancho, así que no se incluye. La parte de acceso es la proporción de residentes a menos de 400 m a pie de un espacio público abierto, al que se entra por cualquier punto de su borde (puntos cada 50 m a lo largo de cada límite); los residentes dentro de un espacio público tienen distancia 0.</translation>
        </message>
        <message>
            <source>Residents come from census units (area-weighted pieces) or a population raster (cell centres). Neighbourhoods without residents get NULL shares with a warning. City-wide values go to the City summary table. Street network: streets are joined where they share a vertex; vertices closer than the snap tolerance (default 1 m) become one node, and a street end that close to another street is joined to it. Streets that cross without a shared vertex are not joined (they may be bridges or tunnels) unless "split at crossings" is ticked; the log counts them. Multi-part lines are exploded. Disconnected pieces of the network are reported; a resident on a piece without a facility is not covered. Residents and facilities are attached to the nearest point of the nearest street, and the straight-line distance to that point is part of the walking distance.</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>Los residentes vienen de unidades censales (piezas ponderadas por área) o de un ráster de población (centros de celda). Los barrios sin residentes reciben proporciones NULL con una advertencia. Los valores de toda la ciudad van a la tabla Resumen de la ciudad. Red de calles: las calles se unen donde comparten un vértice; los vértices más cercanos que la tolerancia de ajuste (por defecto 1 m) se vuelven un solo nodo, y un extremo de calle así de cerca de otra calle se une a ella. Las calles que se cruzan sin un vértice compartido no se unen (pueden ser puentes o túneles) salvo que se marque "dividir en los cruces"; el registro las cuenta. Las líneas multiparte se separan. Se informan las piezas desconectadas de la red; un residente en una pieza sin equipamiento no está cubierto. Los residentes y los equipamientos se enganchan al punto más cercano de la calle más cercana, y la distancia en línea recta hasta ese punto es parte de la distancia a pie.</translation>
        </message>
        <message>
            <source>residents within 500 m of a low- or 1,000 m of a high-capacity stop</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>residentes a menos de 500 m de una parada de baja capacidad o de 1.000 m de una de alta capacidad</translation>
        </message>
        <message>
            <source>SDG 11.2.1: sdg1121_served / sdg_pop</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>ODS 11.2.1: sdg1121_served / sdg_pop</translation>
        </message>
        <message>
            <source>open public space inside the neighbourhood</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>espacio público abierto dentro del barrio</translation>
        </message>
        <message>
            <source>built-up area (or neighbourhood area without a built-up layer)</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>área construida (o área del barrio sin capa de área construida)</translation>
        </message>
        <message>
            <source>SDG 11.7.1 area part: sdg1171_space_m2 / sdg1171_ref_m2</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>ODS 11.7.1, parte de área: sdg1171_space_m2 / sdg1171_ref_m2</translation>
        </message>
        <message>
            <source>residents within 400 m walking of open public space</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>residentes a menos de 400 m a pie de un espacio público abierto</translation>
        </message>
        <message>
            <source>SDG 11.7.1 access part: sdg1171_near / sdg_pop</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>ODS 11.7.1, parte de acceso: sdg1171_near / sdg_pop</translation>
        </message>
        <message>
            <source>City summary table</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>Tabla de resumen de la ciudad</translation>
        </message>
        <message>
            <source>indicator name</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>nombre del indicador</translation>
        </message>
        <message>
            <source>city-wide value</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>valor de toda la ciudad</translation>
        </message>
        <message>
            <source>as named</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>según el nombre</translation>
        </message>
        <message>
            <source>sdg</source>
            <extracomment>usm:sdgindicators tags; usm:fulldiagnosis tags</extracomment>
            <translation>ods</translation>
        </message>
        <message>
            <source>11.2.1</source>
            <extracomment>usm:sdgindicators tags</extracomment>
            <translation>11.2.1</translation>
        </message>
        <message>
            <source>11.7.1</source>
            <extracomment>usm:sdgindicators tags</extracomment>
            <translation>11.7.1</translation>
        </message>
        <message>
            <source>public transport</source>
            <extracomment>usm:sdgindicators tags</extracomment>
            <translation>transporte público</translation>
        </message>
        <message>
            <source>transit</source>
            <extracomment>usm:sdgindicators tags</extracomment>
            <translation>tránsito</translation>
        </message>
        <message>
            <source>un-habitat</source>
            <extracomment>usm:sdgindicators tags</extracomment>
            <translation>onu-hábitat</translation>
        </message>
        <message>
            <source>Kernel density surface</source>
            <extracomment>usm:kerneldensity name</extracomment>
            <translation>Superficie de densidad kernel</translation>
        </message>
        <message>
            <source>Smooth surface of incident density in incidents per km² (GeoTIFF), with a quartic or Gaussian kernel and an automatic radius when none is given.</source>
            <extracomment>usm:kerneldensity short description; usm:kerneldensity help</extracomment>
            <translation>Superficie suave de densidad de incidentes en incidentes por km² (GeoTIFF), con un núcleo cuártico o gaussiano y un radio automático cuando no se da ninguno.</translation>
        </message>
        <message>
            <source>Point layer of incidents. Null geometries are left out and counted.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>Capa de puntos de incidentes. Las geometrías nulas se dejan fuera y se cuentan.</translation>
        </message>
        <message>
            <source>Optional non-negative weight per incident (e.g. severity or number of victims). Incidents with a NULL weight are left out and counted; negative weights are an error.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>Peso no negativo opcional por incidente (p. ej. gravedad o número de víctimas). Los incidentes con peso NULL se dejan fuera y se cuentan; los pesos negativos son un error.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Cell size</source>
            <extracomment>usm:kerneldensity parameters; usm:optimizedhotspots parameters</extracomment>
            <translation>Tamaño de celda</translation>
        </message>
        <message>
            <source>Side of the output cells in metres (100 m suits a neighbourhood-scale city map). Empty or 0: the shorter side of the incidents' extent divided by 250.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>Lado de las celdas de salida en metros (100 m conviene a un mapa de la ciudad a escala de barrio). Vacío o 0: el lado más corto de la extensión de los incidentes dividido por 250.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Radius (bandwidth)</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Radio (ancho de banda)</translation>
        </message>
        <message>
            <source>Kernel radius in metres: how far each incident's influence reaches (300-800 m is usual for street crime). Empty or 0: automatic, Silverman's rule as in ArcGIS.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>Radio del núcleo en metros: hasta dónde llega la influencia de cada incidente (300-800 m es lo habitual para delitos en la vía pública). Vacío o 0: automático, regla de Silverman como en ArcGIS.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Kernel</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Núcleo</translation>
        </message>
        <message>
            <source>Quartic (biweight, the crime-mapping standard and QGIS Heatmap's default) or Gaussian with sigma = radius / 3, cut at the radius.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>Cuártico (biponderado, el estándar de la cartografía del delito y el predeterminado del Mapa de calor de QGIS) o gaussiano con sigma = radio / 3, truncado en el radio.</translation>
        </message>
        <message>
            <source>Quartic (biweight)</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Cuártico (biponderado)</translation>
        </message>
        <message>
            <source>Gaussian (sigma = radius / 3)</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Gaussiano (sigma = radio / 3)</translation>
        </message>
        <message>
            <source>Memory to aim under, in megabytes. A layer whose whole read would need more (about 230 bytes per incident) is read in chunks, with the same surface, and only the grid and one chunk are kept: the memory is bounded whatever the number of incidents. With a radius given, the chunks are read twice (extent, then binning onto the grid). With an automatic radius they are read once or twice more (the first read also finds the mean centre; then the distances to it are counted in a histogram to find the median distance), giving the same radius as a whole read.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>Memoria que no se debe superar, en megabytes. Una capa cuya lectura completa necesitaría más (unos 230 bytes por incidente) se lee por bloques, con la misma superficie, y solo se conservan la malla y un bloque: la memoria está acotada sea cual sea el número de incidentes. Con un radio dado, los bloques se leen dos veces (extensión y luego agregación en la malla). Con un radio automático se leen una o dos veces más (la primera lectura también halla el centro medio; luego las distancias a él se cuentan en un histograma para hallar la distancia mediana), y el radio es el mismo que con una lectura completa.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Kernel density</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Densidad kernel</translation>
        </message>
        <message>
            <source>GeoTIFF of incidents per km² (float32). The radius, rule, kernel and units are stored as metadata tags.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>GeoTIFF de incidentes por km² (float32). El radio, la regla, el núcleo y las unidades se guardan como etiquetas de metadatos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Radius used (m)</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Radio usado (m)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Radius rule</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Regla del radio</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Incidents in the surface</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Incidentes en la superficie</translation>
        </message>
        <message>
            <source>Each incident spreads one unit (or its weight) over a disc of the given radius with the kernel's shape; the surface is the sum over incidents, expressed per km². The surface times the cell area adds up to the number of incidents (or total weight), so surfaces of different cities, periods and cell sizes are comparable. QGIS's Heatmap writes raw sums of kernel values instead (unit-less): multiply those by 3 / (pi r²) x 10⁶ (r in metres) to compare with this algorithm's quartic surface.</source>
            <extracomment>usm:kerneldensity help</extracomment>
            <translation>Cada incidente reparte una unidad (o su peso) sobre un disco del radio dado con la forma del núcleo; la superficie es la suma sobre los incidentes, expresada por km². La superficie por el área de la celda suma el número de incidentes (o el peso total), de modo que las superficies de distintas ciudades, períodos y tamaños de celda son comparables. El Mapa de calor de QGIS escribe en cambio sumas brutas de valores del núcleo (sin unidad): multiplíquelas por 3 / (pi r²) x 10⁶ (r en metros) para compararlas con la superficie cuártica de este algoritmo.</translation>
        </message>
        <message>
            <source>Quartic kernel: K(d) = 3 / (pi r²) (1 - d²/r²)² within the radius r, 0 beyond (the biweight kernel of crime mapping, CrimeStat, ArcGIS and QGIS). Gaussian kernel: sigma = r / 3, truncated at r and renormalised.</source>
            <extracomment>usm:kerneldensity help</extracomment>
            <translation>Núcleo cuártico: K(d) = 3 / (pi r²) (1 - d²/r²)² dentro del radio r, 0 más allá (el núcleo biponderado de la cartografía del delito, CrimeStat, ArcGIS y QGIS). Núcleo gaussiano: sigma = r / 3, truncado en r y renormalizado.</translation>
        </message>
        <message>
            <source>Automatic radius (when Radius is empty): 0.9 x min(SD, sqrt(1/ln 2) x Dm) x n^-0.2, where SD is the standard distance of the incidents, Dm the median distance to their mean centre and n their number (or the sum of weights): Silverman's rule of thumb as used by ArcGIS Kernel Density. The radius used and the rule are written to the log and returned as outputs.</source>
            <extracomment>usm:kerneldensity help</extracomment>
            <translation>Radio automático (cuando Radio está vacío): 0,9 x min(SD, sqrt(1/ln 2) x Dm) x n^-0.2, donde SD es la distancia estándar de los incidentes, Dm la distancia mediana a su centro medio y n su número (o la suma de los pesos): la regla práctica de Silverman como la usa la Densidad kernel de ArcGIS. El radio usado y la regla se escriben en el registro y se devuelven como salidas.</translation>
        </message>
        <message>
            <source>The incidents are binned onto the grid with bilinear weights and convolved with the kernel by FFT, which takes a fraction of a second for a million incidents. Distances are in metres: incidents in a geographic CRS or Web Mercator are projected to the local UTM zone first and the raster is written in that projection (stated in the log). Incidents with a null geometry are left out and counted; MultiPoints count once per point.</source>
            <extracomment>usm:kerneldensity help</extracomment>
            <translation>Los incidentes se asignan a la grilla con pesos bilineales y se convolucionan con el núcleo mediante FFT, lo que toma una fracción de segundo para un millón de incidentes. Las distancias están en metros: los incidentes en un SRC geográfico o Web Mercator se proyectan primero a la zona UTM local y el ráster se escribe en esa proyección (indicado en el registro). Los incidentes con geometría nula se dejan fuera y se cuentan; los multipuntos cuentan una vez por punto.</translation>
        </message>
        <message>
            <source>kernel density of incidents (or of the weight field)</source>
            <extracomment>usm:kerneldensity help</extracomment>
            <translation>densidad kernel de los incidentes (o del campo de peso)</translation>
        </message>
        <message>
            <source>incidents per km² (weight units per km²)</source>
            <extracomment>usm:kerneldensity help</extracomment>
            <translation>incidentes por km² (unidades de peso por km²)</translation>
        </message>
        <message>
            <source>kernel density</source>
            <extracomment>usm:kerneldensity tags</extracomment>
            <translation>densidad kernel</translation>
        </message>
        <message>
            <source>kde</source>
            <extracomment>usm:kerneldensity tags</extracomment>
            <translation>kde</translation>
        </message>
        <message>
            <source>heatmap</source>
            <extracomment>usm:kerneldensity tags</extracomment>
            <translation>mapa de calor</translation>
        </message>
        <message>
            <source>raster</source>
            <extracomment>usm:kerneldensity tags; usm:fulldiagnosis help</extracomment>
            <translation>ráster</translation>
        </message>
        <message>
            <source>surface</source>
            <extracomment>usm:kerneldensity tags</extracomment>
            <translation>superficie</translation>
        </message>
        <message>
            <source>bandwidth</source>
            <extracomment>usm:kerneldensity tags</extracomment>
            <translation>ancho de banda</translation>
        </message>
        <message>
            <source>Optimized hot spot analysis</source>
            <extracomment>usm:optimizedhotspots name</extracomment>
            <translation>Análisis optimizado de puntos calientes</translation>
        </message>
        <message>
            <source>Counts incidents on a hexagon or square grid over the study area and maps statistically significant hot and cold spots (Getis-Ord Gi*), choosing the cell size and the scale of analysis from the data and reporting every choice.</source>
            <extracomment>usm:optimizedhotspots short description; usm:optimizedhotspots help</extracomment>
            <translation>Cuenta los incidentes en una grilla de hexágonos o cuadrados sobre el área de estudio y mapea los puntos calientes y fríos estadísticamente significativos (Getis-Ord Gi*), eligiendo a partir de los datos el tamaño de celda y la escala de análisis e informando cada elección.</translation>
        </message>
        <message>
            <source>Point layer of incidents. Null geometries are left out and counted; MultiPoints count once per point.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Capa de puntos de incidentes. Las geometrías nulas se dejan fuera y se cuentan; los multipuntos cuentan una vez por punto.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Study area</source>
            <extracomment>usm:optimizedhotspots parameters; usm:riskterrain parameters</extracomment>
            <translation>Área de estudio</translation>
        </message>
        <message>
            <source>Polygons where incidents are possible: the city boundary or the neighbourhoods (dissolved). Incidents outside are left out and counted. Empty: the convex hull of the incidents without locational outliers.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Polígonos donde los incidentes son posibles: el límite de la ciudad o los barrios (disueltos). Los incidentes fuera se dejan fuera y se cuentan. Vacío: la envolvente convexa de los incidentes sin valores atípicos de ubicación.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Cell shape</source>
            <extracomment>usm:optimizedhotspots parameters</extracomment>
            <translation>Forma de la celda</translation>
        </message>
        <message>
            <source>Hexagons (every neighbour at the same distance; preferred for hot spots) or squares.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Hexágonos (todos los vecinos a la misma distancia; preferidos para puntos calientes) o cuadrados.</translation>
        </message>
        <message>
            <source>Hexagons</source>
            <extracomment>usm:optimizedhotspots parameters; usm:emerginghotspots parameters</extracomment>
            <translation>Hexágonos</translation>
        </message>
        <message>
            <source>Squares (fishnet)</source>
            <extracomment>usm:optimizedhotspots parameters; usm:emerginghotspots parameters</extracomment>
            <translation>Cuadrados (red de pesca)</translation>
        </message>
        <message>
            <source>Side of the square of the same area as a cell, in metres. Empty or 0: automatic (twice the mean distance between neighbouring incidents, 30 to 5,000 cells).</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Lado del cuadrado de igual área que una celda, en metros. Vacío o 0: automático (el doble de la distancia media entre incidentes vecinos, de 30 a 5.000 celdas).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Distance band</source>
            <extracomment>usm:optimizedhotspots parameters</extracomment>
            <translation>Banda de distancia</translation>
        </message>
        <message>
            <source>Neighbourhood radius of Gi* in metres. Empty or 0: automatic, from the first peak of incremental spatial autocorrelation (or the K-nearest-cells fallback).</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Radio de vecindad de Gi* en metros. Vacío o 0: automático, a partir del primer pico de la autocorrelación espacial incremental (o la alternativa de las K celdas más cercanas).</translation>
        </message>
        <message>
            <source>0: analytical p-values (as ArcGIS). 999: conditional permutation pseudo p-values, slower but free of the normality assumption.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>0: valores p analíticos (como ArcGIS). 999: pseudovalores p por permutaciones condicionales, más lento pero libre del supuesto de normalidad.</translation>
        </message>
        <message>
            <source>Seed of the permutations: the same seed gives the same result.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Semilla de las permutaciones: la misma semilla da el mismo resultado.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>False discovery rate correction</source>
            <extracomment>usm:optimizedhotspots parameters; usm:emerginghotspots parameters; usm:compareperiods parameters</extracomment>
            <translation>Corrección por tasa de falsos descubrimientos</translation>
        </message>
        <message>
            <source>Correct the confidence bins for testing every cell at once (Benjamini-Hochberg), as ArcGIS's Optimized Hot Spot Analysis does.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Corrige las clases de confianza por probar todas las celdas a la vez (Benjamini-Hochberg), como lo hace el Análisis optimizado de puntos calientes de ArcGIS.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Optimized hot spots</source>
            <extracomment>usm:optimizedhotspots parameters</extracomment>
            <translation>Puntos calientes optimizados</translation>
        </message>
        <message>
            <source>The grid cells with their incident counts, Gi* z-scores, p-values and confidence bins (fields below), styled by bin.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Las celdas de la grilla con su número de incidentes, puntuaciones z de Gi*, valores p y clases de confianza (campos abajo), simbolizadas por clase.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Choices</source>
            <extracomment>usm:optimizedhotspots parameters</extracomment>
            <translation>Elecciones</translation>
        </message>
        <message>
            <source>Every choice the analysis made, its value and the rule behind it.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Cada elección que hizo el análisis, su valor y la regla detrás de ella.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Cell size used (m)</source>
            <extracomment>usm:optimizedhotspots parameters</extracomment>
            <translation>Tamaño de celda usado (m)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Distance band used (m)</source>
            <extracomment>usm:optimizedhotspots parameters</extracomment>
            <translation>Banda de distancia usada (m)</translation>
        </message>
        <message>
            <source>The steps follow ESRI's Optimized Hot Spot Analysis for incident points. (1) Incidents outside the study area are left out and counted. (2) Locational outliers (distinct locations whose nearest-neighbour distance exceeds the mean by more than three standard deviations) are reported and do not influence the cell size. (3) Cell size, when not given: twice the mean nearest-neighbour distance between incident locations, bounded so that the study area holds between 30 and 5,000 cells; the cell size is the side of the square of the same area, so hexagons and squares of one size have equal areas. (4) Scale, when no distance band is given: incremental spatial autocorrelation — Global Moran's I of the counts over ten distance bands starting where every cell has a neighbour, in steps of one cell spacing; the first peak of its z-score (above 1.96) is used; without a peak (a z-score still rising at the last band, as the city-wide density gradient usually makes it), ESRI's fallback: the mean distance at which a cell has K neighbours, K = 5% of the cells between 3 and 30. (5) Getis-Ord Gi* of the counts with binary distance-band weights, the cell included in its own neighbourhood, with the Benjamini-Hochberg false discovery rate correction of the confidence bins.</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>Los pasos siguen el Análisis optimizado de puntos calientes de ESRI para puntos de incidentes. (1) Los incidentes fuera del área de estudio se dejan fuera y se cuentan. (2) Los valores atípicos de ubicación (ubicaciones distintas cuya distancia al vecino más cercano supera la media en más de tres desviaciones estándar) se informan y no influyen en el tamaño de celda. (3) Tamaño de celda, si no se da: el doble de la distancia media al vecino más cercano entre las ubicaciones de los incidentes, acotado para que el área de estudio tenga entre 30 y 5.000 celdas; el tamaño de celda es el lado del cuadrado de igual área, así que hexágonos y cuadrados de un mismo tamaño tienen áreas iguales. (4) Escala, si no se da banda de distancia: autocorrelación espacial incremental — I de Moran global de los conteos sobre diez bandas de distancia a partir de donde cada celda tiene un vecino, en pasos de una separación de celda; se usa el primer pico de su puntuación z (por encima de 1,96); sin pico (una puntuación z que aún sube en la última banda, como suele ocurrir por el gradiente de densidad de la ciudad), la alternativa de ESRI: la distancia media a la que una celda tiene K vecinos, K = 5 % de las celdas entre 3 y 30. (5) Gi* de Getis-Ord de los conteos con pesos binarios de banda de distancia, con la celda incluida en su propio vecindario, con la corrección por tasa de falsos descubrimientos de Benjamini-Hochberg de las clases de confianza.</translation>
        </message>
        <message>
            <source>Every choice is written to the log and to the Choices table. Hexagons are pointy-topped; cells that cover part of the study area are kept. A point on a shared cell edge belongs to exactly one cell (squares: half-open cells; hexagons: the nearest centre). Distances are measured in metres: layers in a geographic CRS or Web Mercator are projected to the local UTM zone (stated in the log), which is also the CRS of the output grid.</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>Cada elección se escribe en el registro y en la tabla de Elecciones. Los hexágonos tienen el vértice hacia arriba; se conservan las celdas que cubren parte del área de estudio. Un punto sobre un borde compartido de celdas pertenece exactamente a una celda (cuadrados: celdas semiabiertas; hexágonos: el centro más cercano). Las distancias se miden en metros: las capas en un SRC geográfico o Web Mercator se proyectan a la zona UTM local (indicada en el registro), que también es el SRC de la grilla de salida.</translation>
        </message>
        <message>
            <source>grid cell number (1..n, south to north, west to east)</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>número de celda de la grilla (1..n, de sur a norte, de oeste a este)</translation>
        </message>
        <message>
            <source>id</source>
            <extracomment>usm:optimizedhotspots help; usm:emerginghotspots help; usm:riskresilience help; usm:streetsegmentaudit help (+1 more)</extracomment>
            <translation>id</translation>
        </message>
        <message>
            <source>cell row (0 = southernmost) and column in the grid</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>fila (0 = la más al sur) y columna de la celda en la grilla</translation>
        </message>
        <message>
            <source>incidents in the cell</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>incidentes en la celda</translation>
        </message>
        <message>
            <source>Gi* z-score; &gt; 0 hot, &lt; 0 cold</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>puntuación z de Gi*; &gt; 0 caliente, &lt; 0 frío</translation>
        </message>
        <message>
            <source>p-value used for the bins (analytical, or pseudo p-value with permutations)</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>valor p usado para las clases (analítico, o pseudovalor p con permutaciones)</translation>
        </message>
        <message>
            <source>confidence bin: 3/2/1 hot spot 99/95/90%, -3/-2/-1 cold spot, 0 not significant (FDR-corrected when chosen)</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>clase de confianza: 3/2/1 punto caliente 99/95/90 %, -3/-2/-1 punto frío, 0 no significativo (corregido por FDR si se eligió)</translation>
        </message>
        <message>
            <source>the bin in words (Hot spot 95%, Not significant, ...)</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>la clase en palabras (Hot spot 95%, Not significant, ...)</translation>
        </message>
        <message>
            <source>cells within the distance band (the cell itself excluded)</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>celdas dentro de la banda de distancia (excluida la propia celda)</translation>
        </message>
        <message>
            <source>Choices table</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>Tabla de elecciones</translation>
        </message>
        <message>
            <source>what was decided (cell size, distance band, outliers, ...)</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>qué se decidió (tamaño de celda, banda de distancia, valores atípicos, ...)</translation>
        </message>
        <message>
            <source>the value used</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>el valor usado</translation>
        </message>
        <message>
            <source>the rule that produced it</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>la regla que lo produjo</translation>
        </message>
        <message>
            <source>optimized hot spot</source>
            <extracomment>usm:optimizedhotspots tags</extracomment>
            <translation>punto caliente optimizado</translation>
        </message>
        <message>
            <source>hexagon</source>
            <extracomment>usm:optimizedhotspots tags</extracomment>
            <translation>hexágono</translation>
        </message>
        <message>
            <source>fishnet</source>
            <extracomment>usm:optimizedhotspots tags</extracomment>
            <translation>red de pesca</translation>
        </message>
        <message>
            <source>grid</source>
            <extracomment>usm:optimizedhotspots tags</extracomment>
            <translation>grilla</translation>
        </message>
        <message>
            <source>incremental spatial autocorrelation</source>
            <extracomment>usm:optimizedhotspots tags</extracomment>
            <translation>autocorrelación espacial incremental</translation>
        </message>
        <message>
            <source>Emerging hot spot analysis</source>
            <extracomment>usm:emerginghotspots name</extracomment>
            <translation>Análisis de puntos calientes emergentes</translation>
        </message>
        <message>
            <source>Finds new, consecutive, intensifying, persistent, diminishing, sporadic, oscillating and historical hot and cold spots from incident counts per neighbourhood (or grid cell) and time step.</source>
            <extracomment>usm:emerginghotspots short description; usm:emerginghotspots help</extracomment>
            <translation>Encuentra puntos calientes y fríos nuevos, consecutivos, en intensificación, persistentes, en disminución, esporádicos, oscilantes e históricos a partir de conteos de incidentes por barrio (o celda de grilla) y paso de tiempo.</translation>
        </message>
        <message>
            <source>Point layer of incidents with a date. Null geometries are left out and counted.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Capa de puntos de incidentes con fecha. Las geometrías nulas se dejan fuera y se cuentan.</translation>
        </message>
        <message>
            <source>Date or date-time of each incident (a date field or text in ISO or common formats). Missing and unreadable dates are left out and counted.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Fecha o fecha y hora de cada incidente (un campo de fecha o texto en formato ISO o formatos comunes). Las fechas faltantes e ilegibles se dejan fuera y se cuentan.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Locations (neighbourhoods)</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Ubicaciones (barrios)</translation>
        </message>
        <message>
            <source>Polygons to count incidents in, usually the neighbourhoods; neighbours are polygons sharing a boundary or corner. Empty: a grid generated over the incidents.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Polígonos en los que contar incidentes, normalmente los barrios; los vecinos son los polígonos que comparten un límite o una esquina. Vacío: una grilla generada sobre los incidentes.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Location id field</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Campo de identificador de la ubicación</translation>
        </message>
        <message>
            <source>Unique id of each location, copied to the output; it also decides ties: a point on a shared boundary goes to the location whose id sorts first.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Identificador único de cada ubicación, copiado a la salida; también resuelve empates: un punto sobre un límite compartido va a la ubicación cuyo identificador queda primero en orden.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Grid cell shape (without locations)</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Forma de la celda de la grilla (sin ubicaciones)</translation>
        </message>
        <message>
            <source>Shape of the generated grid cells when no locations are given; neighbours are the six adjacent hexagons or the eight surrounding squares.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Forma de las celdas de la grilla generada cuando no se dan ubicaciones; los vecinos son los seis hexágonos adyacentes o los ocho cuadrados circundantes.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Grid cell size (without locations)</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Tamaño de celda de la grilla (sin ubicaciones)</translation>
        </message>
        <message>
            <source>Side of the square of the same area as a cell, in metres, for the generated grid.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Lado del cuadrado de igual área que una celda, en metros, para la grilla generada.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Time step</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Paso de tiempo</translation>
        </message>
        <message>
            <source>Length of one time step. Aim for at least ten steps over the data (the trend test has little power with fewer); steps with very few incidents give noisy z-scores.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Duración de un paso de tiempo. Procure al menos diez pasos en los datos (la prueba de tendencia tiene poca potencia con menos); los pasos con muy pocos incidentes dan puntuaciones z ruidosas.</translation>
        </message>
        <message>
            <source>Month</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Quarter</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Trimestre</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Neighbourhood time steps</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Pasos de tiempo de vecindad</translation>
        </message>
        <message>
            <source>How many previous time steps count as neighbours of a bin (ArcGIS's Neighborhood Time Step; 1 smooths each step with the one before).</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Cuántos pasos de tiempo anteriores cuentan como vecinos de un intervalo (el Neighborhood Time Step de ArcGIS; 1 suaviza cada paso con el anterior).</translation>
        </message>
        <message>
            <source>Level at which a bin is a hot or cold spot and the trend is significant.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Nivel al que un intervalo es punto caliente o frío y la tendencia es significativa.</translation>
        </message>
        <message>
            <source>Correct the bin significance for testing every location and step at once (Benjamini-Hochberg).</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Corrige la significancia de los intervalos por probar todas las ubicaciones y pasos a la vez (Benjamini-Hochberg).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Emerging hot spots</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Puntos calientes emergentes</translation>
        </message>
        <message>
            <source>One feature per location with its pattern category and trend (fields below), styled by category.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Una entidad por ubicación con su categoría de patrón y su tendencia (campos abajo), simbolizada por categoría.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Space-time bins</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Intervalos espacio-temporales</translation>
        </message>
        <message>
            <source>One row per location and time step: count, Gi* z-score, p-value and bin.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Una fila por ubicación y paso de tiempo: conteo, puntuación z de Gi*, valor p y clase.</translation>
        </message>
        <message>
            <source>Incidents are counted per location (the given polygons, or a generated hexagon or square grid over the incidents) and per month, quarter or year. Each location-step bin gets a Getis-Ord Gi* z-score whose neighbourhood is the bins of the location and its neighbours (shared boundary or corner for polygons; adjacent cells for a grid) in the same step and in the previous steps of the time window; a bin is a hot (cold) spot when significant with z &gt; 0 (&lt; 0), after a false discovery rate correction over all bins. The Mann-Kendall test on each location's series of z-scores gives the trend (ESRI, How Emerging Hot Spot Analysis works).</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>Los incidentes se cuentan por ubicación (los polígonos dados, o una grilla de hexágonos o cuadrados generada sobre los incidentes) y por mes, trimestre o año. Cada intervalo ubicación-paso recibe una puntuación z de Gi* de Getis-Ord cuyo vecindario son los intervalos de la ubicación y sus vecinas (límite o esquina compartidos para polígonos; celdas adyacentes para una grilla) en el mismo paso y en los pasos anteriores de la ventana de tiempo; un intervalo es punto caliente (frío) cuando es significativo con z &gt; 0 (&lt; 0), tras una corrección por tasa de falsos descubrimientos sobre todos los intervalos. La prueba de Mann-Kendall sobre la serie de puntuaciones z de cada ubicación da la tendencia (ESRI, How Emerging Hot Spot Analysis works).</translation>
        </message>
        <message>
            <source>Categories (first matching rule wins; cold spots mirror hot spots). New: hot in the final step and never significant before. Consecutive: a single uninterrupted run of at least two hot steps at the end, never hot before it, fewer than 90% of steps hot. Intensifying: hot in at least 90% of steps including the final one, significant upward trend. Persistent: as intensifying but no significant trend. Diminishing: as intensifying but significant downward trend. Sporadic: hot in the final step, earlier hot steps separated by non-hot ones, fewer than 90% hot, never cold. Oscillating: hot in the final step and cold in an earlier one, fewer than 90% hot. Historical: not hot in the final step but hot in at least 90% of steps. No Pattern Detected: none of these. Categories decided by a significant final step come before the historical ones.</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>Categorías (gana la primera regla que se cumple; los puntos fríos reflejan a los calientes). Nuevo: caliente en el último paso y nunca significativo antes. Consecutivo: una sola racha ininterrumpida de al menos dos pasos calientes al final, nunca caliente antes, menos del 90 % de los pasos calientes. En intensificación: caliente en al menos el 90 % de los pasos, incluido el último, con tendencia significativa al alza. Persistente: como en intensificación pero sin tendencia significativa. En disminución: como en intensificación pero con tendencia significativa a la baja. Esporádico: caliente en el último paso, con pasos calientes anteriores separados por otros no calientes, menos del 90 % calientes, nunca frío. Oscilante: caliente en el último paso y frío en uno anterior, menos del 90 % calientes. Histórico: no caliente en el último paso pero caliente en al menos el 90 % de los pasos. Sin patrón detectado: ninguno de estos. Las categorías decididas por un último paso significativo van antes que las históricas.</translation>
        </message>
        <message>
            <source>Every incident is accounted for in the log: counted, without a date, with an unreadable date, outside every location, null geometry. A partly covered first or last period is reported because its low count reads as a trend. The Mann-Kendall test needs about ten time steps to detect a trend (months or quarters for a few years of data).</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>Cada incidente se contabiliza en el registro: contado, sin fecha, con fecha ilegible, fuera de toda ubicación, geometría nula. Se informa un primer o último período cubierto parcialmente porque su conteo bajo se lee como tendencia. La prueba de Mann-Kendall necesita unos diez pasos de tiempo para detectar una tendencia (meses o trimestres para unos pocos años de datos).</translation>
        </message>
        <message>
            <source>the location's id field, or cell_id for a generated grid</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>el campo de identificador de la ubicación, o cell_id para una grilla generada</translation>
        </message>
        <message>
            <source>emerging hot spot category (New Hot Spot ... No Pattern Detected)</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>categoría de punto caliente emergente (New Hot Spot ... No Pattern Detected)</translation>
        </message>
        <message>
            <source>incidents in the location over all steps</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>incidentes en la ubicación en todos los pasos</translation>
        </message>
        <message>
            <source>Mann-Kendall z of the location's Gi* z-scores over time</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>z de Mann-Kendall de las puntuaciones z de Gi* de la ubicación a lo largo del tiempo</translation>
        </message>
        <message>
            <source>two-sided p-value of trend_z</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>valor p bilateral de trend_z</translation>
        </message>
        <message>
            <source>Mann-Kendall z of the location's counts over time</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>z de Mann-Kendall de los conteos de la ubicación a lo largo del tiempo</translation>
        </message>
        <message>
            <source>two-sided p-value of count_trend_z</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>valor p bilateral de count_trend_z</translation>
        </message>
        <message>
            <source>time steps in which the location is a significant hot spot</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>pasos de tiempo en los que la ubicación es un punto caliente significativo</translation>
        </message>
        <message>
            <source>time steps in which the location is a significant cold spot</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>pasos de tiempo en los que la ubicación es un punto frío significativo</translation>
        </message>
        <message>
            <source>Gi* z-score in the final time step</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>puntuación z de Gi* en el último paso de tiempo</translation>
        </message>
        <message>
            <source>confidence bin in the final step (3/2/1 hot 99/95/90%, negative cold)</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>clase de confianza en el último paso (3/2/1 caliente 99/95/90 %, negativa frío)</translation>
        </message>
        <message>
            <source>Bins table (optional)</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>Tabla de intervalos (opcional)</translation>
        </message>
        <message>
            <source>location id</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>identificador de la ubicación</translation>
        </message>
        <message>
            <source>time step label (2023-01, 2023Q1, 2023)</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>etiqueta del paso de tiempo (2023-01, 2023Q1, 2023)</translation>
        </message>
        <message>
            <source>incidents in the location and step</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>incidentes en la ubicación y el paso</translation>
        </message>
        <message>
            <source>space-time Gi* z-score</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>puntuación z de Gi* espacio-temporal</translation>
        </message>
        <message>
            <source>two-sided p-value (normal approximation)</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>valor p bilateral (aproximación normal)</translation>
        </message>
        <message>
            <source>confidence bin, FDR-corrected when chosen; NULL without neighbours</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>clase de confianza, corregida por FDR si se eligió; NULL sin vecinos</translation>
        </message>
        <message>
            <source>emerging hot spot</source>
            <extracomment>usm:emerginghotspots tags</extracomment>
            <translation>punto caliente emergente</translation>
        </message>
        <message>
            <source>space-time</source>
            <extracomment>usm:emerginghotspots tags; usm:nearrepeat tags</extracomment>
            <translation>espacio-tiempo</translation>
        </message>
        <message>
            <source>trend</source>
            <extracomment>usm:emerginghotspots tags; usm:compareperiods tags</extracomment>
            <translation>tendencia</translation>
        </message>
        <message>
            <source>mann-kendall</source>
            <extracomment>usm:emerginghotspots tags</extracomment>
            <translation>mann-kendall</translation>
        </message>
        <message>
            <source>time series</source>
            <extracomment>usm:emerginghotspots tags</extracomment>
            <translation>serie temporal</translation>
        </message>
        <message>
            <source>new</source>
            <extracomment>usm:emerginghotspots tags</extracomment>
            <translation>nuevo</translation>
        </message>
        <message>
            <source>intensifying</source>
            <extracomment>usm:emerginghotspots tags</extracomment>
            <translation>en intensificación</translation>
        </message>
        <message>
            <source>persistent</source>
            <extracomment>usm:emerginghotspots tags</extracomment>
            <translation>persistente</translation>
        </message>
        <message>
            <source>Neighbourhood typologies</source>
            <extracomment>usm:typologies name</extracomment>
            <translation>Tipologías de barrios</translation>
        </message>
        <message>
            <source>Groups neighbourhoods into types (upper/middle class, normal, vulnerable, high complexity, historic centre...) from their indicators, chooses the number of types, names them by transparent rules and picks representative neighbourhoods for the deep-dive audit.</source>
            <extracomment>usm:typologies short description; usm:typologies help</extracomment>
            <translation>Agrupa los barrios en tipos (clase media/alta, normal, vulnerable, alta complejidad, centro histórico...) a partir de sus indicadores, elige el número de tipos, los nombra con reglas transparentes y escoge barrios representativos para la auditoría en profundidad.</translation>
        </message>
        <message>
            <source>Neighbourhood polygons with the indicator fields (e.g. the output of Interpolate census data and Aggregate incidents).</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Polígonos de barrios con los campos de indicadores (p. ej. la salida de Interpolar datos censales y de Agregar incidentes).</translation>
        </message>
        <message>
            <source>Unique neighbourhood code (duplicates are refused).</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Código único del barrio (los duplicados se rechazan).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Indicator fields</source>
            <extracomment>usm:typologies parameters; usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Campos de indicadores</translation>
        </message>
        <message>
            <source>Indicators that define the types, e.g. income_mean, unemployment_rate, youth_share, informal_share, eb_rate_total. Use rates and shares, not raw counts.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Indicadores que definen los tipos, p. ej. income_mean, unemployment_rate, youth_share, informal_share, eb_rate_total. Use tasas y proporciones, no conteos brutos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Indicator weights</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Pesos de los indicadores</translation>
        </message>
        <message>
            <source>Optional comma-separated weight per indicator, in the order of the indicator fields (e.g. 1,1,2,1,1); empty = all 1. A weight multiplies the standardised indicator.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Peso opcional por indicador, separados por comas, en el orden de los campos de indicadores (p. ej. 1,1,2,1,1); vacío = todos 1. Un peso multiplica el indicador estandarizado.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Method</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Método</translation>
        </message>
        <message>
            <source>k-means is fast and the usual choice; Ward builds a hierarchy; the Gaussian mixture allows types of different shapes; k-medoids makes a real neighbourhood the centre of each type. The last two make contiguous types (regions).</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>k-medias es rápido y la opción habitual; Ward construye una jerarquía; la mezcla gaussiana admite tipos de formas distintas; k-medoides hace de un barrio real el centro de cada tipo. Los dos últimos producen tipos contiguos (regiones).</translation>
        </message>
        <message>
            <source>k-means</source>
            <extracomment>usm:typologies parameters; usm:typologies tags</extracomment>
            <translation>k-medias</translation>
        </message>
        <message>
            <source>Ward (hierarchical)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Ward (jerárquico)</translation>
        </message>
        <message>
            <source>Gaussian mixture</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Mezcla gaussiana</translation>
        </message>
        <message>
            <source>k-medoids</source>
            <extracomment>usm:typologies parameters; usm:typologies tags</extracomment>
            <translation>k-medoides</translation>
        </message>
        <message>
            <source>Ward with contiguity (contiguous types)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Ward con contigüidad (tipos contiguos)</translation>
        </message>
        <message>
            <source>SKATER regions (contiguous, minimum size or population)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Regiones SKATER (contiguas, tamaño o población mínimos)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Number of types (0 = choose)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Número de tipos (0 = elegir)</translation>
        </message>
        <message>
            <source>0 chooses k among 2..K_max by the three criteria (see the description). A given k needs at least 2 x k neighbourhoods.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>0 elige k entre 2..K_max con los tres criterios (ver la descripción). Un k dado necesita al menos 2 x k barrios.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Largest number of types tried</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Mayor número de tipos probado</translation>
        </message>
        <message>
            <source>Upper end of the k range when K = 0.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Extremo superior del rango de k cuando K = 0.</translation>
        </message>
        <message>
            <source>Seed of the random starts and subsamples: same seed, same result.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Semilla de los arranques aleatorios y las submuestras: misma semilla, mismo resultado.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Standardisation</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Estandarización</translation>
        </message>
        <message>
            <source>Puts indicators in comparable units. Robust z resists outliers; rank uses only the order of the values.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Lleva los indicadores a unidades comparables. La z robusta resiste los valores atípicos; el rango usa solo el orden de los valores.</translation>
        </message>
        <message>
            <source>z-score (mean 0, standard deviation 1)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Puntuación z (media 0, desviación estándar 1)</translation>
        </message>
        <message>
            <source>Robust z (median 0, interquartile range 1)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>z robusta (mediana 0, rango intercuartílico 1)</translation>
        </message>
        <message>
            <source>Min-max (0 to 1)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Mín-máx (0 a 1)</translation>
        </message>
        <message>
            <source>Rank (0 to 1)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Rango (0 a 1)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Missing values</source>
            <extracomment>usm:typologies parameters; usm:compositeindex parameters</extracomment>
            <translation>Valores faltantes</translation>
        </message>
        <message>
            <source>How a missing indicator value is filled (counted in the log).</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Cómo se completa un valor faltante de un indicador (contado en el registro).</translation>
        </message>
        <message>
            <source>Median of the observed values</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Mediana de los valores observados</translation>
        </message>
        <message>
            <source>Mean of the observed values</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Media de los valores observados</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Seed neighbourhoods field</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Campo de barrios semilla</translation>
        </message>
        <message>
            <source>Optional field marking exemplar neighbourhoods: 1 (each anchors a type) or a type name (seeds sharing a name anchor one type). Empty, 0 or NULL = not a seed.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Campo opcional que marca barrios ejemplares: 1 (cada uno ancla un tipo) o un nombre de tipo (las semillas que comparten nombre anclan un tipo). Vacío, 0 o NULL = no es semilla.</translation>
        </message>
        <message>
            <source>Residents per neighbourhood: type populations in the profiles, and the minimum population per SKATER region.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Residentes por barrio: poblaciones de los tipos en los perfiles, y población mínima por región SKATER.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Minimum neighbourhoods per region (SKATER)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Mínimo de barrios por región (SKATER)</translation>
        </message>
        <message>
            <source>SKATER only: no region with fewer neighbourhoods.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Solo SKATER: ninguna región con menos barrios.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Minimum residents per region (SKATER)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Mínimo de residentes por región (SKATER)</translation>
        </message>
        <message>
            <source>SKATER only, with a population field: no region with fewer residents (0 = none).</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Solo SKATER, con un campo de población: ninguna región con menos residentes (0 = sin mínimo).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Stability re-runs</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Repeticiones de estabilidad</translation>
        </message>
        <message>
            <source>Subsample re-runs for the stability field (0 = skip; stability is then NULL).</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Repeticiones sobre submuestras para el campo de estabilidad (0 = omitir; la estabilidad es entonces NULL).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Share drawn in each re-run</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Proporción extraída en cada repetición</translation>
        </message>
        <message>
            <source>Share of the neighbourhoods drawn (without replacement) in each stability re-run.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Proporción de los barrios extraída (sin reemplazo) en cada repetición de estabilidad.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Representatives per type</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Representantes por tipo</translation>
        </message>
        <message>
            <source>Neighbourhoods flagged is_representative per type: the medoid or the member nearest the type's centre, then the next nearest.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Barrios marcados is_representative por tipo: el medoide o el miembro más cercano al centro del tipo, luego el siguiente más cercano.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Naming rule file</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Archivo de reglas de nombres</translation>
        </message>
        <message>
            <source>Optional JSON rule file naming the types; empty = the shipped Safer Cities rules (resources/typology_rules.json: copy and edit it).</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Archivo JSON opcional de reglas que nombran los tipos; vacío = las reglas de Ciudades más Seguras incluidas (resources/typology_rules.json: cópielo y edítelo).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Fields used only for naming</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Campos usados solo para nombrar</translation>
        </message>
        <message>
            <source>Optional fields the naming rules may use without clustering on them, e.g. a 0/1 historic-centre flag.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Campos opcionales que las reglas de nombres pueden usar sin agrupar por ellos, p. ej. un indicador 0/1 de centro histórico.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Neighbourhood types</source>
            <extracomment>usm:typologies parameters; usm:projecttargets parameters</extracomment>
            <translation>Tipos de barrios</translation>
        </message>
        <message>
            <source>The neighbourhoods with the fields listed under Output fields, styled by type with representatives outlined.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Los barrios con los campos listados en Campos de salida, simbolizados por tipo con los representantes contorneados.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Number of types table</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Tabla del número de tipos</translation>
        </message>
        <message>
            <source>One row per k evaluated, with the three criteria, their ranks and the choice.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Una fila por cada k evaluado, con los tres criterios, sus rangos y la elección.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Type profiles</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Perfiles de los tipos</translation>
        </message>
        <message>
            <source>One row per type: size, population, contiguous pieces, naming rule and reason, mean, standardised median and R² of each indicator.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Una fila por tipo: tamaño, población, piezas contiguas, regla de nombre y motivo, media, mediana estandarizada y R² de cada indicador.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>HTML summary</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Resumen HTML</translation>
        </message>
        <message>
            <source>Self-contained page (no internet): profile heat table, box plots of the standardised indicators by type, the number-of-types chart and every warning.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Página autónoma (sin internet): tabla de calor de los perfiles, diagramas de caja de los indicadores estandarizados por tipo, el gráfico del número de tipos y todas las advertencias.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Number of types</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Número de tipos</translation>
        </message>
        <message>
            <source>The Safer Cities method does not rank neighbourhoods: it groups them into types, audits a few representative neighbourhoods of each type in depth and projects targets to the other members of the type (see Projected targets by type). This algorithm makes the types.</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>El método de Ciudades más Seguras no ordena los barrios: los agrupa en tipos, audita en profundidad unos pocos barrios representativos de cada tipo y proyecta las metas a los demás miembros del tipo (ver Metas proyectadas por tipo). Este algoritmo hace los tipos.</translation>
        </message>
        <message>
            <source>Indicators are standardised (z-score by default) and multiplied by their weights; a missing value is imputed with the median (or mean) of the indicator and reported, never a neighbourhood dropped. An indicator that is constant or entirely missing is left out with a warning. Methods: k-means (k-means++ starts), Ward, Gaussian mixture, k-medoids (the centre of each type is a real neighbourhood), and two methods that make contiguous types on the queen contiguity of the polygons: Ward with contiguity, and SKATER regions (cuts of the minimum spanning tree) with a minimum number of neighbourhoods or residents per region. A neighbourhood with no contiguous neighbour (an island) is attached to its nearest neighbourhood and listed in the log.</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Los indicadores se estandarizan (puntuación z por defecto) y se multiplican por sus pesos; un valor faltante se imputa con la mediana (o la media) del indicador y se informa, nunca se descarta un barrio. Un indicador constante o totalmente faltante se deja fuera con una advertencia. Métodos: k-medias (arranques k-means++), Ward, mezcla gaussiana, k-medoides (el centro de cada tipo es un barrio real), y dos métodos que producen tipos contiguos según la contigüidad de reina de los polígonos: Ward con contigüidad, y regiones SKATER (cortes del árbol de expansión mínima) con un número mínimo de barrios o de residentes por región. Un barrio sin ningún vecino contiguo (una isla) se une a su barrio más cercano y se lista en el registro.</translation>
        </message>
        <message>
            <source>With K = 0 the number of types is chosen among 2..K_max: for each k the Calinski-Harabasz pseudo-F (higher is better), the mean silhouette (higher is better) and the Davies-Bouldin index (lower is better) are computed, and the k with the best mean rank over the three is kept (ties: higher silhouette, then smaller k). The table of every k is an output and a chart in the HTML summary.</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Con K = 0 el número de tipos se elige entre 2..K_max: para cada k se calculan el pseudo-F de Calinski-Harabasz (mayor es mejor), la silueta media (mayor es mejor) y el índice de Davies-Bouldin (menor es mejor), y se conserva el k con el mejor rango medio en los tres (empates: mayor silueta, luego menor k). La tabla de cada k es una salida y un gráfico en el resumen HTML.</translation>
        </message>
        <message>
            <source>Seeds: a field marking exemplar neighbourhoods, either 0/1 (each seed anchors one type) or with names ("historic centre", "vulnerable"...; seeds with the same name anchor one type). The seeds fix k, start k-means, k-medoids and the mixture from them, and give their names to the types that contain them.</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Semillas: un campo que marca barrios ejemplares, ya sea 0/1 (cada semilla ancla un tipo) o con nombres ("centro histórico", "vulnerable"...; las semillas con el mismo nombre anclan un tipo). Las semillas fijan k, inician a partir de ellas k-medias, k-medoides y la mezcla, y dan sus nombres a los tipos que las contienen.</translation>
        </message>
        <message>
            <source>Stability: the method is re-run on random subsamples (80% of the neighbourhoods by default, 100 re-runs, new random start each time); for each neighbourhood, stability is the mean Jaccard agreement between its co-members in the full solution and in the re-run (1 = always with the same neighbours in type). Low values mark border cases.</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Estabilidad: el método se vuelve a ejecutar sobre submuestras aleatorias (80 % de los barrios por defecto, 100 repeticiones, un arranque aleatorio nuevo cada vez); para cada barrio, la estabilidad es la concordancia de Jaccard media entre sus compañeros de tipo en la solución completa y en la repetición (1 = siempre con los mismos vecinos de tipo). Los valores bajos señalan casos límite.</translation>
        </message>
        <message>
            <source>Names come from a rule file (JSON; the shipped default follows the Safer Cities typology and can be copied and edited): rules on the types' standardised medians such as "high income and low informal housing: upper/middle class"; the profile table says which rule named each type and why. Types no rule fits keep a neutral name.</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Los nombres vienen de un archivo de reglas (JSON; el predeterminado incluido sigue la tipología de Ciudades más Seguras y puede copiarse y editarse): reglas sobre las medianas estandarizadas de los tipos, como "ingreso alto y poca vivienda informal: clase media/alta"; la tabla de perfiles dice qué regla nombró cada tipo y por qué. Los tipos a los que no se ajusta ninguna regla conservan un nombre neutro.</translation>
        </message>
        <message>
            <source>all fields of the input layer (a field with one of the names below is replaced)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>todos los campos de la capa de entrada (se reemplaza un campo con uno de los nombres de abajo)</translation>
        </message>
        <message>
            <source>type number, 1 = the largest type</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>número de tipo, 1 = el tipo más grande</translation>
        </message>
        <message>
            <source>1..k</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>1..k</translation>
        </message>
        <message>
            <source>name given by the rule file or the seeds</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>nombre dado por el archivo de reglas o por las semillas</translation>
        </message>
        <message>
            <source>silhouette width: (b - a) / max(a, b), a = mean distance to the other members of its type, b = to the nearest other type; near 1 well placed, below 0 closer to another type</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>ancho de silueta: (b - a) / max(a, b), a = distancia media a los demás miembros de su tipo, b = al otro tipo más cercano; cerca de 1 bien ubicado, por debajo de 0 más cerca de otro tipo</translation>
        </message>
        <message>
            <source>-1..1</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>-1..1</translation>
        </message>
        <message>
            <source>mean Jaccard agreement of its co-members over the subsample re-runs</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>concordancia de Jaccard media de sus compañeros de tipo en las repeticiones sobre submuestras</translation>
        </message>
        <message>
            <source>distance to the type's centre (its mean; the medoid for k-medoids) in standardised, weighted indicator units</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>distancia al centro del tipo (su media; el medoide para k-medoides) en unidades de indicador estandarizadas y ponderadas</translation>
        </message>
        <message>
            <source>sd units</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>unidades de desviación estándar</translation>
        </message>
        <message>
            <source>1 for the representative neighbourhoods of its type (nearest to the centre)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>1 para los barrios representativos de su tipo (los más cercanos al centro)</translation>
        </message>
        <message>
            <source>1 = the most representative of its type, 2 = the next...; 0 = not one</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>1 = el más representativo de su tipo, 2 = el siguiente...; 0 = no es representativo</translation>
        </message>
        <message>
            <source>rank</source>
            <extracomment>usm:typologies help; usm:compositeindex help</extracomment>
            <translation>rango</translation>
        </message>
        <message>
            <source>Number of types table (K_TABLE)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Tabla del número de tipos (K_TABLE)</translation>
        </message>
        <message>
            <source>number of types evaluated</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>número de tipos evaluado</translation>
        </message>
        <message>
            <source>mean silhouette width</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>ancho de silueta medio</translation>
        </message>
        <message>
            <source>pseudo-F: between / within dispersion</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>pseudo-F: dispersión entre / dentro</translation>
        </message>
        <message>
            <source>mean worst ratio of spreads to centre distance (lower is better)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>media del peor cociente entre dispersiones y distancia entre centros (menor es mejor)</translation>
        </message>
        <message>
            <source>within-type sum of squares</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>suma de cuadrados dentro de los tipos</translation>
        </message>
        <message>
            <source>sd units squared</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>unidades de desviación estándar al cuadrado</translation>
        </message>
        <message>
            <source>rank of k on each criterion</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>rango de k en cada criterio</translation>
        </message>
        <message>
            <source>mean of the three ranks (the choice rule)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>media de los tres rangos (la regla de elección)</translation>
        </message>
        <message>
            <source>neighbourhoods in the smallest type</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>barrios en el tipo más pequeño</translation>
        </message>
        <message>
            <source>1 for the k kept</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>1 para el k conservado</translation>
        </message>
        <message>
            <source>Type profiles table (PROFILES)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Tabla de perfiles de los tipos (PROFILES)</translation>
        </message>
        <message>
            <source>the type</source>
            <extracomment>usm:typologies help; usm:projecttargets help</extracomment>
            <translation>el tipo</translation>
        </message>
        <message>
            <source>the naming rule that fired and the values that made it fire</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>la regla de nombre que se activó y los valores que la activaron</translation>
        </message>
        <message>
            <source>members and residents (with a population field)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>miembros y residentes (con un campo de población)</translation>
        </message>
        <message>
            <source>number of contiguous pieces of the type (1 = one connected area)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>número de piezas contiguas del tipo (1 = un área conexa)</translation>
        </message>
        <message>
            <source>mean of the indicator in the type (observed values)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>media del indicador en el tipo (valores observados)</translation>
        </message>
        <message>
            <source>type median minus the median of all neighbourhoods, in robust standard deviations (IQR / 1.349): a few extreme neighbourhoods do not flatten the other profiles</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>mediana del tipo menos la mediana de todos los barrios, en desviaciones estándar robustas (RIC / 1,349): unos pocos barrios extremos no aplanan los demás perfiles</translation>
        </message>
        <message>
            <source>sd</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>de</translation>
        </message>
        <message>
            <source>share of the indicator's variance between types, 1 - within / total sum of squares (same on every row)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>proporción de la varianza del indicador entre tipos, 1 - suma de cuadrados dentro / total (igual en todas las filas)</translation>
        </message>
        <message>
            <source>typology</source>
            <extracomment>usm:typologies tags; usm:projecttargets tags; usm:targettrajectory tags; usm:fulldiagnosis tags</extracomment>
            <translation>tipología</translation>
        </message>
        <message>
            <source>classification</source>
            <extracomment>usm:typologies tags</extracomment>
            <translation>clasificación</translation>
        </message>
        <message>
            <source>ward</source>
            <extracomment>usm:typologies tags</extracomment>
            <translation>ward</translation>
        </message>
        <message>
            <source>skater</source>
            <extracomment>usm:typologies tags</extracomment>
            <translation>skater</translation>
        </message>
        <message>
            <source>regionalisation</source>
            <extracomment>usm:typologies tags</extracomment>
            <translation>regionalización</translation>
        </message>
        <message>
            <source>gaussian mixture</source>
            <extracomment>usm:typologies tags</extracomment>
            <translation>mezcla gaussiana</translation>
        </message>
        <message>
            <source>silhouette</source>
            <extracomment>usm:typologies tags</extracomment>
            <translation>silueta</translation>
        </message>
        <message>
            <source>safer cities</source>
            <extracomment>usm:typologies tags; usm:projecttargets tags; usm:compositeindex tags; usm:fulldiagnosis tags</extracomment>
            <translation>ciudades más seguras</translation>
        </message>
        <message>
            <source>neighbourhood types</source>
            <extracomment>usm:typologies tags; usm:projecttargets tags</extracomment>
            <translation>tipos de barrios</translation>
        </message>
        <message>
            <source>representative</source>
            <extracomment>usm:typologies tags; usm:projecttargets tags</extracomment>
            <translation>representativo</translation>
        </message>
        <message>
            <source>stability</source>
            <extracomment>usm:typologies tags</extracomment>
            <translation>estabilidad</translation>
        </message>
        <message>
            <source>Projected targets by type</source>
            <extracomment>usm:projecttargets name</extracomment>
            <translation>Metas proyectadas por tipo</translation>
        </message>
        <message>
            <source>Writes a target for every neighbourhood from the targets set for the representative neighbourhoods of its type, or from a city-wide change (e.g. -50% violence by 2030), scaled to each neighbourhood's baseline.</source>
            <extracomment>usm:projecttargets short description; usm:projecttargets help</extracomment>
            <translation>Escribe una meta para cada barrio a partir de las metas fijadas para los barrios representativos de su tipo, o de un cambio para toda la ciudad (p. ej. -50 % de violencia para 2030), escalada a la línea de base de cada barrio.</translation>
        </message>
        <message>
            <source>Neighbourhoods with a type, e.g. the output of Neighbourhood typologies.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>Barrios con un tipo, p. ej. la salida de Tipologías de barrios.</translation>
        </message>
        <message>
            <source>Unique neighbourhood code.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help; usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Código único del barrio.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>Type field</source>
            <extracomment>usm:projecttargets parameters; usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Campo de tipo</translation>
        </message>
        <message>
            <source>The neighbourhood's type (type_id or type_name).</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>El tipo del barrio (type_id o type_name).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>Baseline field</source>
            <extracomment>usm:projecttargets parameters</extracomment>
            <translation>Campo de línea de base</translation>
        </message>
        <message>
            <source>The indicator's current value, e.g. eb_rate_total (incidents per 100,000).</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>El valor actual del indicador, p. ej. eb_rate_total (incidentes por cada 100.000).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>Targets set (field)</source>
            <extracomment>usm:projecttargets parameters</extracomment>
            <translation>Metas fijadas (campo)</translation>
        </message>
        <message>
            <source>Optional targets set for some neighbourhoods (normally the representatives after their audit), empty elsewhere.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>Metas opcionales fijadas para algunos barrios (normalmente los representativos tras su auditoría), vacías en el resto.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>Representative flag field</source>
            <extracomment>usm:projecttargets parameters</extracomment>
            <translation>Campo indicador de representativo</translation>
        </message>
        <message>
            <source>Optional 0/1 field (is_representative): only the representatives' targets set their type's change.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>Campo opcional 0/1 (is_representative): solo las metas de los representativos fijan el cambio de su tipo.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>City-wide change (%)</source>
            <extracomment>usm:projecttargets parameters</extracomment>
            <translation>Cambio para toda la ciudad (%)</translation>
        </message>
        <message>
            <source>Change for types without representative targets, in percent (e.g. -50 for halving violence by 2030). Empty = none: such types get no target.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>Cambio para los tipos sin metas de representativos, en porcentaje (p. ej. -50 para reducir a la mitad la violencia para 2030). Vacío = ninguno: esos tipos no reciben meta.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>Projected targets</source>
            <extracomment>usm:projecttargets parameters</extracomment>
            <translation>Metas proyectadas</translation>
        </message>
        <message>
            <source>The neighbourhoods with baseline, target, change_pct and target_source.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>Los barrios con baseline, target, change_pct y target_source.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>Changes by type</source>
            <extracomment>usm:projecttargets parameters</extracomment>
            <translation>Cambios por tipo</translation>
        </message>
        <message>
            <source>One row per type: the change applied and where it comes from.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>Una fila por tipo: el cambio aplicado y de dónde viene.</translation>
        </message>
        <message>
            <source>The Safer Cities method audits a few representative neighbourhoods of each type in depth, sets targets for them and projects targets to the other neighbourhoods of the same type. For each type, the change agreed for its representatives (the sum of their targets over the sum of their baselines, minus 1) is applied to every member's own baseline: target = baseline x (1 + change). A type whose representatives have no target takes the city-wide change, when one is given. A neighbourhood with its own target keeps it.</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>El método de Ciudades más Seguras audita en profundidad unos pocos barrios representativos de cada tipo, les fija metas y proyecta las metas a los demás barrios del mismo tipo. Para cada tipo, el cambio acordado para sus representativos (la suma de sus metas sobre la suma de sus líneas de base, menos 1) se aplica a la línea de base propia de cada miembro: meta = línea de base x (1 + cambio). Un tipo cuyos representativos no tienen meta toma el cambio para toda la ciudad, si se da. Un barrio con meta propia la conserva.</translation>
        </message>
        <message>
            <source>Run it on the output of Neighbourhood typologies: TYPE_FIELD = type_id (or type_name) and, optionally, REPRESENTATIVE_FIELD = is_representative so that only the representatives' targets set their type's change. A missing baseline gives a missing target (NULL, counted in the log), never 0.</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>Ejecútelo sobre la salida de Tipologías de barrios: TYPE_FIELD = type_id (o type_name) y, opcionalmente, REPRESENTATIVE_FIELD = is_representative para que solo las metas de los representativos fijen el cambio de su tipo. Una línea de base faltante da una meta faltante (NULL, contada en el registro), nunca 0.</translation>
        </message>
        <message>
            <source>the baseline value of the indicator</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>el valor de línea de base del indicador</translation>
        </message>
        <message>
            <source>indicator unit</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>unidad del indicador</translation>
        </message>
        <message>
            <source>projected target: baseline x (1 + the type's change), or the target given for this neighbourhood</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>meta proyectada: línea de base x (1 + el cambio del tipo), o la meta dada para este barrio</translation>
        </message>
        <message>
            <source>target / baseline - 1</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>meta / línea de base - 1</translation>
        </message>
        <message>
            <source>'given', 'representatives of type ...' or 'city-wide change ...'</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>'given', 'representatives of type ...' o 'city-wide change ...'</translation>
        </message>
        <message>
            <source>Changes by type (BY_TYPE)</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>Cambios por tipo (BY_TYPE)</translation>
        </message>
        <message>
            <source>members of the type</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>miembros del tipo</translation>
        </message>
        <message>
            <source>representatives whose targets set the change</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>representativos cuyas metas fijan el cambio</translation>
        </message>
        <message>
            <source>relative change applied to the members</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>cambio relativo aplicado a los miembros</translation>
        </message>
        <message>
            <source>where the change comes from</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>de dónde viene el cambio</translation>
        </message>
        <message>
            <source>targets</source>
            <extracomment>usm:projecttargets tags</extracomment>
            <translation>metas</translation>
        </message>
        <message>
            <source>projection</source>
            <extracomment>usm:projecttargets tags</extracomment>
            <translation>proyección</translation>
        </message>
        <message>
            <source>baseline</source>
            <extracomment>usm:projecttargets tags</extracomment>
            <translation>línea de base</translation>
        </message>
        <message>
            <source>2030</source>
            <extracomment>usm:projecttargets tags; usm:targettrajectory tags</extracomment>
            <translation>2030</translation>
        </message>
        <message>
            <source>monitoring</source>
            <extracomment>usm:projecttargets tags</extracomment>
            <translation>monitoreo</translation>
        </message>
        <message>
            <source>Smooth rates (Empirical Bayes)</source>
            <extracomment>usm:smoothrates name</extracomment>
            <translation>Suavizar tasas (Bayes empírico)</translation>
        </message>
        <message>
            <source>Empirical Bayes smoothed rates from a count field and a population field of the neighbourhoods, global or spatial, so that a small neighbourhood with one incident does not top the map by chance.</source>
            <extracomment>usm:smoothrates short description; usm:smoothrates help</extracomment>
            <translation>Tasas suavizadas por Bayes empírico a partir de un campo de conteo y un campo de población de los barrios, globales o espaciales, para que un barrio pequeño con un solo incidente no encabece el mapa por azar.</translation>
        </message>
        <message>
            <source>Neighbourhood layer with a count field and a population field.</source>
            <extracomment>usm:smoothrates parameters; usm:smoothrates help</extracomment>
            <translation>Capa de barrios con un campo de conteo y un campo de población.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/crime_concentration.py"></location>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>Count field</source>
            <extracomment>usm:smoothrates parameters; usm:crimeconcentration parameters</extracomment>
            <translation>Campo de conteo</translation>
        </message>
        <message>
            <source>Number of incidents (whole numbers).</source>
            <extracomment>usm:smoothrates parameters; usm:smoothrates help</extracomment>
            <translation>Número de incidentes (números enteros).</translation>
        </message>
        <message>
            <source>Residents (population at risk).</source>
            <extracomment>usm:smoothrates parameters; usm:smoothrates help</extracomment>
            <translation>Residentes (población en riesgo).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>Prior</source>
            <extracomment>usm:smoothrates parameters</extracomment>
            <translation>Previa</translation>
        </message>
        <message>
            <source>What the rates are shrunk towards.</source>
            <extracomment>usm:smoothrates parameters; usm:smoothrates help</extracomment>
            <translation>Hacia qué se acercan las tasas.</translation>
        </message>
        <message>
            <source>Global: shrink towards the city-wide rate</source>
            <extracomment>usm:smoothrates parameters</extracomment>
            <translation>Global: acercar a la tasa de toda la ciudad</translation>
        </message>
        <message>
            <source>Spatial: shrink towards the rate of the neighbourhood and its neighbours (queen contiguity)</source>
            <extracomment>usm:smoothrates parameters</extracomment>
            <translation>Espacial: acercar a la tasa del barrio y sus vecinos (contigüidad de reina)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>Rates</source>
            <extracomment>usm:smoothrates parameters; usm:compareperiods parameters</extracomment>
            <translation>Tasas</translation>
        </message>
        <message>
            <source>Unit of the rates.</source>
            <extracomment>usm:smoothrates parameters; usm:smoothrates help</extracomment>
            <translation>Unidad de las tasas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>Smoothed rates</source>
            <extracomment>usm:smoothrates parameters</extracomment>
            <translation>Tasas suavizadas</translation>
        </message>
        <message>
            <source>The neighbourhoods with the fields listed under Output fields.</source>
            <extracomment>usm:smoothrates parameters; usm:smoothrates help; usm:compareperiods parameters; usm:compareperiods help (+2 more)</extracomment>
            <translation>Los barrios con los campos listados en Campos de salida.</translation>
        </message>
        <message>
            <source>The crude rate of a neighbourhood with few residents swings with every single incident. The Empirical Bayes rate shrinks it towards a prior rate, the more so the fewer the residents (Marshall 1991, method of moments, as GeoDa and PySAL): the city-wide rate (global) or the rate of the neighbourhood together with the neighbourhoods it touches (spatial, queen contiguity; a neighbourhood without neighbours keeps its own prior).</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>La tasa bruta de un barrio con pocos residentes oscila con cada incidente. La tasa de Bayes empírico la acerca a una tasa previa, tanto más cuanto menos residentes hay (Marshall 1991, método de momentos, como GeoDa y PySAL): la tasa de toda la ciudad (global) o la tasa del barrio junto con los barrios que toca (espacial, contigüidad de reina; un barrio sin vecinos conserva su propia previa).</translation>
        </message>
        <message>
            <source>Works on counts already aggregated to the neighbourhoods (e.g. counts per category from usm:aggregateincidents, or a table joined with usm:jointable). A population of 0 or NULL gives a NULL rate (reported), a negative one is an error; counts must be whole numbers. When most neighbourhoods have no incident at all, the smoothing is unreliable and the log says so.</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>Trabaja sobre conteos ya agregados por barrio (p. ej. conteos por categoría de usm:aggregateincidents, o una tabla unida con usm:jointable). Una población de 0 o NULL da una tasa NULL (se informa), una negativa es un error; los conteos deben ser números enteros. Cuando la mayoría de los barrios no tiene ningún incidente, el suavizado no es confiable y el registro lo dice.</translation>
        </message>
        <message>
            <source>count / population x the rate unit; NULL for 0 or NULL population</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>conteo / población x la unidad de la tasa; NULL para población 0 o NULL</translation>
        </message>
        <message>
            <source>per 1,000 or 100,000 residents</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>por cada 1.000 o 100.000 residentes</translation>
        </message>
        <message>
            <source>Empirical Bayes smoothed rate</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>tasa suavizada por Bayes empírico</translation>
        </message>
        <message>
            <source>weight of the neighbourhood's own rate (1 = own rate, 0 = prior)</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>peso de la tasa propia del barrio (1 = tasa propia, 0 = previa)</translation>
        </message>
        <message>
            <source>the prior rate it is shrunk towards (city or local)</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>la tasa previa hacia la que se acerca (de la ciudad o local)</translation>
        </message>
        <message>
            <source>smoothing</source>
            <extracomment>usm:smoothrates tags</extracomment>
            <translation>suavizado</translation>
        </message>
        <message>
            <source>small numbers</source>
            <extracomment>usm:smoothrates tags</extracomment>
            <translation>números pequeños</translation>
        </message>
        <message>
            <source>spatial</source>
            <extracomment>usm:smoothrates tags</extracomment>
            <translation>espacial</translation>
        </message>
        <message>
            <source>geoda</source>
            <extracomment>usm:smoothrates tags</extracomment>
            <translation>geoda</translation>
        </message>
        <message>
            <source>counts</source>
            <extracomment>usm:smoothrates tags</extracomment>
            <translation>conteos</translation>
        </message>
        <message>
            <source>monitor</source>
            <extracomment>usm:smoothrates tags; usm:compositeindex tags; usm:compareperiods tags; usm:targettrajectory tags (+2 more)</extracomment>
            <translation>monitoreo</translation>
        </message>
        <message>
            <source>Composite index with uncertainty</source>
            <extracomment>usm:compositeindex name</extracomment>
            <translation>Índice compuesto con incertidumbre</translation>
        </message>
        <message>
            <source>Combines indicators per neighbourhood into scores at every level of the indicator catalogue (facets, dimensions, subdimensions) and an overall index, with a Monte Carlo interval of each score and rank and the choices that move them most.</source>
            <extracomment>usm:compositeindex short description; usm:compositeindex help</extracomment>
            <translation>Combina indicadores por barrio en puntajes en cada nivel del catálogo de indicadores (facetas, dimensiones, subdimensiones) y un índice general, con un intervalo de Monte Carlo de cada puntaje y posición y las elecciones que más los mueven.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Neighbourhoods with indicators</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Barrios con indicadores</translation>
        </message>
        <message>
            <source>Neighbourhood layer holding the indicator fields (e.g. the output of usm:aggregateincidents, usm:interpolatecensus, usm:sdgindicators joined together).</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Capa de barrios con los campos de indicadores (p. ej. las salidas de usm:aggregateincidents, usm:interpolatecensus y usm:sdgindicators unidas).</translation>
        </message>
        <message>
            <source>Unique code per neighbourhood; used to name neighbourhoods in messages.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Código único por barrio; se usa para nombrar los barrios en los mensajes.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Indicator catalogue (JSON)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Catálogo de indicadores (JSON)</translation>
        </message>
        <message>
            <source>A catalogue file; empty = the shipped Urban Safety Monitor catalogue. Copy resources/catalogue/usm_catalogue.json, select indicators and bind them to your fields. Ignored when indicator fields are given below.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Un archivo de catálogo; vacío = el catálogo del Urban Safety Monitor incluido. Copie resources/catalogue/usm_catalogue.json, seleccione indicadores y vincúlelos a sus campos. Se ignora cuando se dan campos de indicadores abajo.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Only these catalogue nodes</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Solo estos nodos del catálogo</translation>
        </message>
        <message>
            <source>Comma-separated ids of facets, dimensions, subdimensions or indicators to use instead of the catalogue's selection, e.g. crime_violence,socioeconomic_risk for a risk index.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Identificadores separados por comas de facetas, dimensiones, subdimensiones o indicadores a usar en lugar de la selección del catálogo, p. ej. crime_violence,socioeconomic_risk para un índice de riesgo.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Or: indicator fields</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>O bien: campos de indicadores</translation>
        </message>
        <message>
            <source>Instead of a catalogue: the indicator fields, combined directly into the index with equal weights. A higher value is taken as more risk unless the field is listed as protective below.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>En lugar de un catálogo: los campos de indicadores, combinados directamente en el índice con pesos iguales. Un valor más alto se toma como más riesgo salvo que el campo figure abajo como protector.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Protective fields (higher = safer)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Campos protectores (más alto = más seguro)</translation>
        </message>
        <message>
            <source>Among the indicator fields, those where a higher value means safer (e.g. lit street share, access to public transport).</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Entre los campos de indicadores, aquellos en que un valor más alto significa más seguro (p. ej. proporción de calles iluminadas, acceso al transporte público).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Leave out selected indicators whose field is missing</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Dejar fuera los indicadores seleccionados cuyo campo falta</translation>
        </message>
        <message>
            <source>Off: a selected indicator bound to a field the layer lacks stops the run. On: it is left out and listed in the log.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Desactivado: un indicador seleccionado vinculado a un campo que la capa no tiene detiene la ejecución. Activado: se deja fuera y se lista en el registro.</translation>
        </message>
        <message>
            <source>Orientation</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Orientación</translation>
        </message>
        <message>
            <source>What a high index means. Use 'more risk' for a risk index to cross with a resilience index.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Qué significa un índice alto. Use 'más riesgo' para un índice de riesgo que se cruzará con un índice de resiliencia.</translation>
        </message>
        <message>
            <source>Higher index = safer (risk indicators reversed)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Índice más alto = más seguro (indicadores de riesgo invertidos)</translation>
        </message>
        <message>
            <source>Higher index = more risk (protective indicators reversed)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Índice más alto = más riesgo (indicadores protectores invertidos)</translation>
        </message>
        <message>
            <source>Normalisation</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Normalización</translation>
        </message>
        <message>
            <source>How each indicator is put on a common scale. An indicator's own normalisation in the catalogue takes precedence. Fixed goalposts keep scores comparable between years.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Cómo se lleva cada indicador a una escala común. La normalización propia de un indicador en el catálogo tiene prioridad. Los límites fijos mantienen los puntajes comparables entre años.</translation>
        </message>
        <message>
            <source>Min-max (0-100 between the lowest and highest neighbourhood)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Mín-máx (0-100 entre el barrio más bajo y el más alto)</translation>
        </message>
        <message>
            <source>z-score (mean 0, standard deviation 1; no uncertainty analysis)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Puntuación z (media 0, desviación estándar 1; sin análisis de incertidumbre)</translation>
        </message>
        <message>
            <source>Rank / percentile (0-100)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Rango / percentil (0-100)</translation>
        </message>
        <message>
            <source>Distance to target (0-100, 100 = target reached; targets from the catalogue)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Distancia a la meta (0-100, 100 = meta alcanzada; metas del catálogo)</translation>
        </message>
        <message>
            <source>Fixed goalposts (0-100 between the catalogue's goalposts; comparable across years)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Límites fijos (0-100 entre los límites del catálogo; comparables entre años)</translation>
        </message>
        <message>
            <source>Weights</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Pesos</translation>
        </message>
        <message>
            <source>Weights of the indicators within their group (groups keep the catalogue's weights).</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Pesos de los indicadores dentro de su grupo (los grupos conservan los pesos del catálogo).</translation>
        </message>
        <message>
            <source>Weights of the catalogue (user weights)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Pesos del catálogo (pesos del usuario)</translation>
        </message>
        <message>
            <source>Equal weights within every group</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Pesos iguales dentro de cada grupo</translation>
        </message>
        <message>
            <source>Statistical: principal components (OECD/JRC Handbook) within each group</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Estadísticos: componentes principales (Manual OCDE/JRC) dentro de cada grupo</translation>
        </message>
        <message>
            <source>Aggregation</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Agregación</translation>
        </message>
        <message>
            <source>Arithmetic means let a high score compensate a low one; geometric means compensate less.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Las medias aritméticas permiten que un puntaje alto compense uno bajo; las medias geométricas compensan menos.</translation>
        </message>
        <message>
            <source>As set per level in the catalogue</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Según lo fijado por nivel en el catálogo</translation>
        </message>
        <message>
            <source>Arithmetic mean at every level</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Media aritmética en todos los niveles</translation>
        </message>
        <message>
            <source>Geometric mean at every level</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Media geométrica en todos los niveles</translation>
        </message>
        <message>
            <source>How missing indicator values are handled; the share of data is always reported.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Cómo se tratan los valores faltantes de los indicadores; la proporción de datos siempre se informa.</translation>
        </message>
        <message>
            <source>None: average the indicators present (weights rescaled)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Ninguno: promediar los indicadores presentes (pesos reescalados)</translation>
        </message>
        <message>
            <source>Indicator mean</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Media del indicador</translation>
        </message>
        <message>
            <source>Indicator median</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Mediana del indicador</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Treat outliers (winsorise)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Tratar valores atípicos (winsorizar)</translation>
        </message>
        <message>
            <source>Winsorise indicators with |skewness| &gt; 2 and kurtosis &gt; 3.5 (JRC rule).</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Winsorizar los indicadores con |asimetría| &gt; 2 y curtosis &gt; 3,5 (regla del JRC).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Most values winsorised per indicator</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Máximo de valores winsorizados por indicador</translation>
        </message>
        <message>
            <source>Upper limit of values replaced per indicator by the outlier rule.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Límite superior de valores reemplazados por indicador por la regla de valores atípicos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Monte Carlo runs (0 = none)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Ejecuciones de Monte Carlo (0 = ninguna)</translation>
        </message>
        <message>
            <source>Index computations under other choices, for the intervals and the sensitivity table (at least 12 with four varying choices).</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Cálculos del índice con otras elecciones, para los intervalos y la tabla de sensibilidad (al menos 12 con cuatro elecciones que varían).</translation>
        </message>
        <message>
            <source>Same seed, same intervals.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Misma semilla, mismos intervalos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Weight perturbation</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Perturbación de los pesos</translation>
        </message>
        <message>
            <source>Each weight is multiplied by a random factor in [1 - value, 1 + value] in the runs.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>En las ejecuciones, cada peso se multiplica por un factor aleatorio en [1 - valor, 1 + valor].</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Composite index</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Índice compuesto</translation>
        </message>
        <message>
            <source>The neighbourhoods with their scores at every level (see Output fields).</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Los barrios con sus puntajes en cada nivel (ver Campos de salida).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Sensitivity table</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Tabla de sensibilidad</translation>
        </message>
        <message>
            <source>Which choice moves the ranks most (only with Monte Carlo runs &gt; 0).</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Qué elección mueve más las posiciones (solo con ejecuciones de Monte Carlo &gt; 0).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Node report</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Informe de nodos</translation>
        </message>
        <message>
            <source>Every node with its weight, methods, outliers treated, missing values and status.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Cada nodo con su peso, métodos, valores atípicos tratados, valores faltantes y estado.</translation>
        </message>
        <message>
            <source>The indicators and their structure come from a catalogue file (JSON; the shipped Urban Safety Monitor catalogue by default: resources/catalogue/usm_catalogue.json) or from a list of fields with their direction. In the catalogue a city selects indicators ("selected": true) and binds each to a field of the neighbourhood layer ("field"); its errors are reported with the indicator's id and line.</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>Los indicadores y su estructura vienen de un archivo de catálogo (JSON; por defecto el catálogo del Urban Safety Monitor incluido: resources/catalogue/usm_catalogue.json) o de una lista de campos con su sentido. En el catálogo una ciudad selecciona indicadores ("selected": true) y vincula cada uno a un campo de la capa de barrios ("field"); sus errores se informan con el identificador y la línea del indicador.</translation>
        </message>
        <message>
            <source>Steps (OECD/JRC Handbook on Constructing Composite Indicators, 2008; as in COINr): (1) outliers: an indicator with |skewness| &gt; 2 and kurtosis &gt; 3.5 is winsorised one extreme value at a time, at most the set number of values, and reported; (2) missing values are imputed by the indicator's mean or median, or left out, the group then averaging the indicators present with their weights rescaled; the share of indicators with data is written per neighbourhood (avail) and facet (avail_&lt;facet&gt;): no neighbourhood is dropped; (3) each indicator is normalised so that a higher score means safer (or more risk); (4) weights from the catalogue, equal, or from principal components; (5) aggregation up the hierarchy, arithmetic or geometric (the geometric mean is taken of score + 1 and 1 is subtracted, so one indicator at 0 does not zero its group).</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>Pasos (Manual OCDE/JRC para la construcción de indicadores compuestos, 2008; como en COINr): (1) valores atípicos: un indicador con |asimetría| &gt; 2 y curtosis &gt; 3,5 se winsoriza un valor extremo a la vez, como máximo el número de valores fijado, y se informa; (2) los valores faltantes se imputan con la media o la mediana del indicador, o se dejan fuera, y el grupo promedia entonces los indicadores presentes con sus pesos reescalados; la proporción de indicadores con datos se escribe por barrio (avail) y por faceta (avail_&lt;facet&gt;): no se descarta ningún barrio; (3) cada indicador se normaliza de modo que un puntaje más alto signifique más seguro (o más riesgo); (4) pesos del catálogo, iguales, o de componentes principales; (5) agregación hacia arriba en la jerarquía, aritmética o geométrica (la media geométrica se toma de puntaje + 1 y se resta 1, para que un indicador en 0 no anule su grupo).</translation>
        </message>
        <message>
            <source>An indicator with the same value everywhere cannot tell neighbourhoods apart under min-max, z-score or rank normalisation: it is left out with a warning. An indicator without any value, a field that is missing (unless "leave out" is ticked) or not numeric stops the run with a message naming it.</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>Un indicador con el mismo valor en todas partes no puede distinguir barrios con normalización mín-máx, puntuación z o rango: se deja fuera con una advertencia. Un indicador sin ningún valor, un campo que falta (salvo que se marque "dejar fuera") o no numérico detiene la ejecución con un mensaje que lo nombra.</translation>
        </message>
        <message>
            <source>Uncertainty (with Monte Carlo runs &gt; 0): the index is recomputed under other reasonable choices (normalisation min-max or rank, aggregation arithmetic or geometric, imputation, every weight multiplied by a random factor in [1 - noise, 1 + noise]), drawn with the seed. Each neighbourhood gets the median index, the 90% interval of its index and of its rank. The sensitivity table gives, per choice, the first-order and total variance-based sensitivity indices of the ranks (Saltelli et al. 2010 estimators on a Saltelli design, so the runs are split in N base draws x (number of choices + 2)). The map shades the index and hatches neighbourhoods whose rank interval spans more than a fifth of the neighbourhoods: their position depends on the method. The index is for benchmarking a neighbourhood against itself and its peers over time, not for league tables.</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>Incertidumbre (con ejecuciones de Monte Carlo &gt; 0): el índice se recalcula con otras elecciones razonables (normalización mín-máx o rango, agregación aritmética o geométrica, imputación, cada peso multiplicado por un factor aleatorio en [1 - ruido, 1 + ruido]), sorteadas con la semilla. Cada barrio recibe el índice mediano y el intervalo del 90 % de su índice y de su posición. La tabla de sensibilidad da, por elección, los índices de sensibilidad de primer orden y total, basados en la varianza, de las posiciones (estimadores de Saltelli et al. 2010 sobre un diseño de Saltelli, así que las ejecuciones se dividen en N sorteos base x (número de elecciones + 2)). El mapa sombrea el índice y raya los barrios cuyo intervalo de posición abarca más de una quinta parte de los barrios: su posición depende del método. El índice sirve para comparar un barrio consigo mismo y con sus pares a lo largo del tiempo, no para tablas de posiciones.</translation>
        </message>
        <message>
            <source>all fields of the input layer; one whose name a result takes is kept as &lt;name&gt;_in</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>todos los campos de la capa de entrada; uno cuyo nombre toma un resultado se conserva como &lt;name&gt;_in</translation>
        </message>
        <message>
            <source>normalised indicator score (higher = safer, or more risk)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>puntaje normalizado del indicador (más alto = más seguro, o más riesgo)</translation>
        </message>
        <message>
            <source>0-100 (z-score: standard deviations)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>0-100 (puntuación z: desviaciones estándar)</translation>
        </message>
        <message>
            <source>score of a facet, dimension or subdimension of the catalogue</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>puntaje de una faceta, dimensión o subdimensión del catálogo</translation>
        </message>
        <message>
            <source>as above</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>como arriba</translation>
        </message>
        <message>
            <source>the composite index with the chosen settings</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>el índice compuesto con la configuración elegida</translation>
        </message>
        <message>
            <source>rank of index, 1 = highest index; NULL without an index</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>posición según el índice, 1 = índice más alto; NULL sin índice</translation>
        </message>
        <message>
            <source>share of the selected indicators with a value (before imputation)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>proporción de los indicadores seleccionados con valor (antes de la imputación)</translation>
        </message>
        <message>
            <source>the same within each facet (top-level group)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>lo mismo dentro de cada faceta (grupo de nivel superior)</translation>
        </message>
        <message>
            <source>median of the index over the Monte Carlo runs</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>mediana del índice en las ejecuciones de Monte Carlo</translation>
        </message>
        <message>
            <source>0-100</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>0-100</translation>
        </message>
        <message>
            <source>5th and 95th percentiles of the index over the runs (90% interval)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>percentiles 5 y 95 del índice en las ejecuciones (intervalo del 90 %)</translation>
        </message>
        <message>
            <source>median rank over the runs</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>posición mediana en las ejecuciones</translation>
        </message>
        <message>
            <source>5th and 95th percentiles of the rank over the runs</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>percentiles 5 y 95 de la posición en las ejecuciones</translation>
        </message>
        <message>
            <source>the choice varied: normalisation, aggregation, imputation, weights</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>la elección que se varía: normalización, agregación, imputación, pesos</translation>
        </message>
        <message>
            <source>the alternatives drawn (each equally likely)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>las alternativas sorteadas (todas igualmente probables)</translation>
        </message>
        <message>
            <source>share of the variance of the ranks due to this choice alone (first-order index, pooled over neighbourhoods)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>proporción de la varianza de las posiciones debida solo a esta elección (índice de primer orden, combinado sobre los barrios)</translation>
        </message>
        <message>
            <source>share including its interactions with the other choices (total index)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>proporción que incluye sus interacciones con las demás elecciones (índice total)</translation>
        </message>
        <message>
            <source>the same for the mean absolute shift of the ranks from the main index's ranks</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>lo mismo para el desplazamiento absoluto medio de las posiciones respecto de las posiciones del índice principal</translation>
        </message>
        <message>
            <source>N, the base draws of the Saltelli design (the indices are estimates from N draws: small negative values mean 0)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>N, los sorteos base del diseño de Saltelli (los índices son estimaciones a partir de N sorteos: valores negativos pequeños significan 0)</translation>
        </message>
        <message>
            <source>every node of the hierarchy and its place</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>cada nodo de la jerarquía y su lugar</translation>
        </message>
        <message>
            <source>the bound field and risk/protective (indicators)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>el campo vinculado y riesgo/protector (indicadores)</translation>
        </message>
        <message>
            <source>weight within the parent (sums to 1 over the siblings)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>peso dentro del padre (suma 1 entre los hermanos)</translation>
        </message>
        <message>
            <source>methods used</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>métodos usados</translation>
        </message>
        <message>
            <source>used, or left out and why</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>usado, o dejado fuera y por qué</translation>
        </message>
        <message>
            <source>neighbourhoods without a value</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>barrios sin valor</translation>
        </message>
        <message>
            <source>values replaced by the outlier rule</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>valores reemplazados por la regla de valores atípicos</translation>
        </message>
        <message>
            <source>skewness and excess kurtosis before and after</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>asimetría y exceso de curtosis antes y después</translation>
        </message>
        <message>
            <source>number</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>número</translation>
        </message>
        <message>
            <source>values outside the goalposts or beyond the target, capped</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>valores fuera de los límites o más allá de la meta, acotados</translation>
        </message>
        <message>
            <source>composite index</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>índice compuesto</translation>
        </message>
        <message>
            <source>indicator</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>indicador</translation>
        </message>
        <message>
            <source>catalogue</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>catálogo</translation>
        </message>
        <message>
            <source>normalisation</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>normalización</translation>
        </message>
        <message>
            <source>weights</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>pesos</translation>
        </message>
        <message>
            <source>aggregation</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>agregación</translation>
        </message>
        <message>
            <source>uncertainty</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>incertidumbre</translation>
        </message>
        <message>
            <source>sensitivity</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>sensibilidad</translation>
        </message>
        <message>
            <source>monte carlo</source>
            <extracomment>usm:compositeindex tags; usm:nearrepeat tags</extracomment>
            <translation>monte carlo</translation>
        </message>
        <message>
            <source>sobol</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>sobol</translation>
        </message>
        <message>
            <source>ranking</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>clasificación por posición</translation>
        </message>
        <message>
            <source>benchmarking</source>
            <extracomment>usm:compositeindex tags; usm:compareperiods tags</extracomment>
            <translation>comparación</translation>
        </message>
        <message>
            <source>oecd</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>ocde</translation>
        </message>
        <message>
            <source>jrc</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>jrc</translation>
        </message>
        <message>
            <source>coinr</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>coinr</translation>
        </message>
        <message>
            <source>pca</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>acp</translation>
        </message>
        <message>
            <source>Compare periods</source>
            <extracomment>usm:compareperiods name</extracomment>
            <translation>Comparar períodos</translation>
        </message>
        <message>
            <source>Change in incidents per neighbourhood and for the city between periods, with an exact test of whether it is more than chance: significant decrease, no significant change, significant increase, or too few incidents to say.</source>
            <extracomment>usm:compareperiods short description; usm:compareperiods help</extracomment>
            <translation>Cambio en los incidentes por barrio y para la ciudad entre períodos, con una prueba exacta de si es más que azar: disminución significativa, sin cambio significativo, aumento significativo, o muy pocos incidentes para decirlo.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Neighbourhoods with counts</source>
            <extracomment>usm:compareperiods parameters; usm:targettrajectory parameters</extracomment>
            <translation>Barrios con conteos</translation>
        </message>
        <message>
            <source>Neighbourhood layer with one incident count field per period (e.g. the output of usm:aggregateincidents with counts per year).</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Capa de barrios con un campo de conteo de incidentes por período (p. ej. la salida de usm:aggregateincidents con conteos por año).</translation>
        </message>
        <message>
            <source>Unique code per neighbourhood.</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help; usm:targettrajectory parameters; usm:targettrajectory help (+2 more)</extracomment>
            <translation>Código único por barrio.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <source>Count fields, oldest first</source>
            <extracomment>usm:compareperiods parameters</extracomment>
            <translation>Campos de conteo, el más antiguo primero</translation>
        </message>
        <message>
            <source>One field of incident counts per period, in time order (oldest first), at least two.</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Un campo de conteos de incidentes por período, en orden temporal (el más antiguo primero), al menos dos.</translation>
        </message>
        <message>
            <source>Residents, for the rates (the test itself compares counts).</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Residentes, para las tasas (la prueba en sí compara conteos).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <source>Compare</source>
            <extracomment>usm:compareperiods parameters</extracomment>
            <translation>Comparar</translation>
        </message>
        <message>
            <source>Which periods the last one is compared with.</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Con qué períodos se compara el último.</translation>
        </message>
        <message>
            <source>Last period against the first</source>
            <extracomment>usm:compareperiods parameters</extracomment>
            <translation>Último período frente al primero</translation>
        </message>
        <message>
            <source>Last period against the mean of all earlier periods</source>
            <extracomment>usm:compareperiods parameters</extracomment>
            <translation>Último período frente a la media de todos los anteriores</translation>
        </message>
        <message>
            <source>Last period against the one before it</source>
            <extracomment>usm:compareperiods parameters</extracomment>
            <translation>Último período frente al anterior</translation>
        </message>
        <message>
            <source>Two-sided level of the test (false discovery rate with the correction).</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Nivel bilateral de la prueba (tasa de falsos descubrimientos con la corrección).</translation>
        </message>
        <message>
            <source>Benjamini-Hochberg across neighbourhoods.</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Benjamini-Hochberg entre barrios.</translation>
        </message>
        <message>
            <source>Unit of rate_base and rate_last.</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Unidad de rate_base y rate_last.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <source>Change between periods</source>
            <extracomment>usm:compareperiods parameters</extracomment>
            <translation>Cambio entre períodos</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <source>City change</source>
            <extracomment>usm:compareperiods parameters</extracomment>
            <translation>Cambio en la ciudad</translation>
        </message>
        <message>
            <source>One row with the city-wide change.</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Una fila con el cambio de toda la ciudad.</translation>
        </message>
        <message>
            <source>Takes one count field per period, oldest first (for example n_y2021, n_y2022, n_y2023 from usm:aggregateincidents) and compares the last period with the first, with the mean of the earlier periods, or with the previous one.</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>Toma un campo de conteo por período, el más antiguo primero (por ejemplo n_y2021, n_y2022, n_y2023 de usm:aggregateincidents) y compara el último período con el primero, con la media de los períodos anteriores o con el anterior.</translation>
        </message>
        <message>
            <source>Counts of incidents are Poisson counts: a neighbourhood with 4 incidents one year and 2 the next has not halved its violence. The test is the exact conditional test of equal rates (given the total of both periods, the share of the last period is binomial; Przyborowski and Wilenski 1940), which stays valid for the small counts of small neighbourhoods; the rate ratio gets its exact (Clopper-Pearson) interval. The residents cancel out of the ratio when they are the same in both periods; the population field only gives the rates.</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>Los conteos de incidentes son conteos de Poisson: un barrio con 4 incidentes un año y 2 el siguiente no ha reducido su violencia a la mitad. La prueba es la prueba condicional exacta de igualdad de tasas (dado el total de ambos períodos, la proporción del último período es binomial; Przyborowski y Wilenski 1940), que sigue siendo válida para los conteos pequeños de los barrios pequeños; la razón de tasas recibe su intervalo exacto (Clopper-Pearson). Los residentes se cancelan en la razón cuando son los mismos en ambos períodos; el campo de población solo da las tasas.</translation>
        </message>
        <message>
            <source>Testing 250 neighbourhoods at 5% flags about 12 by chance alone. With the false discovery rate correction (Benjamini-Hochberg, on by default) at most about 5% of the neighbourhoods called significant are expected to be false alarms. A neighbourhood whose total count is so small that no split could be significant is "too few incidents to say", not "no change". Counts must be whole numbers (not rates or smoothed values); a NULL count gives a NULL result; a negative population is an error; a period without any incident is reported.</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>Probar 250 barrios al 5 % señala unos 12 solo por azar. Con la corrección por tasa de falsos descubrimientos (Benjamini-Hochberg, activada por defecto) se espera que como máximo cerca del 5 % de los barrios declarados significativos sean falsas alarmas. Un barrio cuyo conteo total es tan pequeño que ninguna división podría ser significativa es "muy pocos incidentes para decirlo", no "sin cambio". Los conteos deben ser números enteros (no tasas ni valores suavizados); un conteo NULL da un resultado NULL; una población negativa es un error; se informa un período sin ningún incidente.</translation>
        </message>
        <message>
            <source>incidents in the baseline (mean per period for 'earlier periods')</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>incidentes en la línea de base (media por período para 'períodos anteriores')</translation>
        </message>
        <message>
            <source>incidents in the last period</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>incidentes en el último período</translation>
        </message>
        <message>
            <source>the same per 1,000 or 100,000 residents (only with a population field; NULL for 0 or NULL residents)</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>lo mismo por cada 1.000 o 100.000 residentes (solo con un campo de población; NULL para 0 o NULL residentes)</translation>
        </message>
        <message>
            <source>incidents per residents per period</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>incidentes por residentes por período</translation>
        </message>
        <message>
            <source>(rate_ratio - 1) x 100</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>(rate_ratio - 1) x 100</translation>
        </message>
        <message>
            <source>rate in the last period / rate in the baseline</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>tasa en el último período / tasa en la línea de base</translation>
        </message>
        <message>
            <source>exact confidence interval of rate_ratio (1 - significance level)</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>intervalo de confianza exacto de rate_ratio (1 - nivel de significancia)</translation>
        </message>
        <message>
            <source>two-sided p-value of the exact conditional test of equal rates</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>valor p bilateral de la prueba condicional exacta de igualdad de tasas</translation>
        </message>
        <message>
            <source>Benjamini-Hochberg adjusted p-value (the p-value without FDR)</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>valor p ajustado por Benjamini-Hochberg (el valor p sin FDR)</translation>
        </message>
        <message>
            <source>significant decrease / no significant change / significant increase / too few incidents to say</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>significant decrease / no significant change / significant increase / too few incidents to say (valores en inglés: disminución significativa / sin cambio significativo / aumento significativo / muy pocos incidentes para decirlo)</translation>
        </message>
        <message>
            <source>-1 decrease, 0 no significant change, 1 increase, 9 too few</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>-1 disminución, 0 sin cambio significativo, 1 aumento, 9 muy pocos</translation>
        </message>
        <message>
            <source>City table</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>Tabla de la ciudad</translation>
        </message>
        <message>
            <source>the same fields for the whole city (sum of the counts)</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>los mismos campos para toda la ciudad (suma de los conteos)</translation>
        </message>
        <message>
            <source>change</source>
            <extracomment>usm:compareperiods tags</extracomment>
            <translation>cambio</translation>
        </message>
        <message>
            <source>compare</source>
            <extracomment>usm:compareperiods tags</extracomment>
            <translation>comparar</translation>
        </message>
        <message>
            <source>periods</source>
            <extracomment>usm:compareperiods tags</extracomment>
            <translation>períodos</translation>
        </message>
        <message>
            <source>years</source>
            <extracomment>usm:compareperiods tags; usm:batchmonitor tags</extracomment>
            <translation>años</translation>
        </message>
        <message>
            <source>rate ratio</source>
            <extracomment>usm:compareperiods tags; usm:incidentsvsenvironment tags</extracomment>
            <translation>razón de tasas</translation>
        </message>
        <message>
            <source>poisson</source>
            <extracomment>usm:compareperiods tags; usm:targettrajectory tags; usm:riskterrain tags</extracomment>
            <translation>poisson</translation>
        </message>
        <message>
            <source>exact test</source>
            <extracomment>usm:compareperiods tags; usm:incidentsvsenvironment tags</extracomment>
            <translation>prueba exacta</translation>
        </message>
        <message>
            <source>binomial</source>
            <extracomment>usm:compareperiods tags</extracomment>
            <translation>binomial</translation>
        </message>
        <message>
            <source>false discovery rate</source>
            <extracomment>usm:compareperiods tags</extracomment>
            <translation>tasa de falsos descubrimientos</translation>
        </message>
        <message>
            <source>Progress against a target</source>
            <extracomment>usm:targettrajectory name</extracomment>
            <translation>Avance hacia una meta</translation>
        </message>
        <message>
            <source>Target path from a baseline period (default: -50% by 2030), observed path, and per neighbourhood and for the city whether the last period is on track, off track or too uncertain to say, with the reduction still needed per year.</source>
            <extracomment>usm:targettrajectory short description; usm:targettrajectory help</extracomment>
            <translation>Trayectoria de la meta desde un período de base (por defecto: -50 % para 2030), trayectoria observada, y por barrio y para la ciudad si el último período va por buen camino, va desviado o es demasiado incierto para decirlo, con la reducción anual que aún se necesita.</translation>
        </message>
        <message>
            <source>Neighbourhood layer with incident counts per period (usm:aggregateincidents).</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Capa de barrios con conteos de incidentes por período (usm:aggregateincidents).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Count fields, baseline first</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Campos de conteo, la línea de base primero</translation>
        </message>
        <message>
            <source>Incident counts per period, oldest first; the first is the baseline.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Conteos de incidentes por período, el más antiguo primero; el primero es la línea de base.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Year of the first count field</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Año del primer campo de conteo</translation>
        </message>
        <message>
            <source>Leave empty to read the years from the field names (n_y2021, n_y2022, ...); otherwise the fields are taken as consecutive years from this one.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Déjelo vacío para leer los años de los nombres de los campos (n_y2021, n_y2022, ...); si no, los campos se toman como años consecutivos a partir de este.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Target reduction (%)</source>
            <extracomment>usm:targettrajectory parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Reducción meta (%)</translation>
        </message>
        <message>
            <source>Reduction from the baseline by the target year.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Reducción respecto de la línea de base para el año meta.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Target year</source>
            <extracomment>usm:targettrajectory parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Año meta</translation>
        </message>
        <message>
            <source>Year by which the reduction is to be reached.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help; usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Año para el que debe alcanzarse la reducción.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Target path</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Trayectoria de la meta</translation>
        </message>
        <message>
            <source>Shape of the path from the baseline to the target.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Forma de la trayectoria desde la línea de base hasta la meta.</translation>
        </message>
        <message>
            <source>Same percentage reduction every year (50% in 10 years = 6.7% a year)</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Mismo porcentaje de reducción cada año (50 % en 10 años = 6,7 % al año)</translation>
        </message>
        <message>
            <source>Same absolute reduction every year</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Misma reducción absoluta cada año</translation>
        </message>
        <message>
            <source>Level of the interval that decides on track / off track.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Nivel del intervalo que decide si va por buen camino o desviado.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Neighbourhood type field</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Campo de tipo de barrio</translation>
        </message>
        <message>
            <source>Optional type of each neighbourhood (e.g. type_id from the typology) to benchmark it against its peers.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Tipo opcional de cada barrio (p. ej. type_id de la tipología) para compararlo con sus pares.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Progress against the target</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Avance hacia la meta</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>City path</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Trayectoria de la ciudad</translation>
        </message>
        <message>
            <source>The city's observed and target counts per year.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Los conteos observados y meta de la ciudad por año.</translation>
        </message>
        <message>
            <source>The count fields are the periods observed, oldest first; the first is the baseline. Their years are read from the field names (n_y2021 ...) unless a first year is given. The target (the Durban Declaration of the Global Parliament of Mayors: reduce all forms of violence by 50% by 2030, about 7% a year) defines the target path of every neighbourhood from its own baseline: target_&lt;year&gt; fields hold the incidents the path allows each year, the city path table the city's observed and target counts year by year.</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>Los campos de conteo son los períodos observados, el más antiguo primero; el primero es la línea de base. Sus años se leen de los nombres de los campos (n_y2021 ...) salvo que se dé un primer año. La meta (la Declaración de Durban del Parlamento Global de Alcaldes: reducir todas las formas de violencia un 50 % para 2030, cerca del 7 % al año) define la trayectoria meta de cada barrio desde su propia línea de base: los campos target_&lt;year&gt; contienen los incidentes que la trayectoria permite cada año, y la tabla de trayectoria de la ciudad los conteos observados y meta de la ciudad año por año.</translation>
        </message>
        <message>
            <source>On track or not: a neighbourhood with 4 incidents that falls to 2 has not proven anything. The last period's count over the baseline's gets its exact interval (Poisson counts, Clopper-Pearson); "on track" when the whole interval is at or below the ratio the path asks for by then, "off track" when the whole interval is above it, "uncertain" otherwise, "too few incidents to say" when no result could be significant with so few incidents.</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>Por buen camino o no: un barrio con 4 incidentes que baja a 2 no ha probado nada. El conteo del último período sobre el de la línea de base recibe su intervalo exacto (conteos de Poisson, Clopper-Pearson); "por buen camino" cuando todo el intervalo está en o por debajo de la razón que la trayectoria pide para entonces, "desviado" cuando todo el intervalo está por encima, "incierto" en otro caso, "muy pocos incidentes para decirlo" cuando ningún resultado podría ser significativo con tan pocos incidentes.</translation>
        </message>
        <message>
            <source>With a type field (e.g. type_id from the typology) each neighbourhood is also benchmarked against the others of its type: the type's pooled change and an exact test of whether the neighbourhood changed differently. Benchmarking, not ranking.</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>Con un campo de tipo (p. ej. type_id de la tipología) cada barrio también se compara con los demás de su tipo: el cambio combinado del tipo y una prueba exacta de si el barrio cambió de forma distinta. Comparación, no clasificación.</translation>
        </message>
        <message>
            <source>share of the baseline the path allows in the last observed year</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>proporción de la línea de base que la trayectoria permite en el último año observado</translation>
        </message>
        <message>
            <source>last period's count / baseline count</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>conteo del último período / conteo de la línea de base</translation>
        </message>
        <message>
            <source>exact interval of rate_ratio at the chosen confidence</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>intervalo exacto de rate_ratio con la confianza elegida</translation>
        </message>
        <message>
            <source>on track / uncertain / off track / too few incidents to say</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>on track / uncertain / off track / too few incidents to say (valores en inglés: por buen camino / incierto / desviado / muy pocos incidentes para decirlo)</translation>
        </message>
        <message>
            <source>1 on track, 0 uncertain, -1 off track, 9 too few</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>1 por buen camino, 0 incierto, -1 desviado, 9 muy pocos</translation>
        </message>
        <message>
            <source>yearly reduction still needed from the last period to reach the target level by the target year (0 when already there)</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>reducción anual que aún se necesita desde el último período para alcanzar el nivel meta en el año meta (0 cuando ya se alcanzó)</translation>
        </message>
        <message>
            <source>% a year</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>% al año</translation>
        </message>
        <message>
            <source>incidents the target path allows in that year</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>incidentes que la trayectoria meta permite en ese año</translation>
        </message>
        <message>
            <source>with a type field: pooled last/baseline ratio of the neighbourhood's type</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>con un campo de tipo: razón combinada último/línea de base del tipo del barrio</translation>
        </message>
        <message>
            <source>rate_ratio / type_ratio</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>rate_ratio / type_ratio</translation>
        </message>
        <message>
            <source>two-sided exact p-value of 'changed like its type'</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>valor p exacto bilateral de 'cambió como su tipo'</translation>
        </message>
        <message>
            <source>better than its type / like its type / worse than its type / too few incidents to say</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>better than its type / like its type / worse than its type / too few incidents to say (valores en inglés: mejor que su tipo / como su tipo / peor que su tipo / muy pocos incidentes para decirlo)</translation>
        </message>
        <message>
            <source>City path table</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>Tabla de la trayectoria de la ciudad</translation>
        </message>
        <message>
            <source>every year from the baseline to the target year</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>cada año desde la línea de base hasta el año meta</translation>
        </message>
        <message>
            <source>year</source>
            <extracomment>usm:targettrajectory help; usm:batchmonitor help</extracomment>
            <translation>año</translation>
        </message>
        <message>
            <source>city incidents observed (NULL for years not given)</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>incidentes observados en la ciudad (NULL para los años no dados)</translation>
        </message>
        <message>
            <source>city incidents the target path allows</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>incidentes de la ciudad que la trayectoria meta permite</translation>
        </message>
        <message>
            <source>target</source>
            <extracomment>usm:targettrajectory tags</extracomment>
            <translation>meta</translation>
        </message>
        <message>
            <source>trajectory</source>
            <extracomment>usm:targettrajectory tags</extracomment>
            <translation>trayectoria</translation>
        </message>
        <message>
            <source>durban declaration</source>
            <extracomment>usm:targettrajectory tags</extracomment>
            <translation>declaración de durban</translation>
        </message>
        <message>
            <source>benchmark</source>
            <extracomment>usm:targettrajectory tags</extracomment>
            <translation>comparación</translation>
        </message>
        <message>
            <source>progress</source>
            <extracomment>usm:targettrajectory tags</extracomment>
            <translation>avance</translation>
        </message>
        <message>
            <source>on track</source>
            <extracomment>usm:targettrajectory tags</extracomment>
            <translation>por buen camino</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_resilience.py"></location>
            <source>Risk x resilience</source>
            <extracomment>usm:riskresilience name; usm:riskresilience parameters</extracomment>
            <translation>Riesgo x resiliencia</translation>
        </message>
        <message>
            <source>Crosses a risk index with a resilience index into 3 x 3 bivariate classes with the standard bivariate colours, and lists the neighbourhoods of high risk and low resilience.</source>
            <extracomment>usm:riskresilience short description; usm:riskresilience help</extracomment>
            <translation>Cruza un índice de riesgo con un índice de resiliencia en 3 x 3 clases bivariadas con los colores bivariados estándar, y lista los barrios de alto riesgo y baja resiliencia.</translation>
        </message>
        <message>
            <source>Neighbourhood layer with a risk index and a resilience index.</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>Capa de barrios con un índice de riesgo y un índice de resiliencia.</translation>
        </message>
        <message>
            <source>Unique code per neighbourhood (used in the priority list).</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>Código único por barrio (usado en la lista de prioridad).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_resilience.py"></location>
            <source>Risk index (higher = more risk)</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Índice de riesgo (más alto = más riesgo)</translation>
        </message>
        <message>
            <source>For example the index of usm:compositeindex on the crime and socio-economic facets with orientation 'more risk'.</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>Por ejemplo el índice de usm:compositeindex sobre las facetas de delito y socioeconómica con orientación 'más riesgo'.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_resilience.py"></location>
            <source>Resilience index (higher = more resilience)</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Índice de resiliencia (más alto = más resiliencia)</translation>
        </message>
        <message>
            <source>For example the resilience facet score of usm:compositeindex (orientation 'safer').</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>Por ejemplo el puntaje de la faceta de resiliencia de usm:compositeindex (orientación 'más seguro').</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_resilience.py"></location>
            <source>Classes</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Clases</translation>
        </message>
        <message>
            <source>How low / medium / high are cut.</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>Cómo se cortan bajo / medio / alto.</translation>
        </message>
        <message>
            <source>Terciles (a third of the neighbourhoods in each class)</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Terciles (un tercio de los barrios en cada clase)</translation>
        </message>
        <message>
            <source>Breaks given below</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Cortes dados abajo</translation>
        </message>
        <message>
            <source>Risk breaks (low|medium, medium|high)</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Cortes de riesgo (bajo|medio, medio|alto)</translation>
        </message>
        <message>
            <source>Two increasing numbers separated by a comma, e.g. 40,60; used with 'Breaks given below'.</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>Dos números crecientes separados por una coma, p. ej. 40,60; se usa con 'Cortes dados abajo'.</translation>
        </message>
        <message>
            <source>Resilience breaks (low|medium, medium|high)</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Cortes de resiliencia (bajo|medio, medio|alto)</translation>
        </message>
        <message>
            <source>The neighbourhoods with the fields listed under Output fields, styled.</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>Los barrios con los campos listados en Campos de salida, con estilo.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_resilience.py"></location>
            <source>High risk, low resilience</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Alto riesgo, baja resiliencia</translation>
        </message>
        <message>
            <source>The list of high risk, low resilience neighbourhoods.</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>La lista de barrios de alto riesgo y baja resiliencia.</translation>
        </message>
        <message>
            <source>The Urban Safety Monitor looks at the interplay of risk and resilience: hot spots alone mislead. Give a risk index (higher = more risk, e.g. usm:compositeindex of the crime and socio-economic facets with orientation "more risk") and a resilience index (higher = more resilience, e.g. the resilience facet with orientation "safer"). Each is cut into low, medium and high at its terciles or at given breaks (a value on a break goes to the lower class); the nine combinations are drawn with Joshua Stevens' bivariate palette (risk from grey to red, resilience from grey to blue) and a legend naming each class. The high risk, low resilience neighbourhoods are outlined, flagged priority = 1, listed in the log and written to the priority table.</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>El Urban Safety Monitor mira la interacción entre riesgo y resiliencia: los puntos calientes por sí solos engañan. Dé un índice de riesgo (más alto = más riesgo, p. ej. usm:compositeindex de las facetas de delito y socioeconómica con orientación "más riesgo") y un índice de resiliencia (más alto = más resiliencia, p. ej. la faceta de resiliencia con orientación "más seguro"). Cada uno se corta en bajo, medio y alto en sus terciles o en cortes dados (un valor sobre un corte va a la clase inferior); las nueve combinaciones se dibujan con la paleta bivariada de Joshua Stevens (riesgo de gris a rojo, resiliencia de gris a azul) y una leyenda que nombra cada clase. Los barrios de alto riesgo y baja resiliencia se contornean, se marcan con priority = 1, se listan en el registro y se escriben en la tabla de prioridad.</translation>
        </message>
        <message>
            <source>A neighbourhood without one of the two values gets no class (NULL) and is counted in the log.</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>Un barrio sin uno de los dos valores no recibe clase (NULL) y se cuenta en el registro.</translation>
        </message>
        <message>
            <source>1 low, 2 medium, 3 high risk</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>1 bajo, 2 medio, 3 alto riesgo</translation>
        </message>
        <message>
            <source>1 low, 2 medium, 3 high resilience</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>1 baja, 2 media, 3 alta resiliencia</translation>
        </message>
        <message>
            <source>10 x risk_class + res_class (11 ... 33)</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>10 x risk_class + res_class (11 ... 33)</translation>
        </message>
        <message>
            <source>the class in words, e.g. 'high risk, low resilience'</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>la clase en palabras, p. ej. 'high risk, low resilience'</translation>
        </message>
        <message>
            <source>1 for high risk and low resilience, else 0</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>1 para alto riesgo y baja resiliencia, si no 0</translation>
        </message>
        <message>
            <source>Priority table</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>Tabla de prioridad</translation>
        </message>
        <message>
            <source>neighbourhood of high risk and low resilience</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>barrio de alto riesgo y baja resiliencia</translation>
        </message>
        <message>
            <source>its two index values</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>sus dos valores de índice</translation>
        </message>
        <message>
            <source>as the inputs</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>como las entradas</translation>
        </message>
        <message>
            <source>risk</source>
            <extracomment>usm:riskresilience tags; usm:riskterrain tags</extracomment>
            <translation>riesgo</translation>
        </message>
        <message>
            <source>resilience</source>
            <extracomment>usm:riskresilience tags; usm:riskterrain tags</extracomment>
            <translation>resiliencia</translation>
        </message>
        <message>
            <source>bivariate</source>
            <extracomment>usm:riskresilience tags</extracomment>
            <translation>bivariado</translation>
        </message>
        <message>
            <source>choropleth</source>
            <extracomment>usm:riskresilience tags</extracomment>
            <translation>coropletas</translation>
        </message>
        <message>
            <source>terciles</source>
            <extracomment>usm:riskresilience tags</extracomment>
            <translation>terciles</translation>
        </message>
        <message>
            <source>priority</source>
            <extracomment>usm:riskresilience tags</extracomment>
            <translation>prioridad</translation>
        </message>
        <message>
            <source>social capital</source>
            <extracomment>usm:riskresilience tags</extracomment>
            <translation>capital social</translation>
        </message>
        <message>
            <source>vulnerability</source>
            <extracomment>usm:riskresilience tags</extracomment>
            <translation>vulnerabilidad</translation>
        </message>
        <message>
            <source>Street-segment audit (CPTED)</source>
            <extracomment>usm:streetsegmentaudit name</extracomment>
            <translation>Auditoría de tramos de calle (CPTED)</translation>
        </message>
        <message>
            <source>Splits the street network into segments between intersections and measures, per segment, street lighting (lit share, longest dark gap), permeability (node degree, dead ends, intersection density), land-use mix, distance to activity generators, frontage, maintenance and incidents in total, at night and per category; rolled up per neighbourhood.</source>
            <extracomment>usm:streetsegmentaudit short description; usm:streetsegmentaudit help</extracomment>
            <translation>Divide la red de calles en tramos entre intersecciones y mide, por tramo, el alumbrado público (proporción iluminada, tramo oscuro más largo), la permeabilidad (grado de los nodos, calles sin salida, densidad de intersecciones), la mezcla de usos del suelo, la distancia a generadores de actividad, las fachadas, el mantenimiento y los incidentes en total, de noche y por categoría; agregado por barrio.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Streets</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Calles</translation>
        </message>
        <message>
            <source>Street centre lines (LineString or MultiLineString), ideally noded at intersections. Distances are measured in its CRS if projected, else in the local UTM zone.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Ejes de calles (LineString o MultiLineString), idealmente con nodos en las intersecciones. Las distancias se miden en su SRC si es proyectado, si no en la zona UTM local.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Street fields to copy</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Campos de calles a copiar</translation>
        </message>
        <message>
            <source>Street attributes (e.g. name, road class) copied to each segment from the street feature nearest the segment's midpoint.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Atributos de las calles (p. ej. nombre, jerarquía vial) copiados a cada tramo desde la entidad de calle más cercana al punto medio del tramo.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Street lights</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Luminarias</translation>
        </message>
        <message>
            <source>Street-light points. May be in another CRS.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Puntos de luminarias. Pueden estar en otro SRC.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Working-light flag field</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Campo indicador de luminaria en funcionamiento</translation>
        </message>
        <message>
            <source>Optional 0/1 field: only lights whose value is 1 (working) count. Lights with another or no value are left out and reported.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Campo opcional 0/1: solo cuentan las luminarias cuyo valor es 1 (en funcionamiento). Las luminarias con otro valor o sin valor se dejan fuera y se informan.</translation>
        </message>
        <message>
            <source>Light radius (metres)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Radio de la luminaria (metros)</translation>
        </message>
        <message>
            <source>Distance a street light illuminates, in metres (straight line). Sets the lit share, the dark gaps and the distance within which a light counts for a street.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Distancia que ilumina una luminaria, en metros (línea recta). Define la proporción iluminada, los tramos oscuros y la distancia dentro de la cual una luminaria cuenta para una calle.</translation>
        </message>
        <message>
            <source>Dark threshold (lit share)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Umbral de oscuridad (proporción iluminada)</translation>
        </message>
        <message>
            <source>A segment is flagged dark (dark = 1) when its lit share is below this value (0-1).</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Un tramo se marca oscuro (dark = 1) cuando su proporción iluminada está por debajo de este valor (0-1).</translation>
        </message>
        <message>
            <source>Incident points. Each goes to the nearest segment within the snap tolerance.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Puntos de incidentes. Cada uno va al tramo más cercano dentro de la tolerancia de ajuste.</translation>
        </message>
        <message>
            <source>Date-time of the incident (a date-time field, or text such as 2023-05-17 21:30 or 17/05/2023 21:30), for the night counts. Without it n_night is NULL.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Fecha y hora del incidente (un campo de fecha y hora, o texto como 2023-05-17 21:30 o 17/05/2023 21:30), para los conteos nocturnos. Sin él n_night es NULL.</translation>
        </message>
        <message>
            <source>Incident type: one count field n_cat_&lt;category&gt; per distinct value.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Tipo de incidente: un campo de conteo n_cat_&lt;category&gt; por cada valor distinto.</translation>
        </message>
        <message>
            <source>Night starts at (hour)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>La noche empieza a las (hora)</translation>
        </message>
        <message>
            <source>First hour of the night window (0-24, local clock of the date field).</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Primera hora de la ventana nocturna (0-24, hora local del campo de fecha).</translation>
        </message>
        <message>
            <source>Night ends at (hour, not included)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>La noche termina a las (hora, no incluida)</translation>
        </message>
        <message>
            <source>The night window ends just before this hour: 19 and 6 mean 19:00 to 05:59.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>La ventana nocturna termina justo antes de esta hora: 19 y 6 significan de 19:00 a 05:59.</translation>
        </message>
        <message>
            <source>Snap tolerance (metres)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Tolerancia de ajuste (metros)</translation>
        </message>
        <message>
            <source>Incidents and maintenance points farther than this from every street are not assigned to a segment (they are counted and reported).</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Los incidentes y puntos de mantenimiento más lejos que esto de toda calle no se asignan a un tramo (se cuentan y se informan).</translation>
        </message>
        <message>
            <source>Optional neighbourhood polygons: each segment gets the id of the neighbourhood holding its midpoint, and the neighbourhood output rolls the measures up.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Polígonos de barrios opcionales: cada tramo recibe el identificador del barrio que contiene su punto medio, y la salida por barrio agrega las medidas.</translation>
        </message>
        <message>
            <source>Unique code per neighbourhood (needed with neighbourhoods).</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Código único por barrio (necesario con barrios).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Land use</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Uso del suelo</translation>
        </message>
        <message>
            <source>Optional land-use polygons for the land-use mix.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Polígonos opcionales de uso del suelo para la mezcla de usos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Land-use class field</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Campo de clase de uso del suelo</translation>
        </message>
        <message>
            <source>Field with the land-use class (residential, commercial, ...).</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Campo con la clase de uso del suelo (residencial, comercial, ...).</translation>
        </message>
        <message>
            <source>Land-use buffer (metres)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Zona de influencia del uso del suelo (metros)</translation>
        </message>
        <message>
            <source>Land use within this distance of a segment counts in its mix.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>El uso del suelo a menos de esta distancia de un tramo cuenta en su mezcla.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Activity generators</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Generadores de actividad</translation>
        </message>
        <message>
            <source>Point layers of activity generators (transit stops, schools, shops, bars): distance from each segment to the nearest one, overall (gen_dist_m) and per layer.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Capas de puntos de generadores de actividad (paradas de transporte, escuelas, comercios, bares): distancia de cada tramo al más cercano, en general (gen_dist_m) y por capa.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Buildings</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Edificios</translation>
        </message>
        <message>
            <source>Optional building footprints for the frontage share.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Huellas de edificios opcionales para la proporción de fachadas.</translation>
        </message>
        <message>
            <source>Frontage distance (metres)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Distancia de fachada (metros)</translation>
        </message>
        <message>
            <source>A stretch of street within this distance of a building counts as faced by a building front.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Un tramo de calle a menos de esta distancia de un edificio cuenta como frente a una fachada.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Maintenance / vacancy points</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Puntos de mantenimiento / abandono</translation>
        </message>
        <message>
            <source>Point layers of maintenance complaints, graffiti, vacant lots or abandoned buildings: snapped like incidents, counted per segment and per 100 m.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Capas de puntos de reclamos de mantenimiento, grafitis, lotes baldíos o edificios abandonados: se ajustan como los incidentes, y se cuentan por tramo y por cada 100 m.</translation>
        </message>
        <message>
            <source>Maximum segment length (metres, 0 = no cut)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Longitud máxima del tramo (metros, 0 = sin cortar)</translation>
        </message>
        <message>
            <source>Cut segments longer than this into equal pieces (e.g. 100 m for comparable units). 0 keeps whole segments between intersections.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Corta los tramos más largos que esto en piezas iguales (p. ej. 100 m para unidades comparables). 0 conserva tramos enteros entre intersecciones.</translation>
        </message>
        <message>
            <source>Intersection density radius (metres)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Radio de densidad de intersecciones (metros)</translation>
        </message>
        <message>
            <source>Intersections are counted within this distance of each segment's midpoint.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Las intersecciones se cuentan dentro de esta distancia del punto medio de cada tramo.</translation>
        </message>
        <message>
            <source>Node tolerance (metres)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Tolerancia de nodos (metros)</translation>
        </message>
        <message>
            <source>Street vertices closer than this are one node, and street ends this close to another street are joined to it. Raise it to close digitising gaps.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Los vértices de calles más cercanos que esto son un solo nodo, y los extremos de calle así de cerca de otra calle se unen a ella. Auméntela para cerrar huecos de digitalización.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Street segments</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Tramos de calle</translation>
        </message>
        <message>
            <source>One line per segment (or piece) with the fields listed under Output fields, in the analysis CRS.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Una línea por tramo (o pieza) con los campos listados en Campos de salida, en el SRC de análisis.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Neighbourhood audit</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Auditoría por barrio</translation>
        </message>
        <message>
            <source>The neighbourhood layer with its own fields plus the rolled-up measures.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>La capa de barrios con sus propios campos más las medidas agregadas.</translation>
        </message>
        <message>
            <source>Table of what was read, used, snapped and left out.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Tabla de lo que se leyó, usó, ajustó y dejó fuera.</translation>
        </message>
        <message>
            <source>Segments. The streets become a network: vertices closer than the node tolerance are one node, a street end within the tolerance of another street is joined to it, crossings without a shared vertex are not joined (bridges, tunnels) and are reported, duplicate pieces count once. A segment runs from an intersection or dead end to the next one; with a maximum length it is cut into equal units (pieces), and every measure below is per unit. Streets cut off from the main network keep a component number above 0 and are reported; dead ends lying just short of another street (digitising gaps) are reported.</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>Tramos. Las calles se convierten en una red: los vértices más cercanos que la tolerancia de nodos son un solo nodo, un extremo de calle dentro de la tolerancia de otra calle se une a ella, los cruces sin vértice compartido no se unen (puentes, túneles) y se informan, las piezas duplicadas cuentan una vez. Un tramo va de una intersección o calle sin salida a la siguiente; con una longitud máxima se corta en unidades iguales (piezas), y cada medida de abajo es por unidad. Las calles separadas de la red principal conservan un número de componente mayor que 0 y se informan; se informan los extremos sin salida que quedan justo antes de otra calle (huecos de digitalización).</translation>
        </message>
        <message>
            <source>Lighting. A light lights every point of a street within the light radius (straight line), so a light at a corner lights each street it reaches. lit_share is the share of the unit's length within the radius of at least one light, max_dark_gap_m the longest stretch farther than the radius from every light. For the count n_lights each light goes once to its nearest unit within the radius; lights farther than the radius from every street light nothing and are reported. With a working-flag field only lights whose value is 1 count.</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>Alumbrado. Una luminaria ilumina cada punto de una calle dentro del radio de la luminaria (línea recta), así que una luminaria en una esquina ilumina cada calle que alcanza. lit_share es la proporción de la longitud de la unidad dentro del radio de al menos una luminaria, max_dark_gap_m el tramo más largo a más del radio de toda luminaria. Para el conteo n_lights cada luminaria va una vez a su unidad más cercana dentro del radio; las luminarias a más del radio de toda calle no iluminan nada y se informan. Con un campo indicador de funcionamiento solo cuentan las luminarias cuyo valor es 1.</translation>
        </message>
        <message>
            <source>Permeability. Node degree at both ends (1 a dead end, 2 a bend or a cut, 3 and more an intersection), a dead-end flag for every unit of a segment that ends at degree 1, and the density of intersections within the density radius of the unit's midpoint.</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>Permeabilidad. Grado de los nodos en ambos extremos (1 una calle sin salida, 2 una curva o un corte, 3 o más una intersección), una marca de calle sin salida para cada unidad de un tramo que termina en grado 1, y la densidad de intersecciones dentro del radio de densidad del punto medio de la unidad.</translation>
        </message>
        <message>
            <source>Activity. Land-use mix is the Shannon entropy of the land-use area shares within the land-use buffer of the unit, divided by the logarithm of the number of classes in the layer (0 one use, 1 all uses equally). Distances to activity generators (any point layers: transit stops, schools, shops) are straight-line distances from the unit. Building frontage is the share of the unit's length within the frontage distance of a building; maintenance and vacancy points are snapped like incidents and counted per 100 m.</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>Actividad. La mezcla de usos del suelo es la entropía de Shannon de las proporciones de área de los usos del suelo dentro de la zona de influencia de la unidad, dividida por el logaritmo del número de clases de la capa (0 un solo uso, 1 todos los usos por igual). Las distancias a los generadores de actividad (cualquier capa de puntos: paradas de transporte, escuelas, comercios) son distancias en línea recta desde la unidad. La proporción de fachadas es la proporción de la longitud de la unidad a menos de la distancia de fachada de un edificio; los puntos de mantenimiento y abandono se ajustan como los incidentes y se cuentan por cada 100 m.</translation>
        </message>
        <message>
            <source>Incidents are snapped to the nearest unit within the snap tolerance; the others are counted in the log and the accounting table, never silently dropped. n_night counts incidents whose time of day falls in the night window from NIGHT_START:00 up to but not including NIGHT_END:00 (wrapping past midnight); incidents with a date but no time, or no date at all, are not in n_night and are counted in n_no_time. Without a date field n_night is NULL.</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>Los incidentes se ajustan a la unidad más cercana dentro de la tolerancia de ajuste; los demás se cuentan en el registro y en la tabla de contabilidad, nunca se descartan en silencio. n_night cuenta los incidentes cuya hora del día cae en la ventana nocturna desde NIGHT_START:00 hasta NIGHT_END:00 sin incluirla (pasando la medianoche); los incidentes con fecha pero sin hora, o sin fecha, no están en n_night y se cuentan en n_no_time. Sin campo de fecha n_night es NULL.</translation>
        </message>
        <message>
            <source>Neighbourhoods. A unit belongs to the neighbourhood holding its midpoint (a midpoint on a shared boundary goes to the id that sorts first). Shares and densities are length-weighted means over its units, counts are sums. Distances are measured in metres in the street layer's CRS, or in the local UTM zone when that CRS is geographic or Web Mercator (stated in the log); the other layers are reprojected to it.</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>Barrios. Una unidad pertenece al barrio que contiene su punto medio (un punto medio sobre un límite compartido va al identificador que queda primero en orden). Las proporciones y densidades son medias ponderadas por longitud sobre sus unidades, los conteos son sumas. Las distancias se miden en metros en el SRC de la capa de calles, o en la zona UTM local cuando ese SRC es geográfico o Web Mercator (indicado en el registro); las demás capas se reproyectan a él.</translation>
        </message>
        <message>
            <source>unit id (1..n)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>identificador de la unidad (1..n)</translation>
        </message>
        <message>
            <source>segment between intersections the unit belongs to (1..m)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>tramo entre intersecciones al que pertenece la unidad (1..m)</translation>
        </message>
        <message>
            <source>piece number of the unit inside its segment (1..pieces), 1 when not cut</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>número de pieza de la unidad dentro de su tramo (1..pieces), 1 si no se cortó</translation>
        </message>
        <message>
            <source>number of units its segment was cut into (MAX_LENGTH)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>número de unidades en que se cortó su tramo (MAX_LENGTH)</translation>
        </message>
        <message>
            <source>length of the unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>longitud de la unidad</translation>
        </message>
        <message>
            <source>connected piece of the network (0 = the largest); &gt; 0 flags streets cut off from the main network</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>parte conexa de la red (0 = la más grande); &gt; 0 señala calles separadas de la red principal</translation>
        </message>
        <message>
            <source>street lights whose nearest street unit is this one, within the light radius (each light counted once)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>luminarias cuya unidad de calle más cercana es esta, dentro del radio de la luminaria (cada luminaria contada una vez)</translation>
        </message>
        <message>
            <source>n_lights per 100 m of the unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>n_lights por cada 100 m de la unidad</translation>
        </message>
        <message>
            <source>per 100 m</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>por cada 100 m</translation>
        </message>
        <message>
            <source>share of the unit's length within the light radius of at least one light</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>proporción de la longitud de la unidad dentro del radio de al menos una luminaria</translation>
        </message>
        <message>
            <source>longest stretch of the unit farther than the light radius from every light</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>tramo más largo de la unidad a más del radio de toda luminaria</translation>
        </message>
        <message>
            <source>length of the unit not lit (length_m x (1 - lit_share))</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>longitud de la unidad no iluminada (length_m x (1 - lit_share))</translation>
        </message>
        <message>
            <source>1 when lit_share is below the dark threshold (DARK_THRESHOLD), else 0</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>1 cuando lit_share está por debajo del umbral de oscuridad (DARK_THRESHOLD), si no 0</translation>
        </message>
        <message>
            <source>node degree at the unit's start (1 dead end, 2 a bend or a cut, &gt;= 3 an intersection)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>grado del nodo al inicio de la unidad (1 calle sin salida, 2 una curva o un corte, &gt;= 3 una intersección)</translation>
        </message>
        <message>
            <source>node degree at the unit's end</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>grado del nodo al final de la unidad</translation>
        </message>
        <message>
            <source>1 when its segment ends at a node of degree 1 (cul-de-sac or dead end; inherited by every piece of the segment)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>1 cuando su tramo termina en un nodo de grado 1 (pasaje cerrado o calle sin salida; lo heredan todas las piezas del tramo)</translation>
        </message>
        <message>
            <source>intersections (nodes of degree &gt;= 3) within the density radius of the unit's midpoint, per km²</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>intersecciones (nodos de grado &gt;= 3) dentro del radio de densidad del punto medio de la unidad, por km²</translation>
        </message>
        <message>
            <source>land-use mix: Shannon entropy of the land-use area shares within the land-use buffer, divided by ln(number of land-use classes in the layer); 0 one use, 1 all uses in equal shares; NULL without land use in the buffer</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>mezcla de usos del suelo: entropía de Shannon de las proporciones de área de los usos del suelo dentro de la zona de influencia, dividida por ln(número de clases de uso del suelo de la capa); 0 un solo uso, 1 todos los usos en proporciones iguales; NULL sin uso del suelo en la zona de influencia</translation>
        </message>
        <message>
            <source>land use with the largest area in the buffer</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>uso del suelo con mayor área en la zona de influencia</translation>
        </message>
        <message>
            <source>straight-line distance from the unit to the nearest activity generator of any layer</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>distancia en línea recta desde la unidad hasta el generador de actividad más cercano de cualquier capa</translation>
        </message>
        <message>
            <source>distance from the unit to the nearest point of that generator layer</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>distancia desde la unidad hasta el punto más cercano de esa capa de generadores</translation>
        </message>
        <message>
            <source>share of the unit's length within the frontage distance of a building</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>proporción de la longitud de la unidad a menos de la distancia de fachada de un edificio</translation>
        </message>
        <message>
            <source>maintenance / vacancy points snapped to the unit (all layers)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>puntos de mantenimiento / abandono ajustados a la unidad (todas las capas)</translation>
        </message>
        <message>
            <source>maint_n per 100 m of the unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>maint_n por cada 100 m de la unidad</translation>
        </message>
        <message>
            <source>points of that maintenance layer snapped to the unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>puntos de esa capa de mantenimiento ajustados a la unidad</translation>
        </message>
        <message>
            <source>incidents snapped to the unit (nearest unit within the snap tolerance)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>incidentes ajustados a la unidad (unidad más cercana dentro de la tolerancia de ajuste)</translation>
        </message>
        <message>
            <source>n_incidents per 100 m of the unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>n_incidents por cada 100 m de la unidad</translation>
        </message>
        <message>
            <source>incidents in the night window (NIGHT_START to NIGHT_END); NULL without a date field</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>incidentes en la ventana nocturna (NIGHT_START a NIGHT_END); NULL sin campo de fecha</translation>
        </message>
        <message>
            <source>incidents snapped to the unit whose time of day is unknown (not in n_night)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>incidentes ajustados a la unidad cuya hora del día se desconoce (no están en n_night)</translation>
        </message>
        <message>
            <source>incidents of that category snapped to the unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>incidentes de esa categoría ajustados a la unidad</translation>
        </message>
        <message>
            <source>the neighbourhood holding the unit's midpoint</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>el barrio que contiene el punto medio de la unidad</translation>
        </message>
        <message>
            <source>Neighbourhood output (added to the neighbourhood's own fields)</source>
            <extracomment>usm:streetsegmentaudit help; usm:riskterrain help</extracomment>
            <translation>Salida por barrio (agregada a los campos propios del barrio)</translation>
        </message>
        <message>
            <source>street units whose midpoint lies in the neighbourhood</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>unidades de calle cuyo punto medio está en el barrio</translation>
        </message>
        <message>
            <source>their length</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>su longitud</translation>
        </message>
        <message>
            <source>length-weighted mean lit share</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>proporción iluminada media ponderada por longitud</translation>
        </message>
        <message>
            <source>unlit street length</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>longitud de calle sin iluminar</translation>
        </message>
        <message>
            <source>share of the street length in dark units (dark = 1)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>proporción de la longitud de calles en unidades oscuras (dark = 1)</translation>
        </message>
        <message>
            <source>longest dark gap of any unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>tramo oscuro más largo de cualquier unidad</translation>
        </message>
        <message>
            <source>street lights per km of street</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>luminarias por km de calle</translation>
        </message>
        <message>
            <source>per km</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>por km</translation>
        </message>
        <message>
            <source>share of the street length in dead-end segments</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>proporción de la longitud de calles en tramos sin salida</translation>
        </message>
        <message>
            <source>length-weighted mean intersection density</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>densidad de intersecciones media ponderada por longitud</translation>
        </message>
        <message>
            <source>length-weighted mean land-use mix</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>mezcla de usos del suelo media ponderada por longitud</translation>
        </message>
        <message>
            <source>length-weighted mean distance to the nearest generator</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>distancia media ponderada por longitud hasta el generador más cercano</translation>
        </message>
        <message>
            <source>length-weighted mean frontage share</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>proporción de fachadas media ponderada por longitud</translation>
        </message>
        <message>
            <source>maintenance / vacancy points per km of street</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>puntos de mantenimiento / abandono por km de calle</translation>
        </message>
        <message>
            <source>incidents snapped to its street units</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>incidentes ajustados a sus unidades de calle</translation>
        </message>
        <message>
            <source>night-time incidents snapped to its street units</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>incidentes nocturnos ajustados a sus unidades de calle</translation>
        </message>
        <message>
            <source>share of its night-time incidents on dark units</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>proporción de sus incidentes nocturnos en unidades oscuras</translation>
        </message>
        <message>
            <source>incidents per km of street</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>incidentes por km de calle</translation>
        </message>
        <message>
            <source>what is counted (streets, segments, lights, incidents snapped, beyond tolerance, ...)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>qué se cuenta (calles, tramos, luminarias, incidentes ajustados, más allá de la tolerancia, ...)</translation>
        </message>
        <message>
            <source>the number</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>el número</translation>
        </message>
        <message>
            <source>cpted</source>
            <extracomment>usm:streetsegmentaudit tags; usm:crimeconcentration tags; usm:incidentsvsenvironment tags; usm:riskterrain tags (+2 more)</extracomment>
            <translation>cpted</translation>
        </message>
        <message>
            <source>street segment</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>tramo de calle</translation>
        </message>
        <message>
            <source>lighting</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>alumbrado</translation>
        </message>
        <message>
            <source>dark</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>oscuro</translation>
        </message>
        <message>
            <source>dead end</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>calle sin salida</translation>
        </message>
        <message>
            <source>cul-de-sac</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>pasaje cerrado</translation>
        </message>
        <message>
            <source>permeability</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>permeabilidad</translation>
        </message>
        <message>
            <source>intersection density</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>densidad de intersecciones</translation>
        </message>
        <message>
            <source>land-use mix</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>mezcla de usos del suelo</translation>
        </message>
        <message>
            <source>entropy</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>entropía</translation>
        </message>
        <message>
            <source>frontage</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>fachadas</translation>
        </message>
        <message>
            <source>night</source>
            <extracomment>usm:streetsegmentaudit tags; usm:incidentsvsenvironment tags</extracomment>
            <translation>noche</translation>
        </message>
        <message>
            <source>audit</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>auditoría</translation>
        </message>
        <message>
            <source>crime prevention through environmental design</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>prevención del delito mediante el diseño ambiental</translation>
        </message>
        <message>
            <source>Crime concentration (Lorenz curve and Gini)</source>
            <extracomment>usm:crimeconcentration name</extracomment>
            <translation>Concentración del delito (curva de Lorenz y Gini)</translation>
        </message>
        <message>
            <source>How concentrated incidents are on few places: the share of street segments (or neighbourhoods) holding 25% and 50% of incidents, the Lorenz curve, the Gini coefficient and the generalised Gini for sparse counts, city-wide and per neighbourhood, against Weisburd's (2015) benchmark.</source>
            <extracomment>usm:crimeconcentration short description; usm:crimeconcentration help</extracomment>
            <translation>Cuán concentrados están los incidentes en pocos lugares: la proporción de tramos de calle (o barrios) que reúnen el 25 % y el 50 % de los incidentes, la curva de Lorenz, el coeficiente de Gini y el Gini generalizado para conteos dispersos, para toda la ciudad y por barrio, frente a la referencia de Weisburd (2015).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/crime_concentration.py"></location>
            <source>Places with counts</source>
            <extracomment>usm:crimeconcentration parameters</extracomment>
            <translation>Lugares con conteos</translation>
        </message>
        <message>
            <source>Street segments, neighbourhoods or grid cells with an incident count each (any geometry, or a table).</source>
            <extracomment>usm:crimeconcentration parameters; usm:crimeconcentration help</extracomment>
            <translation>Tramos de calle, barrios o celdas de grilla con un conteo de incidentes cada uno (cualquier geometría, o una tabla).</translation>
        </message>
        <message>
            <source>Incidents per place (e.g. n_incidents of the street-segment audit).</source>
            <extracomment>usm:crimeconcentration parameters; usm:crimeconcentration help</extracomment>
            <translation>Incidentes por lugar (p. ej. n_incidents de la auditoría de tramos de calle).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/crime_concentration.py"></location>
            <source>Group field</source>
            <extracomment>usm:crimeconcentration parameters</extracomment>
            <translation>Campo de grupo</translation>
        </message>
        <message>
            <source>Optional group of each place (e.g. the neighbourhood id of each segment): the measures are also computed per group.</source>
            <extracomment>usm:crimeconcentration parameters; usm:crimeconcentration help</extracomment>
            <translation>Grupo opcional de cada lugar (p. ej. el identificador de barrio de cada tramo): las medidas también se calculan por grupo.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/crime_concentration.py"></location>
            <source>Crime concentration</source>
            <extracomment>usm:crimeconcentration parameters</extracomment>
            <translation>Concentración del delito</translation>
        </message>
        <message>
            <source>One row for the city and one per group, with the fields under Output fields.</source>
            <extracomment>usm:crimeconcentration parameters; usm:crimeconcentration help</extracomment>
            <translation>Una fila para la ciudad y una por grupo, con los campos de Campos de salida.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/crime_concentration.py"></location>
            <source>Lorenz curve</source>
            <extracomment>usm:crimeconcentration parameters</extracomment>
            <translation>Curva de Lorenz</translation>
        </message>
        <message>
            <source>Points of the Lorenz curve (at most 1001 per group) and of the line of maximal equality, for a chart.</source>
            <extracomment>usm:crimeconcentration parameters; usm:crimeconcentration help</extracomment>
            <translation>Puntos de la curva de Lorenz (como máximo 1001 por grupo) y de la línea de máxima igualdad, para un gráfico.</translation>
        </message>
        <message>
            <source>City-wide Gini coefficient</source>
            <extracomment>usm:crimeconcentration parameters</extracomment>
            <translation>Coeficiente de Gini de toda la ciudad</translation>
        </message>
        <message>
            <source>City-wide generalised Gini</source>
            <extracomment>usm:crimeconcentration parameters</extracomment>
            <translation>Gini generalizado de toda la ciudad</translation>
        </message>
        <message>
            <source>Share of places holding 50% of incidents</source>
            <extracomment>usm:crimeconcentration parameters</extracomment>
            <translation>Proporción de lugares que reúnen el 50 % de los incidentes</translation>
        </message>
        <message>
            <source>Give a layer with one count per place, for example the street segments of the street-segment audit (field n_incidents, n_night or n_cat_*) or the neighbourhoods of the incident aggregation (n_total). With a group field (e.g. the neighbourhood id on the segments) the same measures are computed inside every group as well.</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>Dé una capa con un conteo por lugar, por ejemplo los tramos de calle de la auditoría de tramos (campo n_incidents, n_night o n_cat_*) o los barrios de la agregación de incidentes (n_total). Con un campo de grupo (p. ej. el identificador de barrio en los tramos) las mismas medidas se calculan además dentro de cada grupo.</translation>
        </message>
        <message>
            <source>share_units_50 is the smallest share of places that together hold at least half of the incidents, places ranked from the most incidents down and counted whole. Weisburd (2015) found about 50% of crime on 4-6% of street segments (and 25% on 0.4-1.6%) across cities; the log says where this city stands.</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>share_units_50 es la menor proporción de lugares que juntos reúnen al menos la mitad de los incidentes, con los lugares ordenados de más a menos incidentes y contados enteros. Weisburd (2015) encontró cerca del 50 % del delito en el 4-6 % de los tramos de calle (y el 25 % en el 0,4-1,6 %) en distintas ciudades; el registro dice dónde se ubica esta ciudad.</translation>
        </message>
        <message>
            <source>The Gini coefficient compares the counts with perfect equality. When there are fewer incidents than places (sparse counts, common for one crime type or one year on street segments), perfect equality is impossible and the Gini overstates concentration; the generalised Gini (Bernasco &amp; Steenbeek 2017) compares with maximal equality given the data (as many places as possible with one incident each) and equals the Gini when there are at least as many incidents as places. Places with a NULL count are left out and reported; negative counts are an error.</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>El coeficiente de Gini compara los conteos con la igualdad perfecta. Cuando hay menos incidentes que lugares (conteos dispersos, frecuentes para un solo tipo de delito o un solo año en tramos de calle), la igualdad perfecta es imposible y el Gini sobrestima la concentración; el Gini generalizado (Bernasco y Steenbeek 2017) compara con la máxima igualdad posible dados los datos (tantos lugares como sea posible con un incidente cada uno) y es igual al Gini cuando hay al menos tantos incidentes como lugares. Los lugares con conteo NULL se dejan fuera y se informan; los conteos negativos son un error.</translation>
        </message>
        <message>
            <source>'city' or the group (neighbourhood) id</source>
            <extracomment>usm:crimeconcentration help; usm:incidentsvsenvironment help</extracomment>
            <translation>'city' o el identificador del grupo (barrio)</translation>
        </message>
        <message>
            <source>units with a valid count (segments or neighbourhoods)</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>unidades con un conteo válido (tramos o barrios)</translation>
        </message>
        <message>
            <source>sum of the counts</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>suma de los conteos</translation>
        </message>
        <message>
            <source>share of units with at least one incident</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>proporción de unidades con al menos un incidente</translation>
        </message>
        <message>
            <source>smallest share of units holding at least 25% of the incidents</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>menor proporción de unidades que reúnen al menos el 25 % de los incidentes</translation>
        </message>
        <message>
            <source>smallest share of units holding at least 50% of the incidents</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>menor proporción de unidades que reúnen al menos el 50 % de los incidentes</translation>
        </message>
        <message>
            <source>Gini coefficient of the counts (0 equal, towards 1 concentrated)</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>coeficiente de Gini de los conteos (0 igualdad, hacia 1 concentración)</translation>
        </message>
        <message>
            <source>generalised Gini for sparse counts (Bernasco &amp; Steenbeek 2017); equals gini when there are at least as many incidents as units</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>Gini generalizado para conteos dispersos (Bernasco y Steenbeek 2017); igual a gini cuando hay al menos tantos incidentes como unidades</translation>
        </message>
        <message>
            <source>1 when there are fewer incidents than units (use gini_gen)</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>1 cuando hay menos incidentes que unidades (use gini_gen)</translation>
        </message>
        <message>
            <source>Lorenz curve table</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>Tabla de la curva de Lorenz</translation>
        </message>
        <message>
            <source>'city' or the group id</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>'city' o el identificador del grupo</translation>
        </message>
        <message>
            <source>units so far, ranked from the fewest incidents up</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>unidades hasta ese punto, ordenadas de menos a más incidentes</translation>
        </message>
        <message>
            <source>cumulative share of units</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>proporción acumulada de unidades</translation>
        </message>
        <message>
            <source>cumulative share of incidents (the Lorenz curve)</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>proporción acumulada de incidentes (la curva de Lorenz)</translation>
        </message>
        <message>
            <source>the line of maximal equality given the data: the Lorenz curve if the incidents were spread one per unit over as many units as possible</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>la línea de máxima igualdad dados los datos: la curva de Lorenz si los incidentes se repartieran uno por unidad en tantas unidades como sea posible</translation>
        </message>
        <message>
            <source>crime concentration</source>
            <extracomment>usm:crimeconcentration tags</extracomment>
            <translation>concentración del delito</translation>
        </message>
        <message>
            <source>law of crime concentration</source>
            <extracomment>usm:crimeconcentration tags</extracomment>
            <translation>ley de concentración del delito</translation>
        </message>
        <message>
            <source>gini</source>
            <extracomment>usm:crimeconcentration tags</extracomment>
            <translation>gini</translation>
        </message>
        <message>
            <source>lorenz curve</source>
            <extracomment>usm:crimeconcentration tags</extracomment>
            <translation>curva de lorenz</translation>
        </message>
        <message>
            <source>generalized gini</source>
            <extracomment>usm:crimeconcentration tags</extracomment>
            <translation>gini generalizado</translation>
        </message>
        <message>
            <source>street segments</source>
            <extracomment>usm:crimeconcentration tags</extracomment>
            <translation>tramos de calle</translation>
        </message>
        <message>
            <source>Incidents against environment (rate ratio)</source>
            <extracomment>usm:incidentsvsenvironment name</extracomment>
            <translation>Incidentes frente al entorno (razón de tasas)</translation>
        </message>
        <message>
            <source>Tests whether incidents are over-represented on places meeting an environmental condition (dark segments, dead ends, lit share below a threshold...): the share of incidents there against their share of street length or exposure, as a rate ratio with an exact confidence interval and p-value, city-wide and per neighbourhood.</source>
            <extracomment>usm:incidentsvsenvironment short description; usm:incidentsvsenvironment help</extracomment>
            <translation>Prueba si los incidentes están sobrerrepresentados en lugares que cumplen una condición del entorno (tramos oscuros, calles sin salida, proporción iluminada por debajo de un umbral...): la proporción de incidentes allí frente a su proporción de longitud de calles o de exposición, como una razón de tasas con un intervalo de confianza exacto y un valor p, para toda la ciudad y por barrio.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Places (street segments)</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Lugares (tramos de calle)</translation>
        </message>
        <message>
            <source>Street segments (e.g. the output of the street-segment audit) or any places with an incident count, a condition field and an exposure.</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Tramos de calle (p. ej. la salida de la auditoría de tramos de calle) o cualquier lugar con un conteo de incidentes, un campo de condición y una exposición.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Incident count field</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Campo de conteo de incidentes</translation>
        </message>
        <message>
            <source>Incidents per place, e.g. n_night (night-time incidents) or n_cat_robbery.</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Incidentes por lugar, p. ej. n_night (incidentes nocturnos) o n_cat_robbery.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Condition field</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Campo de condición</translation>
        </message>
        <message>
            <source>Numeric field the condition tests, e.g. dark, lit_share, dead_end, lu_mix.</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Campo numérico que la condición evalúa, p. ej. dark, lit_share, dead_end, lu_mix.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Operator</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Operador</translation>
        </message>
        <message>
            <source>How the field is compared with the value: =, !=, &lt;, &lt;=, &gt;, &gt;=.</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Cómo se compara el campo con el valor: =, !=, &lt;, &lt;=, &gt;, &gt;=.</translation>
        </message>
        <message>
            <source>=</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>=</translation>
        </message>
        <message>
            <source>!=</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>!=</translation>
        </message>
        <message>
            <source>&lt;</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>&lt;</translation>
        </message>
        <message>
            <source>&lt;=</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>&lt;=</translation>
        </message>
        <message>
            <source>&gt;</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>&gt;</translation>
        </message>
        <message>
            <source>&gt;=</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>&gt;=</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Value</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Valor</translation>
        </message>
        <message>
            <source>The value the field is compared with (dark = 1, lit_share &lt; 0.5, ...).</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>El valor con el que se compara el campo (dark = 1, lit_share &lt; 0.5, ...).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Exposure field</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Campo de exposición</translation>
        </message>
        <message>
            <source>Exposure per place: street length in metres (length_m) by default; footfall or another exposure measure if you have one.</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Exposición por lugar: longitud de calle en metros (length_m) por defecto; flujo peatonal u otra medida de exposición si la tiene.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Group field (neighbourhood)</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Campo de grupo (barrio)</translation>
        </message>
        <message>
            <source>Optional group of each place (e.g. nbhd_id): one more row per group.</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Grupo opcional de cada lugar (p. ej. nbhd_id): una fila más por grupo.</translation>
        </message>
        <message>
            <source>Level of the confidence intervals (0.95 = 95%).</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Nivel de los intervalos de confianza (0,95 = 95 %).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Rate scale</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Escala de las tasas</translation>
        </message>
        <message>
            <source>Rates are incidents per exposure unit times this (1000 with lengths in metres gives incidents per km).</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Las tasas son incidentes por unidad de exposición multiplicados por esto (1000 con longitudes en metros da incidentes por km).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Rate ratios</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Razones de tasas</translation>
        </message>
        <message>
            <source>One row for the city and one per group with the fields under Output fields.</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Una fila para la ciudad y una por grupo con los campos de Campos de salida.</translation>
        </message>
        <message>
            <source>City-wide rate ratio</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Razón de tasas de toda la ciudad</translation>
        </message>
        <message>
            <source>Lower bound</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Límite inferior</translation>
        </message>
        <message>
            <source>Upper bound</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Límite superior</translation>
        </message>
        <message>
            <source>Exact p-value</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Valor p exacto</translation>
        </message>
        <message>
            <source>Typical use: the segments of the street-segment audit, count field n_night, condition dark = 1, exposure length_m. The result answers "are night-time incidents more frequent on dark streets than their length predicts?": if 36% of night incidents fall on dark segments that make up 20% of the street length, the rate ratio is (0.36 / 0.20) / (0.64 / 0.80) = 2.25.</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>Uso típico: los tramos de la auditoría de tramos de calle, campo de conteo n_night, condición dark = 1, exposición length_m. El resultado responde "¿son los incidentes nocturnos más frecuentes en las calles oscuras de lo que su longitud predice?": si el 36 % de los incidentes nocturnos cae en tramos oscuros que suman el 20 % de la longitud de calles, la razón de tasas es (0.36 / 0.20) / (0.64 / 0.80) = 2.25.</translation>
        </message>
        <message>
            <source>The rate ratio compares incidents per unit of exposure on places meeting the condition with the other places. Its confidence interval and two-sided p-value are exact and conditional on the total number of incidents (binomial: under no effect, each incident falls on a place meeting the condition with probability equal to that side's share of the exposure; Clopper-Pearson interval of that share, as R's rateratio.test). They need no large-sample approximation and stay valid for small counts and neighbourhoods with few incidents; a side without incidents gives a bound of 0 or infinity. The rates are incidents per exposure unit times the rate scale (with lengths in metres and a scale of 1000: incidents per km).</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>La razón de tasas compara los incidentes por unidad de exposición en los lugares que cumplen la condición con los demás lugares. Su intervalo de confianza y su valor p bilateral son exactos y condicionales al número total de incidentes (binomial: sin efecto, cada incidente cae en un lugar que cumple la condición con probabilidad igual a la proporción de la exposición de ese lado; intervalo de Clopper-Pearson de esa proporción, como rateratio.test de R). No necesitan aproximación de muestra grande y siguen siendo válidos para conteos pequeños y barrios con pocos incidentes; un lado sin incidentes da un límite de 0 o infinito. Las tasas son incidentes por unidad de exposición multiplicados por la escala de las tasas (con longitudes en metros y una escala de 1000: incidentes por km).</translation>
        </message>
        <message>
            <source>The condition is a field compared with a value: e.g. dark = 1, lit_share &lt; 0.5, dead_end = 1, lu_mix &lt;= 0.2. Places with a NULL count, condition value or exposure, or an exposure of 0, are left out and counted in the log. A group (neighbourhood) with places on one side of the condition only has no rate ratio (NULL). An observational association is not a causal effect: dark streets may also differ in other ways.</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>La condición es un campo comparado con un valor: p. ej. dark = 1, lit_share &lt; 0.5, dead_end = 1, lu_mix &lt;= 0.2. Los lugares con conteo, valor de condición o exposición NULL, o con una exposición de 0, se dejan fuera y se cuentan en el registro. Un grupo (barrio) con lugares de un solo lado de la condición no tiene razón de tasas (NULL). Una asociación observacional no es un efecto causal: las calles oscuras también pueden diferir en otros aspectos.</translation>
        </message>
        <message>
            <source>places with a count, an exposure &gt; 0 and a known condition</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>lugares con un conteo, una exposición &gt; 0 y una condición conocida</translation>
        </message>
        <message>
            <source>places meeting the condition</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>lugares que cumplen la condición</translation>
        </message>
        <message>
            <source>incidents on places meeting the condition</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>incidentes en lugares que cumplen la condición</translation>
        </message>
        <message>
            <source>incidents on the other places</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>incidentes en los demás lugares</translation>
        </message>
        <message>
            <source>exposure (e.g. street length) meeting the condition</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>exposición (p. ej. longitud de calle) que cumple la condición</translation>
        </message>
        <message>
            <source>exposure unit</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>unidad de exposición</translation>
        </message>
        <message>
            <source>exposure of the other places</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>exposición de los demás lugares</translation>
        </message>
        <message>
            <source>share of the incidents on places meeting the condition</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>proporción de los incidentes en lugares que cumplen la condición</translation>
        </message>
        <message>
            <source>share of the exposure meeting the condition</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>proporción de la exposición que cumple la condición</translation>
        </message>
        <message>
            <source>incidents per unit of exposure under the condition (per km when the exposure is a length in metres x 1000)</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>incidentes por unidad de exposición bajo la condición (por km cuando la exposición es una longitud en metros x 1000)</translation>
        </message>
        <message>
            <source>per exposure unit</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>por unidad de exposición</translation>
        </message>
        <message>
            <source>incidents per unit of exposure elsewhere</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>incidentes por unidad de exposición en el resto</translation>
        </message>
        <message>
            <source>rate_cond / rate_other; &gt; 1 more incidents than the exposure predicts</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>rate_cond / rate_other; &gt; 1 más incidentes de los que la exposición predice</translation>
        </message>
        <message>
            <source>lower bound of the exact confidence interval of the rate ratio</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>límite inferior del intervalo de confianza exacto de la razón de tasas</translation>
        </message>
        <message>
            <source>upper bound (infinite when no incident is elsewhere)</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>límite superior (infinito cuando no hay ningún incidente en el resto)</translation>
        </message>
        <message>
            <source>exact two-sided p-value of rate ratio = 1 (binomial test conditional on the total)</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>valor p bilateral exacto de razón de tasas = 1 (prueba binomial condicional al total)</translation>
        </message>
        <message>
            <source>1 when the interval excludes 1 (p_value &lt; 1 - confidence)</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>1 cuando el intervalo excluye el 1 (p_value &lt; 1 - confianza)</translation>
        </message>
        <message>
            <source>street lighting</source>
            <extracomment>usm:incidentsvsenvironment tags</extracomment>
            <translation>alumbrado público</translation>
        </message>
        <message>
            <source>dark streets</source>
            <extracomment>usm:incidentsvsenvironment tags</extracomment>
            <translation>calles oscuras</translation>
        </message>
        <message>
            <source>environment</source>
            <extracomment>usm:incidentsvsenvironment tags; usm:riskterrain tags</extracomment>
            <translation>entorno</translation>
        </message>
        <message>
            <source>exposure</source>
            <extracomment>usm:incidentsvsenvironment tags</extracomment>
            <translation>exposición</translation>
        </message>
        <message>
            <source>Risk terrain model (RTM)</source>
            <extracomment>usm:riskterrain name</extracomment>
            <translation>Modelo de terreno de riesgo (RTM)</translation>
        </message>
        <message>
            <source>Risk Terrain Modeling on a grid: tests candidate environmental factors (proximity at several distances, density at several bandwidths), keeps the ones that predict incidents by a cross-validated penalised regression, and maps the relative risk per cell, with the relative risk value of every factor (protective factors below 1) and the predictive accuracy index on held-out incidents.</source>
            <extracomment>usm:riskterrain short description; usm:riskterrain help</extracomment>
            <translation>Modelado del terreno de riesgo sobre una grilla: prueba factores ambientales candidatos (proximidad a varias distancias, densidad con varios anchos de banda), conserva los que predicen incidentes mediante una regresión penalizada con validación cruzada y mapea el riesgo relativo por celda, con el valor de riesgo relativo de cada factor (factores protectores por debajo de 1) y el índice de precisión predictiva sobre incidentes reservados.</translation>
        </message>
        <message>
            <source>Polygon(s) covering the study area, e.g. the city boundary or the neighbourhoods.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Polígono(s) que cubren el área de estudio, p. ej. el límite de la ciudad o los barrios.</translation>
        </message>
        <message>
            <source>Incident points (the outcome). Incidents outside the study area are left out and counted.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Puntos de incidentes (el resultado). Los incidentes fuera del área de estudio se dejan fuera y se cuentan.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Candidate factor layers</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Capas de factores candidatos</translation>
        </message>
        <message>
            <source>One layer per candidate factor (points, lines or polygons), named as the factor should appear in the results.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Una capa por factor candidato (puntos, líneas o polígonos), con el nombre con el que el factor debe aparecer en los resultados.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Proximity distances (metres)</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Distancias de proximidad (metros)</translation>
        </message>
        <message>
            <source>Comma-separated distances: each factor is tested as 'cell centre within d metres' for each d.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Distancias separadas por comas: cada factor se prueba como 'centro de la celda a menos de d metros' para cada d.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Density bandwidths (metres)</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Anchos de banda de densidad (metros)</translation>
        </message>
        <message>
            <source>Comma-separated quartic-kernel bandwidths for point factors (high density = above mean + 2 SD); empty for proximity only.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Anchos de banda del núcleo cuártico separados por comas para los factores de puntos (densidad alta = por encima de la media + 2 DE); vacío solo para proximidad.</translation>
        </message>
        <message>
            <source>Cell size (metres)</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Tamaño de celda (metros)</translation>
        </message>
        <message>
            <source>Side of the square cells. RTM usually uses about half the block length.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Lado de las celdas cuadradas. El RTM suele usar cerca de la mitad del largo de una cuadra.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Final model</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Modelo final</translation>
        </message>
        <message>
            <source>Count model of the unpenalised refit: Poisson, or negative binomial (NB2) when the counts are overdispersed (the log warns).</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Modelo de conteo del reajuste sin penalización: Poisson, o binomial negativa (NB2) cuando los conteos están sobredispersos (el registro lo advierte).</translation>
        </message>
        <message>
            <source>Poisson</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Poisson</translation>
        </message>
        <message>
            <source>Negative binomial (NB2)</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Binomial negativa (NB2)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Penalty choice</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Elección de la penalización</translation>
        </message>
        <message>
            <source>Penalty at the smallest cross-validated deviance (best prediction), or the largest within one standard error of it (a sparser model: only factors with clear effects).</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Penalización con la menor devianza de validación cruzada (mejor predicción), o la mayor dentro de un error estándar de ella (un modelo más parsimonioso: solo factores con efectos claros).</translation>
        </message>
        <message>
            <source>Smallest cross-validated deviance</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Menor devianza de validación cruzada</translation>
        </message>
        <message>
            <source>One standard error (fewer factors)</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Un error estándar (menos factores)</translation>
        </message>
        <message>
            <source>Cross-validation folds</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Particiones de validación cruzada</translation>
        </message>
        <message>
            <source>Number of spatially blocked folds for choosing the penalty.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Número de particiones con bloques espaciales para elegir la penalización.</translation>
        </message>
        <message>
            <source>Block size (cells)</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Tamaño de bloque (celdas)</translation>
        </message>
        <message>
            <source>Side of the square blocks of cells dealt to the folds.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Lado de los bloques cuadrados de celdas repartidos entre las particiones.</translation>
        </message>
        <message>
            <source>Held-out share of incidents</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Proporción de incidentes reservados</translation>
        </message>
        <message>
            <source>Share of incidents set aside at random for the PAI (0: the PAI is computed on the training incidents, which flatters it).</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Proporción de incidentes apartados al azar para el PAI (0: el PAI se calcula sobre los incidentes de entrenamiento, lo que lo favorece).</translation>
        </message>
        <message>
            <source>PAI top share of cells</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Proporción superior de celdas para el PAI</translation>
        </message>
        <message>
            <source>The PAI scores this share of cells with the highest relative risk.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>El PAI evalúa esta proporción de celdas con el mayor riesgo relativo.</translation>
        </message>
        <message>
            <source>Seed of the holdout split and the fold assignment: same seed, same result.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Semilla de la división de reserva y de la asignación a particiones: misma semilla, mismo resultado.</translation>
        </message>
        <message>
            <source>Optional neighbourhoods for the mean and maximum relative risk per neighbourhood.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Barrios opcionales para el riesgo relativo medio y máximo por barrio.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Risk surface</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Superficie de riesgo</translation>
        </message>
        <message>
            <source>GeoTIFF of the relative risk per cell.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>GeoTIFF del riesgo relativo por celda.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Factors</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Factores</translation>
        </message>
        <message>
            <source>One row per tested operationalisation with the fields under Output fields.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Una fila por cada operacionalización probada con los campos de Campos de salida.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Neighbourhood risk</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Riesgo por barrio</translation>
        </message>
        <message>
            <source>The neighbourhoods with rtm_cells, rr_mean and rr_max.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Los barrios con rtm_cells, rr_mean y rr_max.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Predictive accuracy index</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Índice de precisión predictiva</translation>
        </message>
        <message>
            <source>The study area is covered by square cells. Each factor layer (bars, transit stops, vacant lots, schools, parks, police posts... any points, lines or polygons) is turned into 0/1 cell columns: proximity (the cell centre lies within each of the DISTANCES of the factor) and, for point layers with BANDWIDTHS, density (the quartic kernel density of the factor points is above its mean plus two standard deviations, the RTM convention).</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>El área de estudio se cubre con celdas cuadradas. Cada capa de factor (bares, paradas de transporte, lotes baldíos, escuelas, parques, puestos de policía... cualquier punto, línea o polígono) se convierte en columnas 0/1 por celda: proximidad (el centro de la celda está a menos de cada una de las DISTANCES del factor) y, para capas de puntos con BANDWIDTHS, densidad (la densidad kernel cuártica de los puntos del factor está por encima de su media más dos desviaciones estándar, la convención del RTM).</translation>
        </message>
        <message>
            <source>Selection: a lasso (L1-penalised) Poisson regression of the training incidents per cell on every column; the penalty is chosen by cross-validation (the smallest mean deviance, or with PENALTY_RULE "one standard error" the largest penalty within one standard error of it, for fewer factors) with spatially blocked folds (blocks of BLOCK_CELLS x BLOCK_CELLS cells dealt to FOLDS folds at random with SEED), so that neighbouring cells never sit on both sides of a split. Per factor the operationalisation with the largest standardised effect is kept, and the kept factors are refitted without penalty (Poisson or negative binomial). The relative risk value RRV = exp(coefficient) of a factor is the risk of a cell with the factor relative to a cell without it; RRV below 1 marks a protective factor (the resilience side). The risk surface is the product of the RRVs of the factors present in each cell (1 where none is).</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>Selección: una regresión de Poisson lasso (penalizada L1) de los incidentes de entrenamiento por celda sobre todas las columnas; la penalización se elige por validación cruzada (la menor devianza media, o con PENALTY_RULE "un error estándar" la mayor penalización dentro de un error estándar de ella, para menos factores) con particiones en bloques espaciales (bloques de BLOCK_CELLS x BLOCK_CELLS celdas repartidos al azar entre FOLDS particiones con SEED), para que las celdas vecinas nunca queden a ambos lados de una división. Por factor se conserva la operacionalización con el mayor efecto estandarizado, y los factores conservados se reajustan sin penalización (Poisson o binomial negativa). El valor de riesgo relativo RRV = exp(coeficiente) de un factor es el riesgo de una celda con el factor relativo a una celda sin él; un RRV por debajo de 1 señala un factor protector (el lado de la resiliencia). La superficie de riesgo es el producto de los RRV de los factores presentes en cada celda (1 donde no hay ninguno).</translation>
        </message>
        <message>
            <source>Validation: a HOLDOUT share of incidents is set aside at random (SEED); the predictive accuracy index PAI of the TOP_SHARE of cells with the highest risk is their share of the held-out incidents divided by their share of the area (PAI 1 = no better than chance). An empty factor layer or a column equal in every cell is left out with a warning. The surface is written in the analysis CRS (the study area's, or the local UTM zone when that is geographic).</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>Validación: una proporción HOLDOUT de incidentes se aparta al azar (SEED); el índice de precisión predictiva PAI de la proporción TOP_SHARE de celdas con mayor riesgo es su proporción de los incidentes reservados dividida por su proporción del área (PAI 1 = no mejor que el azar). Una capa de factor vacía o una columna igual en todas las celdas se deja fuera con una advertencia. La superficie se escribe en el SRC de análisis (el del área de estudio, o la zona UTM local cuando ese es geográfico).</translation>
        </message>
        <message>
            <source>factor layer name</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>nombre de la capa de factor</translation>
        </message>
        <message>
            <source>proximity or density</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>proximity o density</translation>
        </message>
        <message>
            <source>proximity distance or density bandwidth</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>distancia de proximidad o ancho de banda de densidad</translation>
        </message>
        <message>
            <source>study cells where the column is 1</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>celdas de estudio donde la columna es 1</translation>
        </message>
        <message>
            <source>1 for the operationalisation kept in the final model</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>1 para la operacionalización conservada en el modelo final</translation>
        </message>
        <message>
            <source>final-model coefficient (log relative risk); NULL when not kept</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>coeficiente del modelo final (logaritmo del riesgo relativo); NULL cuando no se conserva</translation>
        </message>
        <message>
            <source>log ratio</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>logaritmo de razón</translation>
        </message>
        <message>
            <source>its standard error</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>su error estándar</translation>
        </message>
        <message>
            <source>two-sided Wald p-value</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>valor p de Wald bilateral</translation>
        </message>
        <message>
            <source>relative risk value exp(coef): the risk in a cell with the factor relative to one without; &lt; 1 protective</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>valor de riesgo relativo exp(coef): el riesgo en una celda con el factor relativo a una sin él; &lt; 1 protector</translation>
        </message>
        <message>
            <source>1 when rrv &lt; 1 (a resilience factor)</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>1 cuando rrv &lt; 1 (un factor de resiliencia)</translation>
        </message>
        <message>
            <source>standardised coefficient at the cross-validated penalty (0 = dropped)</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>coeficiente estandarizado con la penalización de validación cruzada (0 = descartado)</translation>
        </message>
        <message>
            <source>log ratio per SD</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>logaritmo de razón por DE</translation>
        </message>
        <message>
            <source>Risk surface (raster)</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>Superficie de riesgo (ráster)</translation>
        </message>
        <message>
            <source>relative risk of the cell: product of the RRVs of the factors present; NoData outside the study area</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>riesgo relativo de la celda: producto de los RRV de los factores presentes; NoData fuera del área de estudio</translation>
        </message>
        <message>
            <source>cells whose centre lies in the neighbourhood</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>celdas cuyo centro está en el barrio</translation>
        </message>
        <message>
            <source>mean relative risk of those cells</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>riesgo relativo medio de esas celdas</translation>
        </message>
        <message>
            <source>maximum relative risk of those cells</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>riesgo relativo máximo de esas celdas</translation>
        </message>
        <message>
            <source>risk terrain modeling</source>
            <extracomment>usm:riskterrain tags</extracomment>
            <translation>modelado del terreno de riesgo</translation>
        </message>
        <message>
            <source>rtm</source>
            <extracomment>usm:riskterrain tags</extracomment>
            <translation>rtm</translation>
        </message>
        <message>
            <source>relative risk</source>
            <extracomment>usm:riskterrain tags</extracomment>
            <translation>riesgo relativo</translation>
        </message>
        <message>
            <source>protective factors</source>
            <extracomment>usm:riskterrain tags</extracomment>
            <translation>factores protectores</translation>
        </message>
        <message>
            <source>lasso</source>
            <extracomment>usm:riskterrain tags</extracomment>
            <translation>lasso</translation>
        </message>
        <message>
            <source>negative binomial</source>
            <extracomment>usm:riskterrain tags</extracomment>
            <translation>binomial negativa</translation>
        </message>
        <message>
            <source>pai</source>
            <extracomment>usm:riskterrain tags</extracomment>
            <translation>pai</translation>
        </message>
        <message>
            <source>prediction</source>
            <extracomment>usm:riskterrain tags</extracomment>
            <translation>predicción</translation>
        </message>
        <message>
            <source>Near repeat analysis (Knox test)</source>
            <extracomment>usm:nearrepeat name</extracomment>
            <translation>Análisis de repetición cercana (prueba de Knox)</translation>
        </message>
        <message>
            <source>Tests for repeat and near-repeat victimisation: whether pairs of incidents close in space are also close in time more often than chance, per band of distance and of days, with a seeded Monte Carlo, Knox ratios, p-values and a heat-map report.</source>
            <extracomment>usm:nearrepeat short description; usm:nearrepeat help</extracomment>
            <translation>Prueba la victimización repetida y de repetición cercana: si los pares de incidentes cercanos en el espacio también son cercanos en el tiempo más a menudo que por azar, por banda de distancia y de días, con un Monte Carlo con semilla, razones de Knox, valores p y un informe con mapa de calor.</translation>
        </message>
        <message>
            <source>Incident points of one type (e.g. burglaries). Distances are measured in metres in the layer's CRS, or in the local UTM zone when it is geographic.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Puntos de incidentes de un solo tipo (p. ej. robos a viviendas). Las distancias se miden en metros en el SRC de la capa, o en la zona UTM local cuando es geográfico.</translation>
        </message>
        <message>
            <source>Date or date-time of each incident (a date field, or text such as 2023-05-17 or 17/05/2023 21:30).</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Fecha o fecha y hora de cada incidente (un campo de fecha, o texto como 2023-05-17 o 17/05/2023 21:30).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Distance bands (metres)</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Bandas de distancia (metros)</translation>
        </message>
        <message>
            <source>Increasing upper limits of the distance bands, comma-separated; each band includes its upper limit.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Límites superiores crecientes de las bandas de distancia, separados por comas; cada banda incluye su límite superior.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Time bands (days)</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Bandas de tiempo (días)</translation>
        </message>
        <message>
            <source>Increasing upper limits of the time bands in days, comma-separated; each band includes its upper limit, the first also 0.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Límites superiores crecientes de las bandas de tiempo en días, separados por comas; cada banda incluye su límite superior, la primera también el 0.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Same-location band</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Banda de misma ubicación</translation>
        </message>
        <message>
            <source>Report repeats at the same location as a band of their own.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Informar las repeticiones en la misma ubicación como una banda propia.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Same-location distance (metres)</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Distancia de misma ubicación (metros)</translation>
        </message>
        <message>
            <source>Incidents at most this far apart are at the same location (0: identical coordinates; a few metres for addresses geocoded slightly apart).</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Los incidentes separados como máximo esta distancia están en la misma ubicación (0: coordenadas idénticas; unos pocos metros para direcciones geocodificadas ligeramente separadas).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Distance</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Distancia</translation>
        </message>
        <message>
            <source>Straight-line (Euclidean) or city-block (Manhattan) distance.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Distancia en línea recta (euclidiana) o por cuadras (Manhattan).</translation>
        </message>
        <message>
            <source>Euclidean (straight line)</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Euclidiana (línea recta)</translation>
        </message>
        <message>
            <source>Manhattan (city block)</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Manhattan (por cuadras)</translation>
        </message>
        <message>
            <source>Monte Carlo shuffles of the dates among the locations (999 gives p-values down to 0.001; below 99 is warned).</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Barajados de Monte Carlo de las fechas entre las ubicaciones (999 da valores p de hasta 0,001; por debajo de 99 se advierte).</translation>
        </message>
        <message>
            <source>Seed of the shuffles: the same seed gives the same p-values.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Semilla de los barajados: la misma semilla da los mismos valores p.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Knox table</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Tabla de Knox</translation>
        </message>
        <message>
            <source>One row per band pair with the fields under Output fields.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Una fila por par de bandas con los campos de Campos de salida.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Heat-map report</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Informe con mapa de calor</translation>
        </message>
        <message>
            <source>HTML page with the Knox ratios as a heat map, the p-values and the band definitions.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Página HTML con las razones de Knox como mapa de calor, los valores p y las definiciones de las bandas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Classified incidents</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Incidentes clasificados</translation>
        </message>
        <message>
            <source>The incidents with nr_class, chain_id and chain_size.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Los incidentes con nr_class, chain_id y chain_size.</translation>
        </message>
        <message>
            <source>Every pair of incidents falls in one distance band and one time band. Bands include their upper limit and exclude the lower one, and every label is the interval itself: with DISTANCE_BANDS 100,200 and a same-location band the rows are "same location (d &lt;= 0 m)", "0 &lt; d &lt;= 100 m" and "100 &lt; d &lt;= 200 m"; with TIME_BANDS 7,14 the columns are "0 &lt;= t &lt;= 7 days" and "7 &lt; t &lt;= 14 days" (t = days between the two incidents, with the time of day when the date field has one). Pairs farther apart or further apart in time are the reference and are not reported.</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>Cada par de incidentes cae en una banda de distancia y una banda de tiempo. Las bandas incluyen su límite superior y excluyen el inferior, y cada etiqueta es el propio intervalo: con DISTANCE_BANDS 100,200 y una banda de misma ubicación las filas son "same location (d &lt;= 0 m)", "0 &lt; d &lt;= 100 m" y "100 &lt; d &lt;= 200 m"; con TIME_BANDS 7,14 las columnas son "0 &lt;= t &lt;= 7 days" y "7 &lt; t &lt;= 14 days" (t = días entre los dos incidentes, con la hora del día cuando el campo de fecha la tiene). Los pares más alejados en el espacio o en el tiempo son la referencia y no se informan.</translation>
        </message>
        <message>
            <source>expected is the exact mean number of pairs in the cell when the incidents' dates are shuffled among their locations; knox_ratio = observed / expected (above 1: more pairs than chance). The p-value comes from PERMUTATIONS random shuffles drawn with SEED: the share of shuffles with at least as many pairs (one-sided, the +1 rule). Same input and seed, same result. Incidents without a usable date or geometry are left out and counted in the log.</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>expected es el número medio exacto de pares en la celda cuando las fechas de los incidentes se barajan entre sus ubicaciones; knox_ratio = observado / esperado (por encima de 1: más pares que por azar). El valor p viene de PERMUTATIONS barajados aleatorios hechos con SEED: la proporción de barajados con al menos tantos pares (unilateral, la regla del +1). Misma entrada y semilla, mismo resultado. Los incidentes sin fecha o geometría utilizable se dejan fuera y se cuentan en el registro.</translation>
        </message>
        <message>
            <source>Optionally every incident is classified, with links between incidents within the first distance band and the last time band: repeat (same location as an earlier linked incident), near_repeat (close to an earlier one), originator (starts a chain), isolated; chain_id numbers the groups of linked incidents.</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>Opcionalmente cada incidente se clasifica, con vínculos entre incidentes dentro de la primera banda de distancia y la última banda de tiempo: repeat (misma ubicación que un incidente vinculado anterior), near_repeat (cerca de uno anterior), originator (inicia una cadena), isolated; chain_id numera los grupos de incidentes vinculados.</translation>
        </message>
        <message>
            <source>spatial band, the interval written out (e.g. '0 &lt; d &lt;= 100 m')</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>banda espacial, el intervalo escrito (p. ej. '0 &lt; d &lt;= 100 m')</translation>
        </message>
        <message>
            <source>temporal band, the interval written out (e.g. '7 &lt; t &lt;= 14 days')</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>banda temporal, el intervalo escrito (p. ej. '7 &lt; t &lt;= 14 days')</translation>
        </message>
        <message>
            <source>lower limit of the spatial band (excluded; NULL for the same-location band)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>límite inferior de la banda espacial (excluido; NULL para la banda de misma ubicación)</translation>
        </message>
        <message>
            <source>upper limit of the spatial band (included)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>límite superior de la banda espacial (incluido)</translation>
        </message>
        <message>
            <source>lower limit of the temporal band (excluded; NULL for the first band, which includes 0)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>límite inferior de la banda temporal (excluido; NULL para la primera banda, que incluye el 0)</translation>
        </message>
        <message>
            <source>days</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>días</translation>
        </message>
        <message>
            <source>upper limit of the temporal band (included)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>límite superior de la banda temporal (incluido)</translation>
        </message>
        <message>
            <source>pairs of incidents in the band pair</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>pares de incidentes en el par de bandas</translation>
        </message>
        <message>
            <source>exact expected number of pairs when times are permuted among locations</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>número esperado exacto de pares cuando los tiempos se permutan entre las ubicaciones</translation>
        </message>
        <message>
            <source>observed / expected; &gt; 1 more pairs than chance</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>observado / esperado; &gt; 1 más pares que por azar</translation>
        </message>
        <message>
            <source>mean of the permutation counts (checks expected)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>media de los conteos de las permutaciones (verifica expected)</translation>
        </message>
        <message>
            <source>one-sided Monte Carlo p-value of an excess of pairs</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>valor p de Monte Carlo unilateral de un exceso de pares</translation>
        </message>
        <message>
            <source>1 when p_value &lt; 0.05</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>1 cuando p_value &lt; 0.05</translation>
        </message>
        <message>
            <source>Classified incidents (added to the incident's own fields)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>Incidentes clasificados (agregados a los campos propios del incidente)</translation>
        </message>
        <message>
            <source>originator (starts a chain), repeat (same location as an earlier incident in the chain window), near_repeat (close to an earlier one), isolated</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>originator (inicia una cadena), repeat (misma ubicación que un incidente anterior en la ventana de la cadena), near_repeat (cerca de uno anterior), isolated</translation>
        </message>
        <message>
            <source>id of the chain of linked incidents (0 = not in a chain)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>identificador de la cadena de incidentes vinculados (0 = no está en una cadena)</translation>
        </message>
        <message>
            <source>incidents in the chain</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>incidentes en la cadena</translation>
        </message>
        <message>
            <source>near repeat</source>
            <extracomment>usm:nearrepeat tags</extracomment>
            <translation>repetición cercana</translation>
        </message>
        <message>
            <source>repeat victimisation</source>
            <extracomment>usm:nearrepeat tags</extracomment>
            <translation>victimización repetida</translation>
        </message>
        <message>
            <source>knox test</source>
            <extracomment>usm:nearrepeat tags</extracomment>
            <translation>prueba de knox</translation>
        </message>
        <message>
            <source>burglary</source>
            <extracomment>usm:nearrepeat tags</extracomment>
            <translation>robo a vivienda</translation>
        </message>
        <message>
            <source>Full diagnosis of a city</source>
            <extracomment>usm:fulldiagnosis name</extracomment>
            <translation>Diagnóstico completo de una ciudad</translation>
        </message>
        <message>
            <source>Runs the whole diagnosis on a city's layers in one go: census interpolation, incidents per neighbourhood with rates, hot spots, clusters, emerging patterns, density, SDG indicators, typologies, a risk index, change and target tracking, survey shares, a street audit and facilities, into one styled GeoPackage with a neighbourhood summary, and a folder of tables.</source>
            <extracomment>usm:fulldiagnosis short description; usm:fulldiagnosis help</extracomment>
            <translation>Ejecuta todo el diagnóstico sobre las capas de una ciudad de una sola vez: interpolación censal, incidentes por barrio con tasas, puntos calientes, agrupamientos, patrones emergentes, densidad, indicadores ODS, tipologías, un índice de riesgo, seguimiento de cambios y metas, proporciones de encuestas, una auditoría de calles y equipamientos, en un GeoPackage con estilos con un resumen por barrio, y una carpeta de tablas.</translation>
        </message>
        <message>
            <source>Neighbourhood polygons with a unique id.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Polígonos de barrios con un identificador único.</translation>
        </message>
        <message>
            <source>Unique code of each neighbourhood.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Código único de cada barrio.</translation>
        </message>
        <message>
            <source>Incident points (crime, violence, calls for service).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Puntos de incidentes (delitos, violencia, llamadas de servicio).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Incident category field</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Campo de categoría del incidente</translation>
        </message>
        <message>
            <source>Counts per category (n_cat_*) when given.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Conteos por categoría (n_cat_*) cuando se da.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Incident date field</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Campo de fecha del incidente</translation>
        </message>
        <message>
            <source>Counts per year, the emerging hot spot step, the change between years and the target path need the date of each incident.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Los conteos por año, el paso de puntos calientes emergentes, el cambio entre años y la trayectoria de la meta necesitan la fecha de cada incidente.</translation>
        </message>
        <message>
            <source>Census units whose variables are interpolated to the neighbourhoods.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Unidades censales cuyas variables se interpolan a los barrios.</translation>
        </message>
        <message>
            <source>Code of each census unit (used in the diagnostics).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Código de cada unidad censal (usado en los diagnósticos).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Census counts</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Conteos censales</translation>
        </message>
        <message>
            <source>Count variables (population, households...) split by area or raster share.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Variables de conteo (población, hogares...) repartidas por proporción de área o de ráster.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Census rates and shares</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Tasas y proporciones censales</translation>
        </message>
        <message>
            <source>Rates, shares and means, averaged weighted by population. With the incident rate they describe the neighbourhoods for the typologies.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Tasas, proporciones y medias, promediadas con ponderación por población. Junto con la tasa de incidentes describen los barrios para las tipologías.</translation>
        </message>
        <message>
            <source>The census population count: it gives the rates per resident, the smoothed rates analysed for hot spots, the risk index and the residents of the SDG indicators.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>El conteo de población del censo: da las tasas por residente, las tasas suavizadas que se analizan para los puntos calientes, el índice de riesgo y los residentes de los indicadores ODS.</translation>
        </message>
        <message>
            <source>Residents per cell: dasymetric census interpolation, the SDG residents and the residents near facilities.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Residentes por celda: interpolación censal dasimétrica, los residentes de los ODS y los residentes cercanos a los equipamientos.</translation>
        </message>
        <message>
            <source>For SDG 11.2.1 (with public space, for the SDG step); activity generators of the street audit.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Para el ODS 11.2.1 (con espacio público, para el paso de los ODS); generadores de actividad de la auditoría de calles.</translation>
        </message>
        <message>
            <source>Stop capacity field</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Campo de capacidad de la parada</translation>
        </message>
        <message>
            <source>Capacity class or mode of each stop (bus, tram: low; BRT, metro, rail, ferry: high), as in SDG 11.2.1. The SDG step needs it.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Clase de capacidad o modo de cada parada (autobús, tranvía: baja; BRT, metro, tren, transbordador: alta), como en el ODS 11.2.1. El paso de los ODS lo necesita.</translation>
        </message>
        <message>
            <source>For SDG 11.7.1 (with transit stops, for the SDG step).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Para el ODS 11.7.1 (con paradas de transporte, para el paso de los ODS).</translation>
        </message>
        <message>
            <source>Only public spaces whose value is 1 count (all count without it).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Solo cuentan los espacios públicos cuyo valor es 1 (sin él cuentan todos).</translation>
        </message>
        <message>
            <source>Walking distances for the SDG indicators (straight lines without it); with street lights, the street-segment audit.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Distancias a pie para los indicadores ODS (líneas rectas sin ellas); con luminarias, la auditoría de tramos de calle.</translation>
        </message>
        <message>
            <source>With the streets: the street-segment audit (lit share, dark gaps).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Con las calles: la auditoría de tramos de calle (proporción iluminada, tramos oscuros).</translation>
        </message>
        <message>
            <source>0/1 field: only lights with 1 count as working (all count without it).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Campo 0/1: solo las luminarias con 1 cuentan como en funcionamiento (sin él cuentan todas).</translation>
        </message>
        <message>
            <source>Land-use polygons: the land-use mix of the street audit.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Polígonos de uso del suelo: la mezcla de usos del suelo de la auditoría de calles.</translation>
        </message>
        <message>
            <source>The land-use class of each polygon (the street audit needs it with LAND_USE).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>La clase de uso del suelo de cada polígono (la auditoría de calles la necesita con LAND_USE).</translation>
        </message>
        <message>
            <source>One point per respondent: shares per neighbourhood with Wilson intervals.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Un punto por encuestado: proporciones por barrio con intervalos de Wilson.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Survey yes/no fields</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Campos sí/no de la encuesta</translation>
        </message>
        <message>
            <source>Answer fields coded 0/1, true/false or yes/no (e.g. feels_unsafe_night).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Campos de respuesta codificados 0/1, true/false o sí/no (p. ej. feels_unsafe_night).</translation>
        </message>
        <message>
            <source>Point layers of facilities (police posts, schools, health centres): counts, densities, per resident and nearest distances per neighbourhood, fields prefixed with the layer's name; also activity generators of the street audit.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Capas de puntos de equipamientos (puestos de policía, escuelas, centros de salud): número, densidades, por residente y distancias al más cercano por barrio, con campos con el nombre de la capa como prefijo; también generadores de actividad de la auditoría de calles.</translation>
        </message>
        <message>
            <source>Conditional permutations of the hot spot and cluster steps.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Permutaciones condicionales de los pasos de puntos calientes y de agrupamientos.</translation>
        </message>
        <message>
            <source>Seed of every random step: the same seed gives the same diagnosis.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Semilla de cada paso aleatorio: la misma semilla da el mismo diagnóstico.</translation>
        </message>
        <message>
            <source>Typology stability re-runs</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Repeticiones de estabilidad de la tipología</translation>
        </message>
        <message>
            <source>Subsample re-runs measuring how stable each neighbourhood's type is (the stand-alone tool's default is 100).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Repeticiones sobre submuestras que miden cuán estable es el tipo de cada barrio (el valor por defecto de la herramienta independiente es 100).</translation>
        </message>
        <message>
            <source>Risk index Monte Carlo runs</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Ejecuciones de Monte Carlo del índice de riesgo</translation>
        </message>
        <message>
            <source>Index computations under other choices, for the rank intervals (the stand-alone tool's default is 1000).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Cálculos del índice con otras elecciones, para los intervalos de posición (el valor por defecto de la herramienta independiente es 1000).</translation>
        </message>
        <message>
            <source>Reduction of incidents from the first year by the target year.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Reducción de los incidentes respecto del primer año para el año meta.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Diagnosis GeoPackage</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>GeoPackage del diagnóstico</translation>
        </message>
        <message>
            <source>One GeoPackage with a styled layer per step (a new file: an existing one is replaced only when every step has succeeded).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Un GeoPackage con una capa con estilo por paso (un archivo nuevo: uno existente solo se reemplaza cuando todos los pasos terminaron bien).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Folder for tables and reports</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Carpeta para tablas e informes</translation>
        </message>
        <message>
            <source>The density raster, the CSV tables, the reports and the provenance records.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>El ráster de densidad, las tablas CSV, los informes y los registros de procedencia.</translation>
        </message>
        <message>
            <source>The steps run in order, each with the settings a first diagnosis needs, and each step's output feeds the next: census variables are interpolated to the neighbourhoods (when a census layer is given), incidents are counted per neighbourhood with rates per 100,000 residents and Empirical Bayes smoothed rates, Gi* hot spots (bins from the z-score, as ArcGIS, FDR-corrected) and Local Moran's I clusters (permutations, as GeoDa) are computed on the smoothed rate (on the density per km² without population), emerging hot spots over the months (with a date field), a kernel density surface, and the SDG 11.2.1 and 11.7.1 indicators (with transit stops, public space and a population source).</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>Los pasos se ejecutan en orden, cada uno con la configuración que necesita un primer diagnóstico, y la salida de cada paso alimenta al siguiente: las variables censales se interpolan a los barrios (cuando se da una capa censal), los incidentes se cuentan por barrio con tasas por cada 100.000 residentes y tasas suavizadas por Bayes empírico, se calculan los puntos calientes Gi* (clases a partir de la puntuación z, como ArcGIS, corregidas por FDR) y los agrupamientos del I de Moran local (permutaciones, como GeoDa) sobre la tasa suavizada (sobre la densidad por km² sin población), los puntos calientes emergentes por meses (con un campo de fecha), una superficie de densidad kernel, y los indicadores ODS 11.2.1 y 11.7.1 (con paradas de transporte, espacio público y una fuente de población).</translation>
        </message>
        <message>
            <source>Then, as their inputs allow: neighbourhood typologies (k-means on the census rates and shares and the incident rate, k from 2 to 10 chosen by three criteria, seeded, with fewer stability re-runs than the stand-alone tool: TYPOLOGY_RUNS, default 30); a composite risk index from the catalogue's crime and violence and socio-economic risk groups (indicators whose field is missing left out, INDEX_RUNS Monte Carlo runs, default 200, for the rank intervals; needs rates per resident); the first year against the last year of the incident counts (exact test, FDR) and progress to a reduction target (default -50 % by 2030, benchmarked against the neighbourhood's type when typologies ran; both need a date field and at least two years); survey shares with Wilson intervals (a SURVEY point layer and its yes/no fields); a street-segment audit (STREETS and street LIGHTS; optional land use, transit stops and facilities as activity generators); and counts, densities and nearest distances of each FACILITIES layer. Steps whose inputs are missing are skipped, each with its reason in the log and in the chain's provenance record.</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>Luego, según lo permitan sus entradas: tipologías de barrios (k-medias sobre las tasas y proporciones censales y la tasa de incidentes, k de 2 a 10 elegido con tres criterios, con semilla, con menos repeticiones de estabilidad que la herramienta independiente: TYPOLOGY_RUNS, por defecto 30); un índice compuesto de riesgo a partir de los grupos de delito y violencia y de riesgo socioeconómico del catálogo (se dejan fuera los indicadores cuyo campo falta, INDEX_RUNS ejecuciones de Monte Carlo, por defecto 200, para los intervalos de posición; necesita tasas por residente); el primer año frente al último de los conteos de incidentes (prueba exacta, FDR) y el avance hacia una meta de reducción (por defecto -50 % para 2030, comparado con el tipo del barrio cuando se ejecutaron las tipologías; ambos necesitan un campo de fecha y al menos dos años); proporciones de encuestas con intervalos de Wilson (una capa de puntos SURVEY y sus campos sí/no); una auditoría de tramos de calle (STREETS y luminarias LIGHTS; opcionalmente uso del suelo, paradas de transporte y equipamientos como generadores de actividad); y número, densidades y distancias al más cercano de cada capa FACILITIES. Los pasos cuyas entradas faltan se omiten, cada uno con su motivo en el registro y en el registro de procedencia de la cadena.</translation>
        </message>
        <message>
            <source>Last, neighbourhood_summary joins the key figures of every step by the neighbourhood id: one row per neighbourhood, each field named as the step that made it names it (see Output fields); the neighbourhood profiles read it.</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>Por último, neighbourhood_summary une por identificador de barrio las cifras clave de cada paso: una fila por barrio, cada campo con el nombre que le da el paso que lo hizo (ver Campos de salida); los perfiles de barrio la leen.</translation>
        </message>
        <message>
            <source>Every vector result is a layer of the output GeoPackage with its style stored in it, so it opens styled in any QGIS. The output folder holds the density GeoTIFF, the accounting and summary tables (CSV), the typology summary (HTML) and one provenance record per step plus one for the chain. The GeoPackage is written under a temporary name and moved into place when every step has succeeded: a cancelled or failed run leaves no partial package. Each step can also be run on its own, with every option, from the toolbox.</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>Cada resultado vectorial es una capa del GeoPackage de salida con su estilo guardado en él, de modo que se abre con estilo en cualquier QGIS. La carpeta de salida contiene el GeoTIFF de densidad, las tablas de contabilidad y de resumen (CSV), el resumen de la tipología (HTML) y un registro de procedencia por paso más uno para la cadena. El GeoPackage se escribe con un nombre temporal y se mueve a su lugar cuando todos los pasos terminaron bien: una ejecución cancelada o fallida no deja un paquete parcial. Cada paso también puede ejecutarse por separado, con todas sus opciones, desde la caja de herramientas.</translation>
        </message>
        <message>
            <source>every field of the neighbourhood layer (the id field unchanged: the join key)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>todos los campos de la capa de barrios (el campo de identificador sin cambios: la clave de unión)</translation>
        </message>
        <message>
            <source>census: the CENSUS_COUNTS and CENSUS_RATES fields interpolated to the neighbourhood (population among them)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>censo: los campos CENSUS_COUNTS y CENSUS_RATES interpolados al barrio (entre ellos la población)</translation>
        </message>
        <message>
            <source>as the census</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>como en el censo</translation>
        </message>
        <message>
            <source>incidents: neighbourhood area</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>incidentes: área del barrio</translation>
        </message>
        <message>
            <source>incidents: incidents in the neighbourhood</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>incidentes: incidentes en el barrio</translation>
        </message>
        <message>
            <source>incidents: incidents per km²</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>incidentes: incidentes por km²</translation>
        </message>
        <message>
            <source>incidents: incidents per category</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>incidentes: incidentes por categoría</translation>
        </message>
        <message>
            <source>incidents: incidents per calendar year (with a date field)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>incidentes: incidentes por año calendario (con un campo de fecha)</translation>
        </message>
        <message>
            <source>incidents: per 100,000 residents (with population)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>incidentes: por cada 100.000 residentes (con población)</translation>
        </message>
        <message>
            <source>per 100,000</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>por cada 100.000</translation>
        </message>
        <message>
            <source>incidents: Empirical Bayes smoothed rates</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>incidentes: tasas suavizadas por Bayes empírico</translation>
        </message>
        <message>
            <source>hotspots: Gi* z-score and confidence bin (-3..3) of eb_rate_total (dens_total without population)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>puntos calientes: puntuación z de Gi* y clase de confianza (-3..3) de eb_rate_total (dens_total sin población)</translation>
        </message>
        <message>
            <source>sd, class</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>de, clase</translation>
        </message>
        <message>
            <source>clusters: Local Moran's I type (HH, LL, HL, LH, Not significant)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>agrupamientos: tipo del I de Moran local (HH, LL, HL, LH, Not significant)</translation>
        </message>
        <message>
            <source>emerging: emerging hot spot pattern</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>emergentes: patrón de puntos calientes emergentes</translation>
        </message>
        <message>
            <source>typologies: type number (1 = largest), name, 1 for the representatives of the type</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>tipologías: número de tipo (1 = el más grande), nombre, 1 para los representativos del tipo</translation>
        </message>
        <message>
            <source>1..k, text, 0/1</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>1..k, texto, 0/1</translation>
        </message>
        <message>
            <source>index: composite risk index (higher = more risk), rank (1 = highest), 90% Monte Carlo intervals</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>índice: índice compuesto de riesgo (más alto = más riesgo), posición (1 = el más alto), intervalos de Monte Carlo del 90 %</translation>
        </message>
        <message>
            <source>0-100, rank</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>0-100, posición</translation>
        </message>
        <message>
            <source>change: first vs last year counts, % change of the rate, significance (-1, 0, 1, 9 too few)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>cambio: conteos del primer y último año, % de cambio de la tasa, significancia (-1, 0, 1, 9 muy pocos)</translation>
        </message>
        <message>
            <source>count, %, class</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>conteo, %, clase</translation>
        </message>
        <message>
            <source>target: on track / uncertain / off track (1, 0, -1, 9 too few) and the yearly reduction still needed</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>meta: por buen camino / incierto / desviado (1, 0, -1, 9 muy pocos) y la reducción anual que aún se necesita</translation>
        </message>
        <message>
            <source>text, class, % a year</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>texto, clase, % al año</translation>
        </message>
        <message>
            <source>sdg: SDG 11.2.1, share of residents served by public transport</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>ods: ODS 11.2.1, proporción de residentes servidos por el transporte público</translation>
        </message>
        <message>
            <source>sdg: SDG 11.7.1, open public space, its reference area, share of the built-up area, residents near it, share with access (see usm:sdgindicators)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>ods: ODS 11.7.1, espacio público abierto, su área de referencia, proporción del área construida, residentes cercanos, proporción con acceso (ver usm:sdgindicators)</translation>
        </message>
        <message>
            <source>m², 0-1</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>m², 0-1</translation>
        </message>
        <message>
            <source>survey: respondents, small-sample flag, share answering yes and its Wilson interval</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>encuesta: encuestados, indicador de muestra pequeña, proporción que responde sí y su intervalo de Wilson</translation>
        </message>
        <message>
            <source>count, 0/1, 0-1</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>conteo, 0/1, 0-1</translation>
        </message>
        <message>
            <source>streets: the street-segment audit per neighbourhood (see usm:streetsegmentaudit)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>calles: la auditoría de tramos de calle por barrio (ver usm:streetsegmentaudit)</translation>
        </message>
        <message>
            <source>see the audit</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>ver la auditoría</translation>
        </message>
        <message>
            <source>infrastructure: facilities of each FACILITIES layer (prefix = the layer name)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>infraestructura: equipamientos de cada capa FACILITIES (prefijo = el nombre de la capa)</translation>
        </message>
        <message>
            <source>count, 1/km², per 10,000, m</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>conteo, 1/km², por cada 10.000, m</translation>
        </message>
        <message>
            <source>GeoPackage layers (OUTPUT_GPKG)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>Capas del GeoPackage (OUTPUT_GPKG)</translation>
        </message>
        <message>
            <source>census variables interpolated to the neighbourhoods</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>variables censales interpoladas a los barrios</translation>
        </message>
        <message>
            <source>layer</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>capa</translation>
        </message>
        <message>
            <source>incidents per neighbourhood with rates and accounting</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>incidentes por barrio con tasas y contabilidad</translation>
        </message>
        <message>
            <source>Gi* hot and cold spots of the incident rate</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>puntos calientes y fríos Gi* de la tasa de incidentes</translation>
        </message>
        <message>
            <source>Local Moran's I clusters and outliers</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>agrupamientos y valores atípicos del I de Moran local</translation>
        </message>
        <message>
            <source>emerging hot spot patterns over time</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>patrones de puntos calientes emergentes en el tiempo</translation>
        </message>
        <message>
            <source>SDG 11.2.1 and 11.7.1 per neighbourhood</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>ODS 11.2.1 y 11.7.1 por barrio</translation>
        </message>
        <message>
            <source>neighbourhood types (k-means, k chosen by three criteria)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>tipos de barrios (k-medias, k elegido con tres criterios)</translation>
        </message>
        <message>
            <source>composite risk index with Monte Carlo rank intervals</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>índice compuesto de riesgo con intervalos de posición de Monte Carlo</translation>
        </message>
        <message>
            <source>first year against last year: significant changes</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>primer año frente al último: cambios significativos</translation>
        </message>
        <message>
            <source>on or off track to the target reduction</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>por buen camino o desviado respecto de la meta de reducción</translation>
        </message>
        <message>
            <source>survey shares with Wilson intervals</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>proporciones de la encuesta con intervalos de Wilson</translation>
        </message>
        <message>
            <source>street-segment audit (lighting, dark gaps, dead ends)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>auditoría de tramos de calle (alumbrado, tramos oscuros, calles sin salida)</translation>
        </message>
        <message>
            <source>the street audit per neighbourhood</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>la auditoría de calles por barrio</translation>
        </message>
        <message>
            <source>facilities per neighbourhood, one layer per facility layer</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>equipamientos por barrio, una capa por cada capa de equipamientos</translation>
        </message>
        <message>
            <source>one row per neighbourhood: the key figures of every step joined by id</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>una fila por barrio: las cifras clave de cada paso unidas por identificador</translation>
        </message>
        <message>
            <source>Output folder (OUTPUT_FOLDER)</source>
            <extracomment>usm:fulldiagnosis help; usm:neighbourhoodprofiles help</extracomment>
            <translation>Carpeta de salida (OUTPUT_FOLDER)</translation>
        </message>
        <message>
            <source>incidents per km² (GeoTIFF with a .qml style)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>incidentes por km² (GeoTIFF con un estilo .qml)</translation>
        </message>
        <message>
            <source>every incident accounted for</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>se rinde cuentas de cada incidente</translation>
        </message>
        <message>
            <source>census vs neighbourhood totals</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>totales del censo frente a los totales por barrio</translation>
        </message>
        <message>
            <source>city-wide SDG values</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>valores ODS de toda la ciudad</translation>
        </message>
        <message>
            <source>the types: profiles, k chosen</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>los tipos: perfiles, k elegido</translation>
        </message>
        <message>
            <source>report</source>
            <extracomment>usm:fulldiagnosis help; usm:fulldiagnosis tags; usm:neighbourhoodprofiles tags</extracomment>
            <translation>informe</translation>
        </message>
        <message>
            <source>the index: sensitivity, nodes</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>el índice: sensibilidad, nodos</translation>
        </message>
        <message>
            <source>city-wide change and target path</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>cambio de toda la ciudad y trayectoria de la meta</translation>
        </message>
        <message>
            <source>respondents and street audit accounted for</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>contabilidad de encuestados y de la auditoría de calles</translation>
        </message>
        <message>
            <source>how each output was made; the chain record lists the steps skipped and why</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>cómo se hizo cada salida; el registro de la cadena lista los pasos omitidos y por qué</translation>
        </message>
        <message>
            <source>JSON</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>JSON</translation>
        </message>
        <message>
            <source>diagnosis</source>
            <extracomment>usm:fulldiagnosis tags</extracomment>
            <translation>diagnóstico</translation>
        </message>
        <message>
            <source>chain</source>
            <extracomment>usm:fulldiagnosis tags</extracomment>
            <translation>cadena</translation>
        </message>
        <message>
            <source>model</source>
            <extracomment>usm:fulldiagnosis tags</extracomment>
            <translation>modelo</translation>
        </message>
        <message>
            <source>summary</source>
            <extracomment>usm:fulldiagnosis tags</extracomment>
            <translation>resumen</translation>
        </message>
        <message>
            <source>Public release (disclosure control)</source>
            <extracomment>usm:publicrelease name</extracomment>
            <translation>Publicación (control de divulgación)</translation>
        </message>
        <message>
            <source>Turns inward-facing neighbourhood counts into a public table: small counts withheld with everything derived from them, further cells withheld so that none can be recovered from totals, optional rounding, and incident points masked.</source>
            <extracomment>usm:publicrelease short description; usm:publicrelease help</extracomment>
            <translation>Convierte los conteos internos por barrio en una tabla pública: los conteos pequeños se ocultan junto con todo lo derivado de ellos, se ocultan otras celdas para que ninguna pueda recuperarse a partir de los totales, redondeo opcional, y los puntos de incidentes se enmascaran.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Neighbourhood counts</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Conteos por barrio</translation>
        </message>
        <message>
            <source>The inward-facing neighbourhood layer, e.g. the output of Aggregate incidents.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>La capa interna de barrios, p. ej. la salida de Agregar incidentes.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Count fields to publish</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Campos de conteo a publicar</translation>
        </message>
        <message>
            <source>Counts of incidents (whole numbers), e.g. n_cat_* and n_y* of Aggregate incidents.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Conteos de incidentes (números enteros), p. ej. n_cat_* y n_y* de Agregar incidentes.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Total field</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Campo de total</translation>
        </message>
        <message>
            <source>The neighbourhood total (n_total). Published and protected too; groups of count fields that add up to it give the row equations checked by the audit.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>El total del barrio (n_total). También se publica y se protege; los grupos de campos de conteo que suman el total dan las ecuaciones de fila que verifica la auditoría.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Suppression threshold</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Umbral de supresión</translation>
        </message>
        <message>
            <source>Counts from 1 to this value minus one are withheld (OECD: 3 to 5; US NCHS: 10).</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Los conteos de 1 a este valor menos uno se ocultan (OCDE: de 3 a 5; NCHS de EE. UU.: 10).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Sensitive count fields</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Campos de conteo sensibles</translation>
        </message>
        <message>
            <source>Count fields of sensitive categories (sexual, domestic, gender-based violence); must be among the count fields.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Campos de conteo de categorías sensibles (violencia sexual, doméstica, de género); deben estar entre los campos de conteo.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Threshold for sensitive fields</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Umbral para los campos sensibles</translation>
        </message>
        <message>
            <source>Counts of sensitive fields below this value are withheld.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Los conteos de los campos sensibles por debajo de este valor se ocultan.</translation>
        </message>
        <message>
            <source>Residents per neighbourhood, for the minimum-population rule and, with rounding, for recomputing crude rates.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Residentes por barrio, para la regla de población mínima y, con redondeo, para recalcular las tasas brutas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Minimum population</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Población mínima</translation>
        </message>
        <message>
            <source>Neighbourhoods with fewer residents (or none recorded) are withheld entirely (Statistics Canada: 40). Needs the population field; 0 = no rule.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Los barrios con menos residentes (o sin residentes registrados) se ocultan por completo (Statistics Canada: 40). Necesita el campo de población; 0 = sin regla.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Row-level fields to publish</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Campos de nivel de fila a publicar</translation>
        </message>
        <message>
            <source>Fields describing the neighbourhood as a whole (Gi_Bin, Gi_Label, a type name): published, but withheld where the total is withheld.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Campos que describen al barrio en su conjunto (Gi_Bin, Gi_Label, un nombre de tipo): se publican, pero se ocultan donde se oculta el total.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Random rounding base</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Base del redondeo aleatorio</translation>
        </message>
        <message>
            <source>0 = no rounding; 5 = unbiased random rounding to multiples of 5 (Statistics Canada), applied to every published count and total.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>0 = sin redondeo; 5 = redondeo aleatorio insesgado a múltiplos de 5 (Statistics Canada), aplicado a cada conteo y total publicado.</translation>
        </message>
        <message>
            <source>With rounding: crude rates rate_x are recomputed per this many residents from the rounded counts.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Con redondeo: las tasas brutas rate_x se recalculan por esta cantidad de residentes a partir de los conteos redondeados.</translation>
        </message>
        <message>
            <source>Seed of the rounding and of the point masking: the same seed gives the same release, so a re-run cannot be averaged to undo them.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Semilla del redondeo y del enmascaramiento de puntos: la misma semilla da la misma publicación, de modo que una nueva ejecución no puede promediarse para deshacerlos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Incident points to mask</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Puntos de incidentes a enmascarar</translation>
        </message>
        <message>
            <source>Optional incident layer. Its points are published only masked.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Capa de incidentes opcional. Sus puntos solo se publican enmascarados.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Category of the points</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Categoría de los puntos</translation>
        </message>
        <message>
            <source>The only attribute kept with the masked points (no ids, dates or descriptions).</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>El único atributo que se conserva con los puntos enmascarados (sin identificadores, fechas ni descripciones).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Minimum displacement (m)</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Desplazamiento mínimo (m)</translation>
        </message>
        <message>
            <source>No masked point lies closer than this to its true location.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Ningún punto enmascarado queda más cerca que esto de su ubicación real.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Maximum displacement (m)</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Desplazamiento máximo (m)</translation>
        </message>
        <message>
            <source>Points move at most this far.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Los puntos se mueven como máximo esta distancia.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Public neighbourhood counts</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Conteos públicos por barrio</translation>
        </message>
        <message>
            <source>The neighbourhoods with the published fields only (see Output fields).</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Los barrios solo con los campos publicados (ver Campos de salida).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Disclosure report</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Informe de divulgación</translation>
        </message>
        <message>
            <source>Thresholds, primary and secondary suppressions, audit, rounding and geography.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Umbrales, supresiones primarias y secundarias, auditoría, redondeo y geografía.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Masked points</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Puntos enmascarados</translation>
        </message>
        <message>
            <source>The masked incident points (only with an incident layer).</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Los puntos de incidentes enmascarados (solo con una capa de incidentes).</translation>
        </message>
        <message>
            <source>Incident data describes victims; for sexual, domestic and gender-based violence a small count in a small neighbourhood, or an exact point, can identify a person. This algorithm prepares one geography for publication. Primary suppression: a count from 1 to the threshold minus one is withheld (0 reveals no one and is published), with its rate, smoothed rate, density and weight fields (rate_x, eb_rate_x, dens_x, w_x for a count n_x), and with the row-level fields you list (a hot-spot label, a z-score) where the neighbourhood's total is withheld. Sensitive categories get a higher threshold. Neighbourhoods with fewer residents than the minimum population get no data.</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Los datos de incidentes describen a víctimas; en la violencia sexual, doméstica y de género un conteo pequeño en un barrio pequeño, o un punto exacto, puede identificar a una persona. Este algoritmo prepara una geografía para su publicación. Supresión primaria: un conteo de 1 al umbral menos uno se oculta (el 0 no revela a nadie y se publica), junto con sus campos de tasa, tasa suavizada, densidad y peso (rate_x, eb_rate_x, dens_x, w_x para un conteo n_x), y con los campos de nivel de fila que usted liste (una etiqueta de punto caliente, una puntuación z) donde el total del barrio se oculta. Las categorías sensibles tienen un umbral más alto. Los barrios con menos residentes que la población mínima no reciben datos.</translation>
        </message>
        <message>
            <source>Secondary suppression: city totals are taken as public, and groups of fields that add up to the total field (categories n_cat_*, years n_y*, months, weekdays, hour bands) as row equations; further cells are withheld until no withheld cell can be worked out from the published ones (every equation has 0 or at least 2 withheld cells, then an exact linear-algebra audit). Optional random rounding to a base (unbiased, seeded) applies to every published count; crude rates are then recomputed from the rounded counts and smoothed rates withheld, so that a rate cannot undo the rounding.</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Supresión secundaria: los totales de la ciudad se consideran públicos, y los grupos de campos que suman el campo de total (categorías n_cat_*, años n_y*, meses, días de la semana, franjas horarias) se toman como ecuaciones de fila; se ocultan otras celdas hasta que ninguna celda oculta pueda deducirse de las publicadas (cada ecuación tiene 0 o al menos 2 celdas ocultas, y luego una auditoría exacta de álgebra lineal). El redondeo aleatorio opcional a una base (insesgado, con semilla) se aplica a cada conteo publicado; las tasas brutas se recalculan entonces a partir de los conteos redondeados y las tasas suavizadas se ocultan, para que una tasa no pueda deshacer el redondeo.</translation>
        </message>
        <message>
            <source>Points: give the incident layer to publish masked points. Each point is moved in a random direction by a random distance between the minimum and maximum displacement (donut geomasking), so that no published point lies within the minimum distance of a true location; only the category is kept. The disclosure report lists every threshold and count.</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Puntos: dé la capa de incidentes para publicar puntos enmascarados. Cada punto se mueve en una dirección aleatoria una distancia aleatoria entre el desplazamiento mínimo y el máximo (enmascaramiento en anillo), de modo que ningún punto publicado queda a menos de la distancia mínima de una ubicación real; solo se conserva la categoría. El informe de divulgación lista cada umbral y cada conteo.</translation>
        </message>
        <message>
            <source>One geography per package: a GeoPackage output records what each public layer was made from (table usm_public_releases: the id field, a digest of the area ids, the count fields with their city totals, the input file name and its SHA-256). Adding a layer to an existing package (ogr:dbname='public.gpkg' table="..." as the output) is refused, with nothing written, when the package already holds a layer of the same data (the same input, or the same city totals of the shared count fields) at another geography (another id field or another set of areas): two overlapping geographies let withheld small counts be recovered by subtraction. Periods belong in one table (count fields n_y2022, n_y2023 with the total), whose row equations the secondary suppression protects.</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Una geografía por paquete: una salida GeoPackage registra a partir de qué se hizo cada capa pública (tabla usm_public_releases: el campo de identificador, un resumen criptográfico de los identificadores de las áreas, los campos de conteo con sus totales de la ciudad, el nombre del archivo de entrada y su SHA-256). Agregar una capa a un paquete existente (ogr:dbname='public.gpkg' table="..." como salida) se rechaza, sin escribir nada, cuando el paquete ya contiene una capa de los mismos datos (la misma entrada, o los mismos totales de la ciudad de los campos de conteo compartidos) con otra geografía (otro campo de identificador u otro conjunto de áreas): dos geografías superpuestas permiten recuperar por resta los conteos pequeños ocultos. Los períodos van en una sola tabla (campos de conteo n_y2022, n_y2023 con el total), cuyas ecuaciones de fila protege la supresión secundaria.</translation>
        </message>
        <message>
            <source>the neighbourhood id</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>el identificador del barrio</translation>
        </message>
        <message>
            <source>published counts; NULL where withheld</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>conteos publicados; NULL donde se ocultan</translation>
        </message>
        <message>
            <source>derived fields of a count n_&lt;x&gt;, NULL where the count is withheld</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>campos derivados de un conteo n_&lt;x&gt;, NULL donde el conteo se oculta</translation>
        </message>
        <message>
            <source>as input</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>como en la entrada</translation>
        </message>
        <message>
            <source>NULL where the total is withheld</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>NULL donde el total se oculta</translation>
        </message>
        <message>
            <source>residents; NULL for a withheld neighbourhood</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>residentes; NULL para un barrio oculto</translation>
        </message>
        <message>
            <source>residents</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>residentes</translation>
        </message>
        <message>
            <source>1 = neighbourhood withheld for its population</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>1 = barrio oculto por su población</translation>
        </message>
        <message>
            <source>count cells withheld in the row</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>celdas de conteo ocultas en la fila</translation>
        </message>
        <message>
            <source>Disclosure report (REPORT)</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Informe de divulgación (REPORT)</translation>
        </message>
        <message>
            <source>what is reported (threshold, primary_suppressions, ...)</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>qué se informa (threshold, primary_suppressions, ...)</translation>
        </message>
        <message>
            <source>its value</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>su valor</translation>
        </message>
        <message>
            <source>Register in a GeoPackage output (table usm_public_releases)</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Registro en una salida GeoPackage (tabla usm_public_releases)</translation>
        </message>
        <message>
            <source>the public layer</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>la capa pública</translation>
        </message>
        <message>
            <source>JSON: id field, number of areas, digest of the area ids, count fields and their city totals, input file name and its SHA-256</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>JSON: campo de identificador, número de áreas, resumen criptográfico de los identificadores de las áreas, campos de conteo y sus totales de la ciudad, nombre del archivo de entrada y su SHA-256</translation>
        </message>
        <message>
            <source>Masked points (POINTS_OUTPUT)</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Puntos enmascarados (POINTS_OUTPUT)</translation>
        </message>
        <message>
            <source>the incident's category, if chosen</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>la categoría del incidente, si se eligió</translation>
        </message>
        <message>
            <source>public release</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>publicación</translation>
        </message>
        <message>
            <source>disclosure</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>divulgación</translation>
        </message>
        <message>
            <source>privacy</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>privacidad</translation>
        </message>
        <message>
            <source>suppression</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>supresión</translation>
        </message>
        <message>
            <source>confidentiality</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>confidencialidad</translation>
        </message>
        <message>
            <source>rounding</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>redondeo</translation>
        </message>
        <message>
            <source>geomasking</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>enmascaramiento geográfico</translation>
        </message>
        <message>
            <source>open data</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>datos abiertos</translation>
        </message>
        <message>
            <source>victims</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>víctimas</translation>
        </message>
        <message>
            <source>Neighbourhood profiles and atlas</source>
            <extracomment>usm:neighbourhoodprofiles name</extracomment>
            <translation>Perfiles de barrio y atlas</translation>
        </message>
        <message>
            <source>One page per neighbourhood for the local safety audit: a map with its hot-spot class and incident density, its indicators against the city and its type, trends, survey results with intervals and data-quality notes, as self-contained HTML pages and a print-ready atlas PDF.</source>
            <extracomment>usm:neighbourhoodprofiles short description; usm:neighbourhoodprofiles help</extracomment>
            <translation>Una página por barrio para la auditoría local de seguridad: un mapa con su clase de punto caliente y su densidad de incidentes, sus indicadores frente a la ciudad y a su tipo, tendencias, resultados de encuestas con intervalos y notas de calidad de datos, como páginas HTML autónomas y un atlas PDF listo para imprimir.</translation>
        </message>
        <message>
            <source>Neighbourhood polygons with their figures, e.g. the neighbourhood_summary layer of the full diagnosis, a typology or a public release output.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Polígonos de barrios con sus cifras, p. ej. la capa neighbourhood_summary del diagnóstico completo, una tipología o una salida de publicación.</translation>
        </message>
        <message>
            <source>Unique code of each neighbourhood; it names the pages (profile_&lt;id&gt;.html).</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Código único de cada barrio; da nombre a las páginas (profile_&lt;id&gt;.html).</translation>
        </message>
        <message>
            <source>Name field</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Campo de nombre</translation>
        </message>
        <message>
            <source>Neighbourhood name shown in the titles. Default: the first of name, nbhd_name, neighbourhood, nombre, nom, nome.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Nombre del barrio que se muestra en los títulos. Por defecto: el primero de name, nbhd_name, neighbourhood, nombre, nom, nome.</translation>
        </message>
        <message>
            <source>Neighbourhood type, the comparison group. Default: type_name, else type_id (the Typologies output).</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Tipo de barrio, el grupo de comparación. Por defecto: type_name, si no type_id (la salida de Tipologías).</translation>
        </message>
        <message>
            <source>Hot-spot class field</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Campo de clase de punto caliente</translation>
        </message>
        <message>
            <source>Hot-spot class that colours the maps. Default: Gi_Bin (Gi* bins -3..3), else LMI_Type (Local Moran types); without one the maps show the incident density.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Clase de punto caliente que colorea los mapas. Por defecto: Gi_Bin (clases Gi* -3..3), si no LMI_Type (tipos del Moran local); sin ninguno los mapas muestran la densidad de incidentes.</translation>
        </message>
        <message>
            <source>Numeric fields compared with the city and the type. Default: the Urban Safety Monitor fields found (population, n_total, rate_total, eb_rate_total, dens_total, n_cat_*, index, rank, sdg1121, sdg1171_*, income and census shares, street audit figures).</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Campos numéricos comparados con la ciudad y con el tipo. Por defecto: los campos del Urban Safety Monitor encontrados (population, n_total, rate_total, eb_rate_total, dens_total, n_cat_*, index, rank, sdg1121, sdg1171_*, ingreso y proporciones censales, cifras de la auditoría de calles).</translation>
        </message>
        <message>
            <source>Period count fields</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Campos de conteo por período</translation>
        </message>
        <message>
            <source>Incident counts per period, in time order, for the trend. Default: the n_y&lt;year&gt; fields, by year.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Conteos de incidentes por período, en orden temporal, para la tendencia. Por defecto: los campos n_y&lt;year&gt;, por año.</translation>
        </message>
        <message>
            <source>Survey share fields</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Campos de proporciones de la encuesta</translation>
        </message>
        <message>
            <source>Survey shares (0-1). Default: every share_&lt;q&gt; field; intervals from ci_low_&lt;q&gt; and ci_high_&lt;q&gt;.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Proporciones de la encuesta (0-1). Por defecto: cada campo share_&lt;q&gt;; intervalos a partir de ci_low_&lt;q&gt; y ci_high_&lt;q&gt;.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Incident density raster</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Ráster de densidad de incidentes</translation>
        </message>
        <message>
            <source>Optional kernel density surface (incidents per km², e.g. from Kernel density): each neighbourhood's density is the mean of the cells whose centre lies in it. Without it: the dens_total field, else n_total / area.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Superficie de densidad kernel opcional (incidentes por km², p. ej. de Densidad kernel): la densidad de cada barrio es la media de las celdas cuyo centro está en él. Sin ella: el campo dens_total, si no n_total / área.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Incident accounting table</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Tabla de contabilidad de incidentes</translation>
        </message>
        <message>
            <source>Optional accounting table of Aggregate incidents (item, count): the city's incidents read, assigned, outside and dropped are quoted in the data-quality notes.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Tabla de contabilidad opcional de Agregar incidentes (item, count): los incidentes leídos, asignados, fuera y descartados de la ciudad se citan en las notas de calidad de datos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Title</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Título</translation>
        </message>
        <message>
            <source>Title of the index page, shown on every page and in the atlas.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Título de la página índice, que se muestra en cada página y en el atlas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Atlas layout template (.qpt)</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Plantilla de diseño del atlas (.qpt)</translation>
        </message>
        <message>
            <source>A print layout template of your own (start from the bundled resources/layouts/neighbourhood_atlas.qpt). Empty: the bundled template.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Una plantilla de diseño de impresión propia (parta de la incluida, resources/layouts/neighbourhood_atlas.qpt). Vacío: la plantilla incluida.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Folder for the HTML profiles</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Carpeta para los perfiles HTML</translation>
        </message>
        <message>
            <source>index.html and one profile_&lt;id&gt;.html per neighbourhood.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>index.html y un profile_&lt;id&gt;.html por barrio.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Atlas PDF</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Atlas PDF</translation>
        </message>
        <message>
            <source>The print-ready atlas: one page per neighbourhood. Leave empty to skip it. The same inputs write the same file, byte for byte: its creation date is the SOURCE_DATE_EPOCH environment variable when set, else 1 January 1970.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>El atlas listo para imprimir: una página por barrio. Déjelo vacío para omitirlo. Las mismas entradas escriben el mismo archivo, byte a byte: su fecha de creación es la variable de entorno SOURCE_DATE_EPOCH si está definida, si no el 1 de enero de 1970.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Index page</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Página índice</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Neighbourhood pages</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Páginas de barrio</translation>
        </message>
        <message>
            <source>Each neighbourhood gets an HTML page (profile_&lt;id&gt;.html) that opens offline: every chart and the map are drawn into the page (inline SVG, no script, no internet). The index page (index.html) has a map of the city linking every page and a table of all neighbourhoods, also sorted by each column (index_by_&lt;n&gt;.html). The pages are checked against the layer: every figure carries its field name and exact value.</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>Cada barrio recibe una página HTML (profile_&lt;id&gt;.html) que se abre sin conexión: cada gráfico y el mapa se dibujan dentro de la página (SVG en línea, sin scripts, sin internet). La página índice (index.html) tiene un mapa de la ciudad que enlaza cada página y una tabla de todos los barrios, también ordenada por cada columna (index_by_&lt;n&gt;.html). Las páginas se verifican contra la capa: cada cifra lleva su nombre de campo y su valor exacto.</translation>
        </message>
        <message>
            <source>The profile shows, for each indicator, the neighbourhood's value, the city median and mean, its percentile rank in the city (the share of neighbourhoods at or below it) and the mean of its type; the counts per period with the city mean and a direction (a least-squares line: within 5% of the mean level it is called stable; this is a description, not a test); the survey shares with their confidence intervals; and the data-quality notes: values missing and why (withheld by a public release, suppressed, a rate without population, NULL in the layer), small survey samples, and the city's incident accounting when its table is given. A missing value is shown as "no data", never as 0, and is left out of the city and type figures.</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>El perfil muestra, para cada indicador, el valor del barrio, la mediana y la media de la ciudad, su rango percentil en la ciudad (la proporción de barrios iguales o por debajo) y la media de su tipo; los conteos por período con la media de la ciudad y una dirección (una recta de mínimos cuadrados: dentro del 5 % del nivel medio se califica como estable; es una descripción, no una prueba); las proporciones de la encuesta con sus intervalos de confianza; y las notas de calidad de datos: valores faltantes y por qué (ocultos por una publicación, suprimidos, una tasa sin población, NULL en la capa), muestras de encuesta pequeñas, y la contabilidad de incidentes de la ciudad cuando se da su tabla. Un valor faltante se muestra como "sin datos", nunca como 0, y se deja fuera de las cifras de la ciudad y del tipo.</translation>
        </message>
        <message>
            <source>Fields are found by the names the Urban Safety Monitor writes (population, n_total, rate_total, eb_rate_total, dens_total, n_cat_*, index with index_lo/index_hi, rank, sdg1121, sdg1171_*, n_y&lt;year&gt;, share_*/ci_low_*/ci_high_*, Gi_Bin or LMI_Type, type_name, withheld, n_suppressed, small_sample), so the neighbourhood summary of the full diagnosis, a typology output or a public release output work as they are; any other layer works with the fields named in the parameters.</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>Los campos se encuentran por los nombres que escribe el Urban Safety Monitor (population, n_total, rate_total, eb_rate_total, dens_total, n_cat_*, index con index_lo/index_hi, rank, sdg1121, sdg1171_*, n_y&lt;year&gt;, share_*/ci_low_*/ci_high_*, Gi_Bin o LMI_Type, type_name, withheld, n_suppressed, small_sample), así que el resumen por barrio del diagnóstico completo, una salida de tipología o una salida de publicación sirven tal como están; cualquier otra capa sirve con los campos indicados en los parámetros.</translation>
        </message>
        <message>
            <source>The atlas PDF has one page per neighbourhood, made by a QGIS print layout driven by an atlas on the neighbourhood layer: the map zooms to the neighbourhood, styled by hot-spot class with the neighbourhood outlined, and the labels are QGIS expressions on the layer's fields. The layout is the template resources/layouts/neighbourhood_atlas.qpt: open it in QGIS's layout designer (Project &gt; Layout Manager &gt; From template), change it and give the edited copy as the layout template. Labels holding [usm:title], [usm:subtitle], [usm:figures], [usm:trend], [usm:survey], [usm:quality] or [usm:footer] get the texts made for the run; any other label or expression is kept as written.</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>El atlas PDF tiene una página por barrio, hecha con un diseño de impresión de QGIS controlado por un atlas sobre la capa de barrios: el mapa se acerca al barrio, simbolizado por clase de punto caliente con el barrio contorneado, y las etiquetas son expresiones de QGIS sobre los campos de la capa. El diseño es la plantilla resources/layouts/neighbourhood_atlas.qpt: ábrala en el diseñador de impresión de QGIS (Proyecto &gt; Administrador de diseños &gt; Desde plantilla), modifíquela y dé la copia editada como plantilla de diseño. Las etiquetas que contienen [usm:title], [usm:subtitle], [usm:figures], [usm:trend], [usm:survey], [usm:quality] o [usm:footer] reciben los textos preparados para la ejecución; cualquier otra etiqueta o expresión se conserva tal como está escrita.</translation>
        </message>
        <message>
            <source>Every output is written under a temporary name and moved into place when the whole run has succeeded: a cancelled or failed run leaves the folder and the PDF as they were. Pages of an earlier run in the same folder are replaced when their neighbourhood is in the layer, and left otherwise: use an empty folder for a clean set.</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>Cada salida se escribe con un nombre temporal y se mueve a su lugar cuando toda la ejecución terminó bien: una ejecución cancelada o fallida deja la carpeta y el PDF como estaban. Las páginas de una ejecución anterior en la misma carpeta se reemplazan cuando su barrio está en la capa, y se dejan en otro caso: use una carpeta vacía para un conjunto limpio.</translation>
        </message>
        <message>
            <source>overview map linking every page, and the table of all neighbourhoods</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>mapa general que enlaza cada página, y la tabla de todos los barrios</translation>
        </message>
        <message>
            <source>HTML</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>HTML</translation>
        </message>
        <message>
            <source>the same table sorted by its n-th column</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>la misma tabla ordenada por su n-ésima columna</translation>
        </message>
        <message>
            <source>the profile of one neighbourhood (unsafe characters of the id replaced by _)</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>el perfil de un barrio (los caracteres no seguros del identificador se reemplazan por _)</translation>
        </message>
        <message>
            <source>Atlas (ATLAS_PDF)</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>Atlas (ATLAS_PDF)</translation>
        </message>
        <message>
            <source>one page per neighbourhood, in id order, numbered</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>una página por barrio, en orden de identificador, numeradas</translation>
        </message>
        <message>
            <source>PDF page</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>página PDF</translation>
        </message>
        <message>
            <source>Numeric outputs</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>Salidas numéricas</translation>
        </message>
        <message>
            <source>neighbourhood pages written (HTML and, with ATLAS_PDF, PDF pages)</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>páginas de barrio escritas (HTML y, con ATLAS_PDF, páginas PDF)</translation>
        </message>
        <message>
            <source>profile</source>
            <extracomment>usm:neighbourhoodprofiles tags</extracomment>
            <translation>perfil</translation>
        </message>
        <message>
            <source>atlas</source>
            <extracomment>usm:neighbourhoodprofiles tags</extracomment>
            <translation>atlas</translation>
        </message>
        <message>
            <source>pdf</source>
            <extracomment>usm:neighbourhoodprofiles tags</extracomment>
            <translation>pdf</translation>
        </message>
        <message>
            <source>html</source>
            <extracomment>usm:neighbourhoodprofiles tags</extracomment>
            <translation>html</translation>
        </message>
        <message>
            <source>print layout</source>
            <extracomment>usm:neighbourhoodprofiles tags</extracomment>
            <translation>diseño de impresión</translation>
        </message>
        <message>
            <source>local safety audit</source>
            <extracomment>usm:neighbourhoodprofiles tags</extracomment>
            <translation>auditoría local de seguridad</translation>
        </message>
        <message>
            <source>publish</source>
            <extracomment>usm:neighbourhoodprofiles tags</extracomment>
            <translation>publicar</translation>
        </message>
        <message>
            <source>dashboard</source>
            <extracomment>usm:neighbourhoodprofiles tags</extracomment>
            <translation>tablero</translation>
        </message>
        <message>
            <source>Batch monitor: many cities and years</source>
            <extracomment>usm:batchmonitor name</extracomment>
            <translation>Monitor por lotes: muchas ciudades y años</translation>
        </message>
        <message>
            <source>Runs the monitor for every city and year of a configuration file: one GeoPackage per city-year with incident counts, rates, Empirical Bayes rates, Gi* hot spots and the change from the previous year, plus a summary table; in this process or on a Dask cluster.</source>
            <extracomment>usm:batchmonitor short description; usm:batchmonitor help</extracomment>
            <translation>Ejecuta el monitor para cada ciudad y año de un archivo de configuración: un GeoPackage por ciudad-año con conteos de incidentes, tasas, tasas suavizadas por Bayes empírico, puntos calientes Gi* y el cambio respecto del año anterior, más una tabla de resumen; en este proceso o en un clúster de Dask.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>Configuration file (TOML or JSON)</source>
            <extracomment>usm:batchmonitor parameters</extracomment>
            <translation>Archivo de configuración (TOML o JSON)</translation>
        </message>
        <message>
            <source>The cities, years, fields and options (see the description). Relative paths in it are relative to the file's folder.</source>
            <extracomment>usm:batchmonitor parameters; usm:batchmonitor help</extracomment>
            <translation>Las ciudades, los años, los campos y las opciones (ver la descripción). Las rutas relativas que contiene son relativas a la carpeta del archivo.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>Output folder</source>
            <extracomment>usm:batchmonitor parameters</extracomment>
            <translation>Carpeta de salida</translation>
        </message>
        <message>
            <source>Folder for the &lt;city&gt;_&lt;year&gt;.gpkg files; empty = the output_folder of the configuration file.</source>
            <extracomment>usm:batchmonitor parameters; usm:batchmonitor help</extracomment>
            <translation>Carpeta para los archivos &lt;city&gt;_&lt;year&gt;.gpkg; vacío = la output_folder del archivo de configuración.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>Summary table</source>
            <extracomment>usm:batchmonitor parameters</extracomment>
            <translation>Tabla de resumen</translation>
        </message>
        <message>
            <source>One row per city-year: status, incidents read, assigned, outside and dropped, undated incidents of the city, city-wide rate, hot and cold spots, output file, error or warnings.</source>
            <extracomment>usm:batchmonitor parameters; usm:batchmonitor help</extracomment>
            <translation>Una fila por ciudad-año: estado, incidentes leídos, asignados, fuera y descartados, incidentes sin fecha de la ciudad, tasa de toda la ciudad, puntos calientes y fríos, archivo de salida, error o advertencias.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>Dask scheduler</source>
            <extracomment>usm:batchmonitor parameters</extracomment>
            <translation>Planificador de Dask</translation>
        </message>
        <message>
            <source>Empty: run in this process. 'local' or 'local:&lt;workers&gt;': a local Dask cluster. An address (tcp://host:8786): a running Dask cluster. Needs dask, distributed and dask-geopandas.</source>
            <extracomment>usm:batchmonitor parameters; usm:batchmonitor help</extracomment>
            <translation>Vacío: ejecutar en este proceso. 'local' o 'local:&lt;workers&gt;': un clúster local de Dask. Una dirección (tcp://host:8786): un clúster de Dask en ejecución. Necesita dask, distributed y dask-geopandas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>City-years run</source>
            <extracomment>usm:batchmonitor parameters</extracomment>
            <translation>Ciudades-año ejecutadas</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>City-years failed</source>
            <extracomment>usm:batchmonitor parameters</extracomment>
            <translation>Ciudades-año fallidas</translation>
        </message>
        <message>
            <source>The configuration file (TOML or JSON) names an output folder, defaults, and the cities: for each, the neighbourhoods file (and layer), the id and population fields, the incidents file (and layer), the category and date fields and the years. Each city may override any default. Every problem of the file is listed at once: missing keys, unknown keys (the nearest known key is suggested), files that do not exist, years that are not whole numbers. An example is in the README (section "Batch monitor").</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>El archivo de configuración (TOML o JSON) indica una carpeta de salida, valores por defecto y las ciudades: para cada una, el archivo de barrios (y su capa), los campos de identificador y de población, el archivo de incidentes (y su capa), los campos de categoría y de fecha y los años. Cada ciudad puede sustituir cualquier valor por defecto. Todos los problemas del archivo se listan a la vez: claves faltantes, claves desconocidas (se sugiere la clave conocida más cercana), archivos que no existen, años que no son números enteros. Hay un ejemplo en el README (sección "Batch monitor").</translation>
        </message>
        <message>
            <source>For each city-year the incidents dated in that year are counted per neighbourhood with the same core as Aggregate incidents to neighbourhoods (same boundary rule, same accounting: read = assigned + outside + dropped), rates and Empirical Bayes rates are computed, Gi* hot spots of the rate are found (queen neighbours, normal approximation, FDR as in Hot spots), and the change from the previous year of the run is tested (exact conditional Poisson test, FDR, as Compare periods). Each city-year is written to &lt;city&gt;_&lt;year&gt;.gpkg in the output folder (layer neighbourhoods: the input neighbourhoods with every field plus the results; layer accounting), under a temporary name until complete.</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>Para cada ciudad-año, los incidentes fechados en ese año se cuentan por barrio con el mismo núcleo que Agregar incidentes por barrio (la misma regla de límites, la misma contabilidad: leídos = asignados + fuera + descartados), se calculan las tasas y las tasas suavizadas por Bayes empírico, se buscan los puntos calientes Gi* de la tasa (vecinos tipo reina, aproximación normal, FDR como en el Análisis de puntos calientes) y se prueba el cambio respecto del año anterior de la ejecución (prueba condicional exacta de Poisson, FDR, como en Comparar períodos). Cada ciudad-año se escribe en &lt;city&gt;_&lt;year&gt;.gpkg en la carpeta de salida (capa neighbourhoods: los barrios de entrada con todos sus campos más los resultados; capa accounting), con un nombre temporal hasta que esté completo.</translation>
        </message>
        <message>
            <source>A city or year that fails (a missing field, a year without incidents, an unreadable file) is reported in the summary with its error, and the others still run; the number of failed city-years is an output and a warning in the log.</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>Una ciudad o un año que falla (un campo faltante, un año sin incidentes, un archivo ilegible) se informa en el resumen con su error, y los demás se siguen ejecutando; el número de ciudades-año fallidas es una salida y una advertencia en el registro.</translation>
        </message>
        <message>
            <source>Dask scheduler: empty runs everything in this QGIS process. "local" or "local:4" starts a local Dask cluster of 2 (or 4) workers; an address such as tcp://10.0.0.5:8786 sends the work to a running Dask cluster, whose workers must be able to read the input files and import the plugin (its folder's parent on their PYTHONPATH). Cities with "partitions = N" in the configuration have their incidents read in partitions with dask-geopandas (sorted into spatial partitions with "spatial_shuffle = true") and counted partition by partition, so no worker holds a whole city; the others run as one task per city-year. The results are identical to a run in this process. Dask needs the Python packages dask, distributed and dask-geopandas; the log says how to install them when they are missing. Inside QGIS a local cluster's workers are threads of QGIS (QGIS cannot start worker processes); for real parallel speed run the same configuration from the command line (python -m urban_safety_monitor.usm_plugin.batch, see the README).</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>Planificador de Dask: vacío ejecuta todo en este proceso de QGIS. "local" o "local:4" inicia un clúster local de Dask de 2 (o 4) trabajadores (workers); una dirección como tcp://10.0.0.5:8786 envía el trabajo a un clúster de Dask en ejecución, cuyos workers deben poder leer los archivos de entrada e importar el complemento (con la carpeta superior a la del complemento en su PYTHONPATH). Las ciudades con "partitions = N" en la configuración leen sus incidentes en particiones con dask-geopandas (ordenados en particiones espaciales con "spatial_shuffle = true") y los cuentan partición por partición, de modo que ningún worker tiene una ciudad entera; las demás se ejecutan como una tarea por ciudad-año. Los resultados son idénticos a los de una ejecución en este proceso. Dask necesita los paquetes de Python dask, distributed y dask-geopandas; el registro indica cómo instalarlos cuando faltan. Dentro de QGIS los workers de un clúster local son hilos de QGIS (QGIS no puede iniciar procesos de trabajo); para una verdadera velocidad en paralelo, ejecute la misma configuración desde la línea de comandos (python -m urban_safety_monitor.usm_plugin.batch, ver el README).</translation>
        </message>
        <message>
            <source>Summary table (one row per city-year)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>Tabla de resumen (una fila por ciudad-año)</translation>
        </message>
        <message>
            <source>city name from the configuration</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>nombre de la ciudad en la configuración</translation>
        </message>
        <message>
            <source>year of the incidents</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>año de los incidentes</translation>
        </message>
        <message>
            <source>ok, warning (written, see message) or failed (nothing written)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>ok, warning (escrito, ver message) o failed (no se escribió nada)</translation>
        </message>
        <message>
            <source>incidents of the city dated in the year</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>incidentes de la ciudad fechados en el año</translation>
        </message>
        <message>
            <source>of those, assigned to exactly one neighbourhood</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>de ellos, asignados a exactamente un barrio</translation>
        </message>
        <message>
            <source>of those, outside every neighbourhood</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>de ellos, fuera de todo barrio</translation>
        </message>
        <message>
            <source>of those, dropped (null or empty geometry, invalid coordinates)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>de ellos, descartados (geometría nula o vacía, coordenadas no válidas)</translation>
        </message>
        <message>
            <source>incidents of the city with a missing or unparsable date (in no year)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>incidentes de la ciudad con una fecha faltante o que no puede interpretarse (en ningún año)</translation>
        </message>
        <message>
            <source>city-wide incidents per rate_per residents (neighbourhoods with a population)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>incidentes de toda la ciudad por cada rate_per residentes (barrios con población)</translation>
        </message>
        <message>
            <source>per rate_per residents</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>por cada rate_per residentes</translation>
        </message>
        <message>
            <source>neighbourhoods in a Gi* hot spot (Gi_Bin &gt; 0)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>barrios en un punto caliente Gi* (Gi_Bin &gt; 0)</translation>
        </message>
        <message>
            <source>neighbourhoods in a Gi* cold spot (Gi_Bin &lt; 0)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>barrios en un punto frío Gi* (Gi_Bin &lt; 0)</translation>
        </message>
        <message>
            <source>the year the change columns compare with</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>el año con el que comparan las columnas de cambio</translation>
        </message>
        <message>
            <source>the city-year's GeoPackage, relative to the output folder</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>el GeoPackage de la ciudad-año, relativo a la carpeta de salida</translation>
        </message>
        <message>
            <source>file name</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>nombre de archivo</translation>
        </message>
        <message>
            <source>the error, or the warnings of the run</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>el error, o las advertencias de la ejecución</translation>
        </message>
        <message>
            <source>Each &lt;city&gt;_&lt;year&gt;.gpkg, layer neighbourhoods: the input fields plus</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>Cada &lt;city&gt;_&lt;year&gt;.gpkg, capa neighbourhoods: los campos de entrada más</translation>
        </message>
        <message>
            <source>Gi* z-score of the rate (hot spot field)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>puntuación z de Gi* de la tasa (campo de puntos calientes)</translation>
        </message>
        <message>
            <source>z</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>z</translation>
        </message>
        <message>
            <source>its p-value (normal approximation)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>su valor p (aproximación normal)</translation>
        </message>
        <message>
            <source>permutation pseudo p-value (with permutations &gt; 0)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>pseudovalor p de las permutaciones (con permutaciones &gt; 0)</translation>
        </message>
        <message>
            <source>-3..3: cold/hot spot at 99/95/90% confidence, 0 not significant</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>-3..3: punto frío/caliente con una confianza del 99/95/90 %, 0 no significativo</translation>
        </message>
        <message>
            <source>the bin as text; Isolated without neighbours</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>la clase como texto; Isolated sin vecinos</translation>
        </message>
        <message>
            <source>change from the previous year of the run (as usm:compareperiods)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>cambio respecto del año anterior de la ejecución (como usm:compareperiods)</translation>
        </message>
        <message>
            <source>various</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>varios</translation>
        </message>
        <message>
            <source>batch</source>
            <extracomment>usm:batchmonitor tags</extracomment>
            <translation>lote</translation>
        </message>
        <message>
            <source>cities</source>
            <extracomment>usm:batchmonitor tags</extracomment>
            <translation>ciudades</translation>
        </message>
        <message>
            <source>national</source>
            <extracomment>usm:batchmonitor tags</extracomment>
            <translation>nacional</translation>
        </message>
        <message>
            <source>dask</source>
            <extracomment>usm:batchmonitor tags</extracomment>
            <translation>dask</translation>
        </message>
        <message>
            <source>distributed</source>
            <extracomment>usm:batchmonitor tags</extracomment>
            <translation>distribuido</translation>
        </message>
        <message>
            <source>rates</source>
            <extracomment>usm:batchmonitor tags</extracomment>
            <translation>tasas</translation>
        </message>
        <message>
            <source>configuration</source>
            <extracomment>usm:batchmonitor tags</extracomment>
            <translation>configuración</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Memory limit (MB) must be a positive number of megabytes; got {value}. The default, 2048, suits most machines.</source>
            <extracomment>processing_algorithms/aggregate_incidents.py; processing_algorithms/kernel_density.py</extracomment>
            <translation>El límite de memoria (MB) debe ser un número positivo de megabytes; se recibió {value}. El valor por defecto, 2048, sirve para la mayoría de los equipos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>Reading neighbourhoods…</source>
            <extracomment>processing_algorithms/aggregate_incidents.py; processing_algorithms/infrastructure_indicators.py; processing_algorithms/interpolate_census.py; processing_algorithms/sdg_indicators.py (+1 more)</extracomment>
            <translation>Leyendo los barrios…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>{n} neighbourhood(s) with invalid geometry skipped (Processing's invalid geometry setting) and left out of the output: {ids}</source>
            <extracomment>processing_algorithms/aggregate_incidents.py; processing_algorithms/aggregate_survey.py; processing_algorithms/base/neighbourhoods.py; processing_algorithms/interpolate_census.py</extracomment>
            <translation>{n} barrio(s) con geometría inválida omitidos (configuración de geometrías inválidas de Procesos) y dejados fuera de la salida: {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Reading incidents…</source>
            <extracomment>processing_algorithms/aggregate_incidents.py</extracomment>
            <translation>Leyendo los incidentes…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Read {incidents} incidents and {neighbourhoods} neighbourhoods ({path} path).</source>
            <extracomment>processing_algorithms/aggregate_incidents.py</extracomment>
            <translation>Leídos {incidents} incidentes y {neighbourhoods} barrios (vía de lectura {path}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Input fields replaced by new values of the same name: {fields}</source>
            <extracomment>processing_algorithms/aggregate_incidents.py; processing_algorithms/base/neighbourhoods.py; processing_algorithms/base/weights.py; processing_algorithms/street_segment_audit.py</extracomment>
            <translation>Campos de entrada reemplazados por valores nuevos del mismo nombre: {fields}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>{n} incidents assigned to neighbourhoods.</source>
            <extracomment>processing_algorithms/aggregate_incidents.py</extracomment>
            <translation>{n} incidentes asignados a barrios.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Reading and counting {n} incidents in chunks of {rows} ({path} path) to stay under the memory limit…</source>
            <extracomment>processing_algorithms/aggregate_incidents.py</extracomment>
            <translation>Leyendo y contando {n} incidentes en bloques de {rows} (vía de lectura {path}) para no superar el límite de memoria…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Read {incidents} incidents in chunks and {neighbourhoods} neighbourhoods ({path} path).</source>
            <extracomment>processing_algorithms/aggregate_incidents.py</extracomment>
            <translation>Leídos {incidents} incidentes por bloques y {neighbourhoods} barrios (vía de lectura {path}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>{name}: {part} is not a number of {unit}</source>
            <extracomment>processing_algorithms/base/algorithm.py</extracomment>
            <translation>{name}: {part} no es un número de {unit}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>{name}: {part} is not a number</source>
            <extracomment>processing_algorithms/base/algorithm.py</extracomment>
            <translation>{name}: {part} no es un número</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>{name}: distances must be &gt;= {minimum}, got {value}</source>
            <extracomment>processing_algorithms/base/algorithm.py</extracomment>
            <translation>{name}: las distancias deben ser &gt;= {minimum}, se recibió {value}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>{name}: give at least one band limit</source>
            <extracomment>processing_algorithms/base/algorithm.py</extracomment>
            <translation>{name}: dé al menos un límite de banda</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>Provenance: {algorithm}, plugin {version}, QGIS {qgis}, {n} input layer(s), record in {path}</source>
            <extracomment>processing_algorithms/base/algorithm.py</extracomment>
            <translation>Procedencia: {algorithm}, complemento {version}, QGIS {qgis}, {n} capa(s) de entrada, registro en {path}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>Provenance: {algorithm}, plugin {version}, QGIS {qgis}, {n} input layer(s)</source>
            <extracomment>processing_algorithms/base/algorithm.py</extracomment>
            <translation>Procedencia: {algorithm}, complemento {version}, QGIS {qgis}, {n} capa(s) de entrada</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Result: {counts}</source>
            <extracomment>processing_algorithms/base/inference.py; processing_algorithms/emerging_hot_spots.py; processing_algorithms/optimized_hot_spots.py</extracomment>
            <translation>Resultado: {counts}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/monitor.py"></location>
            <source>Input fields renamed because a result field has the same name: {fields}</source>
            <extracomment>processing_algorithms/base/monitor.py</extracomment>
            <translation>Campos de entrada renombrados porque un campo de resultado tiene el mismo nombre: {fields}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/monitor.py"></location>
            <source>The id field {field} has duplicated values: {values}; neighbourhood ids must be unique.</source>
            <extracomment>processing_algorithms/base/monitor.py</extracomment>
            <translation>El campo de identificador {field} tiene valores duplicados: {values}; los identificadores de barrio deben ser únicos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>Give either population polygons or a population raster, not both.</source>
            <extracomment>processing_algorithms/base/neighbourhoods.py</extracomment>
            <translation>Dé polígonos de población o un ráster de población, no ambos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>The population raster</source>
            <extracomment>processing_algorithms/base/neighbourhoods.py; processing_algorithms/interpolate_census.py</extracomment>
            <translation>El ráster de población</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>Population: {cells} raster cells, {total} residents.</source>
            <extracomment>processing_algorithms/base/neighbourhoods.py</extracomment>
            <translation>Población: {cells} celdas de ráster, {total} residentes.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>Choose the population field of the census units.</source>
            <extracomment>processing_algorithms/base/neighbourhoods.py</extracomment>
            <translation>Elija el campo de población de las unidades censales.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>Population: {pieces} census pieces, {total} residents.</source>
            <extracomment>processing_algorithms/base/neighbourhoods.py</extracomment>
            <translation>Población: {pieces} piezas censales, {total} residentes.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>This algorithm needs the population: give census polygons with a population field, or a population raster.</source>
            <extracomment>processing_algorithms/base/neighbourhoods.py</extracomment>
            <translation>Este algoritmo necesita la población: dé polígonos censales con un campo de población, o un ráster de población.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/streets.py"></location>
            <source>Reading streets…</source>
            <extracomment>processing_algorithms/base/streets.py</extracomment>
            <translation>Leyendo las calles…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/streets.py"></location>
            <source>Building the street graph…</source>
            <extracomment>processing_algorithms/base/streets.py</extracomment>
            <translation>Construyendo el grafo de calles…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>{n} feature(s) with invalid geometry skipped (Processing's invalid geometry setting) and left out of the output: {ids}</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>{n} entidad(es) con geometría inválida omitidas (configuración de geometrías inválidas de Procesos) y dejadas fuera de la salida: {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>The input layer has no features.</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>La capa de entrada no tiene entidades.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>{n} features without geometry are left out (NULL results): {ids}</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>{n} entidades sin geometría se dejan fuera (resultados NULL): {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>{n} values of {field} are not numbers and are treated as missing: {ids}</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>{n} valores de {field} no son números y se tratan como faltantes: {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>{n} features have no value of {field} (NULL, NaN or infinite) and are left out of the analysis with NULL results, not 0: {ids}</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>{n} entidades no tienen valor de {field} (NULL, NaN o infinito) y se dejan fuera del análisis con resultados NULL, no 0: {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>no feature has both a geometry and a value of {field}</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>ninguna entidad tiene a la vez una geometría y un valor de {field}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>{field}: values as large as {largest} are divided by 2^{exponent} before the statistics, which do not depend on the scale, so that their squares do not overflow.</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>{field}: los valores de hasta {largest} se dividen por 2^{exponent} antes de los estadísticos, que no dependen de la escala, para que sus cuadrados no desborden.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>{cities} cities, {city_years} city-years from {path}</source>
            <extracomment>processing_algorithms/batch_monitor.py</extracomment>
            <translation>{cities} ciudades, {city_years} ciudades-año de {path}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>Cancelled by the user: no summary table was written; the {n} city-year GeoPackage(s) written before are complete ({files}).</source>
            <extracomment>processing_algorithms/batch_monitor.py</extracomment>
            <translation>Cancelado por el usuario: no se escribió la tabla de resumen; los {n} GeoPackage(s) de ciudad-año escritos antes están completos ({files}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>Cancelled by the user: no summary table was written; the {n} city-year GeoPackage(s) written before are complete.</source>
            <extracomment>processing_algorithms/batch_monitor.py</extracomment>
            <translation>Cancelado por el usuario: no se escribió la tabla de resumen; los {n} GeoPackage(s) de ciudad-año escritos antes están completos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>{failed} of {total} city-years failed; their errors are in the summary table {path}</source>
            <extracomment>processing_algorithms/batch_monitor.py</extracomment>
            <translation>{failed} de {total} ciudades-año fallaron; sus errores están en la tabla de resumen {path}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Indicators: {fields} fields, {protective} protective, equal weights, directly under the index.</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>Indicadores: {fields} campos, {protective} protectores, pesos iguales, directamente bajo el índice.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Placeholders without a field, left out: {names}</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>Marcadores sin campo, dejados fuera: {names}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Catalogue: {path} (version {version}), {n} selected indicators.</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>Catálogo: {path} (versión {version}), {n} indicadores seleccionados.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Catalogue: {path} (version not given), {n} selected indicators.</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>Catálogo: {path} (versión no indicada), {n} indicadores seleccionados.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>No uncertainty analysis (0 Monte Carlo runs).</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>Sin análisis de incertidumbre (0 ejecuciones de Monte Carlo).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>{factor}: first-order {first:.2f}, total {total:.2f} of the variance of the ranks</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>{factor}: primer orden {first:.2f}, total {total:.2f} de la varianza de las posiciones</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Index of {n} of {total} neighbourhoods written.</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>Índice de {n} de {total} barrios escrito.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>The incident layer is empty.</source>
            <extracomment>processing_algorithms/emerging_hot_spots.py; processing_algorithms/kernel_density.py; processing_algorithms/optimized_hot_spots.py</extracomment>
            <translation>La capa de incidentes está vacía.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Incidents: {read} read, {no_geometry} without a location, {outside} outside every location, {no_date} without a date, {bad_date} with an unreadable date, {used} counted in {n_steps} {step} steps ({first} to {last}).</source>
            <extracomment>processing_algorithms/emerging_hot_spots.py</extracomment>
            <translation>Incidentes: {read} leídos, {no_geometry} sin ubicación, {outside} fuera de toda ubicación, {no_date} sin fecha, {bad_date} con una fecha ilegible, {used} contados en {n_steps} pasos de tipo {step} ({first} a {last}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>the diagnosis is written as a GeoPackage: give a .gpkg file name (got {path})</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>el diagnóstico se escribe como GeoPackage: indique un nombre de archivo .gpkg (se recibió {path})</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Skipped {step}: {reason}.</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>Se omitió {step}: {reason}.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Time per step: {times}</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>Tiempo por paso: {times}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>== {step}: skipped ({reason})</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>== {step}: omitido ({reason})</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>{step} done in {seconds:.1f} s</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>{step} terminado en {seconds:.1f} s</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>no census layer with count or rate fields</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>no hay capa censal con campos de conteo o de tasa</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>no date field</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>no hay campo de fecha</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>needs transit stops with their capacity field, public space and a population source (raster, or census with a population field)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>necesita paradas de transporte con su campo de capacidad, espacio público y una fuente de población (ráster, o censo con un campo de población)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>needs census rates and shares (CENSUS_RATES) to describe the neighbourhoods</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>necesita tasas y proporciones censales (CENSUS_RATES) para describir los barrios</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>the risk index needs rates per resident (a census with a population field)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>el índice de riesgo necesita tasas por residente (un censo con un campo de población)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>none of the catalogue's crime and socio-economic indicator fields ({fields} ...) is among the incident counts (a category field and census rates give them)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>ninguno de los campos de indicadores delictivos y socioeconómicos del catálogo ({fields} ...) está entre los conteos de incidentes (un campo de categoría y las tasas censales los proporcionan)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>needs incident counts of at least two years (a date field)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>necesita conteos de incidentes de al menos dos años (un campo de fecha)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>needs survey respondents (SURVEY) and their yes/no fields (SURVEY_FIELDS)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>necesita encuestados (SURVEY) y sus campos sí/no (SURVEY_FIELDS)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>the street-segment audit needs streets (STREETS) and street lights (LIGHTS)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>la auditoría de tramos de calle necesita calles (STREETS) y luminarias (LIGHTS)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>LAND_USE given without LAND_USE_FIELD: the street audit runs without the land-use mix</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>LAND_USE indicado sin LAND_USE_FIELD: la auditoría de calles se ejecuta sin la mezcla de usos del suelo</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>no facility layers (FACILITIES)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>no hay capas de equipamientos (FACILITIES)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>neighbourhood_summary: {n} neighbourhoods, {fields} fields from {steps} steps</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>neighbourhood_summary: {n} barrios, {fields} campos de {steps} pasos</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Diagnosis written to {path}: layers {layers}</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>Diagnóstico escrito en {path}: capas {layers}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <source>{field} is significantly spatially clustered (I = {i}, p = {p} &lt;= {alpha}).</source>
            <extracomment>processing_algorithms/global_moran.py</extracomment>
            <translation>{field} está agrupado espacialmente de forma significativa (I = {i}, p = {p} &lt;= {alpha}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <source>{field} is significantly spatially dispersed (I = {i}, p = {p} &lt;= {alpha}).</source>
            <extracomment>processing_algorithms/global_moran.py</extracomment>
            <translation>{field} está disperso espacialmente de forma significativa (I = {i}, p = {p} &lt;= {alpha}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <source>No significant spatial autocorrelation of {field} at {alpha} (I = {i}, p = {p}).</source>
            <extracomment>processing_algorithms/global_moran.py</extracomment>
            <translation>Sin autocorrelación espacial significativa de {field} al nivel {alpha} (I = {i}, p = {p}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/hot_spots.py"></location>
            <source>Gi* on {n} features, {weights} weights ({transform}), {permutations} permutations, seed {seed}, {alternative} test, FDR correction</source>
            <extracomment>processing_algorithms/hot_spots.py</extracomment>
            <translation>Gi* sobre {n} entidades, pesos {weights} ({transform}), {permutations} permutaciones, semilla {seed}, prueba {alternative}, corrección FDR</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/hot_spots.py"></location>
            <source>Gi* on {n} features, {weights} weights ({transform}), {permutations} permutations, seed {seed}, {alternative} test</source>
            <extracomment>processing_algorithms/hot_spots.py</extracomment>
            <translation>Gi* sobre {n} entidades, pesos {weights} ({transform}), {permutations} permutaciones, semilla {seed}, prueba {alternative}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Condition: {field} {operator} {value}; incidents {count}; exposure {exposure}.</source>
            <extracomment>processing_algorithms/incidents_vs_environment.py</extracomment>
            <translation>Condición: {field} {operator} {value}; incidentes {count}; exposición {exposure}.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Reading the infrastructure layer…</source>
            <extracomment>processing_algorithms/infrastructure_indicators.py</extracomment>
            <translation>Leyendo la capa de infraestructura…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Computing points indicators…</source>
            <extracomment>processing_algorithms/infrastructure_indicators.py</extracomment>
            <translation>Calculando los indicadores de puntos…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Computing lines indicators…</source>
            <extracomment>processing_algorithms/infrastructure_indicators.py</extracomment>
            <translation>Calculando los indicadores de líneas…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Computing polygons indicators…</source>
            <extracomment>processing_algorithms/infrastructure_indicators.py</extracomment>
            <translation>Calculando los indicadores de polígonos…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>city {key}: {value}</source>
            <extracomment>processing_algorithms/infrastructure_indicators.py; processing_algorithms/sdg_indicators.py</extracomment>
            <translation>ciudad {key}: {value}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Choose at least one extensive or intensive field.</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>Elija al menos un campo extensivo o intensivo.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>The population raster is not in a projected CRS in metres; warp it to one (Raster &gt; Projections &gt; Warp) so that cell areas are in square metres.</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>El ráster de población no está en un SRC proyectado en metros; reproyéctelo a uno (Ráster &gt; Proyecciones &gt; Combar) para que las áreas de las celdas estén en metros cuadrados.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Dasymetric allocation with {layer} (layers read in {crs}).</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>Asignación dasimétrica con {layer} (capas leídas en {crs}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Reading census units…</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>Leyendo las unidades censales…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>{n} census unit(s) with invalid geometry skipped (Processing's invalid geometry setting); their values are not allocated: {ids}</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>{n} unidad(es) censal(es) con geometría inválida omitida(s) (configuración de geometrías inválidas de Procesos); sus valores no se asignan: {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Read {units} census units and {neighbourhoods} neighbourhoods.</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>Leídas {units} unidades censales y {neighbourhoods} barrios.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>{variable}: census {census}, neighbourhoods {neighbourhoods} ({note})</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>{variable}: censo {census}, barrios {neighbourhoods} ({note})</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Read {rows} table rows and {neighbourhoods} neighbourhoods.</source>
            <extracomment>processing_algorithms/join_table.py</extracomment>
            <translation>Leídas {rows} filas de la tabla y {neighbourhoods} barrios.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>The surface is always written as a GeoTIFF; the file name does not end in .tif.</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>La superficie siempre se escribe como GeoTIFF; el nombre del archivo no termina en .tif.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>incident weight(s)</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>peso(s) de incidentes</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Read {n} incidents ({path} path); {points} points with a location.</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>Leídos {n} incidentes (vía de lectura {path}); {points} puntos con ubicación.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Reading {n} incidents twice in chunks of {rows} ({path} path): the radius is given, so only the grid is kept and the memory is bounded…</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>Leyendo {n} incidentes dos veces en bloques de {rows} (vía de lectura {path}): el radio está indicado, así que solo se conserva la grilla y la memoria queda acotada…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Reading {n} incidents in chunks of {rows} ({path} path), three or four times: the automatic radius comes from running sums and a histogram of the distances to the mean centre, then the points are binned onto the grid; only the grid is kept and the memory is bounded…</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>Leyendo {n} incidentes por bloques de {rows} (vía {path}), tres o cuatro veces: el radio automático sale de sumas acumuladas y de un histograma de las distancias al centro medio, y después los puntos se agregan en la malla; solo se conserva la malla y la memoria está acotada…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Read {n} incidents in chunks; {points} points in the surface.</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>Leídos {n} incidentes por bloques; {points} puntos en la superficie.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Radius {radius} m ({rule}); cell size {cell} m; {rows} x {columns} cells; units: {units}.</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>Radio {radius} m ({rule}); tamaño de celda {cell} m; {rows} x {columns} celdas; unidades: {units}.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/local_moran.py"></location>
            <source>Local Moran's I on {n} features, {weights} weights ({transform}), {permutations} permutations, seed {seed}, significance level {alpha} (FDR)</source>
            <extracomment>processing_algorithms/local_moran.py</extracomment>
            <translation>I de Moran local sobre {n} entidades, pesos {weights} ({transform}), {permutations} permutaciones, semilla {seed}, nivel de significación {alpha} (FDR)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/local_moran.py"></location>
            <source>Local Moran's I on {n} features, {weights} weights ({transform}), {permutations} permutations, seed {seed}, significance level {alpha}</source>
            <extracomment>processing_algorithms/local_moran.py</extracomment>
            <translation>I de Moran local sobre {n} entidades, pesos {weights} ({transform}), {permutations} permutaciones, semilla {seed}, nivel de significación {alpha}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>{n} incidents have no usable date in {field} and were left out</source>
            <extracomment>processing_algorithms/near_repeat.py</extracomment>
            <translation>{n} incidentes no tienen una fecha utilizable en {field} y se dejaron fuera</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>the dates carry no time of day: time differences are whole days</source>
            <extracomment>processing_algorithms/near_repeat.py</extracomment>
            <translation>las fechas no llevan hora del día: las diferencias de tiempo son días enteros</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>no incident has a usable date in {field}</source>
            <extracomment>processing_algorithms/near_repeat.py</extracomment>
            <translation>ningún incidente tiene una fecha utilizable en {field}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>{distance}, {time}: Knox ratio {ratio}, p = {p}</source>
            <extracomment>processing_algorithms/near_repeat.py</extracomment>
            <translation>{distance}, {time}: razón de Knox {ratio}, p = {p}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>{n} neighbourhood profiles in {folder}; atlas in {pdf}</source>
            <extracomment>processing_algorithms/neighbourhood_profiles.py</extracomment>
            <translation>{n} perfiles de barrio en {folder}; atlas en {pdf}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>{n} neighbourhood profiles in {folder}</source>
            <extracomment>processing_algorithms/neighbourhood_profiles.py</extracomment>
            <translation>{n} perfiles de barrio en {folder}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>The density raster</source>
            <extracomment>processing_algorithms/neighbourhood_profiles.py</extracomment>
            <translation>El ráster de densidad</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>{n} neighbourhood(s) with invalid geometry skipped (Processing's invalid geometry setting), no profile: {ids}</source>
            <extracomment>processing_algorithms/neighbourhood_profiles.py</extracomment>
            <translation>{n} barrio(s) con geometría inválida omitido(s) (configuración de geometrías inválidas de Procesos), sin perfil: {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Warning: the atlas has {pages} pages for {n} neighbourhoods.</source>
            <extracomment>processing_algorithms/neighbourhood_profiles.py</extracomment>
            <translation>Advertencia: el atlas tiene {pages} páginas para {n} barrios.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Read {n} incidents ({path} path).</source>
            <extracomment>processing_algorithms/optimized_hot_spots.py</extracomment>
            <translation>Leídos {n} incidentes (vía de lectura {path}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>type {type}: {change}% ({source})</source>
            <extracomment>processing_algorithms/project_targets.py</extracomment>
            <translation>tipo {type}: {change} % ({source})</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>incident points were given: choose where to write the masked points (POINTS_OUTPUT)</source>
            <extracomment>processing_algorithms/public_release.py</extracomment>
            <translation>se dieron puntos de incidentes: elija dónde escribir los puntos enmascarados (POINTS_OUTPUT)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>{conflict}. Nothing was written; {package} is unchanged.</source>
            <extracomment>processing_algorithms/public_release.py</extracomment>
            <translation>{conflict}. No se escribió nada; {package} no se modificó.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_resilience.py"></location>
            <source>{key}: give two numbers separated by a comma; got {text}</source>
            <extracomment>processing_algorithms/risk_resilience.py</extracomment>
            <translation>{key}: indique dos números separados por una coma; se recibió {text}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>choose the neighbourhood id field (NEIGHBOURHOOD_ID)</source>
            <extracomment>processing_algorithms/risk_terrain.py; processing_algorithms/street_segment_audit.py</extracomment>
            <translation>elija el campo de identificador de barrio (NEIGHBOURHOOD_ID)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Factor layer</source>
            <extracomment>processing_algorithms/risk_terrain.py</extracomment>
            <translation>Capa de factor</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>give at least one candidate factor layer (FACTORS)</source>
            <extracomment>processing_algorithms/risk_terrain.py</extracomment>
            <translation>indique al menos una capa de factor candidato (FACTORS)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>{factor}: {operation} {distance} m, RRV {rrv} (protective), p {p}</source>
            <extracomment>processing_algorithms/risk_terrain.py</extracomment>
            <translation>{factor}: {operation} {distance} m, RRV {rrv} (protector), p {p}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>{factor}: {operation} {distance} m, RRV {rrv} (risk), p {p}</source>
            <extracomment>processing_algorithms/risk_terrain.py</extracomment>
            <translation>{factor}: {operation} {distance} m, RRV {rrv} (de riesgo), p {p}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Computing SDG 11.2.1…</source>
            <extracomment>processing_algorithms/sdg_indicators.py</extracomment>
            <translation>Calculando el ODS 11.2.1…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Computing SDG 11.7.1…</source>
            <extracomment>processing_algorithms/sdg_indicators.py</extracomment>
            <translation>Calculando el ODS 11.7.1…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>no public space layer given: SDG 11.7.1 fields are NULL</source>
            <extracomment>processing_algorithms/sdg_indicators.py</extracomment>
            <translation>no se indicó una capa de espacio público: los campos del ODS 11.7.1 son NULL</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>walking distances need the street network layer</source>
            <extracomment>processing_algorithms/service_coverage.py</extracomment>
            <translation>las distancias a pie necesitan la capa de la red de calles</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>a street layer was given but the distance is measured in a straight line; choose walking distance to use it</source>
            <extracomment>processing_algorithms/service_coverage.py</extracomment>
            <translation>se indicó una capa de calles pero la distancia se mide en línea recta; elija la distancia a pie para usarla</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>Computing coverage within {distance} m ({method})…</source>
            <extracomment>processing_algorithms/service_coverage.py</extracomment>
            <translation>Calculando la cobertura a menos de {distance} m ({method})…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>City: {covered} of {population} residents covered (share {share}).</source>
            <extracomment>processing_algorithms/service_coverage.py</extracomment>
            <translation>Ciudad: {covered} de {population} residentes cubiertos (proporción {share}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>Global Empirical Bayes: city rate {rate} per {per}, {n} neighbourhoods used.</source>
            <extracomment>processing_algorithms/smooth_rates.py</extracomment>
            <translation>Bayes empírico global: tasa de la ciudad {rate} por {per}, {n} barrios usados.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>{n} neighbourhood(s) with a population of 0 or NULL get NULL rates.</source>
            <extracomment>processing_algorithms/smooth_rates.py</extracomment>
            <translation>{n} barrio(s) con una población de 0 o NULL reciben tasas NULL.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>{share} of the neighbourhoods have no incident: the smoothing is unreliable with mostly-zero counts; consider a longer period or larger areas.</source>
            <extracomment>processing_algorithms/smooth_rates.py</extracomment>
            <translation>el {share} de los barrios no tiene incidentes: el suavizado no es fiable con conteos casi todos nulos; considere un período más largo o áreas más grandes.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>{n} neighbourhood(s) without neighbours: their prior is their own rate.</source>
            <extracomment>processing_algorithms/smooth_rates.py</extracomment>
            <translation>{n} barrio(s) sin vecinos: su previa es su propia tasa.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>Spatial Empirical Bayes with queen contiguity ({n} neighbours on average).</source>
            <extracomment>processing_algorithms/smooth_rates.py</extracomment>
            <translation>Bayes empírico espacial con contigüidad de reina ({n} vecinos en promedio).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>choose the land-use class field (LAND_USE_FIELD)</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>elija el campo de clase de uso del suelo (LAND_USE_FIELD)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Reading streets, lights and incidents…</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>Leyendo calles, luminarias e incidentes…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Read {streets} streets, {lights} lights, {incidents} incidents.</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>Leídas {streets} calles, {lights} luminarias, {incidents} incidentes.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Building the network and auditing its segments…</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>Construyendo la red y auditando sus tramos…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>City: {units} units, {km} km, lit share {share}, {dark} dark units.</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>Ciudad: {units} tramos, {km} km, proporción iluminada {share}, {dark} tramos oscuros.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>{n} of {total} street lights have {field} = 1 and are used</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>{n} de {total} luminarias tienen {field} = 1 y se usan</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>{n} street lights have no usable {field} value and were left out</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>{n} luminarias no tienen un valor utilizable de {field} y se dejaron fuera</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Stability: {scheme}.</source>
            <extracomment>processing_algorithms/typologies.py</extracomment>
            <translation>Estabilidad: {scheme}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Warning: {message}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Advertencia: {message}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cancelled by the user; no output was written.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Cancelado por el usuario; no se escribió ninguna salida.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{algorithm} ran out of memory; try a smaller extent, fewer features or a coarser cell size.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{algorithm} se quedó sin memoria; pruebe con una extensión más pequeña, menos entidades o un tamaño de celda más grueso.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{algorithm} failed: {error}. No output was written. This is a bug in the Urban Safety Monitor if your inputs look right: please report it with the log (the details are in the log's debug lines).</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{algorithm} falló: {error}. No se escribió ninguna salida. Si sus entradas parecen correctas, se trata de un error del Urban Safety Monitor: por favor infórmelo con el registro (los detalles están en las líneas de depuración del registro).</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} has no coordinate reference system (CRS); set its CRS in the layer properties (Layer Properties &gt; Source &gt; Assigned CRS) and run again.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} no tiene sistema de referencia de coordenadas (SRC); asigne su SRC en las propiedades de la capa (Propiedades de la capa &gt; Fuente &gt; SRC asignado) y vuelva a ejecutar.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The layer</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>La capa</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what}: its extent cannot be transformed to longitude/latitude ({error}); check the layer's CRS.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what}: su extensión no puede transformarse a longitud/latitud ({error}); revise el SRC de la capa.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} has an empty or invalid extent.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} tiene una extensión vacía o inválida.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>the UTM zone of the layer's centre</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>la zona UTM del centro de la capa</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>a Lambert azimuthal equal-area projection centred on the layer (it spans {width} x {height} degrees, too wide for one UTM zone)</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>una proyección acimutal equivalente de Lambert centrada en la capa (abarca {width} x {height} grados, demasiado ancha para una zona UTM)</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>degrees</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>grados</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{crs} measures in {units}, not metres; areas and distances are computed in the local projection {local} ({kind}), and every distance and area parameter and output is in metres.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{crs} mide en {units}, no en metros; las áreas y distancias se calculan en la proyección local {local} ({kind}), y cada parámetro y salida de distancia y área está en metros.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>unknown units</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>unidades desconocidas</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <location filename="../processing_algorithms/base/monitor.py"></location>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Could not load the layer given for {name}.</source>
            <extracomment>usm_plugin/bridge.py; processing_algorithms/base/monitor.py; processing_algorithms/neighbourhood_profiles.py</extracomment>
            <translation>No se pudo cargar la capa dada para {name}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The layer given for {name}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>La capa dada para {name}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Field(s) {missing} not found in the layer given for {name}; it has: {available}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se encontraron los campos {missing} en la capa dada para {name}; tiene: {available}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{name}: the fast file reader could not read {path} ({error}); reading through QGIS instead.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{name}: el lector rápido de archivos no pudo leer {path} ({error}); se lee a través de QGIS.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{name}: {n} feature(s) with invalid geometry skipped (Processing's invalid geometry setting), feature ids {ids}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{name}: {n} entidad(es) con geometría inválida omitidas (configuración de geometrías inválidas de Procesos), identificadores {ids}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{name}: reprojected from {source} to {target}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{name}: reproyectada de {source} a {target}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what}: {n} curved geometries (arcs) were converted to straight segments.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what}: {n} geometrías curvas (arcos) se convirtieron en segmentos rectos.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what}: {n} geometries had Z (height) or M values, which are not used: they were dropped to 2-D.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what}: {n} geometrías tenían valores Z (altura) o M, que no se usan: se redujeron a 2D.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{name}: repaired {n} invalid polygon(s) with make_valid (feature id, reason, area change): {details}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{name}: {n} polígono(s) inválido(s) reparado(s) con make_valid (identificador, motivo, cambio de área): {details}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>feature {id}: {reason}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>entidad {id}: {reason}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{n} invalid geometries ({listing}). Change the invalid geometry setting of Processing to skip them, or repair them (Fix geometries) first.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{n} geometrías inválidas ({listing}). Cambie la configuración de geometrías inválidas de Procesos para omitirlas, o repárelas antes (Corregir geometrías).</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not load the table given for {name}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se pudo cargar la tabla dada para {name}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Field(s) {missing} not found in {name}; it has: {available}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se encontraron los campos {missing} en {name}; tiene: {available}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not create the output {name}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se pudo crear la salida {name}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not write the output {name}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se pudo escribir la salida {name}: {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not write features to the output {name}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se pudieron escribir entidades en la salida {name}: {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not write features to the output {name}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se pudieron escribir entidades en la salida {name}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot write the output {name}: the folder {folder} does not exist.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se puede escribir la salida {name}: la carpeta {folder} no existe.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot write the output {name} ({path}): the folder or file is not writable. Choose another output location.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se puede escribir la salida {name} ({path}): la carpeta o el archivo no admite escritura. Elija otra ubicación para la salida.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The output {name} is a shapefile, whose field names are cut to 10 characters; {n} field name(s) would be cut and could be confused ({fields}). Write a GeoPackage (.gpkg) instead, which keeps the names.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>La salida {name} es un shapefile, cuyos nombres de campo se recortan a 10 caracteres; {n} nombre(s) de campo se recortarían y podrían confundirse ({fields}). Escriba en su lugar un GeoPackage (.gpkg), que conserva los nombres.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The output {name} was not written ({path}).</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>La salida {name} no se escribió ({path}).</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not move the output {name} into place at {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se pudo mover la salida {name} a su lugar en {path}: {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} could not be loaded.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se pudo cargar {what}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} has no band {band}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} no tiene la banda {band}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} has cells of type {kind}; a numeric band is needed.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} tiene celdas de tipo {kind}; se necesita una banda numérica.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} has no cells.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} no tiene celdas.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} could not be read (got {n} bytes).</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se pudo leer {what} (se obtuvieron {n} bytes).</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The output folder {folder} does not exist.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>La carpeta de salida {folder} no existe.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot write the output {path}: the folder {folder} is not writable. Choose another output location.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se puede escribir la salida {path}: la carpeta {folder} no admite escritura. Elija otra ubicación para la salida.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot create the raster {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se puede crear el ráster {path}: {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>GDAL refused it</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>GDAL lo rechazó</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot write the raster {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se puede escribir el ráster {path}: {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not apply the style {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se pudo aplicar el estilo {path}: {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{parameter}: field {missing} is not in the layer given for {parent}. Its fields are: {available}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{parameter}: el campo {missing} no está en la capa dada para {parent}. Sus campos son: {available}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The output {name} ({path}) is the file that {inputs} is read from; writing it would replace that file and every layer in it. Choose another file name (inputs are never modified).</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>La salida {name} ({path}) es el archivo del que se lee {inputs}; escribirla reemplazaría ese archivo y todas sus capas. Elija otro nombre de archivo (las entradas nunca se modifican).</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot write the provenance record {path}: the folder is not writable.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se puede escribir el registro de procedencia {path}: la carpeta no admite escritura.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Provenance not stored in {uri}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>La procedencia no se guardó en {uri}: {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot create {path}: the folder is not writable.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se puede crear {path}: la carpeta no admite escritura.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot create the GeoPackage {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se puede crear el GeoPackage {path}: {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not write {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se pudo escribir {path}: {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The layer given for {name} has no features.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>La capa dada para {name} no tiene entidades.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{n} neighbourhoods with invalid geometry were skipped (Processing's invalid geometry setting) and have no type.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{n} barrios con geometría inválida se omitieron (configuración de geometrías inválidas de Procesos) y no tienen tipo.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Warning: input fields replaced by the new values: {fields}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Advertencia: campos de entrada reemplazados por los nuevos valores: {fields}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} ({layer}): {n} features without geometry left out</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} ({layer}): {n} entidades sin geometría dejadas fuera</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} ({layer}) must be a point layer.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} ({layer}) debe ser una capa de puntos.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what}: could not load the layer.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what}: no se pudo cargar la capa.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot write {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>No se puede escribir {path}: {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The layer given for {name} is empty: it has no features (none selected).</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>La capa dada para {name} está vacía: no tiene entidades (ninguna seleccionada).</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The layer given for {name} is empty: it has no features.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>La capa dada para {name} está vacía: no tiene entidades.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>; {n} more were skipped as invalid</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>; otras {n} se omitieron por inválidas</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The layer given for {name} has no geometries to analyse: its {n} feature(s) all have a null or empty geometry{detail}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>La capa dada para {name} no tiene geometrías que analizar: sus {n} entidad(es) tienen todas una geometría nula o vacía{detail}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{n} not a number (e.g. {examples})</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{n} no numéricos (p. ej. {examples})</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{n} infinite</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{n} infinitos</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{n} NULL or blank</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{n} NULL o vacíos</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{field}: {counts} {what}: treated as missing, not 0.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{field}: {counts} {what}: se tratan como faltantes, no como 0.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>no version</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>una versión vacía</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>version {found}</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>la versión {found}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>{package}: the installed package reports {shown}, which cannot be compared with the minimum {minimum}; assuming it is recent enough (if an algorithm fails, install {package}&gt;={minimum})</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>{package}: el paquete instalado informa {shown}, que no puede compararse con la mínima {minimum}; se asume que es suficientemente reciente (si un algoritmo falla, instale {package}&gt;={minimum})</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>The Urban Safety Monitor needs Python packages that this QGIS does not have:</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>El Urban Safety Monitor necesita paquetes de Python que este QGIS no tiene:</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>installed but cannot be imported ({error})</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>instalado pero no se puede importar ({error})</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>not installed</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>no instalado</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>version {found} is too old</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>la versión {found} es demasiado antigua</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>How to install them into the Python that QGIS uses:</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>Cómo instalarlos en el Python que usa QGIS:</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>Windows (OSGeo4W Shell, run as administrator): {command}</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>Windows (OSGeo4W Shell, ejecutado como administrador): {command}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>or:</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>o bien:</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>Then restart QGIS.</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>Luego reinicie QGIS.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/provider.py"></location>
            <source>Could not load the Urban Safety Monitor algorithms: {error}</source>
            <extracomment>usm_plugin/provider.py</extracomment>
            <translation>No se pudieron cargar los algoritmos del Urban Safety Monitor: {error}</translation>
        </message>
        <message>
            <source>The print-ready atlas: one page per neighbourhood. Leave empty to skip it.</source>
            <translation type="obsolete">El atlas listo para imprimir: una página por barrio. Déjelo vacío para omitirlo.</translation>
        </message>
        <message>
            <source>Memory to aim under, in megabytes. A layer whose whole read would need more (about 230 bytes per incident) is read in chunks, with the same surface. With a radius given, the chunks are read twice (extent, then binning onto the grid) and only the grid is kept: the memory is bounded whatever the number of incidents. With an automatic radius every coordinate and weight is kept (about 40 bytes per incident, as the radius needs all of them at once): this lowers the peak several times but does not bound it; give a radius for layers of tens of millions of incidents.</source>
            <translation type="obsolete">Memoria que no se debe superar, en megabytes. Una capa cuya lectura completa necesitaría más (unos 230 bytes por incidente) se lee por bloques, con la misma superficie. Con un radio dado, los bloques se leen dos veces (extensión y después agrupación en la malla) y solo se conserva la malla: la memoria queda acotada sea cual sea el número de incidentes. Con un radio automático se conservan todas las coordenadas y pesos (unos 40 bytes por incidente, pues el radio las necesita todas a la vez): el pico baja varias veces pero no queda acotado; indique un radio para capas de decenas de millones de incidentes.</translation>
        </message>
        <message>
            <source>Reading {n} incidents in chunks of {rows} (coordinates and weight only) to lower the memory needed; with an automatic radius every coordinate is kept (give a radius to bound the memory)…</source>
            <translation type="obsolete">Leyendo {n} incidentes en bloques de {rows} (solo coordenadas y peso) para reducir la memoria necesaria; con un radio automático se conservan todas las coordenadas (indique un radio para acotar la memoria)…</translation>
        </message>
        <message>
            <source>Memory to aim under, in megabytes. A layer whose whole read would need more (about 230 bytes per incident) is read in chunks that keep only the coordinates and the weight (about 40 bytes per incident), with the same surface. The surface itself needs every coordinate, so this lowers the peak several times but does not bound it: beyond some 50 million incidents per 2 GB, give more memory.</source>
            <translation type="obsolete">Memoria por debajo de la cual apuntar, en megabytes. Una capa cuya lectura completa necesitaría más (cerca de 230 bytes por incidente) se lee por bloques que conservan solo las coordenadas y el peso (cerca de 40 bytes por incidente), con la misma superficie. La superficie en sí necesita todas las coordenadas, así que esto reduce varias veces el pico pero no lo acota: más allá de unos 50 millones de incidentes por cada 2 GB, dé más memoria.</translation>
        </message>
        <message>
            <source>Runs the whole diagnosis on a city's layers in one go: census interpolation, incidents per neighbourhood with rates, hot spots, clusters, emerging patterns, density and SDG indicators, into one styled GeoPackage and a folder of tables.</source>
            <translation type="obsolete">Ejecuta todo el diagnóstico sobre las capas de una ciudad de una sola vez: interpolación censal, incidentes por barrio con tasas, puntos calientes, agrupamientos, patrones emergentes, densidad e indicadores ODS, en un GeoPackage con estilos y una carpeta de tablas.</translation>
        </message>
        <message>
            <source>Counts per year and the emerging hot spot step need the date of each incident.</source>
            <translation type="obsolete">Los conteos por año y el paso de puntos calientes emergentes necesitan la fecha de cada incidente.</translation>
        </message>
        <message>
            <source>Rates, shares and means, averaged weighted by population.</source>
            <translation type="obsolete">Tasas, proporciones y medias, promediadas con ponderación por población.</translation>
        </message>
        <message>
            <source>The census population count: it gives the rates per resident, the smoothed rates analysed for hot spots and the residents of the SDG indicators.</source>
            <translation type="obsolete">El conteo de población del censo: da las tasas por residente, las tasas suavizadas que se analizan para los puntos calientes y los residentes de los indicadores ODS.</translation>
        </message>
        <message>
            <source>Residents per cell: dasymetric census interpolation and the SDG residents.</source>
            <translation type="obsolete">Residentes por celda: interpolación censal dasimétrica y los residentes de los ODS.</translation>
        </message>
        <message>
            <source>For SDG 11.2.1 (with public space, for the SDG step).</source>
            <translation type="obsolete">Para el ODS 11.2.1 (con espacio público, para el paso de los ODS).</translation>
        </message>
        <message>
            <source>Walking distances for the SDG indicators (straight lines without it).</source>
            <translation type="obsolete">Distancias a pie para los indicadores ODS (líneas rectas sin ellas).</translation>
        </message>
        <message>
            <source>The density raster, the CSV tables and the provenance records.</source>
            <translation type="obsolete">El ráster de densidad, las tablas CSV y los registros de procedencia.</translation>
        </message>
        <message>
            <source>The steps run in order, each with the settings a first diagnosis needs, and each step's output feeds the next: census variables are interpolated to the neighbourhoods (when a census layer is given), incidents are counted per neighbourhood with rates per 100,000 residents and Empirical Bayes smoothed rates, Gi* hot spots (bins from the z-score, as ArcGIS, FDR-corrected) and Local Moran's I clusters (permutations, as GeoDa) are computed on the smoothed rate (on the density per km² without population), emerging hot spots over the months (with a date field), a kernel density surface, and the SDG 11.2.1 and 11.7.1 indicators (with transit stops, public space and a population source). Steps whose inputs are missing are skipped and listed.</source>
            <translation type="obsolete">Los pasos se ejecutan en orden, cada uno con la configuración que necesita un primer diagnóstico, y la salida de cada paso alimenta al siguiente: las variables censales se interpolan a los barrios (cuando se da una capa censal), los incidentes se cuentan por barrio con tasas por cada 100.000 residentes y tasas suavizadas por Bayes empírico, se calculan los puntos calientes Gi* (clases a partir de la puntuación z, como ArcGIS, corregidas por FDR) y los agrupamientos del I de Moran local (permutaciones, como GeoDa) sobre la tasa suavizada (sobre la densidad por km² sin población), los puntos calientes emergentes por meses (con un campo de fecha), una superficie de densidad kernel, y los indicadores ODS 11.2.1 y 11.7.1 (con paradas de transporte, espacio público y una fuente de población). Los pasos cuyas entradas faltan se omiten y se listan.</translation>
        </message>
        <message>
            <source>Every vector result is a layer of the output GeoPackage with its style stored in it, so it opens styled in any QGIS. The output folder holds the density GeoTIFF, the accounting and summary tables (CSV) and one provenance record per step plus one for the chain. The GeoPackage is written under a temporary name and moved into place when every step has succeeded: a cancelled or failed run leaves no partial package. Each step can also be run on its own, with every option, from the toolbox.</source>
            <translation type="obsolete">Cada resultado vectorial es una capa del GeoPackage de salida con su estilo guardado en él, de modo que se abre con estilo en cualquier QGIS. La carpeta de salida contiene el GeoTIFF de densidad, las tablas de contabilidad y de resumen (CSV) y un registro de procedencia por paso más uno para la cadena. El GeoPackage se escribe con un nombre temporal y se mueve a su lugar cuando todos los pasos terminaron bien: una ejecución cancelada o fallida no deja un paquete parcial. Cada paso también puede ejecutarse por separado, con todas sus opciones, desde la caja de herramientas.</translation>
        </message>
        <message>
            <source>how each output was made</source>
            <translation type="obsolete">cómo se hizo cada salida</translation>
        </message>
        <message>
            <source>Points: give the incident layer to publish masked points. Each point is moved in a random direction by a random distance between the minimum and maximum displacement (donut geomasking), so that no published point lies within the minimum distance of a true location; only the category is kept. The disclosure report lists every threshold and count. Publish one geography per release: a second, overlapping one (or another period) lets small counts be recovered by subtraction.</source>
            <translation type="obsolete">Puntos: dé la capa de incidentes para publicar puntos enmascarados. Cada punto se mueve en una dirección aleatoria una distancia aleatoria entre el desplazamiento mínimo y el máximo (enmascaramiento en anillo), de modo que ningún punto publicado queda a menos de la distancia mínima de una ubicación real; solo se conserva la categoría. El informe de divulgación lista cada umbral y cada conteo. Publique una sola geografía por publicación: una segunda que se superponga (u otro período) permite recuperar conteos pequeños por resta.</translation>
        </message>
        <message>
            <source>One geography per package: a GeoPackage output records what each public layer was made from (table usm_public_releases: the id field, a digest of the area ids, the count fields with their city totals, the input and its SHA-256). Adding a layer to an existing package (ogr:dbname='public.gpkg' table="..." as the output) is refused, with nothing written, when the package already holds a layer of the same data (the same input, or the same city totals of the shared count fields) at another geography (another id field or another set of areas): two overlapping geographies let withheld small counts be recovered by subtraction. Periods belong in one table (count fields n_y2022, n_y2023 with the total), whose row equations the secondary suppression protects.</source>
            <translation type="obsolete">Una geografía por paquete: una salida GeoPackage registra a partir de qué se hizo cada capa pública (tabla usm_public_releases: el campo de identificador, un resumen criptográfico de los identificadores de las áreas, los campos de conteo con sus totales de la ciudad, la entrada y su SHA-256). Agregar una capa a un paquete existente (ogr:dbname='public.gpkg' table="..." como salida) se rechaza, sin escribir nada, cuando el paquete ya contiene una capa de los mismos datos (la misma entrada, o los mismos totales de la ciudad de los campos de conteo compartidos) con otra geografía (otro campo de identificador u otro conjunto de áreas): dos geografías superpuestas permiten recuperar por resta los conteos pequeños ocultos. Los períodos van en una sola tabla (campos de conteo n_y2022, n_y2023 con el total), cuyas ecuaciones de fila protege la supresión secundaria.</translation>
        </message>
        <message>
            <source>JSON: id field, number of areas, digest of the area ids, count fields and their city totals, input and its SHA-256</source>
            <translation type="obsolete">JSON: campo de identificador, número de áreas, resumen criptográfico de los identificadores de las áreas, campos de conteo y sus totales de la ciudad, entrada y su SHA-256</translation>
        </message>
    </context>
</TS>
