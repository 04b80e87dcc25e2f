<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>UrbanSafetyMonitor</name>
        <message>
            <source>Join data to neighbourhoods</source>
            <extracomment>toolbox group</extracomment>
            <translation>Joindre des données aux quartiers</translation>
        </message>
        <message>
            <source>Hot spots and clusters</source>
            <extracomment>toolbox group</extracomment>
            <translation>Points chauds et agrégats</translation>
        </message>
        <message>
            <source>Reports and public release</source>
            <extracomment>toolbox group</extracomment>
            <translation>Rapports et diffusion publique</translation>
        </message>
        <message>
            <source>Typologies</source>
            <extracomment>toolbox group</extracomment>
            <translation>Typologies</translation>
        </message>
        <message>
            <source>Monitor: indices and targets</source>
            <extracomment>toolbox group</extracomment>
            <translation>Suivi : indices et cibles</translation>
        </message>
        <message>
            <source>CPTED and environment</source>
            <extracomment>toolbox group</extracomment>
            <translation>Prévention situationnelle (CPTED) et environnement</translation>
        </message>
        <message>
            <source>Aggregate incidents to neighbourhoods</source>
            <extracomment>usm:aggregateincidents name</extracomment>
            <translation>Agréger les incidents par quartier</translation>
        </message>
        <message>
            <source>Counts incident points per neighbourhood in total, per category, period and disaggregation field, with rates per resident, density per km² and Empirical Bayes smoothed rates, and accounts for every incident.</source>
            <extracomment>usm:aggregateincidents short description; usm:aggregateincidents help</extracomment>
            <translation>Compte les points d'incidents par quartier, au total, par catégorie, par période et par champ de désagrégation, avec des taux par habitant, une densité par km² et des taux lissés par la méthode bayésienne empirique, et rend compte de chaque incident.</translation>
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
            <translation>Incidents</translation>
        </message>
        <message>
            <source>Point layer of incidents (crimes, violence, harassment). MultiPoints count once, at their first point. May be in another CRS than the neighbourhoods.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Couche de points des incidents (crimes, violences, harcèlement). Les multipoints comptent une seule fois, à leur premier point. Peut être dans un autre SCR que les quartiers.</translation>
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
            <translation>Quartiers</translation>
        </message>
        <message>
            <source>Polygon layer of neighbourhoods (the unit of analysis). Should not overlap; ids must be unique.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Couche de polygones des quartiers (l'unité d'analyse). Les quartiers ne doivent pas se chevaucher ; les identifiants doivent être uniques.</translation>
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
            <translation>Champ d'identifiant du quartier</translation>
        </message>
        <message>
            <source>Field with a unique code per neighbourhood. Also decides ties: a point on a shared boundary goes to the neighbourhood whose id sorts first.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Champ contenant un code unique par quartier. Il départage aussi les égalités : un point situé sur une limite partagée va au quartier dont l'identifiant vient en premier dans l'ordre de tri.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Category field</source>
            <extracomment>usm:aggregateincidents parameters; usm:streetsegmentaudit parameters</extracomment>
            <translation>Champ de catégorie</translation>
        </message>
        <message>
            <source>Field with the incident type (e.g. homicide, assault, robbery). One count field n_cat_&lt;category&gt; per distinct value.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Champ du type d'incident (p. ex. homicide, agression, vol). Un champ d'effectif n_cat_&lt;category&gt; par valeur distincte.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Date/time field</source>
            <extracomment>usm:aggregateincidents parameters; usm:emerginghotspots parameters; usm:streetsegmentaudit parameters; usm:nearrepeat parameters</extracomment>
            <translation>Champ date/heure</translation>
        </message>
        <message>
            <source>Date or date-time of the incident (a date field, or text in ISO or common day/month formats). Needed for counts per period.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Date ou date-heure de l'incident (un champ date, ou un texte au format ISO ou dans les formats jour/mois courants). Nécessaire pour les effectifs par période.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Count per period</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Compter par période</translation>
        </message>
        <message>
            <source>Periods to count incidents by (needs a date field): year (n_y2021, ...), month of year (n_m01..n_m12), weekday (n_wd_mon..n_wd_sun), hour band (n_hb_night, n_hb_morning, n_hb_afternoon, n_hb_evening).</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Périodes selon lesquelles compter les incidents (nécessite un champ date) : année (n_y2021, ...), mois de l'année (n_m01..n_m12), jour de la semaine (n_wd_mon..n_wd_sun), tranche horaire (n_hb_night, n_hb_morning, n_hb_afternoon, n_hb_evening).</translation>
        </message>
        <message>
            <source>Year</source>
            <extracomment>usm:aggregateincidents parameters; usm:emerginghotspots parameters</extracomment>
            <translation>Année</translation>
        </message>
        <message>
            <source>Month of year</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Mois de l'année</translation>
        </message>
        <message>
            <source>Weekday</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Jour de la semaine</translation>
        </message>
        <message>
            <source>Hour band (night 0-6, morning 6-12, afternoon 12-18, evening 18-24)</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Tranche horaire (nuit 0-6, matin 6-12, après-midi 12-18, soirée 18-24)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Disaggregate by fields</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Désagréger selon les champs</translation>
        </message>
        <message>
            <source>Fields to break the counts down by, such as victim sex or age group: one field n_&lt;field&gt;_&lt;value&gt; per distinct value.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Champs selon lesquels ventiler les effectifs, comme le sexe ou la tranche d'âge de la victime : un champ n_&lt;field&gt;_&lt;value&gt; par valeur distincte.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Weight field</source>
            <extracomment>usm:aggregateincidents parameters; usm:kerneldensity parameters</extracomment>
            <translation>Champ de pondération</translation>
        </message>
        <message>
            <source>Optional numeric weight per incident (e.g. severity or number of victims); adds weighted sums w_total and w_cat_&lt;category&gt;. Missing weights are reported.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Pondération numérique facultative par incident (p. ex. gravité ou nombre de victimes) ; ajoute les sommes pondérées w_total et w_cat_&lt;category&gt;. Les pondérations manquantes sont signalées.</translation>
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
            <translation>Champ de population</translation>
        </message>
        <message>
            <source>Residents per neighbourhood, for rates. Without it no rates are computed.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Nombre d'habitants par quartier, pour les taux. Sans ce champ, aucun taux n'est calculé.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Rates per</source>
            <extracomment>usm:aggregateincidents parameters; usm:publicrelease parameters</extracomment>
            <translation>Unité des taux</translation>
        </message>
        <message>
            <source>Rates are incidents per 1,000 or per 100,000 residents (SDG 16.1.1 uses 100,000).</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Les taux sont exprimés en incidents pour 1 000 ou pour 100 000 habitants (l'ODD 16.1.1 utilise 100 000).</translation>
        </message>
        <message>
            <source>per 1,000 residents</source>
            <extracomment>usm:aggregateincidents parameters; usm:smoothrates parameters; usm:compareperiods parameters</extracomment>
            <translation>pour 1 000 habitants</translation>
        </message>
        <message>
            <source>per 100,000 residents</source>
            <extracomment>usm:aggregateincidents parameters; usm:smoothrates parameters; usm:compareperiods parameters</extracomment>
            <translation>pour 100 000 habitants</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Empirical Bayes smoothed rates</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Taux lissés (bayésien empirique)</translation>
        </message>
        <message>
            <source>Add eb_rate_* fields: rates smoothed towards the city-wide rate where populations are small (global Empirical Bayes, Marshall 1991).</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Ajouter les champs eb_rate_* : des taux rapprochés du taux de l'ensemble de la ville là où les populations sont faibles (bayésien empirique global, Marshall 1991).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Neighbourhood incident counts</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Effectifs d'incidents par quartier</translation>
        </message>
        <message>
            <source>The neighbourhood layer with all its fields plus the count, rate and density fields listed under Output fields.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>La couche des quartiers avec tous ses champs, plus les champs d'effectifs, de taux et de densité listés sous Champs en sortie.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Accounting</source>
            <extracomment>usm:aggregateincidents parameters; usm:streetsegmentaudit parameters</extracomment>
            <translation>Bilan</translation>
        </message>
        <message>
            <source>Table accounting for every incident read: assigned, on a shared boundary, outside, dropped by reason, date missing.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Table rendant compte de chaque incident lu : affecté, sur une limite partagée, à l'extérieur, écarté (par motif), date manquante.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Field names</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Noms de champs</translation>
        </message>
        <message>
            <source>Which category or value each generated field name counts.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Quelle catégorie ou valeur compte chaque nom de champ généré.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Memory limit (MB)</source>
            <extracomment>usm:aggregateincidents parameters; usm:kerneldensity parameters</extracomment>
            <translation>Limite de mémoire (Mo)</translation>
        </message>
        <message>
            <source>Peak memory to stay under, in megabytes. A layer whose whole read would need more (about 230 bytes per incident: 10 million need some 2.3 GB) is read and counted in chunks sized from this limit, with the same results and accounting; below it the layer is read whole, the fastest way. The limit covers this algorithm's own work (QGIS itself and other open layers come on top); it cannot go below about 500 MB. The check for many incidents at one exact coordinate keeps every coordinate: beyond an eighth of the limit they go to a scratch folder in the system's temporary directory (16 bytes per incident), removed at the end.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Pic de mémoire à ne pas dépasser, en mégaoctets. Une couche dont la lecture complète demanderait davantage (environ 230 octets par incident : 10 millions en demandent quelque 2,3 Go) est lue et comptée par blocs dimensionnés d'après cette limite, avec les mêmes résultats et le même bilan ; en deçà, la couche est lue en entier, la méthode la plus rapide. La limite couvre le travail propre de cet algorithme (QGIS lui-même et les autres couches ouvertes s'y ajoutent) ; elle ne peut descendre en dessous d'environ 500 Mo. Le contrôle des nombreux incidents situés exactement aux mêmes coordonnées conserve toutes les coordonnées : au-delà d'un huitième de la limite, elles vont dans un dossier de travail du répertoire temporaire du système (16 octets par incident), supprimé à la fin.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>Repair invalid polygons</source>
            <extracomment>usm:aggregateincidents parameters; usm:interpolatecensus parameters; usm:aggregatesurvey parameters; usm:spatialweightsreport parameters (+11 more)</extracomment>
            <translation>Réparer les polygones invalides</translation>
        </message>
        <message>
            <source>Invalid polygons (self-intersections, bow-ties, rings touching holes) are handled by Processing's invalid-geometry setting: stop with their ids, or skip them (listed in the log, and incidents inside them accounted for apart). Tick this to repair them with make_valid instead (as 'Fix geometries'); every repaired feature is listed in the log with the reason and the area it gained or lost.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help; usm:interpolatecensus parameters; usm:interpolatecensus help (+26 more)</extracomment>
            <translation>Les polygones invalides (auto-intersections, nœuds papillon, anneaux touchant des trous) sont traités selon le paramètre de Traitements pour les géométries invalides : arrêt avec leurs identifiants, ou entités ignorées (listées dans le journal, et les incidents qu'elles contiennent comptabilisés à part). Cochez cette case pour les réparer plutôt avec make_valid (comme « Réparer les géométries ») ; chaque entité réparée est listée dans le journal avec le motif et la surface gagnée ou perdue.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>Provenance record</source>
            <extracomment>usm:aggregateincidents parameters; usm:interpolatecensus parameters; usm:jointable parameters; usm:aggregatesurvey parameters (+26 more)</extracomment>
            <translation>Fiche de provenance</translation>
        </message>
        <message>
            <source>Optional JSON file recording how the outputs were made: every parameter (so the run can be repeated), each input file with its feature count and SHA-256 hash, the versions of the plugin, QGIS, Python and libraries, and the time. The same record is stored in the metadata of GeoPackage outputs and summarised in the log.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help; usm:interpolatecensus parameters; usm:interpolatecensus help (+56 more)</extracomment>
            <translation>Fichier JSON facultatif qui consigne comment les sorties ont été produites : chaque paramètre (pour pouvoir répéter l'exécution), chaque fichier en entrée avec son nombre d'entités et son empreinte SHA-256, les versions de l'extension, de QGIS, de Python et des bibliothèques, et l'heure. Le même enregistrement est stocké dans les métadonnées des sorties GeoPackage et résumé dans le journal.</translation>
        </message>
        <message>
            <source>Every incident is accounted for: incidents read = assigned to a neighbourhood + outside every neighbourhood + dropped (null or empty geometry, NaN or infinite coordinates). The counts are in the log and in the Accounting table. Incidents whose date is missing or cannot be parsed still count in the totals and categories but not in the period counts; the accounting says how many.</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>Chaque incident est comptabilisé : incidents lus = affectés à un quartier + hors de tout quartier + écartés (géométrie nulle ou vide, coordonnées NaN ou infinies). Les effectifs figurent dans le journal et dans la table de bilan. Les incidents dont la date manque ou ne peut pas être lue comptent dans les totaux et les catégories, mais pas dans les effectifs par période ; le bilan indique combien il y en a.</translation>
        </message>
        <message>
            <source>Boundary rule: a point belongs to every neighbourhood whose closed area (interior or boundary) contains it; when that is more than one (a point exactly on a shared edge or vertex, or in an overlap), it goes to the one whose id comes first in sorted order. So each incident is counted exactly once: QGIS's Count points in polygon counts a point on a shared edge in neither neighbourhood and an intersects join counts it in both. The number of such ties is reported.</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>Règle de limite : un point appartient à chaque quartier dont la surface fermée (intérieur ou limite) le contient ; s'il y en a plusieurs (point exactement sur une arête ou un sommet partagé, ou dans un chevauchement), il est affecté à celui dont l'identifiant vient en premier dans l'ordre de tri. Chaque incident est ainsi compté exactement une fois : l'outil « Compter les points dans les polygones » de QGIS ne compte un point situé sur une arête partagée dans aucun des deux quartiers, et une jointure par intersection le compte dans les deux. Le nombre de ces cas d'égalité est signalé.</translation>
        </message>
        <message>
            <source>Incidents in another CRS are reprojected to the neighbourhoods' CRS through the project's transform settings. Areas and densities are computed in the neighbourhoods' CRS when it is projected; for a geographic CRS or Web Mercator they are computed in the local UTM zone (stated in the log). Neighbourhoods with a null or empty geometry get NULL values, not 0. "Selected features only" and the Processing setting for invalid geometries are honoured.</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>Les incidents dans un autre SCR sont reprojetés dans le SCR des quartiers selon les paramètres de transformation du projet. Les surfaces et les densités sont calculées dans le SCR des quartiers s'il est projeté ; pour un SCR géographique ou Web Mercator, elles sont calculées dans la zone UTM locale (indiquée dans le journal). Les quartiers dont la géométrie est nulle ou vide reçoivent des valeurs NULL, et non 0. L'option « Entités sélectionnées uniquement » et le paramètre de Traitements pour les géométries invalides sont respectés.</translation>
        </message>
        <message>
            <source>Rates need a population field on the neighbourhood layer (for example one interpolated from census units). A population of 0 or NULL gives a NULL rate and a warning; a negative population is an error. Empirical Bayes smoothing shrinks the rates of neighbourhoods with few residents towards the city-wide rate, so a small neighbourhood with one incident does not top the map by chance (Marshall 1991, global method-of-moments estimator, as in GeoDa and PySAL).</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>Les taux exigent un champ de population dans la couche des quartiers (par exemple un champ interpolé à partir des unités de recensement). Une population de 0 ou NULL donne un taux NULL et un avertissement ; une population négative est une erreur. Le lissage bayésien empirique rapproche les taux des quartiers peu peuplés du taux de l'ensemble de la ville, de sorte qu'un petit quartier avec un seul incident ne se retrouve pas en tête de la carte par hasard (Marshall 1991, estimateur global par la méthode des moments, comme dans GeoDa et PySAL).</translation>
        </message>
        <message>
            <source>Large layers are read in chunks so that memory stays under the advanced parameter "Memory limit (MB)" (2048 by default), whatever the number of incidents: the counts, the accounting and the field names are the same as with a whole read. A layer small enough for the limit is read whole, the fastest way.</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>Les couches volumineuses sont lues par blocs afin que la mémoire reste sous le paramètre avancé « Limite de mémoire (Mo) » (2048 par défaut), quel que soit le nombre d'incidents : les effectifs, le bilan et les noms de champs sont les mêmes qu'avec une lecture complète. Une couche assez petite pour la limite est lue en entier, la méthode la plus rapide.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>Parameters</source>
            <extracomment>usm:aggregateincidents help; usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help (+26 more)</extracomment>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Output fields</source>
            <extracomment>usm:aggregateincidents help; usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help (+24 more)</extracomment>
            <translation>Champs en sortie</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>Field</source>
            <extracomment>usm:aggregateincidents help; usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help (+26 more)</extracomment>
            <translation>Champ</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>Meaning</source>
            <extracomment>usm:aggregateincidents help; usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help (+26 more)</extracomment>
            <translation>Signification</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>Unit</source>
            <extracomment>usm:aggregateincidents help; usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help (+26 more)</extracomment>
            <translation>Unité</translation>
        </message>
        <message>
            <source>the neighbourhood id, as in the input</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>l'identifiant du quartier, comme en entrée</translation>
        </message>
        <message>
            <source>text or integer</source>
            <extracomment>usm:aggregateincidents help; usm:publicrelease help; usm:batchmonitor help</extracomment>
            <translation>texte ou entier</translation>
        </message>
        <message>
            <source>area of the neighbourhood, in the layer's projected CRS; NULL for a null or empty geometry</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>surface du quartier, dans le SCR projeté de la couche ; NULL pour une géométrie nulle ou vide</translation>
        </message>
        <message>
            <source>km²</source>
            <extracomment>usm:aggregateincidents help; usm:fulldiagnosis help; usm:batchmonitor help</extracomment>
            <translation>km²</translation>
        </message>
        <message>
            <source>incidents assigned to the neighbourhood (boundary ties go to the id that sorts first); NULL for a null or empty geometry</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>incidents affectés au quartier (les égalités sur une limite vont à l'identifiant qui vient en premier dans l'ordre de tri) ; NULL pour une géométrie nulle ou vide</translation>
        </message>
        <message>
            <source>count</source>
            <extracomment>usm:aggregateincidents help; usm:aggregateincidents tags; usm:interpolatecensus help; usm:jointable help (+22 more)</extracomment>
            <translation>effectif</translation>
        </message>
        <message>
            <source>n_total per km² of area_km2</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>n_total par km² de area_km2</translation>
        </message>
        <message>
            <source>incidents per km²</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>incidents par km²</translation>
        </message>
        <message>
            <source>incidents of one category (category field); n_cat_null counts incidents without a category</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>incidents d'une catégorie (champ de catégorie) ; n_cat_null compte les incidents sans catégorie</translation>
        </message>
        <message>
            <source>incidents dated in that calendar year (only years present in the data)</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>incidents datés de cette année civile (uniquement les années présentes dans les données)</translation>
        </message>
        <message>
            <source>incidents dated in that month of the year, all years together</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>incidents datés de ce mois de l'année, toutes années confondues</translation>
        </message>
        <message>
            <source>incidents dated on that day of the week</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>incidents datés de ce jour de la semaine</translation>
        </message>
        <message>
            <source>incidents by hour of the day: night 00:00-05:59, morning 06:00-11:59, afternoon 12:00-17:59, evening 18:00-23:59 (only incidents with a time of day)</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>incidents par heure de la journée : nuit 00:00-05:59, matin 06:00-11:59, après-midi 12:00-17:59, soirée 18:00-23:59 (uniquement les incidents dont l'heure est connue)</translation>
        </message>
        <message>
            <source>incidents with that value of a disaggregation field (e.g. n_victim_sex_female); &lt;value&gt; null for missing values</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>incidents ayant cette valeur d'un champ de désagrégation (p. ex. n_victim_sex_female) ; &lt;value&gt; null pour les valeurs manquantes</translation>
        </message>
        <message>
            <source>sum of the weight field over the neighbourhood's incidents (incidents with a missing weight left out)</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>somme du champ de pondération sur les incidents du quartier (incidents sans pondération exclus)</translation>
        </message>
        <message>
            <source>weight units</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>unités de pondération</translation>
        </message>
        <message>
            <source>sum of the weight field per category</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>somme du champ de pondération par catégorie</translation>
        </message>
        <message>
            <source>n_total per &lt;rate_per&gt; residents; NULL when the population is 0 or NULL</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>n_total pour &lt;rate_per&gt; habitants ; NULL lorsque la population est 0 ou NULL</translation>
        </message>
        <message>
            <source>incidents per 1,000 or 100,000 residents</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>incidents pour 1 000 ou 100 000 habitants</translation>
        </message>
        <message>
            <source>n_cat_&lt;category&gt; per &lt;rate_per&gt; residents</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>n_cat_&lt;category&gt; pour &lt;rate_per&gt; habitants</translation>
        </message>
        <message>
            <source>global Empirical Bayes smoothed rate (Marshall 1991): the rate shrunk towards the city-wide rate where the population is small</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>taux lissé par la méthode bayésienne empirique globale (Marshall 1991) : le taux rapproché du taux de l'ensemble de la ville là où la population est faible</translation>
        </message>
        <message>
            <source>Empirical Bayes smoothed rate per category</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>taux lissé par la méthode bayésienne empirique, par catégorie</translation>
        </message>
        <message>
            <source>Accounting table</source>
            <extracomment>usm:aggregateincidents help; usm:aggregatesurvey help; usm:streetsegmentaudit help</extracomment>
            <translation>Table de bilan</translation>
        </message>
        <message>
            <source>read, assigned, on_shared_boundary, outside, dropped_* and date_missing_or_unparsable</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>read, assigned, on_shared_boundary, outside, dropped_* et date_missing_or_unparsable</translation>
        </message>
        <message>
            <source>text</source>
            <extracomment>usm:aggregateincidents help; usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help (+22 more)</extracomment>
            <translation>texte</translation>
        </message>
        <message>
            <source>number of incidents</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>nombre d'incidents</translation>
        </message>
        <message>
            <source>what the line means</source>
            <extracomment>usm:aggregateincidents help; usm:aggregatesurvey help; usm:streetsegmentaudit help</extracomment>
            <translation>signification de la ligne</translation>
        </message>
        <message>
            <source>Field names table</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>Table des noms de champs</translation>
        </message>
        <message>
            <source>output field name</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>nom du champ en sortie</translation>
        </message>
        <message>
            <source>input field the values come from</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>champ en entrée d'où viennent les valeurs</translation>
        </message>
        <message>
            <source>original category or value the field counts</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>catégorie ou valeur d'origine que compte le champ</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>References</source>
            <extracomment>usm:aggregateincidents help; usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help (+26 more)</extracomment>
            <translation>Références</translation>
        </message>
        <message>
            <source>incidents</source>
            <extracomment>usm:aggregateincidents tags; usm:kerneldensity tags; usm:optimizedhotspots tags; usm:emerginghotspots tags (+5 more)</extracomment>
            <translation>incidents</translation>
        </message>
        <message>
            <source>crime</source>
            <extracomment>usm:aggregateincidents tags; usm:hotspots tags; usm:localmoran tags; usm:globalmoran tags (+3 more)</extracomment>
            <translation>criminalité</translation>
        </message>
        <message>
            <source>violence</source>
            <extracomment>usm:aggregateincidents tags</extracomment>
            <translation>violence</translation>
        </message>
        <message>
            <source>points in polygon</source>
            <extracomment>usm:aggregateincidents tags</extracomment>
            <translation>points dans les polygones</translation>
        </message>
        <message>
            <source>rate</source>
            <extracomment>usm:aggregateincidents tags; usm:smoothrates tags</extracomment>
            <translation>taux</translation>
        </message>
        <message>
            <source>density</source>
            <extracomment>usm:aggregateincidents tags; usm:infrastructureindicators tags; usm:kerneldensity tags; usm:fulldiagnosis tags</extracomment>
            <translation>densité</translation>
        </message>
        <message>
            <source>empirical bayes</source>
            <extracomment>usm:aggregateincidents tags; usm:smoothrates tags</extracomment>
            <translation>bayésien empirique</translation>
        </message>
        <message>
            <source>aggregate</source>
            <extracomment>usm:aggregateincidents tags</extracomment>
            <translation>agréger</translation>
        </message>
        <message>
            <source>neighbourhood</source>
            <extracomment>usm:aggregateincidents tags; usm:interpolatecensus tags; usm:jointable tags; usm:aggregatesurvey tags (+4 more)</extracomment>
            <translation>quartier</translation>
        </message>
        <message>
            <source>join</source>
            <extracomment>usm:aggregateincidents tags; usm:interpolatecensus tags; usm:jointable tags</extracomment>
            <translation>jointure</translation>
        </message>
        <message>
            <source>Interpolate census data to neighbourhoods</source>
            <extracomment>usm:interpolatecensus name</extracomment>
            <translation>Interpoler les données du recensement sur les quartiers</translation>
        </message>
        <message>
            <source>Moves census variables from census units to neighbourhoods whose boundaries do not match: counts by area share or by a population raster, rates and shares as weighted means, with totals checked.</source>
            <extracomment>usm:interpolatecensus short description; usm:interpolatecensus help</extracomment>
            <translation>Transfère les variables du recensement des unités de recensement vers des quartiers dont les limites ne coïncident pas : effectifs selon la part de surface ou un raster de population, taux et proportions en moyennes pondérées, avec contrôle des totaux.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Census units</source>
            <extracomment>usm:interpolatecensus parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Unités de recensement</translation>
        </message>
        <message>
            <source>Polygon layer of census units (tracts, blocks, enumeration areas) carrying the census variables. May be in another CRS than the neighbourhoods.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Couche de polygones des unités de recensement (îlots, secteurs, zones de dénombrement) portant les variables du recensement. Peut être dans un autre SCR que les quartiers.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Census unit id field</source>
            <extracomment>usm:interpolatecensus parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Champ d'identifiant des unités de recensement</translation>
        </message>
        <message>
            <source>Field naming the census units in the diagnostics (default: the feature id).</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Champ qui nomme les unités de recensement dans le diagnostic (par défaut : l'identifiant d'entité).</translation>
        </message>
        <message>
            <source>Polygon layer of neighbourhoods that receives the values. Ids must be unique.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Couche de polygones des quartiers qui reçoit les valeurs. Les identifiants doivent être uniques.</translation>
        </message>
        <message>
            <source>Field with a unique code per neighbourhood.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help; usm:infrastructureindicators parameters; usm:infrastructureindicators help (+4 more)</extracomment>
            <translation>Champ contenant un code unique par quartier.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Extensive fields (counts)</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Champs extensifs (effectifs)</translation>
        </message>
        <message>
            <source>Count fields split by area (or raster) share: population, households, unemployed. Text that parses as a number is used; other values are missing and reported. Negative values are an error.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Champs d'effectifs répartis selon la part de surface (ou de raster) : population, ménages, chômeurs. Un texte qui se lit comme un nombre est utilisé ; les autres valeurs sont manquantes et signalées. Les valeurs négatives sont une erreur.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Intensive fields (rates, means, shares)</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Champs intensifs (taux, moyennes, proportions)</translation>
        </message>
        <message>
            <source>Fields averaged with weights: unemployment rate, mean income, youth share.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Champs moyennés avec pondération : taux de chômage, revenu moyen, part des jeunes.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Weight of intensive means</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Pondération des moyennes intensives</translation>
        </message>
        <message>
            <source>Intersection area, or interpolated population (the population field split like a count, or without it the raster mass of each piece). Population weighting suits per-person rates; a unit with population 0 then has weight 0 (reported).</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Surface d'intersection, ou population interpolée (le champ de population réparti comme un effectif, ou sans lui la masse raster de chaque morceau). La pondération par la population convient aux taux par personne ; une unité de population 0 a alors un poids de 0 (signalé).</translation>
        </message>
        <message>
            <source>Intersection area</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Surface d'intersection</translation>
        </message>
        <message>
            <source>Interpolated population</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Population interpolée</translation>
        </message>
        <message>
            <source>Residents per census unit, used to weight intensive means by population.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Habitants par unité de recensement, utilisés pour pondérer les moyennes intensives par la population.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Population or built-up raster (dasymetric)</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Raster de population ou de bâti (dasymétrique)</translation>
        </message>
        <message>
            <source>Optional raster of residents (or built-up share) per cell, e.g. a 100 m population grid. When given, counts are split by raster mass instead of area (band 1; nodata counts as zero). The layers are then read in the raster's CRS, which must be projected.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Raster facultatif d'habitants (ou de part de bâti) par cellule, p. ex. une grille de population de 100 m. S'il est fourni, les effectifs sont répartis selon la masse du raster plutôt que selon la surface (bande 1 ; nodata compte comme zéro). Les couches sont alors lues dans le SCR du raster, qui doit être projeté.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Neighbourhoods with census data</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Quartiers avec données du recensement</translation>
        </message>
        <message>
            <source>The neighbourhood layer with the interpolated fields listed under Output fields.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>La couche des quartiers avec les champs interpolés listés sous Champs en sortie.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Totals check</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Contrôle des totaux</translation>
        </message>
        <message>
            <source>Source and neighbourhood totals of every extensive field, and why they differ.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Totaux de la source et des quartiers pour chaque champ extensif, et raisons de leur écart.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Diagnostics</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Diagnostic</translation>
        </message>
        <message>
            <source>Overlaps, gaps, uncovered neighbourhoods, units outside the neighbourhoods, units without raster mass.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Chevauchements, vides, quartiers non couverts, unités hors des quartiers, unités sans masse raster.</translation>
        </message>
        <message>
            <source>Extensive variables (counts such as residents, households or unemployed) are split among the neighbourhoods in proportion to the share of each census unit's area that falls in each neighbourhood (areal weighting, Goodchild and Lam 1980). With a population or built-up raster they are split in proportion to the raster's mass instead (dasymetric allocation, Mennis 2003): residents are not spread evenly over parks and industry. The raster is sampled by exact fractional coverage (each cell's value spread evenly over the cell); a census unit without raster mass falls back to area shares and is listed.</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>Les variables extensives (effectifs comme les habitants, les ménages ou les chômeurs) sont réparties entre les quartiers au prorata de la part de la surface de chaque unité de recensement qui tombe dans chaque quartier (pondération surfacique, Goodchild et Lam 1980). Avec un raster de population ou de bâti, elles sont plutôt réparties au prorata de la masse du raster (répartition dasymétrique, Mennis 2003) : les habitants ne sont pas répartis uniformément sur les parcs et les zones industrielles. Le raster est échantillonné selon la couverture fractionnaire exacte (la valeur de chaque cellule étant répartie uniformément sur la cellule) ; une unité de recensement sans masse raster se rabat sur les parts de surface et est listée.</translation>
        </message>
        <message>
            <source>Intensive variables (rates, means, shares) are weighted means over the pieces of census units in each neighbourhood, weighted by the piece's area or by its interpolated population.</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>Les variables intensives (taux, moyennes, proportions) sont des moyennes pondérées sur les morceaux d'unités de recensement de chaque quartier, pondérées par la surface du morceau ou par sa population interpolée.</translation>
        </message>
        <message>
            <source>Totals are checked: when the neighbourhoods cover all census units, every extensive variable sums to the same city total before and after; the Totals table shows both and explains any difference (parts of census units outside every neighbourhood, units without geometry).</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>Les totaux sont contrôlés : lorsque les quartiers couvrent toutes les unités de recensement, chaque variable extensive a le même total pour la ville avant et après ; la table des totaux montre les deux et explique tout écart (parties d'unités de recensement hors de tout quartier, unités sans géométrie).</translation>
        </message>
        <message>
            <source>Diagnostics lists overlapping or duplicated census units (allowed, but the overlap area then receives value from both units), gaps inside neighbourhoods not covered by census units, neighbourhoods without any census unit (values NULL, not 0), census units partly outside the neighbourhoods with the share of their value that is not allocated, and units without raster mass. Missing or non-numeric values are missing: such a unit contributes nothing to that variable, and the log says how many. Negative counts are an error.</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>La table de diagnostic liste les unités de recensement qui se chevauchent ou sont en double (autorisé, mais la zone de chevauchement reçoit alors des valeurs des deux unités), les vides à l'intérieur des quartiers non couverts par des unités de recensement, les quartiers sans aucune unité de recensement (valeurs NULL, et non 0), les unités de recensement partiellement hors des quartiers avec la part de leur valeur non répartie, et les unités sans masse raster. Les valeurs manquantes ou non numériques sont traitées comme manquantes : une telle unité n'apporte rien à cette variable, et le journal indique combien il y en a. Les effectifs négatifs sont une erreur.</translation>
        </message>
        <message>
            <source>Census units in another CRS are reprojected to the neighbourhoods' CRS (or to the raster's CRS when a raster is given); areas are computed in a projected CRS, a local UTM zone when the layers are geographic or Web Mercator. The output keeps the neighbourhood layer's geometry, CRS and fields.</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>Les unités de recensement dans un autre SCR sont reprojetées dans le SCR des quartiers (ou dans celui du raster si un raster est fourni) ; les surfaces sont calculées dans un SCR projeté, une zone UTM locale lorsque les couches sont géographiques ou en Web Mercator. La sortie conserve la géométrie, le SCR et les champs de la couche des quartiers.</translation>
        </message>
        <message>
            <source>all fields of the neighbourhood layer, unchanged</source>
            <extracomment>usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help</extracomment>
            <translation>tous les champs de la couche des quartiers, inchangés</translation>
        </message>
        <message>
            <source>census count allocated to the neighbourhood (sum of unit value x area or raster share of the unit in the neighbourhood); NULL when no census unit with a value overlaps it</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>effectif du recensement attribué au quartier (somme de la valeur de l'unité x part de surface ou de raster de l'unité dans le quartier) ; NULL lorsqu'aucune unité de recensement ayant une valeur ne le recoupe</translation>
        </message>
        <message>
            <source>unit of the census field (count)</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>unité du champ du recensement (effectif)</translation>
        </message>
        <message>
            <source>weighted mean of the census units overlapping the neighbourhood (weights: intersection area or interpolated population)</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>moyenne pondérée des unités de recensement qui recoupent le quartier (poids : surface d'intersection ou population interpolée)</translation>
        </message>
        <message>
            <source>unit of the census field (rate, share, currency)</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>unité du champ du recensement (taux, proportion, monnaie)</translation>
        </message>
        <message>
            <source>used instead of &lt;field&gt; when the neighbourhood layer already has a field of that name</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>utilisé à la place de &lt;field&gt; lorsque la couche des quartiers a déjà un champ de ce nom</translation>
        </message>
        <message>
            <source>as the census field</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>comme le champ du recensement</translation>
        </message>
        <message>
            <source>number of census units overlapping the neighbourhood by more than a sliver (1e-6 of the unit)</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>nombre d'unités de recensement qui recoupent le quartier au-delà d'un simple liseré (1e-6 de l'unité)</translation>
        </message>
        <message>
            <source>share of the neighbourhood's area covered by census units</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>part de la surface du quartier couverte par des unités de recensement</translation>
        </message>
        <message>
            <source>0-1</source>
            <extracomment>usm:interpolatecensus help; usm:aggregatesurvey help; usm:infrastructureindicators help; usm:populationcoverage help (+8 more)</extracomment>
            <translation>0-1</translation>
        </message>
        <message>
            <source>Totals table</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>Table des totaux</translation>
        </message>
        <message>
            <source>extensive census field</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>champ extensif du recensement</translation>
        </message>
        <message>
            <source>sum over all census units with a value</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>somme sur toutes les unités de recensement ayant une valeur</translation>
        </message>
        <message>
            <source>field unit</source>
            <extracomment>usm:interpolatecensus help; usm:typologies help</extracomment>
            <translation>unité du champ</translation>
        </message>
        <message>
            <source>sum over the neighbourhoods</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>somme sur les quartiers</translation>
        </message>
        <message>
            <source>target_total - source_total</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>target_total - source_total</translation>
        </message>
        <message>
            <source>difference as a percentage of source_total</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>écart en pourcentage de source_total</translation>
        </message>
        <message>
            <source>%</source>
            <extracomment>usm:interpolatecensus help; usm:projecttargets help; usm:compareperiods help</extracomment>
            <translation>%</translation>
        </message>
        <message>
            <source>value of census units falling outside every neighbourhood</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>valeur des unités de recensement situées hors de tout quartier</translation>
        </message>
        <message>
            <source>value of census units without geometry</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>valeur des unités de recensement sans géométrie</translation>
        </message>
        <message>
            <source>census units with no value for the field</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>unités de recensement sans valeur pour le champ</translation>
        </message>
        <message>
            <source>'preserved' or the reasons for the difference</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>'preserved' ou les raisons de l'écart</translation>
        </message>
        <message>
            <source>Diagnostics table</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>Table de diagnostic</translation>
        </message>
        <message>
            <source>source_overlap, duplicate_source_geometry, target_overlap, gap_in_target, target_without_sources, target_null_geometry, source_null_geometry, source_partly_outside, source_outside_targets, source_no_raster_mass, source_zero_population</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>source_overlap, duplicate_source_geometry, target_overlap, gap_in_target, target_without_sources, target_null_geometry, source_null_geometry, source_partly_outside, source_outside_targets, source_no_raster_mass, source_zero_population</translation>
        </message>
        <message>
            <source>census unit concerned</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>unité de recensement concernée</translation>
        </message>
        <message>
            <source>neighbourhood concerned</source>
            <extracomment>usm:interpolatecensus help; usm:jointable help</extracomment>
            <translation>quartier concerné</translation>
        </message>
        <message>
            <source>the other unit or neighbourhood of an overlapping pair</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>l'autre unité ou l'autre quartier d'une paire qui se chevauche</translation>
        </message>
        <message>
            <source>overlap, gap or outside area</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>surface du chevauchement, du vide ou de la partie extérieure</translation>
        </message>
        <message>
            <source>m²</source>
            <extracomment>usm:interpolatecensus help; usm:infrastructureindicators help; usm:sdgindicators help</extracomment>
            <translation>m²</translation>
        </message>
        <message>
            <source>overlap area / unit area; gap / neighbourhood area; share of the unit's value allocated outside</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>surface du chevauchement / surface de l'unité ; vide / surface du quartier ; part de la valeur de l'unité attribuée à l'extérieur</translation>
        </message>
        <message>
            <source>what it means</source>
            <extracomment>usm:interpolatecensus help; usm:publicrelease help</extracomment>
            <translation>signification</translation>
        </message>
        <message>
            <source>census</source>
            <extracomment>usm:interpolatecensus tags; usm:fulldiagnosis tags</extracomment>
            <translation>recensement</translation>
        </message>
        <message>
            <source>areal interpolation</source>
            <extracomment>usm:interpolatecensus tags</extracomment>
            <translation>interpolation surfacique</translation>
        </message>
        <message>
            <source>dasymetric</source>
            <extracomment>usm:interpolatecensus tags</extracomment>
            <translation>dasymétrique</translation>
        </message>
        <message>
            <source>population</source>
            <extracomment>usm:interpolatecensus tags; usm:populationcoverage tags; usm:smoothrates tags</extracomment>
            <translation>population</translation>
        </message>
        <message>
            <source>areal weighting</source>
            <extracomment>usm:interpolatecensus tags</extracomment>
            <translation>pondération surfacique</translation>
        </message>
        <message>
            <source>intensive</source>
            <extracomment>usm:interpolatecensus tags</extracomment>
            <translation>intensive</translation>
        </message>
        <message>
            <source>extensive</source>
            <extracomment>usm:interpolatecensus tags</extracomment>
            <translation>extensive</translation>
        </message>
        <message>
            <source>tobler</source>
            <extracomment>usm:interpolatecensus tags</extracomment>
            <translation>tobler</translation>
        </message>
        <message>
            <source>Join table to neighbourhoods</source>
            <extracomment>usm:jointable name</extracomment>
            <translation>Joindre une table aux quartiers</translation>
        </message>
        <message>
            <source>Joins a table such as survey results, programmes or budgets to the neighbourhoods by code and reports unmatched codes, neighbourhoods without a row and duplicated codes.</source>
            <extracomment>usm:jointable short description; usm:jointable help</extracomment>
            <translation>Joint une table, comme des résultats d'enquête, des programmes ou des budgets, aux quartiers par code et signale les codes sans correspondance, les quartiers sans ligne et les codes en double.</translation>
        </message>
        <message>
            <source>Polygon layer of neighbourhoods with a unique code.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Couche de polygones des quartiers avec un code unique.</translation>
        </message>
        <message>
            <source>Field with the neighbourhood code the table refers to.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Champ contenant le code de quartier auquel la table fait référence.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Table</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Table</translation>
        </message>
        <message>
            <source>Table (CSV, spreadsheet, GeoPackage table or any layer) with a neighbourhood code per row.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Table (CSV, tableur, table GeoPackage ou toute couche) avec un code de quartier par ligne.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Code field in the table</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Champ de code dans la table</translation>
        </message>
        <message>
            <source>Field of the table holding the neighbourhood code.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Champ de la table contenant le code de quartier.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Fields to join</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Champs à joindre</translation>
        </message>
        <message>
            <source>Table fields to copy (default: all but the code field and the table's primary key, such as a GeoPackage fid).</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Champs de la table à copier (par défaut : tous sauf le champ de code et la clé primaire de la table, comme le fid d'un GeoPackage).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Several rows with one code</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Plusieurs lignes pour un même code</translation>
        </message>
        <message>
            <source>What to do when a code appears in several rows: stop, keep the first row, average or add up numeric fields (text values are listed).</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Que faire lorsqu'un code apparaît sur plusieurs lignes : arrêter, garder la première ligne, faire la moyenne ou la somme des champs numériques (les valeurs texte sont listées).</translation>
        </message>
        <message>
            <source>Stop with an error</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Arrêter avec une erreur</translation>
        </message>
        <message>
            <source>Keep the first row</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Garder la première ligne</translation>
        </message>
        <message>
            <source>Average numeric fields</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Faire la moyenne des champs numériques</translation>
        </message>
        <message>
            <source>Add up numeric fields</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Additionner les champs numériques</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Ignore case of codes</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Ignorer la casse des codes</translation>
        </message>
        <message>
            <source>Match 'n001' with 'N001'.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Apparier 'n001' avec 'N001'.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Compare number-like codes by value</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Comparer par valeur les codes numériques</translation>
        </message>
        <message>
            <source>Treat 7, '007', '7.0' as the same code. Turn off when leading zeros matter.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Traiter 7, '007', '7.0' comme le même code. À désactiver lorsque les zéros initiaux comptent.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Neighbourhoods with joined table</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Quartiers avec table jointe</translation>
        </message>
        <message>
            <source>The neighbourhood layer with the joined fields and join_rows.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>La couche des quartiers avec les champs joints et join_rows.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Join report</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Rapport de jointure</translation>
        </message>
        <message>
            <source>Unmatched codes, rows without a code, neighbourhoods without a row, duplicates.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Codes sans correspondance, lignes sans code, quartiers sans ligne, doublons.</translation>
        </message>
        <message>
            <source>Codes are matched after trimming spaces. Optionally the match ignores case. Codes that look like numbers are compared by value, so 7, '007', '7.0' and 7.0 are the same code, while codes with letters ('N001') are compared as text (turn this off for codes whose leading zeros matter). Two neighbourhood ids that become equal under this rule are an error.</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>Les codes sont appariés après suppression des espaces. L'appariement peut, en option, ignorer la casse. Les codes qui ressemblent à des nombres sont comparés par valeur, de sorte que 7, '007', '7.0' et 7.0 sont le même code, tandis que les codes contenant des lettres ('N001') sont comparés comme du texte (désactivez cette option pour les codes dont les zéros initiaux comptent). Deux identifiants de quartier qui deviennent égaux selon cette règle sont une erreur.</translation>
        </message>
        <message>
            <source>Several rows with the same code stop the run by default; you may instead keep the first row, or average or add up the numeric fields (missing values are skipped, and a code whose values are all missing stays NULL); with averaging or adding, text fields list the distinct values joined with '; '. Programme and budget tables with several rows per neighbourhood usually want 'Add up'.</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>Plusieurs lignes ayant le même code arrêtent l'exécution par défaut ; vous pouvez plutôt garder la première ligne, ou faire la moyenne ou la somme des champs numériques (les valeurs manquantes sont ignorées, et un code dont toutes les valeurs manquent reste NULL) ; avec la moyenne ou la somme, les champs texte listent les valeurs distinctes jointes par '; '. Les tables de programmes et de budgets comptant plusieurs lignes par quartier demandent généralement « Additionner ».</translation>
        </message>
        <message>
            <source>The Report table lists every table code that matches no neighbourhood, rows without a code, every neighbourhood without a row (its joined fields are NULL, not 0) and every duplicated code with what was done. Joined rows + unmatched rows + rows without a code = rows read.</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>La table de rapport liste chaque code de la table qui ne correspond à aucun quartier, les lignes sans code, chaque quartier sans ligne (ses champs joints sont NULL, et non 0) et chaque code en double avec le traitement appliqué. Lignes jointes + lignes sans correspondance + lignes sans code = lignes lues.</translation>
        </message>
        <message>
            <source>value of the joined table row (or aggregate of duplicated rows); NULL when the neighbourhood has no row</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>valeur de la ligne de table jointe (ou agrégat des lignes en double) ; NULL lorsque le quartier n'a pas de ligne</translation>
        </message>
        <message>
            <source>as in the table</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>comme dans la table</translation>
        </message>
        <message>
            <source>used when the neighbourhood layer already has a field of that name</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>utilisé lorsque la couche des quartiers a déjà un champ de ce nom</translation>
        </message>
        <message>
            <source>number of table rows joined to the neighbourhood (0 = none)</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>nombre de lignes de la table jointes au quartier (0 = aucune)</translation>
        </message>
        <message>
            <source>Report table</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>Table de rapport</translation>
        </message>
        <message>
            <source>unmatched_code, missing_code, neighbourhood_without_row or duplicate_code</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>unmatched_code, missing_code, neighbourhood_without_row ou duplicate_code</translation>
        </message>
        <message>
            <source>the code as written in the table</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>le code tel qu'il est écrit dans la table</translation>
        </message>
        <message>
            <source>table rows concerned</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>lignes de la table concernées</translation>
        </message>
        <message>
            <source>what was done</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>traitement appliqué</translation>
        </message>
        <message>
            <source>table</source>
            <extracomment>usm:jointable tags; usm:fulldiagnosis help</extracomment>
            <translation>table</translation>
        </message>
        <message>
            <source>attribute join</source>
            <extracomment>usm:jointable tags</extracomment>
            <translation>jointure attributaire</translation>
        </message>
        <message>
            <source>survey</source>
            <extracomment>usm:jointable tags; usm:aggregatesurvey tags; usm:fulldiagnosis tags</extracomment>
            <translation>enquête</translation>
        </message>
        <message>
            <source>programmes</source>
            <extracomment>usm:jointable tags</extracomment>
            <translation>programmes</translation>
        </message>
        <message>
            <source>budget</source>
            <extracomment>usm:jointable tags</extracomment>
            <translation>budget</translation>
        </message>
        <message>
            <source>code</source>
            <extracomment>usm:jointable tags</extracomment>
            <translation>code</translation>
        </message>
        <message>
            <source>unmatched</source>
            <extracomment>usm:jointable tags</extracomment>
            <translation>sans correspondance</translation>
        </message>
        <message>
            <source>enabling environment</source>
            <extracomment>usm:jointable tags</extracomment>
            <translation>environnement favorable</translation>
        </message>
        <message>
            <source>Aggregate survey respondents</source>
            <extracomment>usm:aggregatesurvey name</extracomment>
            <translation>Agréger les répondants d'enquête</translation>
        </message>
        <message>
            <source>Turns perception and victimisation survey respondents into neighbourhood shares (for example, feeling unsafe walking alone at night) with confidence intervals, flagging samples too small to report.</source>
            <extracomment>usm:aggregatesurvey short description; usm:aggregatesurvey help</extracomment>
            <translation>Transforme les répondants d'enquêtes de perception et de victimisation en proportions par quartier (par exemple, le sentiment d'insécurité en marchant seul la nuit) avec des intervalles de confiance, et signale les échantillons trop petits pour être publiés.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <source>Survey respondents</source>
            <extracomment>usm:aggregatesurvey parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Répondants à l'enquête</translation>
        </message>
        <message>
            <source>Point layer with one point per respondent (home or interview location) and yes/no answer fields. May be in another CRS than the neighbourhoods.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Couche de points avec un point par répondant (domicile ou lieu de l'entretien) et des champs de réponse oui/non. Peut être dans un autre SCR que les quartiers.</translation>
        </message>
        <message>
            <source>Polygon layer of neighbourhoods. Ids must be unique.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Couche de polygones des quartiers. Les identifiants doivent être uniques.</translation>
        </message>
        <message>
            <source>Unique neighbourhood code; a respondent on a shared boundary goes to the id that sorts first.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Code unique du quartier ; un répondant situé sur une limite partagée va à l'identifiant qui vient en premier dans l'ordre de tri.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <source>Yes/no answer fields</source>
            <extracomment>usm:aggregatesurvey parameters</extracomment>
            <translation>Champs de réponse oui/non</translation>
        </message>
        <message>
            <source>Answer fields coded 0/1, true/false or yes/no, e.g. feels_unsafe_night, victim_last_year. The first one is used to style the output.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Champs de réponse codés 0/1, true/false ou yes/no, p. ex. feels_unsafe_night, victim_last_year. Le premier sert à styler la sortie.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <source>Survey weight field</source>
            <extracomment>usm:aggregatesurvey parameters</extracomment>
            <translation>Champ de pondération d'enquête</translation>
        </message>
        <message>
            <source>Optional design weight per respondent (&gt;= 0). Respondents with a missing weight are left out of the weighted shares and reported.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Pondération de sondage facultative par répondant (&gt;= 0). Les répondants sans pondération sont exclus des proportions pondérées et signalés.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <source>Minimum respondents</source>
            <extracomment>usm:aggregatesurvey parameters</extracomment>
            <translation>Nombre minimum de répondants</translation>
        </message>
        <message>
            <source>Neighbourhoods with fewer respondents are flagged small_sample = 1.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Les quartiers comptant moins de répondants sont signalés par small_sample = 1.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Confidence level</source>
            <extracomment>usm:aggregatesurvey parameters; usm:targettrajectory parameters; usm:incidentsvsenvironment parameters</extracomment>
            <translation>Niveau de confiance</translation>
        </message>
        <message>
            <source>Two-sided confidence level of the Wilson intervals.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Niveau de confiance bilatéral des intervalles de Wilson.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <source>Neighbourhood survey shares</source>
            <extracomment>usm:aggregatesurvey parameters</extracomment>
            <translation>Proportions d'enquête par quartier</translation>
        </message>
        <message>
            <source>The neighbourhood layer with the fields listed under Output fields.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>La couche des quartiers avec les champs listés sous Champs en sortie.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <source>Respondent accounting</source>
            <extracomment>usm:aggregatesurvey parameters</extracomment>
            <translation>Bilan des répondants</translation>
        </message>
        <message>
            <source>Respondents read, assigned, on a shared boundary, outside, dropped, and missing answers per field.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Répondants lus, affectés, sur une limite partagée, à l'extérieur, écartés, et réponses manquantes par champ.</translation>
        </message>
        <message>
            <source>Each respondent point is placed in one neighbourhood by the same rule as incidents: a respondent exactly on a shared boundary goes to the neighbourhood whose id sorts first, and every respondent is accounted for (assigned + outside + dropped = read).</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>Chaque point de répondant est placé dans un seul quartier selon la même règle que les incidents : un répondant exactement sur une limite partagée va au quartier dont l'identifiant vient en premier dans l'ordre de tri, et chaque répondant est comptabilisé (affectés + à l'extérieur + écartés = lus).</translation>
        </message>
        <message>
            <source>For each yes/no field (0/1, true/false, yes/no, sí/no, oui/non) the share answering yes is given with a Wilson score interval (Wilson 1927), which behaves well for small samples and shares near 0 or 1. Other answers count as missing and are reported. With a survey weight field the share is the weighted share, and the interval uses Kish's effective sample size (sum of weights squared over the sum of squared weights; Kish 1965), which accounts for unequal weights but not for clustering or stratification of the survey design.</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>Pour chaque champ oui/non (0/1, true/false, yes/no, sí/no, oui/non), la proportion de réponses « oui » est donnée avec un intervalle de score de Wilson (Wilson 1927), qui se comporte bien pour les petits échantillons et les proportions proches de 0 ou de 1. Les autres réponses comptent comme manquantes et sont signalées. Avec un champ de pondération d'enquête, la proportion est la proportion pondérée, et l'intervalle utilise la taille d'échantillon effective de Kish (carré de la somme des poids divisé par la somme des carrés des poids ; Kish 1965), qui tient compte de poids inégaux mais pas de la stratification ni du tirage en grappes du plan de sondage.</translation>
        </message>
        <message>
            <source>Neighbourhoods with fewer respondents than the minimum get small_sample = 1 and are drawn grey and hatched: their shares are too uncertain to publish or rank.</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>Les quartiers comptant moins de répondants que le minimum reçoivent small_sample = 1 et sont dessinés en gris hachuré : leurs proportions sont trop incertaines pour être publiées ou classées.</translation>
        </message>
        <message>
            <source>respondents placed in the neighbourhood</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>répondants placés dans le quartier</translation>
        </message>
        <message>
            <source>1 when n_resp is below the minimum number of respondents</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>1 lorsque n_resp est inférieur au nombre minimum de répondants</translation>
        </message>
        <message>
            <source>0/1</source>
            <extracomment>usm:aggregatesurvey help; usm:spatialweightsreport help; usm:typologies help; usm:riskresilience help (+6 more)</extracomment>
            <translation>0/1</translation>
        </message>
        <message>
            <source>respondents with a valid yes/no answer (and a valid weight)</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>répondants ayant une réponse oui/non valide (et une pondération valide)</translation>
        </message>
        <message>
            <source>share answering yes (weighted when a weight field is given); NULL without valid answers</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>proportion de réponses « oui » (pondérée si un champ de pondération est fourni) ; NULL sans réponse valide</translation>
        </message>
        <message>
            <source>Wilson confidence interval of the share</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>intervalle de confiance de Wilson de la proportion</translation>
        </message>
        <message>
            <source>Kish effective sample size (only with a weight field)</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>taille d'échantillon effective de Kish (uniquement avec un champ de pondération)</translation>
        </message>
        <message>
            <source>respondents</source>
            <extracomment>usm:aggregatesurvey help; usm:aggregatesurvey tags</extracomment>
            <translation>répondants</translation>
        </message>
        <message>
            <source>read, assigned, on_shared_boundary, outside, dropped_* and per field '&lt;field&gt;: missing_or_not_yes_no'</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>read, assigned, on_shared_boundary, outside, dropped_* et, par champ, '&lt;field&gt;: missing_or_not_yes_no'</translation>
        </message>
        <message>
            <source>number of respondents</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>nombre de répondants</translation>
        </message>
        <message>
            <source>perception</source>
            <extracomment>usm:aggregatesurvey tags</extracomment>
            <translation>perception</translation>
        </message>
        <message>
            <source>victimisation</source>
            <extracomment>usm:aggregatesurvey tags</extracomment>
            <translation>victimisation</translation>
        </message>
        <message>
            <source>feel safe</source>
            <extracomment>usm:aggregatesurvey tags</extracomment>
            <translation>sentiment de sécurité</translation>
        </message>
        <message>
            <source>sdg 16.1.4</source>
            <extracomment>usm:aggregatesurvey tags</extracomment>
            <translation>odd 16.1.4</translation>
        </message>
        <message>
            <source>sdg 16.1.3</source>
            <extracomment>usm:aggregatesurvey tags</extracomment>
            <translation>odd 16.1.3</translation>
        </message>
        <message>
            <source>wilson</source>
            <extracomment>usm:aggregatesurvey tags</extracomment>
            <translation>wilson</translation>
        </message>
        <message>
            <source>confidence interval</source>
            <extracomment>usm:aggregatesurvey tags; usm:incidentsvsenvironment tags</extracomment>
            <translation>intervalle de confiance</translation>
        </message>
        <message>
            <source>small sample</source>
            <extracomment>usm:aggregatesurvey tags</extracomment>
            <translation>petit échantillon</translation>
        </message>
        <message>
            <source>Spatial weights report</source>
            <extracomment>usm:spatialweightsreport name</extracomment>
            <translation>Rapport des pondérations spatiales</translation>
        </message>
        <message>
            <source>Lists each feature's neighbours count, islands without neighbours, features with a single neighbour and disconnected parts, for the neighbour definition a hot-spot analysis will use.</source>
            <extracomment>usm:spatialweightsreport short description; usm:spatialweightsreport help</extracomment>
            <translation>Liste le nombre de voisins de chaque entité, les îlots sans voisins, les entités n'ayant qu'un seul voisin et les parties déconnectées, pour la définition des voisins qu'utilisera une analyse des points chauds.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Input layer</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Couche en entrée</translation>
        </message>
        <message>
            <source>Polygons (neighbourhoods, census units) or points to define neighbours for.</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help</extracomment>
            <translation>Polygones (quartiers, unités de recensement) ou points pour lesquels définir les voisins.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Id field</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters (+1 more)</extracomment>
            <translation>Champ d'identifiant</translation>
        </message>
        <message>
            <source>Field with a unique code per feature, used to name islands and features in the log. Without it the feature ids are used.</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>Champ contenant un code unique par entité, utilisé pour nommer les îlots et les entités dans le journal. Sans lui, les identifiants d'entité sont utilisés.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Neighbours (spatial weights)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Voisins (pondérations spatiales)</translation>
        </message>
        <message>
            <source>How neighbours are defined. Queen: polygons sharing an edge or a corner (the usual choice for neighbourhoods); Rook: sharing an edge; K nearest neighbours: the k closest centroids (works for points and for polygons of very different sizes; every feature gets exactly k neighbours); Distance band: every feature within the distance; Inverse distance: within the distance, weighted by distance^-decay. Distances are measured in metres between centroids, in a projected CRS (a local UTM zone when the layer is geographic).</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>Définition des voisins. Reine : polygones partageant une arête ou un coin (le choix habituel pour les quartiers) ; Tour : partageant une arête ; K plus proches voisins : les k centroïdes les plus proches (convient aux points et aux polygones de tailles très différentes ; chaque entité reçoit exactement k voisins) ; Bande de distance : toute entité située dans la distance ; Inverse de la distance : dans la distance, pondérée par distance^-décroissance. Les distances sont mesurées en mètres entre centroïdes, dans un SCR projeté (une zone UTM locale lorsque la couche est géographique).</translation>
        </message>
        <message>
            <source>Queen contiguity (shared edge or corner)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Contiguïté de type reine (arête ou coin partagé)</translation>
        </message>
        <message>
            <source>Rook contiguity (shared edge)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Contiguïté de type tour (arête partagée)</translation>
        </message>
        <message>
            <source>K nearest neighbours</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>K plus proches voisins</translation>
        </message>
        <message>
            <source>Distance band (fixed distance, binary)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Bande de distance (distance fixe, binaire)</translation>
        </message>
        <message>
            <source>Inverse distance within a distance band</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Inverse de la distance dans une bande de distance</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Number of neighbours (k)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Nombre de voisins (k)</translation>
        </message>
        <message>
            <source>Neighbours per feature for K nearest neighbours (ArcGIS's default is 8).</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>Nombre de voisins par entité pour les K plus proches voisins (8 par défaut dans ArcGIS).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Distance band (metres)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Bande de distance (mètres)</translation>
        </message>
        <message>
            <source>Maximum distance between centroids for Distance band and Inverse distance. 0 = automatic: the smallest distance at which every feature has at least one neighbour (stated in the log).</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>Distance maximale entre centroïdes pour la bande de distance et l'inverse de la distance. 0 = automatique : la plus petite distance à laquelle chaque entité a au moins un voisin (indiquée dans le journal).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Distance decay exponent</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Exposant de décroissance avec la distance</translation>
        </message>
        <message>
            <source>Inverse distance weights are distance^-exponent (1 = inverse distance, 2 = inverse squared distance).</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>Les poids d'inverse de la distance valent distance^-exposant (1 = inverse de la distance, 2 = inverse du carré de la distance).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Features without neighbours (islands)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Entités sans voisins (îlots)</translation>
        </message>
        <message>
            <source>Islands (e.g. a neighbourhood across a river, with no shared boundary) have no local statistic. Keep them labelled 'Isolated', or link each to its nearest feature(s) so they are analysed too (both ways, so their neighbours gain a neighbour).</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>Les îlots (p. ex. un quartier de l'autre côté d'un fleuve, sans limite commune) n'ont pas de statistique locale. Laissez-les étiquetés 'Isolated', ou reliez chacun à son ou ses entités les plus proches pour qu'ils soient aussi analysés (dans les deux sens, de sorte que leurs voisins gagnent un voisin).</translation>
        </message>
        <message>
            <source>Keep them out: label 'Isolated', no statistic</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Les exclure : étiquette 'Isolated', pas de statistique</translation>
        </message>
        <message>
            <source>Connect each to its nearest neighbour(s)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Relier chacune à son ou ses plus proches voisins</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Neighbours given to each island</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Voisins attribués à chaque îlot</translation>
        </message>
        <message>
            <source>How many nearest features each island is linked to when islands are connected.</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>Nombre d'entités les plus proches auxquelles chaque îlot est relié lorsque les îlots sont connectés.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/spatial_weights.py"></location>
            <source>Neighbour report</source>
            <extracomment>usm:spatialweightsreport parameters</extracomment>
            <translation>Rapport des voisins</translation>
        </message>
        <message>
            <source>The input features with the neighbour count, island and single-neighbour flags and the connected part of each feature.</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help</extracomment>
            <translation>Les entités en entrée avec le nombre de voisins, les indicateurs d'îlot et de voisin unique et la partie connexe de chaque entité.</translation>
        </message>
        <message>
            <source>Local statistics (Gi*, Local Moran's I) compare each area with its neighbours, so the neighbour definition decides the result. Run this first: an island (no neighbour) gets no statistic, a feature with a single neighbour rests on one value, and a city split into disconnected parts (a river, a gap in the polygons, a data error) is analysed as separate cities.</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>Les statistiques locales (Gi*, I de Moran local) comparent chaque zone à ses voisines ; la définition des voisins détermine donc le résultat. Exécutez d'abord cet outil : un îlot (sans voisin) n'obtient pas de statistique, une entité n'ayant qu'un seul voisin repose sur une seule valeur, et une ville divisée en parties déconnectées (un fleuve, un vide entre les polygones, une erreur de données) est analysée comme plusieurs villes distinctes.</translation>
        </message>
        <message>
            <source>Contiguity compares vertices exactly: polygons that only touch along an edge without sharing a vertex, or that are separated by a sliver gap, are not neighbours (as in GeoDa and PySAL). Many islands or single neighbours in a clean-looking map point to such topology problems; K nearest neighbours avoids them.</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>La contiguïté compare exactement les sommets : les polygones qui se touchent le long d'une arête sans partager de sommet, ou qui sont séparés par un mince interstice, ne sont pas voisins (comme dans GeoDa et PySAL). De nombreux îlots ou voisins uniques sur une carte d'apparence propre révèlent de tels problèmes de topologie ; les K plus proches voisins les évitent.</translation>
        </message>
        <message>
            <source>all fields of the input layer</source>
            <extracomment>usm:spatialweightsreport help; usm:hotspots help; usm:localmoran help; usm:projecttargets help (+4 more)</extracomment>
            <translation>tous les champs de la couche en entrée</translation>
        </message>
        <message>
            <source>feature id used in the report (id field, or feature id)</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>identifiant d'entité utilisé dans le rapport (champ d'identifiant, ou identifiant d'entité)</translation>
        </message>
        <message>
            <source>number of neighbours</source>
            <extracomment>usm:spatialweightsreport help; usm:localmoran help</extracomment>
            <translation>nombre de voisins</translation>
        </message>
        <message>
            <source>1 = no neighbour (island)</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>1 = aucun voisin (îlot)</translation>
        </message>
        <message>
            <source>1 = exactly one neighbour</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>1 = exactement un voisin</translation>
        </message>
        <message>
            <source>connected part the feature belongs to, 0 = the largest</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>partie connexe à laquelle appartient l'entité, 0 = la plus grande</translation>
        </message>
        <message>
            <source>index</source>
            <extracomment>usm:spatialweightsreport help; usm:localmoran help; usm:globalmoran help; usm:optimizedhotspots help (+1 more)</extracomment>
            <translation>indice</translation>
        </message>
        <message>
            <source>number of features in that connected part</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>nombre d'entités dans cette partie connexe</translation>
        </message>
        <message>
            <source>spatial weights</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>pondérations spatiales</translation>
        </message>
        <message>
            <source>neighbours</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>voisins</translation>
        </message>
        <message>
            <source>contiguity</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>contiguïté</translation>
        </message>
        <message>
            <source>queen</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>reine</translation>
        </message>
        <message>
            <source>rook</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>tour</translation>
        </message>
        <message>
            <source>k nearest</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>k plus proches</translation>
        </message>
        <message>
            <source>distance band</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>bande de distance</translation>
        </message>
        <message>
            <source>islands</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>îlots</translation>
        </message>
        <message>
            <source>connectivity</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>connectivité</translation>
        </message>
        <message>
            <source>hot spots</source>
            <extracomment>usm:spatialweightsreport tags; usm:crimeconcentration tags; usm:fulldiagnosis tags; usm:batchmonitor tags</extracomment>
            <translation>points chauds</translation>
        </message>
        <message>
            <source>Hot spot analysis (Getis-Ord Gi*)</source>
            <extracomment>usm:hotspots name</extracomment>
            <translation>Analyse des points chauds (Getis-Ord Gi*)</translation>
        </message>
        <message>
            <source>Finds statistically significant hot spots and cold spots: areas whose neighbourhood (the area and its neighbours) has unusually high or low values, with 90/95/99% confidence bins.</source>
            <extracomment>usm:hotspots short description; usm:hotspots help</extracomment>
            <translation>Détecte les points chauds et les points froids statistiquement significatifs : les zones dont le voisinage (la zone et ses voisines) présente des valeurs inhabituellement élevées ou faibles, avec des classes de confiance à 90/95/99 %.</translation>
        </message>
        <message>
            <source>Neighbourhoods (polygons) or points with the value to analyse, in any CRS.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help; usm:localmoran parameters; usm:localmoran help (+2 more)</extracomment>
            <translation>Quartiers (polygones) ou points portant la valeur à analyser, dans n'importe quel SCR.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <source>Analysis field</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Champ d'analyse</translation>
        </message>
        <message>
            <source>Numeric field to analyse, e.g. an incident rate or Empirical Bayes smoothed rate (eb_rate_total from Aggregate incidents). Values should be non-negative.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help</extracomment>
            <translation>Champ numérique à analyser, p. ex. un taux d'incidents ou un taux lissé par la méthode bayésienne empirique (eb_rate_total issu de Agréger les incidents). Les valeurs doivent être positives ou nulles.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <source>Population field (check only)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Champ de population (contrôle uniquement)</translation>
        </message>
        <message>
            <source>Optional residents per feature. Not used in the statistic: when given and the analysis field looks like raw counts on areas of very different population, the log warns and suggests a rate or the Empirical Bayes smoothed rate.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help; usm:localmoran parameters; usm:localmoran help (+2 more)</extracomment>
            <translation>Nombre d'habitants facultatif par entité. Non utilisé dans la statistique : s'il est fourni et que le champ analysé ressemble à des effectifs bruts sur des zones de populations très différentes, le journal émet un avertissement et suggère un taux ou le taux lissé par la méthode bayésienne empirique.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Permutations</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters; usm:optimizedhotspots parameters (+2 more)</extracomment>
            <translation>Permutations</translation>
        </message>
        <message>
            <source>Conditional permutations for the pseudo p-value (999 is standard; at least 99; 0 = analytical p-values only). With 999 the smallest pseudo p-value is 0.001.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help; usm:localmoran parameters; usm:localmoran help (+2 more)</extracomment>
            <translation>Permutations conditionnelles pour la pseudo-valeur p (999 est la valeur usuelle ; au moins 99 ; 0 = valeurs p analytiques uniquement). Avec 999, la plus petite pseudo-valeur p est 0,001.</translation>
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
            <translation>Graine aléatoire</translation>
        </message>
        <message>
            <source>Seed of the random permutations: the same seed gives the same result, bit for bit.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help; usm:localmoran parameters; usm:localmoran help (+2 more)</extracomment>
            <translation>Graine des permutations aléatoires : la même graine donne le même résultat, bit pour bit.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <source>False discovery rate (FDR) correction</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters</extracomment>
            <translation>Correction du taux de fausses découvertes (FDR)</translation>
        </message>
        <message>
            <source>Correct for testing every feature at once (Benjamini-Hochberg): fewer features are flagged, and at most about 5% of those flagged at 95% are false alarms.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help; usm:localmoran parameters; usm:localmoran help</extracomment>
            <translation>Corriger pour le test simultané de toutes les entités (Benjamini-Hochberg) : moins d'entités sont signalées, et au plus 5 % environ de celles signalées à 95 % sont de fausses alertes.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <source>Test for</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Two-sided (hot and cold spots) is the usual choice; a one-sided test only when the question was decided before looking at the map.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help; usm:localmoran parameters; usm:localmoran help (+2 more)</extracomment>
            <translation>Le test bilatéral (points chauds et froids) est le choix habituel ; un test unilatéral seulement si la question a été tranchée avant de regarder la carte.</translation>
        </message>
        <message>
            <source>Hot and cold spots (two-sided)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Points chauds et points froids (bilatéral)</translation>
        </message>
        <message>
            <source>Hot spots only (one-sided, high values)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Points chauds uniquement (unilatéral, valeurs élevées)</translation>
        </message>
        <message>
            <source>Cold spots only (one-sided, low values)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Points froids uniquement (unilatéral, valeurs faibles)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <source>Significance from</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters</extracomment>
            <translation>Significativité selon</translation>
        </message>
        <message>
            <source>Which p-value sets Gi_Bin: the permutation pseudo p-value (robust to skewed values) or the normal approximation of the z-score (as ArcGIS).</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help</extracomment>
            <translation>Valeur p qui détermine Gi_Bin : la pseudo-valeur p des permutations (robuste aux valeurs asymétriques) ou l'approximation normale du score z (comme ArcGIS).</translation>
        </message>
        <message>
            <source>Permutations (pseudo p-value)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters</extracomment>
            <translation>Permutations (pseudo-valeur p)</translation>
        </message>
        <message>
            <source>Normal approximation of the z-score (as ArcGIS)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters</extracomment>
            <translation>Approximation normale du score z (comme ArcGIS)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <location filename="../processing_algorithms/hot_spots.py"></location>
            <location filename="../processing_algorithms/local_moran.py"></location>
            <source>Weights standardisation</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Standardisation des pondérations</translation>
        </message>
        <message>
            <source>Binary weights (ArcGIS's default for Gi*) or row-standardised weights (GeoDa). Inverse distance weights are always row-standardised.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help</extracomment>
            <translation>Pondérations binaires (valeur par défaut d'ArcGIS pour Gi*) ou standardisées en ligne (GeoDa). Les pondérations d'inverse de la distance sont toujours standardisées en ligne.</translation>
        </message>
        <message>
            <source>None: every neighbour weighs 1 (ArcGIS default for Gi*)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Aucune : chaque voisin pèse 1 (valeur par défaut d'ArcGIS pour Gi*)</translation>
        </message>
        <message>
            <source>Row standardised: weights of each feature sum to 1 (GeoDa, PySAL default)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Standardisées en ligne : les poids de chaque entité somment à 1 (valeur par défaut de GeoDa et PySAL)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/hot_spots.py"></location>
            <source>Hot spots</source>
            <extracomment>usm:hotspots parameters</extracomment>
            <translation>Points chauds</translation>
        </message>
        <message>
            <source>The input features with the Gi* fields listed under Output fields; polygons are styled red (hot) / blue (cold) by confidence bin.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help</extracomment>
            <translation>Les entités en entrée avec les champs Gi* listés sous Champs en sortie ; les polygones sont stylés en rouge (chaud) / bleu (froid) selon la classe de confiance.</translation>
        </message>
        <message>
            <source>The Getis-Ord Gi* statistic compares the sum of the values of each feature and its neighbours with the sum expected if values were spread at random over the map. A high positive z-score is a hot spot (a cluster of high values), a low negative one a cold spot. Gi_Bin gives the confidence level: +3/+2/+1 hot spot at 99/95/90%, -3/-2/-1 cold spot, 0 not significant, NULL for features without neighbours (Isolated), as in ArcGIS's Hot Spot Analysis. The statistic, its expectation and variance are exactly those of ArcGIS, PySAL (esda.G_Local, star=True) and GeoDa (row-standardised).</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>La statistique Gi* de Getis-Ord compare la somme des valeurs de chaque entité et de ses voisines à la somme attendue si les valeurs étaient réparties au hasard sur la carte. Un score z positif élevé est un point chaud (un agrégat de valeurs élevées), un score négatif faible un point froid. Gi_Bin donne le niveau de confiance : +3/+2/+1 point chaud à 99/95/90 %, -3/-2/-1 point froid, 0 non significatif, NULL pour les entités sans voisins (Isolated), comme dans l'outil Hot Spot Analysis d'ArcGIS. La statistique, son espérance et sa variance sont exactement celles d'ArcGIS, de PySAL (esda.G_Local, star=True) et de GeoDa (standardisation en ligne).</translation>
        </message>
        <message>
            <source>Significance uses conditional permutations by default (the feature's value is held fixed, the others are shuffled) or the normal approximation of the z-score. Analyse rates, better Empirical Bayes smoothed rates, rather than raw counts: counts are high where many people live. Features with a missing value are left out and get NULL results. A variable with no variation is an error; fewer than 30 features gives a warning.</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>La significativité repose par défaut sur des permutations conditionnelles (la valeur de l'entité est fixée, les autres sont mélangées) ou sur l'approximation normale du score z. Analysez des taux, ou mieux des taux lissés par la méthode bayésienne empirique, plutôt que des effectifs bruts : les effectifs sont élevés là où vivent beaucoup de gens. Les entités dont la valeur manque sont exclues et reçoivent des résultats NULL. Une variable sans variation est une erreur ; moins de 30 entités donnent un avertissement.</translation>
        </message>
        <message>
            <source>Gi* z-score (analytical); &gt; 0 hot, &lt; 0 cold</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>score z de Gi* (analytique) ; &gt; 0 chaud, &lt; 0 froid</translation>
        </message>
        <message>
            <source>standard deviations</source>
            <extracomment>usm:hotspots help; usm:localmoran help; usm:globalmoran help; usm:optimizedhotspots help (+1 more)</extracomment>
            <translation>écarts types</translation>
        </message>
        <message>
            <source>p-value of the z-score (normal approximation)</source>
            <extracomment>usm:hotspots help; usm:localmoran help</extracomment>
            <translation>valeur p du score z (approximation normale)</translation>
        </message>
        <message>
            <source>probability</source>
            <extracomment>usm:hotspots help; usm:localmoran help; usm:globalmoran help; usm:optimizedhotspots help (+7 more)</extracomment>
            <translation>probabilité</translation>
        </message>
        <message>
            <source>pseudo p-value from the conditional permutations (NULL with 0 permutations)</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>pseudo-valeur p issue des permutations conditionnelles (NULL avec 0 permutation)</translation>
        </message>
        <message>
            <source>z-score against the permutation distribution</source>
            <extracomment>usm:hotspots help; usm:localmoran help; usm:globalmoran help</extracomment>
            <translation>score z par rapport à la distribution des permutations</translation>
        </message>
        <message>
            <source>the Gi* statistic: share of the total in the feature's neighbourhood</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>la statistique Gi* : part du total dans le voisinage de l'entité</translation>
        </message>
        <message>
            <source>ratio</source>
            <extracomment>usm:hotspots help; usm:typologies help; usm:compareperiods help; usm:targettrajectory help (+3 more)</extracomment>
            <translation>rapport</translation>
        </message>
        <message>
            <source>confidence bin: 3/2/1 hot spot 99/95/90%, -3/-2/-1 cold spot, 0 not significant, NULL isolated or missing value</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>classe de confiance : 3/2/1 point chaud 99/95/90 %, -3/-2/-1 point froid, 0 non significatif, NULL isolé ou valeur manquante</translation>
        </message>
        <message>
            <source>class</source>
            <extracomment>usm:hotspots help; usm:localmoran help; usm:optimizedhotspots help; usm:emerginghotspots help (+4 more)</extracomment>
            <translation>classe</translation>
        </message>
        <message>
            <source>the bin in words (Hot spot 95%, Not significant, Isolated, ...)</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>la classe en toutes lettres (Hot spot 95%, Not significant, Isolated, ...)</translation>
        </message>
        <message>
            <source>number of neighbours used (without the feature itself)</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>nombre de voisins utilisés (sans l'entité elle-même)</translation>
        </message>
        <message>
            <source>hot spot</source>
            <extracomment>usm:hotspots tags; usm:localmoran tags; usm:kerneldensity tags; usm:optimizedhotspots tags (+1 more)</extracomment>
            <translation>point chaud</translation>
        </message>
        <message>
            <source>cold spot</source>
            <extracomment>usm:hotspots tags</extracomment>
            <translation>point froid</translation>
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
            <translation>gi étoile</translation>
        </message>
        <message>
            <source>cluster</source>
            <extracomment>usm:hotspots tags; usm:localmoran tags; usm:optimizedhotspots tags; usm:typologies tags (+1 more)</extracomment>
            <translation>agrégat</translation>
        </message>
        <message>
            <source>local statistic</source>
            <extracomment>usm:hotspots tags; usm:localmoran tags</extracomment>
            <translation>statistique locale</translation>
        </message>
        <message>
            <source>significance</source>
            <extracomment>usm:hotspots tags; usm:localmoran tags; usm:globalmoran tags</extracomment>
            <translation>significativité</translation>
        </message>
        <message>
            <source>fdr</source>
            <extracomment>usm:hotspots tags; usm:localmoran tags; usm:optimizedhotspots tags</extracomment>
            <translation>fdr</translation>
        </message>
        <message>
            <source>permutation</source>
            <extracomment>usm:hotspots tags; usm:localmoran tags; usm:globalmoran tags; usm:nearrepeat tags</extracomment>
            <translation>permutation</translation>
        </message>
        <message>
            <source>Cluster and outlier analysis (Local Moran's I)</source>
            <extracomment>usm:localmoran name</extracomment>
            <translation>Analyse des agrégats et des valeurs atypiques (I de Moran local)</translation>
        </message>
        <message>
            <source>Finds significant clusters of high values (High-High), of low values (Low-Low) and outliers (a high value among low neighbours or the reverse) with Local Moran's I (LISA).</source>
            <extracomment>usm:localmoran short description; usm:localmoran help</extracomment>
            <translation>Détecte les agrégats significatifs de valeurs élevées (High-High), de valeurs faibles (Low-Low) et les valeurs atypiques (une valeur élevée parmi des voisins faibles ou l'inverse) avec le I de Moran local (LISA).</translation>
        </message>
        <message>
            <source>Numeric field to analyse, e.g. an incident rate or Empirical Bayes smoothed rate.</source>
            <extracomment>usm:localmoran parameters; usm:localmoran help; usm:globalmoran parameters; usm:globalmoran help</extracomment>
            <translation>Champ numérique à analyser, p. ex. un taux d'incidents ou un taux lissé par la méthode bayésienne empirique.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <location filename="../processing_algorithms/local_moran.py"></location>
            <source>Significance level</source>
            <extracomment>usm:localmoran parameters; usm:globalmoran parameters; usm:emerginghotspots parameters; usm:compareperiods parameters</extracomment>
            <translation>Seuil de significativité</translation>
        </message>
        <message>
            <source>p-value at or below which a feature is labelled a cluster or outlier (0.05 = 95% confidence; with FDR, the false discovery rate).</source>
            <extracomment>usm:localmoran parameters; usm:localmoran help</extracomment>
            <translation>Valeur p égale ou inférieure à laquelle une entité est étiquetée agrégat ou valeur atypique (0,05 = confiance de 95 % ; avec FDR, le taux de fausses découvertes).</translation>
        </message>
        <message>
            <source>Permutation pseudo p-value (standard for LISA) or the normal approximation.</source>
            <extracomment>usm:localmoran parameters; usm:localmoran help</extracomment>
            <translation>Pseudo-valeur p par permutations (la norme pour LISA) ou approximation normale.</translation>
        </message>
        <message>
            <source>Row-standardised weights (the spatial lag is the neighbours' average) or binary.</source>
            <extracomment>usm:localmoran parameters; usm:localmoran help</extracomment>
            <translation>Pondérations standardisées en ligne (le décalage spatial est la moyenne des voisins) ou binaires.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/local_moran.py"></location>
            <source>Clusters and outliers</source>
            <extracomment>usm:localmoran parameters</extracomment>
            <translation>Agrégats et valeurs atypiques</translation>
        </message>
        <message>
            <source>The input features with the LMI fields listed under Output fields; polygons are styled by cluster/outlier type.</source>
            <extracomment>usm:localmoran parameters; usm:localmoran help</extracomment>
            <translation>Les entités en entrée avec les champs LMI listés sous Champs en sortie ; les polygones sont stylés selon le type d'agrégat ou de valeur atypique.</translation>
        </message>
        <message>
            <source>Local Moran's I multiplies a feature's standardised value by the average standardised value of its neighbours. Significant positive values are clusters: High-High (a high-crime area among high-crime areas) or Low-Low; significant negative values are spatial outliers: High-Low (a high value among low neighbours, e.g. a single problem block) or Low-High. Values, moments and quadrants are exactly those of PySAL's esda.Moran_Local and GeoDa.</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>Le I de Moran local multiplie la valeur standardisée d'une entité par la valeur standardisée moyenne de ses voisines. Les valeurs positives significatives sont des agrégats : High-High (une zone à forte criminalité parmi des zones à forte criminalité) ou Low-Low ; les valeurs négatives significatives sont des valeurs atypiques spatiales : High-Low (une valeur élevée parmi des voisins faibles, p. ex. un îlot problématique isolé) ou Low-High. Les valeurs, les moments et les quadrants sont exactement ceux de esda.Moran_Local de PySAL et de GeoDa.</translation>
        </message>
        <message>
            <source>Significance uses conditional permutations (the feature's value is held fixed, the others shuffled) or the normal approximation. Features without neighbours are labelled Isolated; a feature whose value, or whose neighbours' average, equals the city mean exactly has no quadrant (Undefined). Analyse rates rather than raw counts. A variable with no variation is an error.</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>La significativité repose sur des permutations conditionnelles (la valeur de l'entité est fixée, les autres sont mélangées) ou sur l'approximation normale. Les entités sans voisins sont étiquetées Isolated ; une entité dont la valeur, ou la moyenne de ses voisines, est exactement égale à la moyenne de la ville n'a pas de quadrant (Undefined). Analysez des taux plutôt que des effectifs bruts. Une variable sans variation est une erreur.</translation>
        </message>
        <message>
            <source>Local Moran's I</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>I de Moran local</translation>
        </message>
        <message>
            <source>analytical z-score of I (total randomisation)</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>score z analytique de I (randomisation totale)</translation>
        </message>
        <message>
            <source>pseudo p-value from conditional permutations</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>pseudo-valeur p issue des permutations conditionnelles</translation>
        </message>
        <message>
            <source>quadrant: 1 High-High, 2 Low-High, 3 Low-Low, 4 High-Low (whether or not significant)</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>quadrant : 1 High-High, 2 Low-High, 3 Low-Low, 4 High-Low (significatif ou non)</translation>
        </message>
        <message>
            <source>High-High, Low-Low, High-Low, Low-High where significant; Not significant; Isolated; Undefined</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>High-High, Low-Low, High-Low, Low-High lorsque significatif ; Not significant ; Isolated ; Undefined</translation>
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
            <translation>valeur atypique</translation>
        </message>
        <message>
            <source>high-high</source>
            <extracomment>usm:localmoran tags</extracomment>
            <translation>high-high</translation>
        </message>
        <message>
            <source>low-low</source>
            <extracomment>usm:localmoran tags</extracomment>
            <translation>low-low</translation>
        </message>
        <message>
            <source>Global Moran's I</source>
            <extracomment>usm:globalmoran name</extracomment>
            <translation>I de Moran global</translation>
        </message>
        <message>
            <source>Tests whether a variable is spatially clustered over the whole map (Moran's I), with normal, randomisation and permutation p-values.</source>
            <extracomment>usm:globalmoran short description; usm:globalmoran help</extracomment>
            <translation>Teste si une variable présente une structure spatiale en agrégats sur l'ensemble de la carte (I de Moran), avec des valeurs p sous hypothèse de normalité, de randomisation et par permutations.</translation>
        </message>
        <message>
            <source>Row-standardised weights (GeoDa, PySAL default) or binary.</source>
            <extracomment>usm:globalmoran parameters; usm:globalmoran help</extracomment>
            <translation>Pondérations standardisées en ligne (valeur par défaut de GeoDa et PySAL) ou binaires.</translation>
        </message>
        <message>
            <source>p-value at or below which the log calls the variable clustered or dispersed (0.05 = 95% confidence).</source>
            <extracomment>usm:globalmoran parameters; usm:globalmoran help</extracomment>
            <translation>Valeur p égale ou inférieure à laquelle le journal qualifie la variable d'agrégée ou de dispersée (0,05 = confiance de 95 %).</translation>
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
            <translation>Une table d'une ligne avec la statistique, ses moments et ses valeurs p.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <source>z-score (randomisation)</source>
            <extracomment>usm:globalmoran parameters</extracomment>
            <translation>score z (randomisation)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <source>p-value (permutations, or randomisation without them)</source>
            <extracomment>usm:globalmoran parameters</extracomment>
            <translation>valeur p (permutations, ou randomisation sans permutations)</translation>
        </message>
        <message>
            <source>Moran's I is close to its expectation -1/(n-1) when values are spread at random, positive when similar values sit next to each other (clustering), negative when neighbours differ (a checkerboard). Run it before a local analysis: if the city shows no clustering overall, local hot spots deserve caution. The statistic and its moments are exactly those of PySAL's esda.Moran and GeoDa. The result is written to a one-row table and to the log.</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>Le I de Moran est proche de son espérance -1/(n-1) lorsque les valeurs sont réparties au hasard, positif lorsque des valeurs semblables sont voisines (agrégation), négatif lorsque les voisins diffèrent (un damier). Exécutez-le avant une analyse locale : si la ville ne montre globalement aucune agrégation, les points chauds locaux appellent à la prudence. La statistique et ses moments sont exactement ceux de esda.Moran de PySAL et de GeoDa. Le résultat est écrit dans une table d'une ligne et dans le journal.</translation>
        </message>
        <message>
            <source>the analysed field</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>le champ analysé</translation>
        </message>
        <message>
            <source>expected I under no autocorrelation, -1/(n-1)</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>I attendu en l'absence d'autocorrélation, -1/(n-1)</translation>
        </message>
        <message>
            <source>variance of I under normality</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>variance de I sous hypothèse de normalité</translation>
        </message>
        <message>
            <source>index²</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>indice²</translation>
        </message>
        <message>
            <source>z-score under normality</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>score z sous hypothèse de normalité</translation>
        </message>
        <message>
            <source>p-value under normality</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>valeur p sous hypothèse de normalité</translation>
        </message>
        <message>
            <source>variance of I under randomisation</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>variance de I sous randomisation</translation>
        </message>
        <message>
            <source>z-score under randomisation</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>score z sous randomisation</translation>
        </message>
        <message>
            <source>p-value under randomisation</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>valeur p sous randomisation</translation>
        </message>
        <message>
            <source>pseudo p-value from random permutations</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>pseudo-valeur p issue de permutations aléatoires</translation>
        </message>
        <message>
            <source>number of features analysed</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>nombre d'entités analysées</translation>
        </message>
        <message>
            <source>features without neighbours (kept in the mean and variance)</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>entités sans voisins (conservées dans la moyenne et la variance)</translation>
        </message>
        <message>
            <source>neighbour definition and standardisation</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>définition des voisins et standardisation</translation>
        </message>
        <message>
            <source>number of random permutations</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>nombre de permutations aléatoires</translation>
        </message>
        <message>
            <source>random seed</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>graine aléatoire</translation>
        </message>
        <message>
            <source>integer</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>entier</translation>
        </message>
        <message>
            <source>two-sided, greater (clustering) or less (dispersion)</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>bilatéral, supérieur (agrégation) ou inférieur (dispersion)</translation>
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
            <translation>autocorrélation spatiale</translation>
        </message>
        <message>
            <source>clustering</source>
            <extracomment>usm:globalmoran tags</extracomment>
            <translation>agrégation spatiale</translation>
        </message>
        <message>
            <source>test</source>
            <extracomment>usm:globalmoran tags</extracomment>
            <translation>test</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Infrastructure indicators</source>
            <extracomment>usm:infrastructureindicators name; usm:infrastructureindicators parameters</extracomment>
            <translation>Indicateurs d'infrastructure</translation>
        </message>
        <message>
            <source>Per neighbourhood: count, density, per-resident rate and nearest distance of facilities; length and density of streets; area and share of parks and public space.</source>
            <extracomment>usm:infrastructureindicators short description; usm:infrastructureindicators help</extracomment>
            <translation>Par quartier : nombre, densité, taux par habitant et distance au plus proche des équipements ; longueur et densité des rues ; surface et part des parcs et espaces publics.</translation>
        </message>
        <message>
            <source>Polygon layer of neighbourhoods (the unit of analysis). Should not overlap; ids must be unique. Areas and distances are measured in its CRS when it is projected, otherwise in the local UTM zone (stated in the log).</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help; usm:populationcoverage parameters; usm:populationcoverage help (+2 more)</extracomment>
            <translation>Couche de polygones des quartiers (l'unité d'analyse). Les quartiers ne doivent pas se chevaucher ; les identifiants doivent être uniques. Les surfaces et les distances sont mesurées dans son SCR s'il est projeté, sinon dans la zone UTM locale (indiquée dans le journal).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Infrastructure layer</source>
            <extracomment>usm:infrastructureindicators parameters</extracomment>
            <translation>Couche d'infrastructure</translation>
        </message>
        <message>
            <source>Points (facilities), lines (streets) or polygons (parks, public space). The geometry type decides which indicators are computed. May be in another CRS.</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help</extracomment>
            <translation>Points (équipements), lignes (rues) ou polygones (parcs, espaces publics). Le type de géométrie détermine les indicateurs calculés. Peut être dans un autre SCR.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>0/1 flag field</source>
            <extracomment>usm:infrastructureindicators parameters</extracomment>
            <translation>Champ indicateur 0/1</translation>
        </message>
        <message>
            <source>Points and polygons: only features whose value is 1 are used (e.g. working street lights, public spaces open to the public). Lines: adds the length and share of lines whose value is 1 (e.g. lit streets).</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help</extracomment>
            <translation>Points et polygones : seules les entités de valeur 1 sont utilisées (p. ex. lampadaires en service, espaces publics ouverts au public). Lignes : ajoute la longueur et la part des lignes de valeur 1 (p. ex. rues éclairées).</translation>
        </message>
        <message>
            <source>Residents per neighbourhood, for per-resident values. Without it the residents come from the population source below, if given.</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help</extracomment>
            <translation>Habitants par quartier, pour les valeurs par habitant. Sans ce champ, les habitants proviennent de la source de population ci-dessous, si elle est fournie.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>Population polygons (census units)</source>
            <extracomment>usm:infrastructureindicators parameters; usm:populationcoverage parameters; usm:sdgindicators parameters</extracomment>
            <translation>Polygones de population (unités de recensement)</translation>
        </message>
        <message>
            <source>Census units with a population field. Each unit is cut by the neighbourhoods and each piece gets the unit's population in proportion to its area, placed at a point inside the piece. Used for the population-weighted centres and the residents' mean distance. Give this or a population raster (the raster is finer).</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help</extracomment>
            <translation>Unités de recensement avec un champ de population. Chaque unité est découpée par les quartiers et chaque morceau reçoit la population de l'unité au prorata de sa surface, placée en un point à l'intérieur du morceau. Utilisées pour les centres pondérés par la population et la distance moyenne des habitants. Fournissez cette couche ou un raster de population (le raster est plus fin).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>Population field of the census units</source>
            <extracomment>usm:infrastructureindicators parameters; usm:populationcoverage parameters; usm:sdgindicators parameters</extracomment>
            <translation>Champ de population des unités de recensement</translation>
        </message>
        <message>
            <source>Residents per census unit. Missing values are left out (reported), negative ones are an error.</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help; usm:populationcoverage parameters; usm:populationcoverage help (+2 more)</extracomment>
            <translation>Habitants par unité de recensement. Les valeurs manquantes sont exclues (et signalées), les valeurs négatives sont une erreur.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Population raster</source>
            <extracomment>usm:infrastructureindicators parameters; usm:populationcoverage parameters; usm:sdgindicators parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Raster de population</translation>
        </message>
        <message>
            <source>Raster of residents per cell (e.g. a 100 m grid). Every cell with residents counts at its centre. Needs the Python package rasterio.</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help; usm:populationcoverage parameters; usm:populationcoverage help (+2 more)</extracomment>
            <translation>Raster du nombre d'habitants par cellule (p. ex. une grille de 100 m). Chaque cellule habitée compte en son centre. Nécessite le paquet Python rasterio.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Field name prefix</source>
            <extracomment>usm:infrastructureindicators parameters</extracomment>
            <translation>Préfixe des noms de champs</translation>
        </message>
        <message>
            <source>Prefix of the new fields (e.g. police, school, light), so that several runs can be chained on the same layer.</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help</extracomment>
            <translation>Préfixe des nouveaux champs (p. ex. police, school, light), pour pouvoir enchaîner plusieurs exécutions sur la même couche.</translation>
        </message>
        <message>
            <source>The neighbourhood layer with all its fields plus the fields listed under Output fields.</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help; usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>La couche des quartiers avec tous ses champs, plus les champs listés sous Champs en sortie.</translation>
        </message>
        <message>
            <source>The kind of indicator follows the geometry of the infrastructure layer. Points (police posts, schools, health centres, transit stops, street lights): count, count per km², per 10,000 residents, straight-line distance from the neighbourhood's population-weighted centre to the nearest facility, and the residents' population-weighted mean distance to their nearest facility. Lines (streets): length in km and km per km², and with a 0/1 field (e.g. lit) the length and share of lines with value 1. Polygons (parks, public space): area in m², share of the neighbourhood's area and m² per resident.</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>Le type d'indicateur dépend de la géométrie de la couche d'infrastructure. Points (postes de police, écoles, centres de santé, arrêts de transport en commun, lampadaires) : nombre, nombre par km², pour 10 000 habitants, distance à vol d'oiseau du centre pondéré par la population du quartier à l'équipement le plus proche, et distance moyenne, pondérée par la population, des habitants à leur équipement le plus proche. Lignes (rues) : longueur en km et km par km², et avec un champ 0/1 (p. ex. lit) la longueur et la part des lignes de valeur 1. Polygones (parcs, espaces publics) : surface en m², part de la surface du quartier et m² par habitant.</translation>
        </message>
        <message>
            <source>Counting rule: a facility on a boundary shared by two neighbourhoods is counted once, in the neighbourhood whose id sorts first; the number of such ties is reported. Facilities outside every neighbourhood are counted as outside (reported) and still serve as nearest facility, since a facility just beyond the city limit serves the people next to it. A street running along a shared boundary counts half in each neighbourhood, so lengths add up to the city total. Overlapping polygons are dissolved, so an area is counted once.</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>Règle de comptage : un équipement situé sur une limite partagée par deux quartiers est compté une seule fois, dans le quartier dont l'identifiant vient en premier dans l'ordre de tri ; le nombre de ces égalités est signalé. Les équipements hors de tout quartier sont comptés comme extérieurs (signalés) et servent quand même d'équipement le plus proche, car un équipement situé juste au-delà de la limite de la ville dessert les personnes qui vivent à côté. Une rue longeant une limite partagée compte pour moitié dans chaque quartier, de sorte que les longueurs s'additionnent jusqu'au total de la ville. Les polygones qui se chevauchent sont fusionnés, de sorte qu'une surface n'est comptée qu'une fois.</translation>
        </message>
        <message>
            <source>The population-weighted centre needs a population source (census units or a population raster); without one, or for a neighbourhood without residents, the centroid is used and the centre field says so. Neighbourhoods with a NULL geometry get NULL values; a population of 0 gives NULL per-resident values with a warning. City-wide totals are written to the log.</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>Le centre pondéré par la population nécessite une source de population (unités de recensement ou raster de population) ; sans elle, ou pour un quartier sans habitants, le centroïde est utilisé et le champ du centre l'indique. Les quartiers dont la géométrie est NULL reçoivent des valeurs NULL ; une population de 0 donne des valeurs par habitant NULL avec un avertissement. Les totaux de la ville sont écrits dans le journal.</translation>
        </message>
        <message>
            <source>points/polygons: features in the neighbourhood (polygons by an interior point)</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>points/polygones : entités dans le quartier (polygones selon un point intérieur)</translation>
        </message>
        <message>
            <source>points: facilities per km² of neighbourhood area</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>points : équipements par km² de surface du quartier</translation>
        </message>
        <message>
            <source>1/km²</source>
            <extracomment>usm:infrastructureindicators help; usm:streetsegmentaudit help; usm:fulldiagnosis help</extracomment>
            <translation>1/km²</translation>
        </message>
        <message>
            <source>points: facilities per 10,000 residents</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>points : équipements pour 10 000 habitants</translation>
        </message>
        <message>
            <source>per 10,000</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>pour 10 000</translation>
        </message>
        <message>
            <source>points: straight-line distance from the population-weighted centre to the nearest facility</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>points : distance à vol d'oiseau du centre pondéré par la population à l'équipement le plus proche</translation>
        </message>
        <message>
            <source>m</source>
            <extracomment>usm:infrastructureindicators help; usm:streetsegmentaudit help; usm:riskterrain help; usm:nearrepeat help</extracomment>
            <translation>m</translation>
        </message>
        <message>
            <source>points: 'population' (population-weighted centre) or 'centroid'</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>points : 'population' (centre pondéré par la population) ou 'centroid'</translation>
        </message>
        <message>
            <source>points: population-weighted mean distance of residents to the nearest facility (needs a population source)</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>points : distance moyenne, pondérée par la population, des habitants à l'équipement le plus proche (nécessite une source de population)</translation>
        </message>
        <message>
            <source>lines: length inside the neighbourhood</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>lignes : longueur à l'intérieur du quartier</translation>
        </message>
        <message>
            <source>km</source>
            <extracomment>usm:infrastructureindicators help; usm:streetsegmentaudit help</extracomment>
            <translation>km</translation>
        </message>
        <message>
            <source>lines: length per km² of neighbourhood area</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>lignes : longueur par km² de surface du quartier</translation>
        </message>
        <message>
            <source>km/km²</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>km/km²</translation>
        </message>
        <message>
            <source>lines with a flag field: length of lines with value 1</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>lignes avec un champ indicateur : longueur des lignes de valeur 1</translation>
        </message>
        <message>
            <source>lines with a flag field: that length as a share of the length whose flag is known</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>lignes avec un champ indicateur : cette longueur en part de la longueur dont l'indicateur est connu</translation>
        </message>
        <message>
            <source>polygons: area of the (dissolved) polygons inside the neighbourhood</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>polygones : surface des polygones (fusionnés) à l'intérieur du quartier</translation>
        </message>
        <message>
            <source>polygons: that area as a share of the neighbourhood area</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>polygones : cette surface en part de la surface du quartier</translation>
        </message>
        <message>
            <source>polygons: area per resident</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>polygones : surface par habitant</translation>
        </message>
        <message>
            <source>m²/resident</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>m²/habitant</translation>
        </message>
        <message>
            <source>infrastructure</source>
            <extracomment>usm:infrastructureindicators tags</extracomment>
            <translation>infrastructure</translation>
        </message>
        <message>
            <source>facilities</source>
            <extracomment>usm:infrastructureindicators tags; usm:populationcoverage tags</extracomment>
            <translation>équipements</translation>
        </message>
        <message>
            <source>police</source>
            <extracomment>usm:infrastructureindicators tags</extracomment>
            <translation>police</translation>
        </message>
        <message>
            <source>schools</source>
            <extracomment>usm:infrastructureindicators tags</extracomment>
            <translation>écoles</translation>
        </message>
        <message>
            <source>health</source>
            <extracomment>usm:infrastructureindicators tags</extracomment>
            <translation>santé</translation>
        </message>
        <message>
            <source>street lights</source>
            <extracomment>usm:infrastructureindicators tags; usm:streetsegmentaudit tags</extracomment>
            <translation>lampadaires</translation>
        </message>
        <message>
            <source>streets</source>
            <extracomment>usm:infrastructureindicators tags</extracomment>
            <translation>rues</translation>
        </message>
        <message>
            <source>parks</source>
            <extracomment>usm:infrastructureindicators tags; usm:sdgindicators tags</extracomment>
            <translation>parcs</translation>
        </message>
        <message>
            <source>public space</source>
            <extracomment>usm:infrastructureindicators tags; usm:sdgindicators tags</extracomment>
            <translation>espace public</translation>
        </message>
        <message>
            <source>nearest</source>
            <extracomment>usm:infrastructureindicators tags</extracomment>
            <translation>plus proche</translation>
        </message>
        <message>
            <source>Population coverage by facilities</source>
            <extracomment>usm:populationcoverage name</extracomment>
            <translation>Couverture de la population par les équipements</translation>
        </message>
        <message>
            <source>Share of each neighbourhood's residents living within a given straight-line or walking distance of a facility (police post, school, health centre, transit stop, park entrance).</source>
            <extracomment>usm:populationcoverage short description; usm:populationcoverage help</extracomment>
            <translation>Part des habitants de chaque quartier vivant à moins d'une distance donnée, à vol d'oiseau ou à pied, d'un équipement (poste de police, école, centre de santé, arrêt de transport en commun, entrée de parc).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>Facilities</source>
            <extracomment>usm:populationcoverage parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Équipements</translation>
        </message>
        <message>
            <source>Point layer of facilities. May be in another CRS and may extend beyond the city.</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help</extracomment>
            <translation>Couche de points des équipements. Peut être dans un autre SCR et s'étendre au-delà de la ville.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>Distance (m)</source>
            <extracomment>usm:populationcoverage parameters</extracomment>
            <translation>Distance (m)</translation>
        </message>
        <message>
            <source>Residents within this many metres of a facility are covered (measured in the neighbourhoods' projected CRS, or the local UTM zone for a geographic CRS).</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help</extracomment>
            <translation>Les habitants situés à moins de ce nombre de mètres d'un équipement sont couverts (mesuré dans le SCR projeté des quartiers, ou dans la zone UTM locale pour un SCR géographique).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>Distance measured</source>
            <extracomment>usm:populationcoverage parameters</extracomment>
            <translation>Distance mesurée</translation>
        </message>
        <message>
            <source>Straight line, or walking distance along the street network (needs the street layer).</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help</extracomment>
            <translation>À vol d'oiseau, ou distance à pied le long du réseau de rues (nécessite la couche des rues).</translation>
        </message>
        <message>
            <source>Straight line</source>
            <extracomment>usm:populationcoverage parameters</extracomment>
            <translation>À vol d'oiseau</translation>
        </message>
        <message>
            <source>Walking distance along the streets</source>
            <extracomment>usm:populationcoverage parameters</extracomment>
            <translation>Distance à pied le long des rues</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/streets.py"></location>
            <source>Street network</source>
            <extracomment>usm:populationcoverage parameters; usm:sdgindicators parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Réseau de rues</translation>
        </message>
        <message>
            <source>Street centre lines for walking distances. Needed for walking distances.</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help</extracomment>
            <translation>Axes des rues pour les distances à pied. Nécessaire pour les distances à pied.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/streets.py"></location>
            <source>Snap tolerance (m)</source>
            <extracomment>usm:populationcoverage parameters; usm:sdgindicators parameters</extracomment>
            <translation>Tolérance d'accrochage (m)</translation>
        </message>
        <message>
            <source>Street vertices closer than this are joined into one node, and a street end this close to another street is connected to it. 0 joins only identical vertices.</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help; usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Les sommets de rues plus proches que cette distance sont fusionnés en un seul nœud, et une extrémité de rue aussi proche d'une autre rue y est raccordée. 0 ne fusionne que les sommets identiques.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/streets.py"></location>
            <source>Split streets at crossings</source>
            <extracomment>usm:populationcoverage parameters; usm:sdgindicators parameters</extracomment>
            <translation>Découper les rues aux croisements</translation>
        </message>
        <message>
            <source>Connect streets wherever they cross, for layers digitised without a node at each intersection. Wrong for bridges and tunnels.</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help; usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Relier les rues partout où elles se croisent, pour les couches numérisées sans nœud à chaque intersection. Incorrect pour les ponts et les tunnels.</translation>
        </message>
        <message>
            <source>Census units with a population field. Each unit is cut by the neighbourhoods and each piece gets the unit's population in proportion to its area, placed at a point inside the piece.  Give this or a population raster (the raster is finer).</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help; usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Unités de recensement avec un champ de population. Chaque unité est découpée par les quartiers et chaque morceau reçoit la population de l'unité au prorata de sa surface, placée en un point à l'intérieur du morceau. Fournissez cette couche ou un raster de population (le raster est plus fin).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>Population coverage</source>
            <extracomment>usm:populationcoverage parameters</extracomment>
            <translation>Couverture de la population</translation>
        </message>
        <message>
            <source>The neighbourhood layer with all its fields plus cov_pop, cov_covered and cov_share.</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help</extracomment>
            <translation>La couche des quartiers avec tous ses champs, plus cov_pop, cov_covered et cov_share.</translation>
        </message>
        <message>
            <source>Residents come from census units (each unit is cut by the neighbourhoods; each piece carries the unit's residents in proportion to its area, at a point inside the piece, so a piece is covered or not as a whole) or from a population raster (each cell's residents at the cell centre; finer). A resident counts for the neighbourhood the point lies in. Facilities outside the city also serve.</source>
            <extracomment>usm:populationcoverage help</extracomment>
            <translation>Les habitants proviennent des unités de recensement (chaque unité est découpée par les quartiers ; chaque morceau porte les habitants de l'unité au prorata de sa surface, en un point à l'intérieur du morceau, de sorte qu'un morceau est couvert ou non en bloc) ou d'un raster de population (les habitants de chaque cellule au centre de la cellule ; plus fin). Un habitant compte pour le quartier où se trouve le point. Les équipements situés hors de la ville desservent aussi.</translation>
        </message>
        <message>
            <source>A resident at exactly the distance is covered. Neighbourhoods without residents get a NULL share with a warning; the city-wide share is written to the log. Street network: streets are joined where they share a vertex; vertices closer than the snap tolerance (default 1 m) become one node, and a street end that close to another street is joined to it. Streets that cross without a shared vertex are not joined (they may be bridges or tunnels) unless "split at crossings" is ticked; the log counts them. Multi-part lines are exploded. Disconnected pieces of the network are reported; a resident on a piece without a facility is not covered. Residents and facilities are attached to the nearest point of the nearest street, and the straight-line distance to that point is part of the walking distance.</source>
            <extracomment>usm:populationcoverage help</extracomment>
            <translation>Un habitant situé exactement à la distance est couvert. Les quartiers sans habitants reçoivent une part NULL avec un avertissement ; la part pour l'ensemble de la ville est écrite dans le journal. Réseau de rues : les rues sont reliées là où elles partagent un sommet ; les sommets plus proches que la tolérance d'accrochage (1 m par défaut) deviennent un seul nœud, et une extrémité de rue aussi proche d'une autre rue y est raccordée. Les rues qui se croisent sans sommet commun ne sont pas reliées (il peut s'agir de ponts ou de tunnels), sauf si « découper aux croisements » est coché ; le journal les compte. Les lignes multiparties sont éclatées. Les parties déconnectées du réseau sont signalées ; un habitant situé sur une partie sans équipement n'est pas desservi. Les habitants et les équipements sont rattachés au point le plus proche de la rue la plus proche, et la distance à vol d'oiseau jusqu'à ce point fait partie de la distance à pied.</translation>
        </message>
        <message>
            <source>residents in the neighbourhood (from the population source)</source>
            <extracomment>usm:populationcoverage help; usm:sdgindicators help</extracomment>
            <translation>habitants du quartier (d'après la source de population)</translation>
        </message>
        <message>
            <source>persons</source>
            <extracomment>usm:populationcoverage help; usm:sdgindicators help</extracomment>
            <translation>personnes</translation>
        </message>
        <message>
            <source>residents within the distance of a facility</source>
            <extracomment>usm:populationcoverage help</extracomment>
            <translation>habitants à moins de la distance d'un équipement</translation>
        </message>
        <message>
            <source>cov_covered / cov_pop (NULL when no residents)</source>
            <extracomment>usm:populationcoverage help</extracomment>
            <translation>cov_covered / cov_pop (NULL en l'absence d'habitants)</translation>
        </message>
        <message>
            <source>coverage</source>
            <extracomment>usm:populationcoverage tags</extracomment>
            <translation>couverture</translation>
        </message>
        <message>
            <source>accessibility</source>
            <extracomment>usm:populationcoverage tags; usm:sdgindicators tags</extracomment>
            <translation>accessibilité</translation>
        </message>
        <message>
            <source>walking distance</source>
            <extracomment>usm:populationcoverage tags; usm:sdgindicators tags</extracomment>
            <translation>distance à pied</translation>
        </message>
        <message>
            <source>network</source>
            <extracomment>usm:populationcoverage tags</extracomment>
            <translation>réseau</translation>
        </message>
        <message>
            <source>service area</source>
            <extracomment>usm:populationcoverage tags</extracomment>
            <translation>zone de desserte</translation>
        </message>
        <message>
            <source>street network</source>
            <extracomment>usm:populationcoverage tags</extracomment>
            <translation>réseau de rues</translation>
        </message>
        <message>
            <source>SDG 11.2.1 and 11.7.1 indicators</source>
            <extracomment>usm:sdgindicators name</extracomment>
            <translation>Indicateurs ODD 11.2.1 et 11.7.1</translation>
        </message>
        <message>
            <source>Per neighbourhood and for the city: share of residents with convenient access to public transport (SDG 11.2.1), share of area that is open public space and share of residents within 400 m of it (SDG 11.7.1).</source>
            <extracomment>usm:sdgindicators short description; usm:sdgindicators help</extracomment>
            <translation>Par quartier et pour la ville : part des habitants ayant un accès pratique aux transports publics (ODD 11.2.1), part de la surface constituée d'espaces publics ouverts et part des habitants à moins de 400 m de ceux-ci (ODD 11.7.1).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Public transport stops</source>
            <extracomment>usm:sdgindicators parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Arrêts de transport en commun</translation>
        </message>
        <message>
            <source>Point layer of bus, tram, BRT, metro, rail and ferry stops (inside or outside the city).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Couche de points des arrêts de bus, tramway, BRT, métro, train et ferry (dans la ville ou en dehors).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Capacity field</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Champ de capacité</translation>
        </message>
        <message>
            <source>Field telling low-capacity stops (bus, tram) from high-capacity ones (BRT, metro, rail, ferry): either a capacity class or the mode itself.</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Champ distinguant les arrêts de faible capacité (bus, tramway) des arrêts de grande capacité (BRT, métro, train, ferry) : soit une classe de capacité, soit le mode lui-même.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Low-capacity values</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Valeurs de faible capacité</translation>
        </message>
        <message>
            <source>Comma-separated values of the capacity field meaning low capacity (case-insensitive).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Valeurs du champ de capacité, séparées par des virgules, signifiant une faible capacité (insensible à la casse).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>High-capacity values</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Valeurs de grande capacité</translation>
        </message>
        <message>
            <source>Comma-separated values of the capacity field meaning high capacity (case-insensitive).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Valeurs du champ de capacité, séparées par des virgules, signifiant une grande capacité (insensible à la casse).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Walking distance to low-capacity stops (m)</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Distance à pied jusqu'aux arrêts de faible capacité (m)</translation>
        </message>
        <message>
            <source>500 m in the SDG 11.2.1 definition.</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>500 m dans la définition de l'ODD 11.2.1.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Walking distance to high-capacity stops (m)</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Distance à pied jusqu'aux arrêts de grande capacité (m)</translation>
        </message>
        <message>
            <source>1,000 m in the SDG 11.2.1 definition.</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>1 000 m dans la définition de l'ODD 11.2.1.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Public space</source>
            <extracomment>usm:sdgindicators parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Espaces publics</translation>
        </message>
        <message>
            <source>Polygons of parks, plazas, sports grounds and green areas open to the public. Without it SDG 11.7.1 is not computed (its fields are NULL).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Polygones des parcs, places, terrains de sport et espaces verts ouverts au public. Sans cette couche, l'ODD 11.7.1 n'est pas calculé (ses champs sont NULL).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Open to the public (0/1) field</source>
            <extracomment>usm:sdgindicators parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Champ « ouvert au public » (0/1)</translation>
        </message>
        <message>
            <source>Only public spaces whose value is 1 count; empty values count as not open (reported).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Seuls les espaces publics de valeur 1 comptent ; les valeurs vides comptent comme non ouverts (signalé).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Built-up area</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Surface bâtie</translation>
        </message>
        <message>
            <source>Polygons of the built-up area, the denominator of the public space share. Without it the neighbourhood area is used (an approximation, stated in the log).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Polygones de la surface bâtie, le dénominateur de la part d'espace public. Sans cette couche, la surface du quartier est utilisée (une approximation, indiquée dans le journal).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Walking distance to public space (m)</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Distance à pied jusqu'à l'espace public (m)</translation>
        </message>
        <message>
            <source>400 m in the UN-Habitat public space training module.</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>400 m dans le module de formation d'ONU-Habitat sur les espaces publics.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Access point spacing along public space edges (m)</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Espacement des points d'accès le long du pourtour des espaces publics (m)</translation>
        </message>
        <message>
            <source>A public space can be entered at its boundary vertices and at points at most this far apart along its edge.</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Un espace public est accessible par les sommets de sa limite et par des points espacés d'au plus cette distance le long de son pourtour.</translation>
        </message>
        <message>
            <source>Street centre lines for walking distances. Strongly recommended: without it straight-line distances are used, which overstate access (the log warns).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Axes des rues pour les distances à pied. Fortement recommandé : sans ce réseau, les distances à vol d'oiseau sont utilisées, ce qui surestime l'accès (le journal le signale).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>SDG indicators</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Indicateurs ODD</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>City summary</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Synthèse de la ville</translation>
        </message>
        <message>
            <source>City-wide values of every indicator, with counts of stops and public spaces used.</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Valeurs de chaque indicateur pour l'ensemble de la ville, avec le nombre d'arrêts et d'espaces publics utilisés.</translation>
        </message>
        <message>
            <source>SDG 11.2.1: a resident has convenient access when a low-capacity stop (bus, tram) lies within 500 m or a high-capacity stop (BRT, metro, rail, ferry) within 1,000 m of walking along the street network (UN-Habitat's method). Which stops are low or high capacity is read from a field of the stop layer; stops with other or empty values are left out and counted. Without a street layer the distances are straight lines, which overstate access; the log says so.</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>ODD 11.2.1 : un habitant a un accès pratique lorsqu'un arrêt de faible capacité (bus, tramway) se trouve à moins de 500 m ou un arrêt de grande capacité (BRT, métro, train, ferry) à moins de 1 000 m à pied en suivant le réseau de rues (méthode d'ONU-Habitat). Le caractère faible ou grande capacité des arrêts est lu dans un champ de la couche des arrêts ; les arrêts ayant d'autres valeurs ou des valeurs vides sont exclus et comptés. Sans couche de rues, les distances sont à vol d'oiseau, ce qui surestime l'accès ; le journal l'indique.</translation>
        </message>
        <message>
            <source>SDG 11.7.1: the share of the built-up area that is open public space, where the built-up area comes from an optional built-up layer; without it the share is taken of the whole neighbourhood (city) area, an approximation stated in the log that lowers the share where land is undeveloped. UN-Habitat's full indicator also counts the land allocated to streets; street centre lines carry no width, so it is not included. The access part is the share of residents within 400 m walking of an open public space, entered anywhere along its edge (points every 50 m along each boundary); residents inside a public space have distance 0.</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>ODD 11.7.1 : la part de la surface bâtie constituée d'espaces publics ouverts, la surface bâtie provenant d'une couche facultative du bâti ; sans elle, la part est calculée sur toute la surface du quartier (de la ville), une approximation indiquée dans le journal qui réduit la part là où le sol n'est pas aménagé. L'indicateur complet d'ONU-Habitat compte aussi le sol affecté aux rues ; les axes de rues n'ont pas de largeur, il n'est donc pas inclus. La partie accès est la part des habitants à moins de 400 m à pied d'un espace public ouvert, accessible en tout point de son pourtour (points tous les 50 m le long de chaque limite) ; les habitants situés à l'intérieur d'un espace public ont une distance de 0.</translation>
        </message>
        <message>
            <source>Residents come from census units (area-weighted pieces) or a population raster (cell centres). Neighbourhoods without residents get NULL shares with a warning. City-wide values go to the City summary table. Street network: streets are joined where they share a vertex; vertices closer than the snap tolerance (default 1 m) become one node, and a street end that close to another street is joined to it. Streets that cross without a shared vertex are not joined (they may be bridges or tunnels) unless "split at crossings" is ticked; the log counts them. Multi-part lines are exploded. Disconnected pieces of the network are reported; a resident on a piece without a facility is not covered. Residents and facilities are attached to the nearest point of the nearest street, and the straight-line distance to that point is part of the walking distance.</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>Les habitants proviennent des unités de recensement (morceaux pondérés par la surface) ou d'un raster de population (centres des cellules). Les quartiers sans habitants reçoivent des parts NULL avec un avertissement. Les valeurs pour l'ensemble de la ville vont dans la table de synthèse de la ville. Réseau de rues : les rues sont reliées là où elles partagent un sommet ; les sommets plus proches que la tolérance d'accrochage (1 m par défaut) deviennent un seul nœud, et une extrémité de rue aussi proche d'une autre rue y est raccordée. Les rues qui se croisent sans sommet commun ne sont pas reliées (il peut s'agir de ponts ou de tunnels), sauf si « découper aux croisements » est coché ; le journal les compte. Les lignes multiparties sont éclatées. Les parties déconnectées du réseau sont signalées ; un habitant situé sur une partie sans équipement n'est pas desservi. Les habitants et les équipements sont rattachés au point le plus proche de la rue la plus proche, et la distance à vol d'oiseau jusqu'à ce point fait partie de la distance à pied.</translation>
        </message>
        <message>
            <source>residents within 500 m of a low- or 1,000 m of a high-capacity stop</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>habitants à moins de 500 m d'un arrêt de faible capacité ou de 1 000 m d'un arrêt de grande capacité</translation>
        </message>
        <message>
            <source>SDG 11.2.1: sdg1121_served / sdg_pop</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>ODD 11.2.1 : sdg1121_served / sdg_pop</translation>
        </message>
        <message>
            <source>open public space inside the neighbourhood</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>espace public ouvert à l'intérieur du quartier</translation>
        </message>
        <message>
            <source>built-up area (or neighbourhood area without a built-up layer)</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>surface bâtie (ou surface du quartier sans couche du bâti)</translation>
        </message>
        <message>
            <source>SDG 11.7.1 area part: sdg1171_space_m2 / sdg1171_ref_m2</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>ODD 11.7.1, partie surface : sdg1171_space_m2 / sdg1171_ref_m2</translation>
        </message>
        <message>
            <source>residents within 400 m walking of open public space</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>habitants à moins de 400 m à pied d'un espace public ouvert</translation>
        </message>
        <message>
            <source>SDG 11.7.1 access part: sdg1171_near / sdg_pop</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>ODD 11.7.1, partie accès : sdg1171_near / sdg_pop</translation>
        </message>
        <message>
            <source>City summary table</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>Table de synthèse de la ville</translation>
        </message>
        <message>
            <source>indicator name</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>nom de l'indicateur</translation>
        </message>
        <message>
            <source>city-wide value</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>valeur pour l'ensemble de la ville</translation>
        </message>
        <message>
            <source>as named</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>comme nommé</translation>
        </message>
        <message>
            <source>sdg</source>
            <extracomment>usm:sdgindicators tags; usm:fulldiagnosis tags</extracomment>
            <translation>odd</translation>
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
            <translation>transports publics</translation>
        </message>
        <message>
            <source>transit</source>
            <extracomment>usm:sdgindicators tags</extracomment>
            <translation>transport en commun</translation>
        </message>
        <message>
            <source>un-habitat</source>
            <extracomment>usm:sdgindicators tags</extracomment>
            <translation>onu-habitat</translation>
        </message>
        <message>
            <source>Kernel density surface</source>
            <extracomment>usm:kerneldensity name</extracomment>
            <translation>Surface de densité par noyau</translation>
        </message>
        <message>
            <source>Smooth surface of incident density in incidents per km² (GeoTIFF), with a quartic or Gaussian kernel and an automatic radius when none is given.</source>
            <extracomment>usm:kerneldensity short description; usm:kerneldensity help</extracomment>
            <translation>Surface lissée de la densité d'incidents, en incidents par km² (GeoTIFF), avec un noyau quartique ou gaussien et un rayon automatique si aucun n'est indiqué.</translation>
        </message>
        <message>
            <source>Point layer of incidents. Null geometries are left out and counted.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>Couche de points des incidents. Les géométries nulles sont exclues et comptées.</translation>
        </message>
        <message>
            <source>Optional non-negative weight per incident (e.g. severity or number of victims). Incidents with a NULL weight are left out and counted; negative weights are an error.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>Pondération facultative positive ou nulle par incident (p. ex. gravité ou nombre de victimes). Les incidents dont la pondération est NULL sont exclus et comptés ; les pondérations négatives sont une erreur.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Cell size</source>
            <extracomment>usm:kerneldensity parameters; usm:optimizedhotspots parameters</extracomment>
            <translation>Taille de cellule</translation>
        </message>
        <message>
            <source>Side of the output cells in metres (100 m suits a neighbourhood-scale city map). Empty or 0: the shorter side of the incidents' extent divided by 250.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>Côté des cellules en sortie, en mètres (100 m convient à une carte de la ville à l'échelle des quartiers). Vide ou 0 : le plus petit côté de l'emprise des incidents divisé par 250.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Radius (bandwidth)</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Rayon (largeur de bande)</translation>
        </message>
        <message>
            <source>Kernel radius in metres: how far each incident's influence reaches (300-800 m is usual for street crime). Empty or 0: automatic, Silverman's rule as in ArcGIS.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>Rayon du noyau en mètres : la portée de l'influence de chaque incident (300 à 800 m est habituel pour la délinquance de rue). Vide ou 0 : automatique, règle de Silverman comme dans ArcGIS.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Kernel</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Noyau</translation>
        </message>
        <message>
            <source>Quartic (biweight, the crime-mapping standard and QGIS Heatmap's default) or Gaussian with sigma = radius / 3, cut at the radius.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>Quartique (biweight, la norme en cartographie de la criminalité et la valeur par défaut de la Carte de chaleur de QGIS) ou gaussien avec sigma = rayon / 3, tronqué au rayon.</translation>
        </message>
        <message>
            <source>Quartic (biweight)</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Quartique (biweight)</translation>
        </message>
        <message>
            <source>Gaussian (sigma = radius / 3)</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Gaussien (sigma = rayon / 3)</translation>
        </message>
        <message>
            <source>Memory to aim under, in megabytes. A layer whose whole read would need more (about 230 bytes per incident) is read in chunks, with the same surface, and only the grid and one chunk are kept: the memory is bounded whatever the number of incidents. With a radius given, the chunks are read twice (extent, then binning onto the grid). With an automatic radius they are read once or twice more (the first read also finds the mean centre; then the distances to it are counted in a histogram to find the median distance), giving the same radius as a whole read.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>Mémoire à ne pas dépasser, en mégaoctets. Une couche dont la lecture complète demanderait davantage (environ 230 octets par incident) est lue par blocs, avec la même surface, et seuls la grille et un bloc sont conservés : la mémoire est bornée quel que soit le nombre d'incidents. Avec un rayon donné, les blocs sont lus deux fois (emprise, puis agrégation sur la grille). Avec un rayon automatique, ils sont lus une ou deux fois de plus (la première lecture trouve aussi le centre moyen ; les distances à ce centre sont ensuite comptées dans un histogramme pour trouver la distance médiane), ce qui donne le même rayon qu'une lecture complète.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Kernel density</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Densité par noyau</translation>
        </message>
        <message>
            <source>GeoTIFF of incidents per km² (float32). The radius, rule, kernel and units are stored as metadata tags.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>GeoTIFF des incidents par km² (float32). Le rayon, la règle, le noyau et les unités sont enregistrés dans les métadonnées.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Radius used (m)</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Rayon utilisé (m)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Radius rule</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Règle du rayon</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Incidents in the surface</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Incidents dans la surface</translation>
        </message>
        <message>
            <source>Each incident spreads one unit (or its weight) over a disc of the given radius with the kernel's shape; the surface is the sum over incidents, expressed per km². The surface times the cell area adds up to the number of incidents (or total weight), so surfaces of different cities, periods and cell sizes are comparable. QGIS's Heatmap writes raw sums of kernel values instead (unit-less): multiply those by 3 / (pi r²) x 10⁶ (r in metres) to compare with this algorithm's quartic surface.</source>
            <extracomment>usm:kerneldensity help</extracomment>
            <translation>Chaque incident répartit une unité (ou son poids) sur un disque du rayon donné selon la forme du noyau ; la surface de densité est la somme sur les incidents, exprimée par km². Les valeurs de la surface multipliées par l'aire d'une cellule s'additionnent jusqu'au nombre d'incidents (ou au poids total), de sorte que les surfaces de villes, de périodes et de tailles de cellule différentes sont comparables. La Carte de chaleur de QGIS écrit plutôt des sommes brutes de valeurs du noyau (sans unité) : multipliez-les par 3 / (pi r²) x 10⁶ (r en mètres) pour les comparer à la surface quartique de cet algorithme.</translation>
        </message>
        <message>
            <source>Quartic kernel: K(d) = 3 / (pi r²) (1 - d²/r²)² within the radius r, 0 beyond (the biweight kernel of crime mapping, CrimeStat, ArcGIS and QGIS). Gaussian kernel: sigma = r / 3, truncated at r and renormalised.</source>
            <extracomment>usm:kerneldensity help</extracomment>
            <translation>Noyau quartique : K(d) = 3 / (pi r²) (1 - d²/r²)² à l'intérieur du rayon r, 0 au-delà (le noyau biweight de la cartographie de la criminalité, de CrimeStat, d'ArcGIS et de QGIS). Noyau gaussien : sigma = r / 3, tronqué à r et renormalisé.</translation>
        </message>
        <message>
            <source>Automatic radius (when Radius is empty): 0.9 x min(SD, sqrt(1/ln 2) x Dm) x n^-0.2, where SD is the standard distance of the incidents, Dm the median distance to their mean centre and n their number (or the sum of weights): Silverman's rule of thumb as used by ArcGIS Kernel Density. The radius used and the rule are written to the log and returned as outputs.</source>
            <extracomment>usm:kerneldensity help</extracomment>
            <translation>Rayon automatique (lorsque Rayon est vide) : 0,9 x min(SD, sqrt(1/ln 2) x Dm) x n^-0,2, où SD est la distance standard des incidents, Dm la distance médiane à leur centre moyen et n leur nombre (ou la somme des poids) : la règle empirique de Silverman telle qu'utilisée par l'outil Kernel Density d'ArcGIS. Le rayon utilisé et la règle sont écrits dans le journal et renvoyés comme sorties.</translation>
        </message>
        <message>
            <source>The incidents are binned onto the grid with bilinear weights and convolved with the kernel by FFT, which takes a fraction of a second for a million incidents. Distances are in metres: incidents in a geographic CRS or Web Mercator are projected to the local UTM zone first and the raster is written in that projection (stated in the log). Incidents with a null geometry are left out and counted; MultiPoints count once per point.</source>
            <extracomment>usm:kerneldensity help</extracomment>
            <translation>Les incidents sont répartis sur la grille avec des poids bilinéaires et convolués avec le noyau par FFT, ce qui prend une fraction de seconde pour un million d'incidents. Les distances sont en mètres : les incidents dans un SCR géographique ou en Web Mercator sont d'abord projetés dans la zone UTM locale et le raster est écrit dans cette projection (indiqué dans le journal). Les incidents à géométrie nulle sont exclus et comptés ; les multipoints comptent une fois par point.</translation>
        </message>
        <message>
            <source>kernel density of incidents (or of the weight field)</source>
            <extracomment>usm:kerneldensity help</extracomment>
            <translation>densité par noyau des incidents (ou du champ de pondération)</translation>
        </message>
        <message>
            <source>incidents per km² (weight units per km²)</source>
            <extracomment>usm:kerneldensity help</extracomment>
            <translation>incidents par km² (unités de poids par km²)</translation>
        </message>
        <message>
            <source>kernel density</source>
            <extracomment>usm:kerneldensity tags</extracomment>
            <translation>densité par noyau</translation>
        </message>
        <message>
            <source>kde</source>
            <extracomment>usm:kerneldensity tags</extracomment>
            <translation>kde</translation>
        </message>
        <message>
            <source>heatmap</source>
            <extracomment>usm:kerneldensity tags</extracomment>
            <translation>carte de chaleur</translation>
        </message>
        <message>
            <source>raster</source>
            <extracomment>usm:kerneldensity tags; usm:fulldiagnosis help</extracomment>
            <translation>raster</translation>
        </message>
        <message>
            <source>surface</source>
            <extracomment>usm:kerneldensity tags</extracomment>
            <translation>surface</translation>
        </message>
        <message>
            <source>bandwidth</source>
            <extracomment>usm:kerneldensity tags</extracomment>
            <translation>largeur de bande</translation>
        </message>
        <message>
            <source>Optimized hot spot analysis</source>
            <extracomment>usm:optimizedhotspots name</extracomment>
            <translation>Analyse optimisée des points chauds</translation>
        </message>
        <message>
            <source>Counts incidents on a hexagon or square grid over the study area and maps statistically significant hot and cold spots (Getis-Ord Gi*), choosing the cell size and the scale of analysis from the data and reporting every choice.</source>
            <extracomment>usm:optimizedhotspots short description; usm:optimizedhotspots help</extracomment>
            <translation>Compte les incidents sur une grille hexagonale ou carrée couvrant la zone d'étude et cartographie les points chauds et froids statistiquement significatifs (Getis-Ord Gi*), en choisissant la taille de cellule et l'échelle d'analyse à partir des données et en rendant compte de chaque choix.</translation>
        </message>
        <message>
            <source>Point layer of incidents. Null geometries are left out and counted; MultiPoints count once per point.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Couche de points des incidents. Les géométries nulles sont exclues et comptées ; les multipoints comptent une fois par point.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Study area</source>
            <extracomment>usm:optimizedhotspots parameters; usm:riskterrain parameters</extracomment>
            <translation>Zone d'étude</translation>
        </message>
        <message>
            <source>Polygons where incidents are possible: the city boundary or the neighbourhoods (dissolved). Incidents outside are left out and counted. Empty: the convex hull of the incidents without locational outliers.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Polygones où des incidents sont possibles : la limite de la ville ou les quartiers (fusionnés). Les incidents à l'extérieur sont exclus et comptés. Vide : l'enveloppe convexe des incidents, sans les valeurs atypiques de localisation.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Cell shape</source>
            <extracomment>usm:optimizedhotspots parameters</extracomment>
            <translation>Forme des cellules</translation>
        </message>
        <message>
            <source>Hexagons (every neighbour at the same distance; preferred for hot spots) or squares.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Hexagones (tous les voisins à la même distance ; préférés pour les points chauds) ou carrés.</translation>
        </message>
        <message>
            <source>Hexagons</source>
            <extracomment>usm:optimizedhotspots parameters; usm:emerginghotspots parameters</extracomment>
            <translation>Hexagones</translation>
        </message>
        <message>
            <source>Squares (fishnet)</source>
            <extracomment>usm:optimizedhotspots parameters; usm:emerginghotspots parameters</extracomment>
            <translation>Carrés (grille)</translation>
        </message>
        <message>
            <source>Side of the square of the same area as a cell, in metres. Empty or 0: automatic (twice the mean distance between neighbouring incidents, 30 to 5,000 cells).</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Côté du carré de même surface qu'une cellule, en mètres. Vide ou 0 : automatique (deux fois la distance moyenne entre incidents voisins, de 30 à 5 000 cellules).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Distance band</source>
            <extracomment>usm:optimizedhotspots parameters</extracomment>
            <translation>Bande de distance</translation>
        </message>
        <message>
            <source>Neighbourhood radius of Gi* in metres. Empty or 0: automatic, from the first peak of incremental spatial autocorrelation (or the K-nearest-cells fallback).</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Rayon du voisinage de Gi*, en mètres. Vide ou 0 : automatique, d'après le premier pic de l'autocorrélation spatiale incrémentale (ou la solution de repli des K cellules les plus proches).</translation>
        </message>
        <message>
            <source>0: analytical p-values (as ArcGIS). 999: conditional permutation pseudo p-values, slower but free of the normality assumption.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>0 : valeurs p analytiques (comme ArcGIS). 999 : pseudo-valeurs p par permutations conditionnelles, plus lentes mais sans hypothèse de normalité.</translation>
        </message>
        <message>
            <source>Seed of the permutations: the same seed gives the same result.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Graine des permutations : la même graine donne le même résultat.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>False discovery rate correction</source>
            <extracomment>usm:optimizedhotspots parameters; usm:emerginghotspots parameters; usm:compareperiods parameters</extracomment>
            <translation>Correction du taux de fausses découvertes</translation>
        </message>
        <message>
            <source>Correct the confidence bins for testing every cell at once (Benjamini-Hochberg), as ArcGIS's Optimized Hot Spot Analysis does.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Corriger les classes de confiance pour le test simultané de toutes les cellules (Benjamini-Hochberg), comme le fait l'outil Optimized Hot Spot Analysis d'ArcGIS.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Optimized hot spots</source>
            <extracomment>usm:optimizedhotspots parameters</extracomment>
            <translation>Points chauds optimisés</translation>
        </message>
        <message>
            <source>The grid cells with their incident counts, Gi* z-scores, p-values and confidence bins (fields below), styled by bin.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Les cellules de la grille avec leurs effectifs d'incidents, scores z Gi*, valeurs p et classes de confiance (champs ci-dessous), stylées par classe.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Choices</source>
            <extracomment>usm:optimizedhotspots parameters</extracomment>
            <translation>Choix</translation>
        </message>
        <message>
            <source>Every choice the analysis made, its value and the rule behind it.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Chaque choix fait par l'analyse, sa valeur et la règle qui le justifie.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Cell size used (m)</source>
            <extracomment>usm:optimizedhotspots parameters</extracomment>
            <translation>Taille de cellule utilisée (m)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Distance band used (m)</source>
            <extracomment>usm:optimizedhotspots parameters</extracomment>
            <translation>Bande de distance utilisée (m)</translation>
        </message>
        <message>
            <source>The steps follow ESRI's Optimized Hot Spot Analysis for incident points. (1) Incidents outside the study area are left out and counted. (2) Locational outliers (distinct locations whose nearest-neighbour distance exceeds the mean by more than three standard deviations) are reported and do not influence the cell size. (3) Cell size, when not given: twice the mean nearest-neighbour distance between incident locations, bounded so that the study area holds between 30 and 5,000 cells; the cell size is the side of the square of the same area, so hexagons and squares of one size have equal areas. (4) Scale, when no distance band is given: incremental spatial autocorrelation — Global Moran's I of the counts over ten distance bands starting where every cell has a neighbour, in steps of one cell spacing; the first peak of its z-score (above 1.96) is used; without a peak (a z-score still rising at the last band, as the city-wide density gradient usually makes it), ESRI's fallback: the mean distance at which a cell has K neighbours, K = 5% of the cells between 3 and 30. (5) Getis-Ord Gi* of the counts with binary distance-band weights, the cell included in its own neighbourhood, with the Benjamini-Hochberg false discovery rate correction of the confidence bins.</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>Les étapes suivent l'outil Optimized Hot Spot Analysis d'ESRI pour les points d'incidents. (1) Les incidents hors de la zone d'étude sont exclus et comptés. (2) Les valeurs atypiques de localisation (localisations distinctes dont la distance au plus proche voisin dépasse la moyenne de plus de trois écarts types) sont signalées et n'influencent pas la taille de cellule. (3) Taille de cellule, si elle n'est pas fournie : deux fois la distance moyenne au plus proche voisin entre localisations d'incidents, bornée pour que la zone d'étude compte entre 30 et 5 000 cellules ; la taille de cellule est le côté du carré de même surface, de sorte que des hexagones et des carrés de même taille ont la même surface. (4) Échelle, si aucune bande de distance n'est fournie : autocorrélation spatiale incrémentale — I de Moran global des effectifs sur dix bandes de distance à partir de celle où chaque cellule a un voisin, par pas d'un espacement de cellule ; le premier pic de son score z (au-dessus de 1,96) est retenu ; sans pic (un score z qui augmente encore à la dernière bande, comme le provoque généralement le gradient de densité de la ville), la solution de repli d'ESRI : la distance moyenne à laquelle une cellule a K voisins, K = 5 % des cellules, entre 3 et 30. (5) Gi* de Getis-Ord des effectifs avec des pondérations binaires par bande de distance, la cellule étant incluse dans son propre voisinage, avec la correction du taux de fausses découvertes de Benjamini-Hochberg des classes de confiance.</translation>
        </message>
        <message>
            <source>Every choice is written to the log and to the Choices table. Hexagons are pointy-topped; cells that cover part of the study area are kept. A point on a shared cell edge belongs to exactly one cell (squares: half-open cells; hexagons: the nearest centre). Distances are measured in metres: layers in a geographic CRS or Web Mercator are projected to the local UTM zone (stated in the log), which is also the CRS of the output grid.</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>Chaque choix est écrit dans le journal et dans la table des choix. Les hexagones ont une pointe en haut ; les cellules qui couvrent une partie de la zone d'étude sont conservées. Un point situé sur une arête commune à deux cellules appartient à exactement une cellule (carrés : cellules semi-ouvertes ; hexagones : le centre le plus proche). Les distances sont mesurées en mètres : les couches dans un SCR géographique ou en Web Mercator sont projetées dans la zone UTM locale (indiquée dans le journal), qui est aussi le SCR de la grille en sortie.</translation>
        </message>
        <message>
            <source>grid cell number (1..n, south to north, west to east)</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>numéro de cellule de la grille (1..n, du sud au nord, d'ouest en est)</translation>
        </message>
        <message>
            <source>id</source>
            <extracomment>usm:optimizedhotspots help; usm:emerginghotspots help; usm:riskresilience help; usm:streetsegmentaudit help (+1 more)</extracomment>
            <translation>identifiant</translation>
        </message>
        <message>
            <source>cell row (0 = southernmost) and column in the grid</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>ligne (0 = la plus au sud) et colonne de la cellule dans la grille</translation>
        </message>
        <message>
            <source>incidents in the cell</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>incidents dans la cellule</translation>
        </message>
        <message>
            <source>Gi* z-score; &gt; 0 hot, &lt; 0 cold</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>score z de Gi* ; &gt; 0 chaud, &lt; 0 froid</translation>
        </message>
        <message>
            <source>p-value used for the bins (analytical, or pseudo p-value with permutations)</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>valeur p utilisée pour les classes (analytique, ou pseudo-valeur p avec permutations)</translation>
        </message>
        <message>
            <source>confidence bin: 3/2/1 hot spot 99/95/90%, -3/-2/-1 cold spot, 0 not significant (FDR-corrected when chosen)</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>classe de confiance : 3/2/1 point chaud 99/95/90 %, -3/-2/-1 point froid, 0 non significatif (corrigée FDR si choisi)</translation>
        </message>
        <message>
            <source>the bin in words (Hot spot 95%, Not significant, ...)</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>la classe en toutes lettres (Hot spot 95%, Not significant, ...)</translation>
        </message>
        <message>
            <source>cells within the distance band (the cell itself excluded)</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>cellules dans la bande de distance (la cellule elle-même exclue)</translation>
        </message>
        <message>
            <source>Choices table</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>Table des choix</translation>
        </message>
        <message>
            <source>what was decided (cell size, distance band, outliers, ...)</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>ce qui a été décidé (taille de cellule, bande de distance, valeurs atypiques, ...)</translation>
        </message>
        <message>
            <source>the value used</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>la valeur utilisée</translation>
        </message>
        <message>
            <source>the rule that produced it</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>la règle qui l'a produite</translation>
        </message>
        <message>
            <source>optimized hot spot</source>
            <extracomment>usm:optimizedhotspots tags</extracomment>
            <translation>point chaud optimisé</translation>
        </message>
        <message>
            <source>hexagon</source>
            <extracomment>usm:optimizedhotspots tags</extracomment>
            <translation>hexagone</translation>
        </message>
        <message>
            <source>fishnet</source>
            <extracomment>usm:optimizedhotspots tags</extracomment>
            <translation>grille</translation>
        </message>
        <message>
            <source>grid</source>
            <extracomment>usm:optimizedhotspots tags</extracomment>
            <translation>grille</translation>
        </message>
        <message>
            <source>incremental spatial autocorrelation</source>
            <extracomment>usm:optimizedhotspots tags</extracomment>
            <translation>autocorrélation spatiale incrémentale</translation>
        </message>
        <message>
            <source>Emerging hot spot analysis</source>
            <extracomment>usm:emerginghotspots name</extracomment>
            <translation>Analyse des points chauds émergents</translation>
        </message>
        <message>
            <source>Finds new, consecutive, intensifying, persistent, diminishing, sporadic, oscillating and historical hot and cold spots from incident counts per neighbourhood (or grid cell) and time step.</source>
            <extracomment>usm:emerginghotspots short description; usm:emerginghotspots help</extracomment>
            <translation>Détecte les points chauds et froids nouveaux, consécutifs, en intensification, persistants, en diminution, sporadiques, oscillants et historiques à partir des effectifs d'incidents par quartier (ou cellule de grille) et par pas de temps.</translation>
        </message>
        <message>
            <source>Point layer of incidents with a date. Null geometries are left out and counted.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Couche de points des incidents avec une date. Les géométries nulles sont exclues et comptées.</translation>
        </message>
        <message>
            <source>Date or date-time of each incident (a date field or text in ISO or common formats). Missing and unreadable dates are left out and counted.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Date ou date-heure de chaque incident (un champ date ou un texte au format ISO ou dans un format courant). Les dates manquantes et illisibles sont exclues et comptées.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Locations (neighbourhoods)</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Emplacements (quartiers)</translation>
        </message>
        <message>
            <source>Polygons to count incidents in, usually the neighbourhoods; neighbours are polygons sharing a boundary or corner. Empty: a grid generated over the incidents.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Polygones dans lesquels compter les incidents, en général les quartiers ; les voisins sont les polygones partageant une limite ou un coin. Vide : une grille générée sur les incidents.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Location id field</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Champ d'identifiant de l'emplacement</translation>
        </message>
        <message>
            <source>Unique id of each location, copied to the output; it also decides ties: a point on a shared boundary goes to the location whose id sorts first.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Identifiant unique de chaque emplacement, copié dans la sortie ; il départage aussi les égalités : un point situé sur une limite partagée va à l'emplacement dont l'identifiant vient en premier dans l'ordre de tri.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Grid cell shape (without locations)</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Forme des cellules de la grille (sans emplacements)</translation>
        </message>
        <message>
            <source>Shape of the generated grid cells when no locations are given; neighbours are the six adjacent hexagons or the eight surrounding squares.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Forme des cellules de la grille générée lorsqu'aucun emplacement n'est fourni ; les voisins sont les six hexagones adjacents ou les huit carrés environnants.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Grid cell size (without locations)</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Taille des cellules de la grille (sans emplacements)</translation>
        </message>
        <message>
            <source>Side of the square of the same area as a cell, in metres, for the generated grid.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Côté du carré de même surface qu'une cellule, en mètres, pour la grille générée.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Time step</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Pas de temps</translation>
        </message>
        <message>
            <source>Length of one time step. Aim for at least ten steps over the data (the trend test has little power with fewer); steps with very few incidents give noisy z-scores.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Durée d'un pas de temps. Visez au moins dix pas sur la période des données (le test de tendance a peu de puissance avec moins) ; les pas comptant très peu d'incidents donnent des scores z bruités.</translation>
        </message>
        <message>
            <source>Month</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Mois</translation>
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
            <translation>Pas de temps du voisinage</translation>
        </message>
        <message>
            <source>How many previous time steps count as neighbours of a bin (ArcGIS's Neighborhood Time Step; 1 smooths each step with the one before).</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Nombre de pas de temps précédents comptés comme voisins d'une case (Neighborhood Time Step d'ArcGIS ; 1 lisse chaque pas avec le précédent).</translation>
        </message>
        <message>
            <source>Level at which a bin is a hot or cold spot and the trend is significant.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Seuil auquel une case est un point chaud ou froid et la tendance est significative.</translation>
        </message>
        <message>
            <source>Correct the bin significance for testing every location and step at once (Benjamini-Hochberg).</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Corriger la significativité des cases pour le test simultané de tous les emplacements et pas de temps (Benjamini-Hochberg).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Emerging hot spots</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Points chauds émergents</translation>
        </message>
        <message>
            <source>One feature per location with its pattern category and trend (fields below), styled by category.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Une entité par emplacement avec sa catégorie de tendance et sa tendance (champs ci-dessous), stylée par catégorie.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Space-time bins</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Cases spatio-temporelles</translation>
        </message>
        <message>
            <source>One row per location and time step: count, Gi* z-score, p-value and bin.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Une ligne par emplacement et pas de temps : effectif, score z Gi*, valeur p et classe.</translation>
        </message>
        <message>
            <source>Incidents are counted per location (the given polygons, or a generated hexagon or square grid over the incidents) and per month, quarter or year. Each location-step bin gets a Getis-Ord Gi* z-score whose neighbourhood is the bins of the location and its neighbours (shared boundary or corner for polygons; adjacent cells for a grid) in the same step and in the previous steps of the time window; a bin is a hot (cold) spot when significant with z &gt; 0 (&lt; 0), after a false discovery rate correction over all bins. The Mann-Kendall test on each location's series of z-scores gives the trend (ESRI, How Emerging Hot Spot Analysis works).</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>Les incidents sont comptés par emplacement (les polygones fournis, ou une grille hexagonale ou carrée générée sur les incidents) et par mois, trimestre ou année. Chaque case emplacement-pas de temps reçoit un score z de Getis-Ord Gi* dont le voisinage est formé des cases de l'emplacement et de ses voisins (limite ou coin commun pour les polygones ; cellules adjacentes pour une grille) au même pas de temps et aux pas précédents de la fenêtre temporelle ; une case est un point chaud (froid) lorsqu'elle est significative avec z &gt; 0 (&lt; 0), après une correction du taux de fausses découvertes sur l'ensemble des cases. Le test de Mann-Kendall sur la série des scores z de chaque emplacement donne la tendance (ESRI, How Emerging Hot Spot Analysis works).</translation>
        </message>
        <message>
            <source>Categories (first matching rule wins; cold spots mirror hot spots). New: hot in the final step and never significant before. Consecutive: a single uninterrupted run of at least two hot steps at the end, never hot before it, fewer than 90% of steps hot. Intensifying: hot in at least 90% of steps including the final one, significant upward trend. Persistent: as intensifying but no significant trend. Diminishing: as intensifying but significant downward trend. Sporadic: hot in the final step, earlier hot steps separated by non-hot ones, fewer than 90% hot, never cold. Oscillating: hot in the final step and cold in an earlier one, fewer than 90% hot. Historical: not hot in the final step but hot in at least 90% of steps. No Pattern Detected: none of these. Categories decided by a significant final step come before the historical ones.</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>Catégories (la première règle satisfaite l'emporte ; les points froids sont le miroir des points chauds). Nouveau : chaud au dernier pas de temps et jamais significatif auparavant. Consécutif : une seule suite ininterrompue d'au moins deux pas chauds à la fin, jamais chaud avant, moins de 90 % de pas chauds. En intensification : chaud pendant au moins 90 % des pas, dernier pas compris, tendance à la hausse significative. Persistant : comme en intensification mais sans tendance significative. En diminution : comme en intensification mais avec une tendance à la baisse significative. Sporadique : chaud au dernier pas, pas chauds antérieurs séparés par des pas non chauds, moins de 90 % de pas chauds, jamais froid. Oscillant : chaud au dernier pas et froid à un pas antérieur, moins de 90 % de pas chauds. Historique : pas chaud au dernier pas mais chaud pendant au moins 90 % des pas. Aucune tendance détectée : aucun de ces cas. Les catégories fondées sur un dernier pas significatif passent avant les catégories historiques.</translation>
        </message>
        <message>
            <source>Every incident is accounted for in the log: counted, without a date, with an unreadable date, outside every location, null geometry. A partly covered first or last period is reported because its low count reads as a trend. The Mann-Kendall test needs about ten time steps to detect a trend (months or quarters for a few years of data).</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>Chaque incident est comptabilisé dans le journal : compté, sans date, avec une date illisible, hors de tout emplacement, géométrie nulle. Une première ou dernière période partiellement couverte est signalée, car son faible effectif se lit comme une tendance. Le test de Mann-Kendall a besoin d'une dizaine de pas de temps pour détecter une tendance (mois ou trimestres pour quelques années de données).</translation>
        </message>
        <message>
            <source>the location's id field, or cell_id for a generated grid</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>le champ d'identifiant de l'emplacement, ou cell_id pour une grille générée</translation>
        </message>
        <message>
            <source>emerging hot spot category (New Hot Spot ... No Pattern Detected)</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>catégorie de point chaud émergent (New Hot Spot ... No Pattern Detected)</translation>
        </message>
        <message>
            <source>incidents in the location over all steps</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>incidents dans l'emplacement sur l'ensemble des pas de temps</translation>
        </message>
        <message>
            <source>Mann-Kendall z of the location's Gi* z-scores over time</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>z de Mann-Kendall des scores z Gi* de l'emplacement au fil du temps</translation>
        </message>
        <message>
            <source>two-sided p-value of trend_z</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>valeur p bilatérale de trend_z</translation>
        </message>
        <message>
            <source>Mann-Kendall z of the location's counts over time</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>z de Mann-Kendall des effectifs de l'emplacement au fil du temps</translation>
        </message>
        <message>
            <source>two-sided p-value of count_trend_z</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>valeur p bilatérale de count_trend_z</translation>
        </message>
        <message>
            <source>time steps in which the location is a significant hot spot</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>pas de temps où l'emplacement est un point chaud significatif</translation>
        </message>
        <message>
            <source>time steps in which the location is a significant cold spot</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>pas de temps où l'emplacement est un point froid significatif</translation>
        </message>
        <message>
            <source>Gi* z-score in the final time step</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>score z Gi* au dernier pas de temps</translation>
        </message>
        <message>
            <source>confidence bin in the final step (3/2/1 hot 99/95/90%, negative cold)</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>classe de confiance au dernier pas (3/2/1 chaud 99/95/90 %, négatif froid)</translation>
        </message>
        <message>
            <source>Bins table (optional)</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>Table des cases (facultative)</translation>
        </message>
        <message>
            <source>location id</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>identifiant de l'emplacement</translation>
        </message>
        <message>
            <source>time step label (2023-01, 2023Q1, 2023)</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>libellé du pas de temps (2023-01, 2023Q1, 2023)</translation>
        </message>
        <message>
            <source>incidents in the location and step</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>incidents dans l'emplacement et le pas de temps</translation>
        </message>
        <message>
            <source>space-time Gi* z-score</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>score z Gi* spatio-temporel</translation>
        </message>
        <message>
            <source>two-sided p-value (normal approximation)</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>valeur p bilatérale (approximation normale)</translation>
        </message>
        <message>
            <source>confidence bin, FDR-corrected when chosen; NULL without neighbours</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>classe de confiance, corrigée FDR si choisi ; NULL sans voisins</translation>
        </message>
        <message>
            <source>emerging hot spot</source>
            <extracomment>usm:emerginghotspots tags</extracomment>
            <translation>point chaud émergent</translation>
        </message>
        <message>
            <source>space-time</source>
            <extracomment>usm:emerginghotspots tags; usm:nearrepeat tags</extracomment>
            <translation>spatio-temporel</translation>
        </message>
        <message>
            <source>trend</source>
            <extracomment>usm:emerginghotspots tags; usm:compareperiods tags</extracomment>
            <translation>tendance</translation>
        </message>
        <message>
            <source>mann-kendall</source>
            <extracomment>usm:emerginghotspots tags</extracomment>
            <translation>mann-kendall</translation>
        </message>
        <message>
            <source>time series</source>
            <extracomment>usm:emerginghotspots tags</extracomment>
            <translation>série temporelle</translation>
        </message>
        <message>
            <source>new</source>
            <extracomment>usm:emerginghotspots tags</extracomment>
            <translation>nouveau</translation>
        </message>
        <message>
            <source>intensifying</source>
            <extracomment>usm:emerginghotspots tags</extracomment>
            <translation>en intensification</translation>
        </message>
        <message>
            <source>persistent</source>
            <extracomment>usm:emerginghotspots tags</extracomment>
            <translation>persistant</translation>
        </message>
        <message>
            <source>Neighbourhood typologies</source>
            <extracomment>usm:typologies name</extracomment>
            <translation>Typologies de quartiers</translation>
        </message>
        <message>
            <source>Groups neighbourhoods into types (upper/middle class, normal, vulnerable, high complexity, historic centre...) from their indicators, chooses the number of types, names them by transparent rules and picks representative neighbourhoods for the deep-dive audit.</source>
            <extracomment>usm:typologies short description; usm:typologies help</extracomment>
            <translation>Regroupe les quartiers en types (classes aisées/moyennes, normal, vulnérable, haute complexité, centre historique...) d'après leurs indicateurs, choisit le nombre de types, les nomme selon des règles transparentes et désigne des quartiers représentatifs pour l'audit approfondi.</translation>
        </message>
        <message>
            <source>Neighbourhood polygons with the indicator fields (e.g. the output of Interpolate census data and Aggregate incidents).</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Polygones des quartiers avec les champs d'indicateurs (p. ex. la sortie de Interpoler les données du recensement et de Agréger les incidents).</translation>
        </message>
        <message>
            <source>Unique neighbourhood code (duplicates are refused).</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Code unique du quartier (les doublons sont refusés).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Indicator fields</source>
            <extracomment>usm:typologies parameters; usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Champs d'indicateurs</translation>
        </message>
        <message>
            <source>Indicators that define the types, e.g. income_mean, unemployment_rate, youth_share, informal_share, eb_rate_total. Use rates and shares, not raw counts.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Indicateurs qui définissent les types, p. ex. income_mean, unemployment_rate, youth_share, informal_share, eb_rate_total. Utilisez des taux et des proportions, pas des effectifs bruts.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Indicator weights</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Poids des indicateurs</translation>
        </message>
        <message>
            <source>Optional comma-separated weight per indicator, in the order of the indicator fields (e.g. 1,1,2,1,1); empty = all 1. A weight multiplies the standardised indicator.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Poids facultatif par indicateur, séparés par des virgules, dans l'ordre des champs d'indicateurs (p. ex. 1,1,2,1,1) ; vide = tous à 1. Un poids multiplie l'indicateur standardisé.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Method</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Méthode</translation>
        </message>
        <message>
            <source>k-means is fast and the usual choice; Ward builds a hierarchy; the Gaussian mixture allows types of different shapes; k-medoids makes a real neighbourhood the centre of each type. The last two make contiguous types (regions).</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Les k-moyennes sont rapides et constituent le choix habituel ; Ward construit une hiérarchie ; le mélange gaussien admet des types de formes différentes ; les k-médoïdes font d'un quartier réel le centre de chaque type. Les deux dernières méthodes produisent des types contigus (régions).</translation>
        </message>
        <message>
            <source>k-means</source>
            <extracomment>usm:typologies parameters; usm:typologies tags</extracomment>
            <translation>k-moyennes</translation>
        </message>
        <message>
            <source>Ward (hierarchical)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Ward (hiérarchique)</translation>
        </message>
        <message>
            <source>Gaussian mixture</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Mélange gaussien</translation>
        </message>
        <message>
            <source>k-medoids</source>
            <extracomment>usm:typologies parameters; usm:typologies tags</extracomment>
            <translation>k-médoïdes</translation>
        </message>
        <message>
            <source>Ward with contiguity (contiguous types)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Ward avec contiguïté (types contigus)</translation>
        </message>
        <message>
            <source>SKATER regions (contiguous, minimum size or population)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Régions SKATER (contiguës, taille ou population minimale)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Number of types (0 = choose)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Nombre de types (0 = choisir)</translation>
        </message>
        <message>
            <source>0 chooses k among 2..K_max by the three criteria (see the description). A given k needs at least 2 x k neighbourhoods.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>0 choisit k entre 2 et K_max selon les trois critères (voir la description). Un k donné nécessite au moins 2 x k quartiers.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Largest number of types tried</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Nombre maximal de types essayés</translation>
        </message>
        <message>
            <source>Upper end of the k range when K = 0.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Borne supérieure de l'intervalle de k lorsque K = 0.</translation>
        </message>
        <message>
            <source>Seed of the random starts and subsamples: same seed, same result.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Graine des départs aléatoires et des sous-échantillons : même graine, même résultat.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Standardisation</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Standardisation</translation>
        </message>
        <message>
            <source>Puts indicators in comparable units. Robust z resists outliers; rank uses only the order of the values.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Ramène les indicateurs à des unités comparables. Le score z robuste résiste aux valeurs aberrantes ; le rang n'utilise que l'ordre des valeurs.</translation>
        </message>
        <message>
            <source>z-score (mean 0, standard deviation 1)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Score z (moyenne 0, écart type 1)</translation>
        </message>
        <message>
            <source>Robust z (median 0, interquartile range 1)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Score z robuste (médiane 0, écart interquartile 1)</translation>
        </message>
        <message>
            <source>Min-max (0 to 1)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Min-max (0 à 1)</translation>
        </message>
        <message>
            <source>Rank (0 to 1)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Rang (0 à 1)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Missing values</source>
            <extracomment>usm:typologies parameters; usm:compositeindex parameters</extracomment>
            <translation>Valeurs manquantes</translation>
        </message>
        <message>
            <source>How a missing indicator value is filled (counted in the log).</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Manière de compléter une valeur d'indicateur manquante (comptée dans le journal).</translation>
        </message>
        <message>
            <source>Median of the observed values</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Médiane des valeurs observées</translation>
        </message>
        <message>
            <source>Mean of the observed values</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Moyenne des valeurs observées</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Seed neighbourhoods field</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Champ des quartiers germes</translation>
        </message>
        <message>
            <source>Optional field marking exemplar neighbourhoods: 1 (each anchors a type) or a type name (seeds sharing a name anchor one type). Empty, 0 or NULL = not a seed.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Champ facultatif qui désigne des quartiers exemplaires : 1 (chacun ancre un type) ou un nom de type (les germes partageant un nom ancrent un même type). Vide, 0 ou NULL = pas un germe.</translation>
        </message>
        <message>
            <source>Residents per neighbourhood: type populations in the profiles, and the minimum population per SKATER region.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Habitants par quartier : populations des types dans les profils, et population minimale par région SKATER.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Minimum neighbourhoods per region (SKATER)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Nombre minimal de quartiers par région (SKATER)</translation>
        </message>
        <message>
            <source>SKATER only: no region with fewer neighbourhoods.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>SKATER uniquement : aucune région avec moins de quartiers.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Minimum residents per region (SKATER)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Nombre minimal d'habitants par région (SKATER)</translation>
        </message>
        <message>
            <source>SKATER only, with a population field: no region with fewer residents (0 = none).</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>SKATER uniquement, avec un champ de population : aucune région avec moins d'habitants (0 = pas de minimum).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Stability re-runs</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Réexécutions de stabilité</translation>
        </message>
        <message>
            <source>Subsample re-runs for the stability field (0 = skip; stability is then NULL).</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Réexécutions par sous-échantillon pour le champ de stabilité (0 = ignorer ; la stabilité est alors NULL).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Share drawn in each re-run</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Part tirée à chaque réexécution</translation>
        </message>
        <message>
            <source>Share of the neighbourhoods drawn (without replacement) in each stability re-run.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Part des quartiers tirés (sans remise) lors de chaque réexécution de stabilité.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Representatives per type</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Représentants par type</translation>
        </message>
        <message>
            <source>Neighbourhoods flagged is_representative per type: the medoid or the member nearest the type's centre, then the next nearest.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Quartiers signalés is_representative par type : le médoïde ou le membre le plus proche du centre du type, puis le suivant.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Naming rule file</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Fichier de règles de nommage</translation>
        </message>
        <message>
            <source>Optional JSON rule file naming the types; empty = the shipped Safer Cities rules (resources/typology_rules.json: copy and edit it).</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Fichier de règles JSON facultatif pour nommer les types ; vide = les règles Villes plus sûres fournies (resources/typology_rules.json : copiez-le et modifiez-le).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Fields used only for naming</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Champs utilisés uniquement pour le nommage</translation>
        </message>
        <message>
            <source>Optional fields the naming rules may use without clustering on them, e.g. a 0/1 historic-centre flag.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Champs facultatifs que les règles de nommage peuvent utiliser sans que la classification porte sur eux, p. ex. un indicateur 0/1 de centre historique.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Neighbourhood types</source>
            <extracomment>usm:typologies parameters; usm:projecttargets parameters</extracomment>
            <translation>Types de quartiers</translation>
        </message>
        <message>
            <source>The neighbourhoods with the fields listed under Output fields, styled by type with representatives outlined.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Les quartiers avec les champs listés sous Champs en sortie, stylés par type avec les représentants entourés.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Number of types table</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Table du nombre de types</translation>
        </message>
        <message>
            <source>One row per k evaluated, with the three criteria, their ranks and the choice.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Une ligne par k évalué, avec les trois critères, leurs rangs et le choix.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Type profiles</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Profils des types</translation>
        </message>
        <message>
            <source>One row per type: size, population, contiguous pieces, naming rule and reason, mean, standardised median and R² of each indicator.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Une ligne par type : taille, population, morceaux contigus, règle de nommage et justification, moyenne, médiane standardisée et R² de chaque indicateur.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>HTML summary</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Synthèse HTML</translation>
        </message>
        <message>
            <source>Self-contained page (no internet): profile heat table, box plots of the standardised indicators by type, the number-of-types chart and every warning.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Page autonome (sans internet) : tableau de chaleur des profils, boîtes à moustaches des indicateurs standardisés par type, graphique du nombre de types et tous les avertissements.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Number of types</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Nombre de types</translation>
        </message>
        <message>
            <source>The Safer Cities method does not rank neighbourhoods: it groups them into types, audits a few representative neighbourhoods of each type in depth and projects targets to the other members of the type (see Projected targets by type). This algorithm makes the types.</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>La méthode Villes plus sûres ne classe pas les quartiers : elle les regroupe en types, audite en profondeur quelques quartiers représentatifs de chaque type et projette des cibles sur les autres membres du type (voir Cibles projetées par type). Cet algorithme construit les types.</translation>
        </message>
        <message>
            <source>Indicators are standardised (z-score by default) and multiplied by their weights; a missing value is imputed with the median (or mean) of the indicator and reported, never a neighbourhood dropped. An indicator that is constant or entirely missing is left out with a warning. Methods: k-means (k-means++ starts), Ward, Gaussian mixture, k-medoids (the centre of each type is a real neighbourhood), and two methods that make contiguous types on the queen contiguity of the polygons: Ward with contiguity, and SKATER regions (cuts of the minimum spanning tree) with a minimum number of neighbourhoods or residents per region. A neighbourhood with no contiguous neighbour (an island) is attached to its nearest neighbourhood and listed in the log.</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Les indicateurs sont standardisés (score z par défaut) et multipliés par leurs poids ; une valeur manquante est imputée par la médiane (ou la moyenne) de l'indicateur et signalée, aucun quartier n'est jamais écarté. Un indicateur constant ou entièrement manquant est exclu avec un avertissement. Méthodes : k-moyennes (initialisation k-means++), Ward, mélange gaussien, k-médoïdes (le centre de chaque type est un quartier réel), et deux méthodes qui produisent des types contigus à partir de la contiguïté de type reine des polygones : Ward avec contiguïté, et régions SKATER (coupes de l'arbre couvrant minimal) avec un nombre minimal de quartiers ou d'habitants par région. Un quartier sans voisin contigu (un îlot) est rattaché au quartier le plus proche et listé dans le journal.</translation>
        </message>
        <message>
            <source>With K = 0 the number of types is chosen among 2..K_max: for each k the Calinski-Harabasz pseudo-F (higher is better), the mean silhouette (higher is better) and the Davies-Bouldin index (lower is better) are computed, and the k with the best mean rank over the three is kept (ties: higher silhouette, then smaller k). The table of every k is an output and a chart in the HTML summary.</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Avec K = 0, le nombre de types est choisi entre 2 et K_max : pour chaque k, on calcule le pseudo-F de Calinski-Harabasz (plus élevé = meilleur), la silhouette moyenne (plus élevée = meilleure) et l'indice de Davies-Bouldin (plus faible = meilleur), et l'on retient le k ayant le meilleur rang moyen sur les trois (égalités : silhouette la plus élevée, puis k le plus petit). La table de tous les k est une sortie et un graphique de la synthèse HTML.</translation>
        </message>
        <message>
            <source>Seeds: a field marking exemplar neighbourhoods, either 0/1 (each seed anchors one type) or with names ("historic centre", "vulnerable"...; seeds with the same name anchor one type). The seeds fix k, start k-means, k-medoids and the mixture from them, and give their names to the types that contain them.</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Germes : un champ qui désigne des quartiers exemplaires, soit en 0/1 (chaque germe ancre un type), soit par des noms ("historic centre", "vulnerable"... ; les germes portant le même nom ancrent un même type). Les germes fixent k, servent de départ aux k-moyennes, aux k-médoïdes et au mélange, et donnent leur nom aux types qui les contiennent.</translation>
        </message>
        <message>
            <source>Stability: the method is re-run on random subsamples (80% of the neighbourhoods by default, 100 re-runs, new random start each time); for each neighbourhood, stability is the mean Jaccard agreement between its co-members in the full solution and in the re-run (1 = always with the same neighbours in type). Low values mark border cases.</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Stabilité : la méthode est réexécutée sur des sous-échantillons aléatoires (80 % des quartiers par défaut, 100 réexécutions, nouveau départ aléatoire à chaque fois) ; pour chaque quartier, la stabilité est l'accord de Jaccard moyen entre ses co-membres dans la solution complète et dans la réexécution (1 = toujours avec les mêmes voisins de type). Les valeurs faibles signalent les cas limites.</translation>
        </message>
        <message>
            <source>Names come from a rule file (JSON; the shipped default follows the Safer Cities typology and can be copied and edited): rules on the types' standardised medians such as "high income and low informal housing: upper/middle class"; the profile table says which rule named each type and why. Types no rule fits keep a neutral name.</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Les noms proviennent d'un fichier de règles (JSON ; celui fourni par défaut suit la typologie Villes plus sûres et peut être copié et modifié) : des règles sur les médianes standardisées des types, comme « revenu élevé et peu d'habitat informel : classes aisées/moyennes » ; la table des profils indique quelle règle a nommé chaque type et pourquoi. Les types auxquels aucune règle ne s'applique gardent un nom neutre.</translation>
        </message>
        <message>
            <source>all fields of the input layer (a field with one of the names below is replaced)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>tous les champs de la couche en entrée (un champ portant l'un des noms ci-dessous est remplacé)</translation>
        </message>
        <message>
            <source>type number, 1 = the largest type</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>numéro du type, 1 = le type le plus grand</translation>
        </message>
        <message>
            <source>1..k</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>1..k</translation>
        </message>
        <message>
            <source>name given by the rule file or the seeds</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>nom donné par le fichier de règles ou par les germes</translation>
        </message>
        <message>
            <source>silhouette width: (b - a) / max(a, b), a = mean distance to the other members of its type, b = to the nearest other type; near 1 well placed, below 0 closer to another type</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>largeur de silhouette : (b - a) / max(a, b), a = distance moyenne aux autres membres de son type, b = au type le plus proche ; proche de 1 bien placé, en dessous de 0 plus proche d'un autre type</translation>
        </message>
        <message>
            <source>-1..1</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>-1..1</translation>
        </message>
        <message>
            <source>mean Jaccard agreement of its co-members over the subsample re-runs</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>accord de Jaccard moyen de ses co-membres sur les réexécutions par sous-échantillon</translation>
        </message>
        <message>
            <source>distance to the type's centre (its mean; the medoid for k-medoids) in standardised, weighted indicator units</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>distance au centre du type (sa moyenne ; le médoïde pour les k-médoïdes) en unités d'indicateurs standardisées et pondérées</translation>
        </message>
        <message>
            <source>sd units</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>unités d'écart type</translation>
        </message>
        <message>
            <source>1 for the representative neighbourhoods of its type (nearest to the centre)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>1 pour les quartiers représentatifs de son type (les plus proches du centre)</translation>
        </message>
        <message>
            <source>1 = the most representative of its type, 2 = the next...; 0 = not one</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>1 = le plus représentatif de son type, 2 = le suivant... ; 0 = non représentatif</translation>
        </message>
        <message>
            <source>rank</source>
            <extracomment>usm:typologies help; usm:compositeindex help</extracomment>
            <translation>rang</translation>
        </message>
        <message>
            <source>Number of types table (K_TABLE)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Table du nombre de types (K_TABLE)</translation>
        </message>
        <message>
            <source>number of types evaluated</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>nombre de types évalués</translation>
        </message>
        <message>
            <source>mean silhouette width</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>largeur de silhouette moyenne</translation>
        </message>
        <message>
            <source>pseudo-F: between / within dispersion</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>pseudo-F : dispersion inter / intra</translation>
        </message>
        <message>
            <source>mean worst ratio of spreads to centre distance (lower is better)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>moyenne du pire rapport des dispersions à la distance entre centres (plus faible = meilleur)</translation>
        </message>
        <message>
            <source>within-type sum of squares</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>somme des carrés intra-type</translation>
        </message>
        <message>
            <source>sd units squared</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>unités d'écart type au carré</translation>
        </message>
        <message>
            <source>rank of k on each criterion</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>rang de k selon chaque critère</translation>
        </message>
        <message>
            <source>mean of the three ranks (the choice rule)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>moyenne des trois rangs (la règle de choix)</translation>
        </message>
        <message>
            <source>neighbourhoods in the smallest type</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>quartiers du plus petit type</translation>
        </message>
        <message>
            <source>1 for the k kept</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>1 pour le k retenu</translation>
        </message>
        <message>
            <source>Type profiles table (PROFILES)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Table des profils de types (PROFILES)</translation>
        </message>
        <message>
            <source>the type</source>
            <extracomment>usm:typologies help; usm:projecttargets help</extracomment>
            <translation>le type</translation>
        </message>
        <message>
            <source>the naming rule that fired and the values that made it fire</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>la règle de nommage appliquée et les valeurs qui l'ont déclenchée</translation>
        </message>
        <message>
            <source>members and residents (with a population field)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>membres et habitants (avec un champ de population)</translation>
        </message>
        <message>
            <source>number of contiguous pieces of the type (1 = one connected area)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>nombre de morceaux contigus du type (1 = une seule zone connexe)</translation>
        </message>
        <message>
            <source>mean of the indicator in the type (observed values)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>moyenne de l'indicateur dans le type (valeurs observées)</translation>
        </message>
        <message>
            <source>type median minus the median of all neighbourhoods, in robust standard deviations (IQR / 1.349): a few extreme neighbourhoods do not flatten the other profiles</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>médiane du type moins la médiane de tous les quartiers, en écarts types robustes (IQR / 1.349) : quelques quartiers extrêmes n'écrasent pas les autres profils</translation>
        </message>
        <message>
            <source>sd</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>écart type</translation>
        </message>
        <message>
            <source>share of the indicator's variance between types, 1 - within / total sum of squares (same on every row)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>part de la variance de l'indicateur entre types, 1 - somme des carrés intra / totale (identique sur chaque ligne)</translation>
        </message>
        <message>
            <source>typology</source>
            <extracomment>usm:typologies tags; usm:projecttargets tags; usm:targettrajectory tags; usm:fulldiagnosis tags</extracomment>
            <translation>typologie</translation>
        </message>
        <message>
            <source>classification</source>
            <extracomment>usm:typologies tags</extracomment>
            <translation>classification</translation>
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
            <translation>régionalisation</translation>
        </message>
        <message>
            <source>gaussian mixture</source>
            <extracomment>usm:typologies tags</extracomment>
            <translation>mélange gaussien</translation>
        </message>
        <message>
            <source>silhouette</source>
            <extracomment>usm:typologies tags</extracomment>
            <translation>silhouette</translation>
        </message>
        <message>
            <source>safer cities</source>
            <extracomment>usm:typologies tags; usm:projecttargets tags; usm:compositeindex tags; usm:fulldiagnosis tags</extracomment>
            <translation>villes plus sûres</translation>
        </message>
        <message>
            <source>neighbourhood types</source>
            <extracomment>usm:typologies tags; usm:projecttargets tags</extracomment>
            <translation>types de quartiers</translation>
        </message>
        <message>
            <source>representative</source>
            <extracomment>usm:typologies tags; usm:projecttargets tags</extracomment>
            <translation>représentatif</translation>
        </message>
        <message>
            <source>stability</source>
            <extracomment>usm:typologies tags</extracomment>
            <translation>stabilité</translation>
        </message>
        <message>
            <source>Projected targets by type</source>
            <extracomment>usm:projecttargets name</extracomment>
            <translation>Cibles projetées par type</translation>
        </message>
        <message>
            <source>Writes a target for every neighbourhood from the targets set for the representative neighbourhoods of its type, or from a city-wide change (e.g. -50% violence by 2030), scaled to each neighbourhood's baseline.</source>
            <extracomment>usm:projecttargets short description; usm:projecttargets help</extracomment>
            <translation>Attribue une cible à chaque quartier à partir des cibles fixées pour les quartiers représentatifs de son type, ou d'une évolution à l'échelle de la ville (p. ex. -50 % de violence d'ici 2030), ramenée à la valeur de référence de chaque quartier.</translation>
        </message>
        <message>
            <source>Neighbourhoods with a type, e.g. the output of Neighbourhood typologies.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>Quartiers avec un type, p. ex. la sortie de Typologies de quartiers.</translation>
        </message>
        <message>
            <source>Unique neighbourhood code.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help; usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Code unique du quartier.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>Type field</source>
            <extracomment>usm:projecttargets parameters; usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Champ de type</translation>
        </message>
        <message>
            <source>The neighbourhood's type (type_id or type_name).</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>Le type du quartier (type_id ou type_name).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>Baseline field</source>
            <extracomment>usm:projecttargets parameters</extracomment>
            <translation>Champ de valeur de référence</translation>
        </message>
        <message>
            <source>The indicator's current value, e.g. eb_rate_total (incidents per 100,000).</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>La valeur actuelle de l'indicateur, p. ex. eb_rate_total (incidents pour 100 000).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>Targets set (field)</source>
            <extracomment>usm:projecttargets parameters</extracomment>
            <translation>Cibles fixées (champ)</translation>
        </message>
        <message>
            <source>Optional targets set for some neighbourhoods (normally the representatives after their audit), empty elsewhere.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>Cibles facultatives fixées pour certains quartiers (normalement les représentants après leur audit), vides ailleurs.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>Representative flag field</source>
            <extracomment>usm:projecttargets parameters</extracomment>
            <translation>Champ indicateur de représentant</translation>
        </message>
        <message>
            <source>Optional 0/1 field (is_representative): only the representatives' targets set their type's change.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>Champ 0/1 facultatif (is_representative) : seules les cibles des représentants fixent l'évolution de leur type.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>City-wide change (%)</source>
            <extracomment>usm:projecttargets parameters</extracomment>
            <translation>Évolution à l'échelle de la ville (%)</translation>
        </message>
        <message>
            <source>Change for types without representative targets, in percent (e.g. -50 for halving violence by 2030). Empty = none: such types get no target.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>Évolution pour les types sans cible de représentant, en pourcentage (p. ex. -50 pour réduire la violence de moitié d'ici 2030). Vide = aucune : ces types ne reçoivent pas de cible.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>Projected targets</source>
            <extracomment>usm:projecttargets parameters</extracomment>
            <translation>Cibles projetées</translation>
        </message>
        <message>
            <source>The neighbourhoods with baseline, target, change_pct and target_source.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>Les quartiers avec baseline, target, change_pct et target_source.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>Changes by type</source>
            <extracomment>usm:projecttargets parameters</extracomment>
            <translation>Évolutions par type</translation>
        </message>
        <message>
            <source>One row per type: the change applied and where it comes from.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>Une ligne par type : l'évolution appliquée et son origine.</translation>
        </message>
        <message>
            <source>The Safer Cities method audits a few representative neighbourhoods of each type in depth, sets targets for them and projects targets to the other neighbourhoods of the same type. For each type, the change agreed for its representatives (the sum of their targets over the sum of their baselines, minus 1) is applied to every member's own baseline: target = baseline x (1 + change). A type whose representatives have no target takes the city-wide change, when one is given. A neighbourhood with its own target keeps it.</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>La méthode Villes plus sûres audite en profondeur quelques quartiers représentatifs de chaque type, fixe des cibles pour eux et projette des cibles sur les autres quartiers du même type. Pour chaque type, l'évolution convenue pour ses représentants (la somme de leurs cibles divisée par la somme de leurs valeurs de référence, moins 1) est appliquée à la valeur de référence propre à chaque membre : cible = référence x (1 + évolution). Un type dont les représentants n'ont pas de cible prend l'évolution à l'échelle de la ville, si elle est fournie. Un quartier qui a sa propre cible la conserve.</translation>
        </message>
        <message>
            <source>Run it on the output of Neighbourhood typologies: TYPE_FIELD = type_id (or type_name) and, optionally, REPRESENTATIVE_FIELD = is_representative so that only the representatives' targets set their type's change. A missing baseline gives a missing target (NULL, counted in the log), never 0.</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>À exécuter sur la sortie de Typologies de quartiers : TYPE_FIELD = type_id (ou type_name) et, en option, REPRESENTATIVE_FIELD = is_representative pour que seules les cibles des représentants fixent l'évolution de leur type. Une valeur de référence manquante donne une cible manquante (NULL, comptée dans le journal), jamais 0.</translation>
        </message>
        <message>
            <source>the baseline value of the indicator</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>la valeur de référence de l'indicateur</translation>
        </message>
        <message>
            <source>indicator unit</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>unité de l'indicateur</translation>
        </message>
        <message>
            <source>projected target: baseline x (1 + the type's change), or the target given for this neighbourhood</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>cible projetée : référence x (1 + l'évolution du type), ou la cible fournie pour ce quartier</translation>
        </message>
        <message>
            <source>target / baseline - 1</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>cible / référence - 1</translation>
        </message>
        <message>
            <source>'given', 'representatives of type ...' or 'city-wide change ...'</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>'given', 'representatives of type ...' ou 'city-wide change ...'</translation>
        </message>
        <message>
            <source>Changes by type (BY_TYPE)</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>Évolutions par type (BY_TYPE)</translation>
        </message>
        <message>
            <source>members of the type</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>membres du type</translation>
        </message>
        <message>
            <source>representatives whose targets set the change</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>représentants dont les cibles fixent l'évolution</translation>
        </message>
        <message>
            <source>relative change applied to the members</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>évolution relative appliquée aux membres</translation>
        </message>
        <message>
            <source>where the change comes from</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>origine de l'évolution</translation>
        </message>
        <message>
            <source>targets</source>
            <extracomment>usm:projecttargets tags</extracomment>
            <translation>cibles</translation>
        </message>
        <message>
            <source>projection</source>
            <extracomment>usm:projecttargets tags</extracomment>
            <translation>projection</translation>
        </message>
        <message>
            <source>baseline</source>
            <extracomment>usm:projecttargets tags</extracomment>
            <translation>référence</translation>
        </message>
        <message>
            <source>2030</source>
            <extracomment>usm:projecttargets tags; usm:targettrajectory tags</extracomment>
            <translation>2030</translation>
        </message>
        <message>
            <source>monitoring</source>
            <extracomment>usm:projecttargets tags</extracomment>
            <translation>suivi</translation>
        </message>
        <message>
            <source>Smooth rates (Empirical Bayes)</source>
            <extracomment>usm:smoothrates name</extracomment>
            <translation>Lisser les taux (bayésien empirique)</translation>
        </message>
        <message>
            <source>Empirical Bayes smoothed rates from a count field and a population field of the neighbourhoods, global or spatial, so that a small neighbourhood with one incident does not top the map by chance.</source>
            <extracomment>usm:smoothrates short description; usm:smoothrates help</extracomment>
            <translation>Taux lissés par la méthode bayésienne empirique à partir d'un champ d'effectif et d'un champ de population des quartiers, en version globale ou spatiale, pour qu'un petit quartier avec un seul incident ne se retrouve pas en tête de la carte par hasard.</translation>
        </message>
        <message>
            <source>Neighbourhood layer with a count field and a population field.</source>
            <extracomment>usm:smoothrates parameters; usm:smoothrates help</extracomment>
            <translation>Couche des quartiers avec un champ d'effectif et un champ de population.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/crime_concentration.py"></location>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>Count field</source>
            <extracomment>usm:smoothrates parameters; usm:crimeconcentration parameters</extracomment>
            <translation>Champ d'effectif</translation>
        </message>
        <message>
            <source>Number of incidents (whole numbers).</source>
            <extracomment>usm:smoothrates parameters; usm:smoothrates help</extracomment>
            <translation>Nombre d'incidents (nombres entiers).</translation>
        </message>
        <message>
            <source>Residents (population at risk).</source>
            <extracomment>usm:smoothrates parameters; usm:smoothrates help</extracomment>
            <translation>Habitants (population exposée au risque).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>Prior</source>
            <extracomment>usm:smoothrates parameters</extracomment>
            <translation>A priori</translation>
        </message>
        <message>
            <source>What the rates are shrunk towards.</source>
            <extracomment>usm:smoothrates parameters; usm:smoothrates help</extracomment>
            <translation>Valeur vers laquelle les taux sont rapprochés.</translation>
        </message>
        <message>
            <source>Global: shrink towards the city-wide rate</source>
            <extracomment>usm:smoothrates parameters</extracomment>
            <translation>Global : rapprocher du taux de l'ensemble de la ville</translation>
        </message>
        <message>
            <source>Spatial: shrink towards the rate of the neighbourhood and its neighbours (queen contiguity)</source>
            <extracomment>usm:smoothrates parameters</extracomment>
            <translation>Spatial : rapprocher du taux du quartier et de ses voisins (contiguïté de type reine)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>Rates</source>
            <extracomment>usm:smoothrates parameters; usm:compareperiods parameters</extracomment>
            <translation>Taux</translation>
        </message>
        <message>
            <source>Unit of the rates.</source>
            <extracomment>usm:smoothrates parameters; usm:smoothrates help</extracomment>
            <translation>Unité des taux.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>Smoothed rates</source>
            <extracomment>usm:smoothrates parameters</extracomment>
            <translation>Taux lissés</translation>
        </message>
        <message>
            <source>The neighbourhoods with the fields listed under Output fields.</source>
            <extracomment>usm:smoothrates parameters; usm:smoothrates help; usm:compareperiods parameters; usm:compareperiods help (+2 more)</extracomment>
            <translation>Les quartiers avec les champs listés sous Champs en sortie.</translation>
        </message>
        <message>
            <source>The crude rate of a neighbourhood with few residents swings with every single incident. The Empirical Bayes rate shrinks it towards a prior rate, the more so the fewer the residents (Marshall 1991, method of moments, as GeoDa and PySAL): the city-wide rate (global) or the rate of the neighbourhood together with the neighbourhoods it touches (spatial, queen contiguity; a neighbourhood without neighbours keeps its own prior).</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>Le taux brut d'un quartier peu peuplé varie fortement à chaque incident. Le taux bayésien empirique le rapproche d'un taux a priori, d'autant plus que les habitants sont peu nombreux (Marshall 1991, méthode des moments, comme GeoDa et PySAL) : le taux de l'ensemble de la ville (global) ou le taux du quartier pris avec les quartiers qu'il touche (spatial, contiguïté de type reine ; un quartier sans voisins garde son propre a priori).</translation>
        </message>
        <message>
            <source>Works on counts already aggregated to the neighbourhoods (e.g. counts per category from usm:aggregateincidents, or a table joined with usm:jointable). A population of 0 or NULL gives a NULL rate (reported), a negative one is an error; counts must be whole numbers. When most neighbourhoods have no incident at all, the smoothing is unreliable and the log says so.</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>Fonctionne sur des effectifs déjà agrégés par quartier (p. ex. effectifs par catégorie issus de usm:aggregateincidents, ou une table jointe avec usm:jointable). Une population de 0 ou NULL donne un taux NULL (signalé), une population négative est une erreur ; les effectifs doivent être des nombres entiers. Lorsque la plupart des quartiers n'ont aucun incident, le lissage est peu fiable et le journal l'indique.</translation>
        </message>
        <message>
            <source>count / population x the rate unit; NULL for 0 or NULL population</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>effectif / population x l'unité de taux ; NULL pour une population de 0 ou NULL</translation>
        </message>
        <message>
            <source>per 1,000 or 100,000 residents</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>pour 1 000 ou 100 000 habitants</translation>
        </message>
        <message>
            <source>Empirical Bayes smoothed rate</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>Taux lissé par la méthode bayésienne empirique</translation>
        </message>
        <message>
            <source>weight of the neighbourhood's own rate (1 = own rate, 0 = prior)</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>poids du taux propre du quartier (1 = taux propre, 0 = a priori)</translation>
        </message>
        <message>
            <source>the prior rate it is shrunk towards (city or local)</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>le taux a priori vers lequel il est rapproché (ville ou local)</translation>
        </message>
        <message>
            <source>smoothing</source>
            <extracomment>usm:smoothrates tags</extracomment>
            <translation>lissage</translation>
        </message>
        <message>
            <source>small numbers</source>
            <extracomment>usm:smoothrates tags</extracomment>
            <translation>petits effectifs</translation>
        </message>
        <message>
            <source>spatial</source>
            <extracomment>usm:smoothrates tags</extracomment>
            <translation>spatial</translation>
        </message>
        <message>
            <source>geoda</source>
            <extracomment>usm:smoothrates tags</extracomment>
            <translation>geoda</translation>
        </message>
        <message>
            <source>counts</source>
            <extracomment>usm:smoothrates tags</extracomment>
            <translation>effectifs</translation>
        </message>
        <message>
            <source>monitor</source>
            <extracomment>usm:smoothrates tags; usm:compositeindex tags; usm:compareperiods tags; usm:targettrajectory tags (+2 more)</extracomment>
            <translation>suivi</translation>
        </message>
        <message>
            <source>Composite index with uncertainty</source>
            <extracomment>usm:compositeindex name</extracomment>
            <translation>Indice composite avec incertitude</translation>
        </message>
        <message>
            <source>Combines indicators per neighbourhood into scores at every level of the indicator catalogue (facets, dimensions, subdimensions) and an overall index, with a Monte Carlo interval of each score and rank and the choices that move them most.</source>
            <extracomment>usm:compositeindex short description; usm:compositeindex help</extracomment>
            <translation>Combine les indicateurs par quartier en scores à chaque niveau du catalogue d'indicateurs (facettes, dimensions, sous-dimensions) et en un indice global, avec un intervalle Monte-Carlo pour chaque score et chaque rang, et les choix qui les font le plus varier.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Neighbourhoods with indicators</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Quartiers avec indicateurs</translation>
        </message>
        <message>
            <source>Neighbourhood layer holding the indicator fields (e.g. the output of usm:aggregateincidents, usm:interpolatecensus, usm:sdgindicators joined together).</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Couche des quartiers contenant les champs d'indicateurs (p. ex. les sorties de usm:aggregateincidents, usm:interpolatecensus et usm:sdgindicators jointes ensemble).</translation>
        </message>
        <message>
            <source>Unique code per neighbourhood; used to name neighbourhoods in messages.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Code unique par quartier ; sert à nommer les quartiers dans les messages.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Indicator catalogue (JSON)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Catalogue d'indicateurs (JSON)</translation>
        </message>
        <message>
            <source>A catalogue file; empty = the shipped Urban Safety Monitor catalogue. Copy resources/catalogue/usm_catalogue.json, select indicators and bind them to your fields. Ignored when indicator fields are given below.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Un fichier de catalogue ; vide = le catalogue fourni de l'Urban Safety Monitor. Copiez resources/catalogue/usm_catalogue.json, sélectionnez des indicateurs et associez-les à vos champs. Ignoré lorsque des champs d'indicateurs sont fournis ci-dessous.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Only these catalogue nodes</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Uniquement ces nœuds du catalogue</translation>
        </message>
        <message>
            <source>Comma-separated ids of facets, dimensions, subdimensions or indicators to use instead of the catalogue's selection, e.g. crime_violence,socioeconomic_risk for a risk index.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Identifiants, séparés par des virgules, des facettes, dimensions, sous-dimensions ou indicateurs à utiliser à la place de la sélection du catalogue, p. ex. crime_violence,socioeconomic_risk pour un indice de risque.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Or: indicator fields</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Ou : champs d'indicateurs</translation>
        </message>
        <message>
            <source>Instead of a catalogue: the indicator fields, combined directly into the index with equal weights. A higher value is taken as more risk unless the field is listed as protective below.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>À la place d'un catalogue : les champs d'indicateurs, combinés directement dans l'indice avec des poids égaux. Une valeur plus élevée est interprétée comme plus de risque, sauf si le champ figure ci-dessous parmi les protecteurs.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Protective fields (higher = safer)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Champs protecteurs (plus élevé = plus sûr)</translation>
        </message>
        <message>
            <source>Among the indicator fields, those where a higher value means safer (e.g. lit street share, access to public transport).</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Parmi les champs d'indicateurs, ceux pour lesquels une valeur plus élevée signifie plus sûr (p. ex. part des rues éclairées, accès aux transports publics).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Leave out selected indicators whose field is missing</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Exclure les indicateurs sélectionnés dont le champ est manquant</translation>
        </message>
        <message>
            <source>Off: a selected indicator bound to a field the layer lacks stops the run. On: it is left out and listed in the log.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Désactivé : un indicateur sélectionné associé à un champ absent de la couche arrête l'exécution. Activé : il est exclu et listé dans le journal.</translation>
        </message>
        <message>
            <source>Orientation</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Orientation</translation>
        </message>
        <message>
            <source>What a high index means. Use 'more risk' for a risk index to cross with a resilience index.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Ce que signifie un indice élevé. Utilisez « plus de risque » pour un indice de risque à croiser avec un indice de résilience.</translation>
        </message>
        <message>
            <source>Higher index = safer (risk indicators reversed)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Indice plus élevé = plus sûr (indicateurs de risque inversés)</translation>
        </message>
        <message>
            <source>Higher index = more risk (protective indicators reversed)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Indice plus élevé = plus de risque (indicateurs protecteurs inversés)</translation>
        </message>
        <message>
            <source>Normalisation</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Normalisation</translation>
        </message>
        <message>
            <source>How each indicator is put on a common scale. An indicator's own normalisation in the catalogue takes precedence. Fixed goalposts keep scores comparable between years.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Manière de ramener chaque indicateur à une échelle commune. La normalisation propre d'un indicateur dans le catalogue est prioritaire. Les bornes fixes gardent les scores comparables d'une année à l'autre.</translation>
        </message>
        <message>
            <source>Min-max (0-100 between the lowest and highest neighbourhood)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Min-max (0-100 entre le quartier le plus bas et le plus haut)</translation>
        </message>
        <message>
            <source>z-score (mean 0, standard deviation 1; no uncertainty analysis)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Score z (moyenne 0, écart type 1 ; pas d'analyse d'incertitude)</translation>
        </message>
        <message>
            <source>Rank / percentile (0-100)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Rang / centile (0-100)</translation>
        </message>
        <message>
            <source>Distance to target (0-100, 100 = target reached; targets from the catalogue)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Distance à la cible (0-100, 100 = cible atteinte ; cibles du catalogue)</translation>
        </message>
        <message>
            <source>Fixed goalposts (0-100 between the catalogue's goalposts; comparable across years)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Bornes fixes (0-100 entre les bornes du catalogue ; comparable d'une année à l'autre)</translation>
        </message>
        <message>
            <source>Weights</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Poids</translation>
        </message>
        <message>
            <source>Weights of the indicators within their group (groups keep the catalogue's weights).</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Poids des indicateurs au sein de leur groupe (les groupes conservent les poids du catalogue).</translation>
        </message>
        <message>
            <source>Weights of the catalogue (user weights)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Poids du catalogue (poids de l'utilisateur)</translation>
        </message>
        <message>
            <source>Equal weights within every group</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Poids égaux dans chaque groupe</translation>
        </message>
        <message>
            <source>Statistical: principal components (OECD/JRC Handbook) within each group</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Statistiques : composantes principales (Handbook de l'OCDE/JRC) dans chaque groupe</translation>
        </message>
        <message>
            <source>Aggregation</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Agrégation</translation>
        </message>
        <message>
            <source>Arithmetic means let a high score compensate a low one; geometric means compensate less.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Les moyennes arithmétiques permettent à un score élevé de compenser un score faible ; les moyennes géométriques compensent moins.</translation>
        </message>
        <message>
            <source>As set per level in the catalogue</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Comme défini par niveau dans le catalogue</translation>
        </message>
        <message>
            <source>Arithmetic mean at every level</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Moyenne arithmétique à chaque niveau</translation>
        </message>
        <message>
            <source>Geometric mean at every level</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Moyenne géométrique à chaque niveau</translation>
        </message>
        <message>
            <source>How missing indicator values are handled; the share of data is always reported.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Traitement des valeurs manquantes des indicateurs ; la part de données disponibles est toujours indiquée.</translation>
        </message>
        <message>
            <source>None: average the indicators present (weights rescaled)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Aucune : moyenne des indicateurs présents (poids remis à l'échelle)</translation>
        </message>
        <message>
            <source>Indicator mean</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Moyenne de l'indicateur</translation>
        </message>
        <message>
            <source>Indicator median</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Médiane de l'indicateur</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Treat outliers (winsorise)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Traiter les valeurs aberrantes (winsoriser)</translation>
        </message>
        <message>
            <source>Winsorise indicators with |skewness| &gt; 2 and kurtosis &gt; 3.5 (JRC rule).</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Winsoriser les indicateurs avec |asymétrie| &gt; 2 et aplatissement &gt; 3,5 (règle du JRC).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Most values winsorised per indicator</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Nombre maximal de valeurs winsorisées par indicateur</translation>
        </message>
        <message>
            <source>Upper limit of values replaced per indicator by the outlier rule.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Nombre maximal de valeurs remplacées par indicateur selon la règle des valeurs aberrantes.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Monte Carlo runs (0 = none)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Tirages Monte-Carlo (0 = aucun)</translation>
        </message>
        <message>
            <source>Index computations under other choices, for the intervals and the sensitivity table (at least 12 with four varying choices).</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Calculs de l'indice selon d'autres choix, pour les intervalles et la table de sensibilité (au moins 12 avec quatre choix variables).</translation>
        </message>
        <message>
            <source>Same seed, same intervals.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Même graine, mêmes intervalles.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Weight perturbation</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Perturbation des poids</translation>
        </message>
        <message>
            <source>Each weight is multiplied by a random factor in [1 - value, 1 + value] in the runs.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Lors des tirages, chaque poids est multiplié par un facteur aléatoire dans [1 - valeur, 1 + valeur].</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Composite index</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Indice composite</translation>
        </message>
        <message>
            <source>The neighbourhoods with their scores at every level (see Output fields).</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Les quartiers avec leurs scores à chaque niveau (voir Champs en sortie).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Sensitivity table</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Table de sensibilité</translation>
        </message>
        <message>
            <source>Which choice moves the ranks most (only with Monte Carlo runs &gt; 0).</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Le choix qui fait le plus varier les rangs (uniquement avec un nombre de tirages Monte-Carlo &gt; 0).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Node report</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Rapport des nœuds</translation>
        </message>
        <message>
            <source>Every node with its weight, methods, outliers treated, missing values and status.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Chaque nœud avec son poids, ses méthodes, les valeurs aberrantes traitées, les valeurs manquantes et son statut.</translation>
        </message>
        <message>
            <source>The indicators and their structure come from a catalogue file (JSON; the shipped Urban Safety Monitor catalogue by default: resources/catalogue/usm_catalogue.json) or from a list of fields with their direction. In the catalogue a city selects indicators ("selected": true) and binds each to a field of the neighbourhood layer ("field"); its errors are reported with the indicator's id and line.</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>Les indicateurs et leur structure proviennent d'un fichier de catalogue (JSON ; par défaut le catalogue fourni de l'Urban Safety Monitor : resources/catalogue/usm_catalogue.json) ou d'une liste de champs avec leur sens. Dans le catalogue, une ville sélectionne des indicateurs ("selected": true) et associe chacun à un champ de la couche des quartiers ("field") ; ses erreurs sont signalées avec l'identifiant et la ligne de l'indicateur.</translation>
        </message>
        <message>
            <source>Steps (OECD/JRC Handbook on Constructing Composite Indicators, 2008; as in COINr): (1) outliers: an indicator with |skewness| &gt; 2 and kurtosis &gt; 3.5 is winsorised one extreme value at a time, at most the set number of values, and reported; (2) missing values are imputed by the indicator's mean or median, or left out, the group then averaging the indicators present with their weights rescaled; the share of indicators with data is written per neighbourhood (avail) and facet (avail_&lt;facet&gt;): no neighbourhood is dropped; (3) each indicator is normalised so that a higher score means safer (or more risk); (4) weights from the catalogue, equal, or from principal components; (5) aggregation up the hierarchy, arithmetic or geometric (the geometric mean is taken of score + 1 and 1 is subtracted, so one indicator at 0 does not zero its group).</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>Étapes (Handbook on Constructing Composite Indicators de l'OCDE/JRC, 2008 ; comme dans COINr) : (1) valeurs aberrantes : un indicateur avec |asymétrie| &gt; 2 et aplatissement &gt; 3,5 est winsorisé une valeur extrême à la fois, au plus le nombre de valeurs fixé, et signalé ; (2) les valeurs manquantes sont imputées par la moyenne ou la médiane de l'indicateur, ou laissées de côté, le groupe faisant alors la moyenne des indicateurs présents avec leurs poids remis à l'échelle ; la part des indicateurs disposant de données est écrite par quartier (avail) et par facette (avail_&lt;facet&gt;) : aucun quartier n'est écarté ; (3) chaque indicateur est normalisé de sorte qu'un score plus élevé signifie plus sûr (ou plus de risque) ; (4) poids du catalogue, égaux, ou issus des composantes principales ; (5) agrégation en remontant la hiérarchie, arithmétique ou géométrique (la moyenne géométrique est prise sur score + 1, puis 1 est retranché, pour qu'un indicateur à 0 n'annule pas son groupe).</translation>
        </message>
        <message>
            <source>An indicator with the same value everywhere cannot tell neighbourhoods apart under min-max, z-score or rank normalisation: it is left out with a warning. An indicator without any value, a field that is missing (unless "leave out" is ticked) or not numeric stops the run with a message naming it.</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>Un indicateur ayant la même valeur partout ne permet pas de distinguer les quartiers avec une normalisation min-max, par score z ou par rang : il est exclu avec un avertissement. Un indicateur sans aucune valeur, un champ manquant (sauf si « exclure » est coché) ou non numérique arrête l'exécution avec un message qui le nomme.</translation>
        </message>
        <message>
            <source>Uncertainty (with Monte Carlo runs &gt; 0): the index is recomputed under other reasonable choices (normalisation min-max or rank, aggregation arithmetic or geometric, imputation, every weight multiplied by a random factor in [1 - noise, 1 + noise]), drawn with the seed. Each neighbourhood gets the median index, the 90% interval of its index and of its rank. The sensitivity table gives, per choice, the first-order and total variance-based sensitivity indices of the ranks (Saltelli et al. 2010 estimators on a Saltelli design, so the runs are split in N base draws x (number of choices + 2)). The map shades the index and hatches neighbourhoods whose rank interval spans more than a fifth of the neighbourhoods: their position depends on the method. The index is for benchmarking a neighbourhood against itself and its peers over time, not for league tables.</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>Incertitude (avec un nombre de tirages Monte-Carlo &gt; 0) : l'indice est recalculé selon d'autres choix raisonnables (normalisation min-max ou par rang, agrégation arithmétique ou géométrique, imputation, chaque poids multiplié par un facteur aléatoire dans [1 - bruit, 1 + bruit]), tirés avec la graine. Chaque quartier reçoit l'indice médian et l'intervalle à 90 % de son indice et de son rang. La table de sensibilité donne, pour chaque choix, les indices de sensibilité de premier ordre et totaux, fondés sur la variance, des rangs (estimateurs de Saltelli et al. 2010 sur un plan de Saltelli, les tirages étant donc répartis en N tirages de base x (nombre de choix + 2)). La carte colore l'indice et hachure les quartiers dont l'intervalle de rang couvre plus d'un cinquième des quartiers : leur position dépend de la méthode. L'indice sert à comparer un quartier à lui-même et à ses pairs au fil du temps, pas à établir des palmarès.</translation>
        </message>
        <message>
            <source>all fields of the input layer; one whose name a result takes is kept as &lt;name&gt;_in</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>tous les champs de la couche en entrée ; un champ dont un résultat prend le nom est conservé sous &lt;name&gt;_in</translation>
        </message>
        <message>
            <source>normalised indicator score (higher = safer, or more risk)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>score normalisé de l'indicateur (plus élevé = plus sûr, ou plus de risque)</translation>
        </message>
        <message>
            <source>0-100 (z-score: standard deviations)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>0-100 (score z : écarts types)</translation>
        </message>
        <message>
            <source>score of a facet, dimension or subdimension of the catalogue</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>score d'une facette, d'une dimension ou d'une sous-dimension du catalogue</translation>
        </message>
        <message>
            <source>as above</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>comme ci-dessus</translation>
        </message>
        <message>
            <source>the composite index with the chosen settings</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>l'indice composite avec les paramètres choisis</translation>
        </message>
        <message>
            <source>rank of index, 1 = highest index; NULL without an index</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>rang de l'indice, 1 = indice le plus élevé ; NULL sans indice</translation>
        </message>
        <message>
            <source>share of the selected indicators with a value (before imputation)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>part des indicateurs sélectionnés ayant une valeur (avant imputation)</translation>
        </message>
        <message>
            <source>the same within each facet (top-level group)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>la même au sein de chaque facette (groupe de premier niveau)</translation>
        </message>
        <message>
            <source>median of the index over the Monte Carlo runs</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>médiane de l'indice sur les tirages Monte-Carlo</translation>
        </message>
        <message>
            <source>0-100</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>0-100</translation>
        </message>
        <message>
            <source>5th and 95th percentiles of the index over the runs (90% interval)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>5e et 95e centiles de l'indice sur les tirages (intervalle à 90 %)</translation>
        </message>
        <message>
            <source>median rank over the runs</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>rang médian sur les tirages</translation>
        </message>
        <message>
            <source>5th and 95th percentiles of the rank over the runs</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>5e et 95e centiles du rang sur les tirages</translation>
        </message>
        <message>
            <source>the choice varied: normalisation, aggregation, imputation, weights</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>le choix que l'on fait varier : normalisation, agrégation, imputation, poids</translation>
        </message>
        <message>
            <source>the alternatives drawn (each equally likely)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>les variantes tirées (toutes équiprobables)</translation>
        </message>
        <message>
            <source>share of the variance of the ranks due to this choice alone (first-order index, pooled over neighbourhoods)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>part de la variance des rangs due à ce seul choix (indice de premier ordre, regroupé sur les quartiers)</translation>
        </message>
        <message>
            <source>share including its interactions with the other choices (total index)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>part incluant ses interactions avec les autres choix (indice total)</translation>
        </message>
        <message>
            <source>the same for the mean absolute shift of the ranks from the main index's ranks</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>les mêmes pour le décalage absolu moyen des rangs par rapport aux rangs de l'indice principal</translation>
        </message>
        <message>
            <source>N, the base draws of the Saltelli design (the indices are estimates from N draws: small negative values mean 0)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>N, les tirages de base du plan de Saltelli (les indices sont des estimations sur N tirages : de petites valeurs négatives signifient 0)</translation>
        </message>
        <message>
            <source>every node of the hierarchy and its place</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>chaque nœud de la hiérarchie et sa position</translation>
        </message>
        <message>
            <source>the bound field and risk/protective (indicators)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>le champ associé et risque/protecteur (indicateurs)</translation>
        </message>
        <message>
            <source>weight within the parent (sums to 1 over the siblings)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>poids au sein du parent (somme égale à 1 sur les nœuds frères)</translation>
        </message>
        <message>
            <source>methods used</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>méthodes utilisées</translation>
        </message>
        <message>
            <source>used, or left out and why</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>utilisé, ou exclu et pourquoi</translation>
        </message>
        <message>
            <source>neighbourhoods without a value</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>quartiers sans valeur</translation>
        </message>
        <message>
            <source>values replaced by the outlier rule</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>valeurs remplacées par la règle des valeurs aberrantes</translation>
        </message>
        <message>
            <source>skewness and excess kurtosis before and after</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>asymétrie et excès d'aplatissement avant et après</translation>
        </message>
        <message>
            <source>number</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>nombre</translation>
        </message>
        <message>
            <source>values outside the goalposts or beyond the target, capped</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>valeurs hors des bornes ou au-delà de la cible, plafonnées</translation>
        </message>
        <message>
            <source>composite index</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>indice composite</translation>
        </message>
        <message>
            <source>indicator</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>indicateur</translation>
        </message>
        <message>
            <source>catalogue</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>catalogue</translation>
        </message>
        <message>
            <source>normalisation</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>normalisation</translation>
        </message>
        <message>
            <source>weights</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>poids</translation>
        </message>
        <message>
            <source>aggregation</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>agrégation</translation>
        </message>
        <message>
            <source>uncertainty</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>incertitude</translation>
        </message>
        <message>
            <source>sensitivity</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>sensibilité</translation>
        </message>
        <message>
            <source>monte carlo</source>
            <extracomment>usm:compositeindex tags; usm:nearrepeat tags</extracomment>
            <translation>monte-carlo</translation>
        </message>
        <message>
            <source>sobol</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>sobol</translation>
        </message>
        <message>
            <source>ranking</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>classement</translation>
        </message>
        <message>
            <source>benchmarking</source>
            <extracomment>usm:compositeindex tags; usm:compareperiods tags</extracomment>
            <translation>évaluation comparative</translation>
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
            <translation>Comparer des périodes</translation>
        </message>
        <message>
            <source>Change in incidents per neighbourhood and for the city between periods, with an exact test of whether it is more than chance: significant decrease, no significant change, significant increase, or too few incidents to say.</source>
            <extracomment>usm:compareperiods short description; usm:compareperiods help</extracomment>
            <translation>Évolution des incidents par quartier et pour la ville entre périodes, avec un test exact indiquant si elle dépasse le hasard : baisse significative, pas de changement significatif, hausse significative, ou trop peu d'incidents pour conclure.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Neighbourhoods with counts</source>
            <extracomment>usm:compareperiods parameters; usm:targettrajectory parameters</extracomment>
            <translation>Quartiers avec effectifs</translation>
        </message>
        <message>
            <source>Neighbourhood layer with one incident count field per period (e.g. the output of usm:aggregateincidents with counts per year).</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Couche des quartiers avec un champ d'effectif d'incidents par période (p. ex. la sortie de usm:aggregateincidents avec des effectifs par année).</translation>
        </message>
        <message>
            <source>Unique code per neighbourhood.</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help; usm:targettrajectory parameters; usm:targettrajectory help (+2 more)</extracomment>
            <translation>Code unique par quartier.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <source>Count fields, oldest first</source>
            <extracomment>usm:compareperiods parameters</extracomment>
            <translation>Champs d'effectifs, le plus ancien d'abord</translation>
        </message>
        <message>
            <source>One field of incident counts per period, in time order (oldest first), at least two.</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Un champ d'effectifs d'incidents par période, dans l'ordre chronologique (le plus ancien d'abord), au moins deux.</translation>
        </message>
        <message>
            <source>Residents, for the rates (the test itself compares counts).</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Habitants, pour les taux (le test lui-même compare des effectifs).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <source>Compare</source>
            <extracomment>usm:compareperiods parameters</extracomment>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>Which periods the last one is compared with.</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Périodes auxquelles la dernière est comparée.</translation>
        </message>
        <message>
            <source>Last period against the first</source>
            <extracomment>usm:compareperiods parameters</extracomment>
            <translation>Dernière période par rapport à la première</translation>
        </message>
        <message>
            <source>Last period against the mean of all earlier periods</source>
            <extracomment>usm:compareperiods parameters</extracomment>
            <translation>Dernière période par rapport à la moyenne de toutes les périodes antérieures</translation>
        </message>
        <message>
            <source>Last period against the one before it</source>
            <extracomment>usm:compareperiods parameters</extracomment>
            <translation>Dernière période par rapport à la précédente</translation>
        </message>
        <message>
            <source>Two-sided level of the test (false discovery rate with the correction).</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Seuil bilatéral du test (taux de fausses découvertes avec la correction).</translation>
        </message>
        <message>
            <source>Benjamini-Hochberg across neighbourhoods.</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Benjamini-Hochberg sur l'ensemble des quartiers.</translation>
        </message>
        <message>
            <source>Unit of rate_base and rate_last.</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Unité de rate_base et rate_last.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <source>Change between periods</source>
            <extracomment>usm:compareperiods parameters</extracomment>
            <translation>Évolution entre périodes</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <source>City change</source>
            <extracomment>usm:compareperiods parameters</extracomment>
            <translation>Évolution de la ville</translation>
        </message>
        <message>
            <source>One row with the city-wide change.</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Une ligne avec l'évolution pour l'ensemble de la ville.</translation>
        </message>
        <message>
            <source>Takes one count field per period, oldest first (for example n_y2021, n_y2022, n_y2023 from usm:aggregateincidents) and compares the last period with the first, with the mean of the earlier periods, or with the previous one.</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>Prend un champ d'effectifs par période, du plus ancien au plus récent (par exemple n_y2021, n_y2022, n_y2023 issus de usm:aggregateincidents), et compare la dernière période à la première, à la moyenne des périodes antérieures ou à la précédente.</translation>
        </message>
        <message>
            <source>Counts of incidents are Poisson counts: a neighbourhood with 4 incidents one year and 2 the next has not halved its violence. The test is the exact conditional test of equal rates (given the total of both periods, the share of the last period is binomial; Przyborowski and Wilenski 1940), which stays valid for the small counts of small neighbourhoods; the rate ratio gets its exact (Clopper-Pearson) interval. The residents cancel out of the ratio when they are the same in both periods; the population field only gives the rates.</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>Les effectifs d'incidents sont des comptages de Poisson : un quartier avec 4 incidents une année et 2 l'année suivante n'a pas réduit sa violence de moitié. Le test est le test conditionnel exact d'égalité des taux (à total des deux périodes fixé, la part de la dernière période suit une loi binomiale ; Przyborowski et Wilenski 1940), qui reste valide pour les petits effectifs des petits quartiers ; le rapport de taux reçoit son intervalle exact (Clopper-Pearson). Les habitants s'éliminent du rapport lorsqu'ils sont identiques sur les deux périodes ; le champ de population ne sert qu'à calculer les taux.</translation>
        </message>
        <message>
            <source>Testing 250 neighbourhoods at 5% flags about 12 by chance alone. With the false discovery rate correction (Benjamini-Hochberg, on by default) at most about 5% of the neighbourhoods called significant are expected to be false alarms. A neighbourhood whose total count is so small that no split could be significant is "too few incidents to say", not "no change". Counts must be whole numbers (not rates or smoothed values); a NULL count gives a NULL result; a negative population is an error; a period without any incident is reported.</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>Tester 250 quartiers au seuil de 5 % en signale environ 12 par le seul hasard. Avec la correction du taux de fausses découvertes (Benjamini-Hochberg, activée par défaut), on s'attend à ce qu'au plus 5 % environ des quartiers déclarés significatifs soient de fausses alertes. Un quartier dont l'effectif total est si faible qu'aucune répartition ne pourrait être significative est classé « trop peu d'incidents pour conclure », et non « pas de changement ». Les effectifs doivent être des nombres entiers (pas des taux ni des valeurs lissées) ; un effectif NULL donne un résultat NULL ; une population négative est une erreur ; une période sans aucun incident est signalée.</translation>
        </message>
        <message>
            <source>incidents in the baseline (mean per period for 'earlier periods')</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>incidents de la période de référence (moyenne par période pour 'périodes antérieures')</translation>
        </message>
        <message>
            <source>incidents in the last period</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>incidents de la dernière période</translation>
        </message>
        <message>
            <source>the same per 1,000 or 100,000 residents (only with a population field; NULL for 0 or NULL residents)</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>les mêmes pour 1 000 ou 100 000 habitants (uniquement avec un champ de population ; NULL pour 0 habitant ou NULL)</translation>
        </message>
        <message>
            <source>incidents per residents per period</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>incidents par habitant et par période</translation>
        </message>
        <message>
            <source>(rate_ratio - 1) x 100</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>(rate_ratio - 1) x 100</translation>
        </message>
        <message>
            <source>rate in the last period / rate in the baseline</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>taux de la dernière période / taux de la période de référence</translation>
        </message>
        <message>
            <source>exact confidence interval of rate_ratio (1 - significance level)</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>intervalle de confiance exact de rate_ratio (1 - seuil de significativité)</translation>
        </message>
        <message>
            <source>two-sided p-value of the exact conditional test of equal rates</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>valeur p bilatérale du test conditionnel exact d'égalité des taux</translation>
        </message>
        <message>
            <source>Benjamini-Hochberg adjusted p-value (the p-value without FDR)</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>valeur p ajustée par Benjamini-Hochberg (la valeur p sans FDR)</translation>
        </message>
        <message>
            <source>significant decrease / no significant change / significant increase / too few incidents to say</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>baisse significative / pas de changement significatif / hausse significative / trop peu d'incidents pour conclure</translation>
        </message>
        <message>
            <source>-1 decrease, 0 no significant change, 1 increase, 9 too few</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>-1 baisse, 0 pas de changement significatif, 1 hausse, 9 trop peu</translation>
        </message>
        <message>
            <source>City table</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>Table de la ville</translation>
        </message>
        <message>
            <source>the same fields for the whole city (sum of the counts)</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>les mêmes champs pour l'ensemble de la ville (somme des effectifs)</translation>
        </message>
        <message>
            <source>change</source>
            <extracomment>usm:compareperiods tags</extracomment>
            <translation>évolution</translation>
        </message>
        <message>
            <source>compare</source>
            <extracomment>usm:compareperiods tags</extracomment>
            <translation>comparer</translation>
        </message>
        <message>
            <source>periods</source>
            <extracomment>usm:compareperiods tags</extracomment>
            <translation>périodes</translation>
        </message>
        <message>
            <source>years</source>
            <extracomment>usm:compareperiods tags; usm:batchmonitor tags</extracomment>
            <translation>années</translation>
        </message>
        <message>
            <source>rate ratio</source>
            <extracomment>usm:compareperiods tags; usm:incidentsvsenvironment tags</extracomment>
            <translation>rapport de taux</translation>
        </message>
        <message>
            <source>poisson</source>
            <extracomment>usm:compareperiods tags; usm:targettrajectory tags; usm:riskterrain tags</extracomment>
            <translation>poisson</translation>
        </message>
        <message>
            <source>exact test</source>
            <extracomment>usm:compareperiods tags; usm:incidentsvsenvironment tags</extracomment>
            <translation>test exact</translation>
        </message>
        <message>
            <source>binomial</source>
            <extracomment>usm:compareperiods tags</extracomment>
            <translation>binomiale</translation>
        </message>
        <message>
            <source>false discovery rate</source>
            <extracomment>usm:compareperiods tags</extracomment>
            <translation>taux de fausses découvertes</translation>
        </message>
        <message>
            <source>Progress against a target</source>
            <extracomment>usm:targettrajectory name</extracomment>
            <translation>Progrès par rapport à une cible</translation>
        </message>
        <message>
            <source>Target path from a baseline period (default: -50% by 2030), observed path, and per neighbourhood and for the city whether the last period is on track, off track or too uncertain to say, with the reduction still needed per year.</source>
            <extracomment>usm:targettrajectory short description; usm:targettrajectory help</extracomment>
            <translation>Trajectoire cible à partir d'une période de référence (par défaut : -50 % d'ici 2030), trajectoire observée, et, par quartier et pour la ville, si la dernière période est en bonne voie, hors trajectoire ou trop incertaine pour conclure, avec la réduction encore nécessaire par an.</translation>
        </message>
        <message>
            <source>Neighbourhood layer with incident counts per period (usm:aggregateincidents).</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Couche des quartiers avec les effectifs d'incidents par période (usm:aggregateincidents).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Count fields, baseline first</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Champs d'effectifs, la référence d'abord</translation>
        </message>
        <message>
            <source>Incident counts per period, oldest first; the first is the baseline.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Effectifs d'incidents par période, du plus ancien au plus récent ; le premier est la référence.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Year of the first count field</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Année du premier champ d'effectif</translation>
        </message>
        <message>
            <source>Leave empty to read the years from the field names (n_y2021, n_y2022, ...); otherwise the fields are taken as consecutive years from this one.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Laissez vide pour lire les années dans les noms de champs (n_y2021, n_y2022, ...) ; sinon les champs sont considérés comme des années consécutives à partir de celle-ci.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Target reduction (%)</source>
            <extracomment>usm:targettrajectory parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Réduction cible (%)</translation>
        </message>
        <message>
            <source>Reduction from the baseline by the target year.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Réduction par rapport à la référence d'ici l'année cible.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Target year</source>
            <extracomment>usm:targettrajectory parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Année cible</translation>
        </message>
        <message>
            <source>Year by which the reduction is to be reached.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help; usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Année à laquelle la réduction doit être atteinte.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Target path</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Trajectoire cible</translation>
        </message>
        <message>
            <source>Shape of the path from the baseline to the target.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Forme de la trajectoire entre la référence et la cible.</translation>
        </message>
        <message>
            <source>Same percentage reduction every year (50% in 10 years = 6.7% a year)</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Même réduction en pourcentage chaque année (50 % en 10 ans = 6,7 % par an)</translation>
        </message>
        <message>
            <source>Same absolute reduction every year</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Même réduction absolue chaque année</translation>
        </message>
        <message>
            <source>Level of the interval that decides on track / off track.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Niveau de l'intervalle qui décide entre en bonne voie et hors trajectoire.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Neighbourhood type field</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Champ de type de quartier</translation>
        </message>
        <message>
            <source>Optional type of each neighbourhood (e.g. type_id from the typology) to benchmark it against its peers.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Type facultatif de chaque quartier (p. ex. type_id issu de la typologie) pour le comparer à ses pairs.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Progress against the target</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Progrès par rapport à la cible</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>City path</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Trajectoire de la ville</translation>
        </message>
        <message>
            <source>The city's observed and target counts per year.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Les effectifs observés et cibles de la ville par année.</translation>
        </message>
        <message>
            <source>The count fields are the periods observed, oldest first; the first is the baseline. Their years are read from the field names (n_y2021 ...) unless a first year is given. The target (the Durban Declaration of the Global Parliament of Mayors: reduce all forms of violence by 50% by 2030, about 7% a year) defines the target path of every neighbourhood from its own baseline: target_&lt;year&gt; fields hold the incidents the path allows each year, the city path table the city's observed and target counts year by year.</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>Les champs d'effectifs sont les périodes observées, de la plus ancienne à la plus récente ; la première est la référence. Leurs années sont lues dans les noms de champs (n_y2021 ...) sauf si une première année est indiquée. La cible (la Déclaration de Durban du Parlement mondial des maires : réduire toutes les formes de violence de 50 % d'ici 2030, soit environ 7 % par an) définit la trajectoire cible de chaque quartier à partir de sa propre référence : les champs target_&lt;year&gt; contiennent les incidents que la trajectoire autorise chaque année, la table de trajectoire de la ville les effectifs observés et cibles de la ville année par année.</translation>
        </message>
        <message>
            <source>On track or not: a neighbourhood with 4 incidents that falls to 2 has not proven anything. The last period's count over the baseline's gets its exact interval (Poisson counts, Clopper-Pearson); "on track" when the whole interval is at or below the ratio the path asks for by then, "off track" when the whole interval is above it, "uncertain" otherwise, "too few incidents to say" when no result could be significant with so few incidents.</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>En bonne voie ou non : un quartier avec 4 incidents qui passe à 2 n'a rien prouvé. Le rapport entre l'effectif de la dernière période et celui de la référence reçoit son intervalle exact (comptages de Poisson, Clopper-Pearson) ; "on track" (en bonne voie) lorsque l'intervalle entier est égal ou inférieur au rapport que la trajectoire exige à cette date, "off track" (hors trajectoire) lorsque l'intervalle entier est au-dessus, "uncertain" (incertain) sinon, "too few incidents to say" (trop peu d'incidents pour conclure) lorsqu'aucun résultat ne pourrait être significatif avec si peu d'incidents.</translation>
        </message>
        <message>
            <source>With a type field (e.g. type_id from the typology) each neighbourhood is also benchmarked against the others of its type: the type's pooled change and an exact test of whether the neighbourhood changed differently. Benchmarking, not ranking.</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>Avec un champ de type (p. ex. type_id issu de la typologie), chaque quartier est aussi comparé aux autres quartiers de son type : l'évolution groupée du type et un test exact indiquant si le quartier a évolué différemment. Une évaluation comparative, pas un classement.</translation>
        </message>
        <message>
            <source>share of the baseline the path allows in the last observed year</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>part de la référence que la trajectoire autorise pour la dernière année observée</translation>
        </message>
        <message>
            <source>last period's count / baseline count</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>effectif de la dernière période / effectif de référence</translation>
        </message>
        <message>
            <source>exact interval of rate_ratio at the chosen confidence</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>intervalle exact de rate_ratio au niveau de confiance choisi</translation>
        </message>
        <message>
            <source>on track / uncertain / off track / too few incidents to say</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>en bonne voie / incertain / hors trajectoire / trop peu d'incidents pour conclure</translation>
        </message>
        <message>
            <source>1 on track, 0 uncertain, -1 off track, 9 too few</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>1 en bonne voie, 0 incertain, -1 hors trajectoire, 9 trop peu</translation>
        </message>
        <message>
            <source>yearly reduction still needed from the last period to reach the target level by the target year (0 when already there)</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>réduction annuelle encore nécessaire à partir de la dernière période pour atteindre le niveau cible à l'année cible (0 si déjà atteint)</translation>
        </message>
        <message>
            <source>% a year</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>% par an</translation>
        </message>
        <message>
            <source>incidents the target path allows in that year</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>incidents autorisés par la trajectoire cible cette année-là</translation>
        </message>
        <message>
            <source>with a type field: pooled last/baseline ratio of the neighbourhood's type</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>avec un champ de type : rapport dernière période/référence groupé du type du quartier</translation>
        </message>
        <message>
            <source>rate_ratio / type_ratio</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>rate_ratio / type_ratio</translation>
        </message>
        <message>
            <source>two-sided exact p-value of 'changed like its type'</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>valeur p exacte bilatérale de « a évolué comme son type »</translation>
        </message>
        <message>
            <source>better than its type / like its type / worse than its type / too few incidents to say</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>mieux que son type / comme son type / moins bien que son type / trop peu d'incidents pour conclure</translation>
        </message>
        <message>
            <source>City path table</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>Table de trajectoire de la ville</translation>
        </message>
        <message>
            <source>every year from the baseline to the target year</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>chaque année de la référence à l'année cible</translation>
        </message>
        <message>
            <source>year</source>
            <extracomment>usm:targettrajectory help; usm:batchmonitor help</extracomment>
            <translation>année</translation>
        </message>
        <message>
            <source>city incidents observed (NULL for years not given)</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>incidents observés dans la ville (NULL pour les années non fournies)</translation>
        </message>
        <message>
            <source>city incidents the target path allows</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>incidents de la ville autorisés par la trajectoire cible</translation>
        </message>
        <message>
            <source>target</source>
            <extracomment>usm:targettrajectory tags</extracomment>
            <translation>cible</translation>
        </message>
        <message>
            <source>trajectory</source>
            <extracomment>usm:targettrajectory tags</extracomment>
            <translation>trajectoire</translation>
        </message>
        <message>
            <source>durban declaration</source>
            <extracomment>usm:targettrajectory tags</extracomment>
            <translation>déclaration de durban</translation>
        </message>
        <message>
            <source>benchmark</source>
            <extracomment>usm:targettrajectory tags</extracomment>
            <translation>référentiel</translation>
        </message>
        <message>
            <source>progress</source>
            <extracomment>usm:targettrajectory tags</extracomment>
            <translation>progrès</translation>
        </message>
        <message>
            <source>on track</source>
            <extracomment>usm:targettrajectory tags</extracomment>
            <translation>en bonne voie</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_resilience.py"></location>
            <source>Risk x resilience</source>
            <extracomment>usm:riskresilience name; usm:riskresilience parameters</extracomment>
            <translation>Risque x résilience</translation>
        </message>
        <message>
            <source>Crosses a risk index with a resilience index into 3 x 3 bivariate classes with the standard bivariate colours, and lists the neighbourhoods of high risk and low resilience.</source>
            <extracomment>usm:riskresilience short description; usm:riskresilience help</extracomment>
            <translation>Croise un indice de risque et un indice de résilience en 3 x 3 classes bivariées avec les couleurs bivariées usuelles, et liste les quartiers à risque élevé et faible résilience.</translation>
        </message>
        <message>
            <source>Neighbourhood layer with a risk index and a resilience index.</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>Couche des quartiers avec un indice de risque et un indice de résilience.</translation>
        </message>
        <message>
            <source>Unique code per neighbourhood (used in the priority list).</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>Code unique par quartier (utilisé dans la liste des priorités).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_resilience.py"></location>
            <source>Risk index (higher = more risk)</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Indice de risque (plus élevé = plus de risque)</translation>
        </message>
        <message>
            <source>For example the index of usm:compositeindex on the crime and socio-economic facets with orientation 'more risk'.</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>Par exemple l'indice de usm:compositeindex sur les facettes criminalité et socio-économique avec l'orientation 'more risk'.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_resilience.py"></location>
            <source>Resilience index (higher = more resilience)</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Indice de résilience (plus élevé = plus de résilience)</translation>
        </message>
        <message>
            <source>For example the resilience facet score of usm:compositeindex (orientation 'safer').</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>Par exemple le score de la facette résilience de usm:compositeindex (orientation 'safer').</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_resilience.py"></location>
            <source>Classes</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Classes</translation>
        </message>
        <message>
            <source>How low / medium / high are cut.</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>Comment sont découpées les classes faible / moyenne / élevée.</translation>
        </message>
        <message>
            <source>Terciles (a third of the neighbourhoods in each class)</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Terciles (un tiers des quartiers dans chaque classe)</translation>
        </message>
        <message>
            <source>Breaks given below</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Seuils indiqués ci-dessous</translation>
        </message>
        <message>
            <source>Risk breaks (low|medium, medium|high)</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Seuils de risque (faible|moyen, moyen|élevé)</translation>
        </message>
        <message>
            <source>Two increasing numbers separated by a comma, e.g. 40,60; used with 'Breaks given below'.</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>Deux nombres croissants séparés par une virgule, p. ex. 40,60 ; utilisés avec « Seuils indiqués ci-dessous ».</translation>
        </message>
        <message>
            <source>Resilience breaks (low|medium, medium|high)</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Seuils de résilience (faible|moyenne, moyenne|élevée)</translation>
        </message>
        <message>
            <source>The neighbourhoods with the fields listed under Output fields, styled.</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>Les quartiers avec les champs listés sous Champs en sortie, stylés.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_resilience.py"></location>
            <source>High risk, low resilience</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Risque élevé, faible résilience</translation>
        </message>
        <message>
            <source>The list of high risk, low resilience neighbourhoods.</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>La liste des quartiers à risque élevé et faible résilience.</translation>
        </message>
        <message>
            <source>The Urban Safety Monitor looks at the interplay of risk and resilience: hot spots alone mislead. Give a risk index (higher = more risk, e.g. usm:compositeindex of the crime and socio-economic facets with orientation "more risk") and a resilience index (higher = more resilience, e.g. the resilience facet with orientation "safer"). Each is cut into low, medium and high at its terciles or at given breaks (a value on a break goes to the lower class); the nine combinations are drawn with Joshua Stevens' bivariate palette (risk from grey to red, resilience from grey to blue) and a legend naming each class. The high risk, low resilience neighbourhoods are outlined, flagged priority = 1, listed in the log and written to the priority table.</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>L'Urban Safety Monitor examine l'interaction entre risque et résilience : les points chauds seuls induisent en erreur. Fournissez un indice de risque (plus élevé = plus de risque, p. ex. usm:compositeindex des facettes criminalité et socio-économique avec l'orientation "more risk") et un indice de résilience (plus élevé = plus de résilience, p. ex. la facette résilience avec l'orientation "safer"). Chacun est découpé en faible, moyen et élevé à ses terciles ou à des seuils donnés (une valeur située sur un seuil va dans la classe inférieure) ; les neuf combinaisons sont dessinées avec la palette bivariée de Joshua Stevens (risque du gris au rouge, résilience du gris au bleu) et une légende qui nomme chaque classe. Les quartiers à risque élevé et faible résilience sont entourés, signalés par priority = 1, listés dans le journal et écrits dans la table des priorités.</translation>
        </message>
        <message>
            <source>A neighbourhood without one of the two values gets no class (NULL) and is counted in the log.</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>Un quartier auquel manque l'une des deux valeurs ne reçoit pas de classe (NULL) et est compté dans le journal.</translation>
        </message>
        <message>
            <source>1 low, 2 medium, 3 high risk</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>1 risque faible, 2 moyen, 3 élevé</translation>
        </message>
        <message>
            <source>1 low, 2 medium, 3 high resilience</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>1 résilience faible, 2 moyenne, 3 élevée</translation>
        </message>
        <message>
            <source>10 x risk_class + res_class (11 ... 33)</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>10 x risk_class + res_class (11 ... 33)</translation>
        </message>
        <message>
            <source>the class in words, e.g. 'high risk, low resilience'</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>la classe en toutes lettres, p. ex. 'high risk, low resilience'</translation>
        </message>
        <message>
            <source>1 for high risk and low resilience, else 0</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>1 pour risque élevé et faible résilience, sinon 0</translation>
        </message>
        <message>
            <source>Priority table</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>Table des priorités</translation>
        </message>
        <message>
            <source>neighbourhood of high risk and low resilience</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>quartier à risque élevé et faible résilience</translation>
        </message>
        <message>
            <source>its two index values</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>ses deux valeurs d'indice</translation>
        </message>
        <message>
            <source>as the inputs</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>comme les entrées</translation>
        </message>
        <message>
            <source>risk</source>
            <extracomment>usm:riskresilience tags; usm:riskterrain tags</extracomment>
            <translation>risque</translation>
        </message>
        <message>
            <source>resilience</source>
            <extracomment>usm:riskresilience tags; usm:riskterrain tags</extracomment>
            <translation>résilience</translation>
        </message>
        <message>
            <source>bivariate</source>
            <extracomment>usm:riskresilience tags</extracomment>
            <translation>bivarié</translation>
        </message>
        <message>
            <source>choropleth</source>
            <extracomment>usm:riskresilience tags</extracomment>
            <translation>choroplèthe</translation>
        </message>
        <message>
            <source>terciles</source>
            <extracomment>usm:riskresilience tags</extracomment>
            <translation>terciles</translation>
        </message>
        <message>
            <source>priority</source>
            <extracomment>usm:riskresilience tags</extracomment>
            <translation>priorité</translation>
        </message>
        <message>
            <source>social capital</source>
            <extracomment>usm:riskresilience tags</extracomment>
            <translation>capital social</translation>
        </message>
        <message>
            <source>vulnerability</source>
            <extracomment>usm:riskresilience tags</extracomment>
            <translation>vulnérabilité</translation>
        </message>
        <message>
            <source>Street-segment audit (CPTED)</source>
            <extracomment>usm:streetsegmentaudit name</extracomment>
            <translation>Audit des tronçons de rue (CPTED)</translation>
        </message>
        <message>
            <source>Splits the street network into segments between intersections and measures, per segment, street lighting (lit share, longest dark gap), permeability (node degree, dead ends, intersection density), land-use mix, distance to activity generators, frontage, maintenance and incidents in total, at night and per category; rolled up per neighbourhood.</source>
            <extracomment>usm:streetsegmentaudit short description; usm:streetsegmentaudit help</extracomment>
            <translation>Découpe le réseau de rues en tronçons entre intersections et mesure, par tronçon, l'éclairage public (part éclairée, plus longue zone sombre), la perméabilité (degré des nœuds, impasses, densité d'intersections), la mixité des usages du sol, la distance aux générateurs d'activité, les façades, l'entretien et les incidents au total, la nuit et par catégorie ; agrégés par quartier.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Streets</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Rues</translation>
        </message>
        <message>
            <source>Street centre lines (LineString or MultiLineString), ideally noded at intersections. Distances are measured in its CRS if projected, else in the local UTM zone.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Axes des rues (LineString ou MultiLineString), idéalement avec des nœuds aux intersections. Les distances sont mesurées dans son SCR s'il est projeté, sinon dans la zone UTM locale.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Street fields to copy</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Champs des rues à copier</translation>
        </message>
        <message>
            <source>Street attributes (e.g. name, road class) copied to each segment from the street feature nearest the segment's midpoint.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Attributs des rues (p. ex. nom, catégorie de voie) copiés sur chaque tronçon depuis l'entité de rue la plus proche du milieu du tronçon.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Street lights</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Lampadaires</translation>
        </message>
        <message>
            <source>Street-light points. May be in another CRS.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Points des lampadaires. Peut être dans un autre SCR.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Working-light flag field</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Champ indicateur de lampadaire en service</translation>
        </message>
        <message>
            <source>Optional 0/1 field: only lights whose value is 1 (working) count. Lights with another or no value are left out and reported.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Champ 0/1 facultatif : seuls les lampadaires de valeur 1 (en service) comptent. Les lampadaires ayant une autre valeur ou aucune valeur sont exclus et signalés.</translation>
        </message>
        <message>
            <source>Light radius (metres)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Rayon d'éclairage (mètres)</translation>
        </message>
        <message>
            <source>Distance a street light illuminates, in metres (straight line). Sets the lit share, the dark gaps and the distance within which a light counts for a street.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Distance éclairée par un lampadaire, en mètres (à vol d'oiseau). Détermine la part éclairée, les zones sombres et la distance dans laquelle un lampadaire compte pour une rue.</translation>
        </message>
        <message>
            <source>Dark threshold (lit share)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Seuil d'obscurité (part éclairée)</translation>
        </message>
        <message>
            <source>A segment is flagged dark (dark = 1) when its lit share is below this value (0-1).</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Un tronçon est signalé sombre (dark = 1) lorsque sa part éclairée est inférieure à cette valeur (0-1).</translation>
        </message>
        <message>
            <source>Incident points. Each goes to the nearest segment within the snap tolerance.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Points d'incidents. Chacun va au tronçon le plus proche dans la tolérance d'accrochage.</translation>
        </message>
        <message>
            <source>Date-time of the incident (a date-time field, or text such as 2023-05-17 21:30 or 17/05/2023 21:30), for the night counts. Without it n_night is NULL.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Date-heure de l'incident (un champ date-heure, ou un texte comme 2023-05-17 21:30 ou 17/05/2023 21:30), pour les effectifs nocturnes. Sans ce champ, n_night est NULL.</translation>
        </message>
        <message>
            <source>Incident type: one count field n_cat_&lt;category&gt; per distinct value.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Type d'incident : un champ d'effectif n_cat_&lt;category&gt; par valeur distincte.</translation>
        </message>
        <message>
            <source>Night starts at (hour)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Début de la nuit (heure)</translation>
        </message>
        <message>
            <source>First hour of the night window (0-24, local clock of the date field).</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Première heure de la plage nocturne (0-24, heure locale du champ date).</translation>
        </message>
        <message>
            <source>Night ends at (hour, not included)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Fin de la nuit (heure, exclue)</translation>
        </message>
        <message>
            <source>The night window ends just before this hour: 19 and 6 mean 19:00 to 05:59.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>La plage nocturne se termine juste avant cette heure : 19 et 6 signifient de 19:00 à 05:59.</translation>
        </message>
        <message>
            <source>Snap tolerance (metres)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Tolérance d'accrochage (mètres)</translation>
        </message>
        <message>
            <source>Incidents and maintenance points farther than this from every street are not assigned to a segment (they are counted and reported).</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Les incidents et les points d'entretien situés plus loin que cette distance de toute rue ne sont affectés à aucun tronçon (ils sont comptés et signalés).</translation>
        </message>
        <message>
            <source>Optional neighbourhood polygons: each segment gets the id of the neighbourhood holding its midpoint, and the neighbourhood output rolls the measures up.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Polygones de quartiers facultatifs : chaque tronçon reçoit l'identifiant du quartier qui contient son milieu, et la sortie par quartier agrège les mesures.</translation>
        </message>
        <message>
            <source>Unique code per neighbourhood (needed with neighbourhoods).</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Code unique par quartier (nécessaire avec les quartiers).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Land use</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Usage du sol</translation>
        </message>
        <message>
            <source>Optional land-use polygons for the land-use mix.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Polygones d'usage du sol facultatifs pour la mixité des usages.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Land-use class field</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Champ de classe d'usage du sol</translation>
        </message>
        <message>
            <source>Field with the land-use class (residential, commercial, ...).</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Champ de la classe d'usage du sol (résidentiel, commercial, ...).</translation>
        </message>
        <message>
            <source>Land-use buffer (metres)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Zone tampon d'usage du sol (mètres)</translation>
        </message>
        <message>
            <source>Land use within this distance of a segment counts in its mix.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>L'usage du sol à moins de cette distance d'un tronçon compte dans sa mixité.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Activity generators</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Générateurs d'activité</translation>
        </message>
        <message>
            <source>Point layers of activity generators (transit stops, schools, shops, bars): distance from each segment to the nearest one, overall (gen_dist_m) and per layer.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Couches de points des générateurs d'activité (arrêts de transport en commun, écoles, commerces, bars) : distance de chaque tronçon au plus proche, toutes couches confondues (gen_dist_m) et par couche.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Buildings</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Bâtiments</translation>
        </message>
        <message>
            <source>Optional building footprints for the frontage share.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Emprises des bâtiments facultatives pour la part de façades.</translation>
        </message>
        <message>
            <source>Frontage distance (metres)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Distance de façade (mètres)</translation>
        </message>
        <message>
            <source>A stretch of street within this distance of a building counts as faced by a building front.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Une portion de rue à moins de cette distance d'un bâtiment compte comme bordée par une façade.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Maintenance / vacancy points</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Points d'entretien / de vacance</translation>
        </message>
        <message>
            <source>Point layers of maintenance complaints, graffiti, vacant lots or abandoned buildings: snapped like incidents, counted per segment and per 100 m.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Couches de points des signalements d'entretien, graffitis, terrains vacants ou bâtiments abandonnés : accrochés comme les incidents, comptés par tronçon et pour 100 m.</translation>
        </message>
        <message>
            <source>Maximum segment length (metres, 0 = no cut)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Longueur maximale des tronçons (mètres, 0 = pas de découpe)</translation>
        </message>
        <message>
            <source>Cut segments longer than this into equal pieces (e.g. 100 m for comparable units). 0 keeps whole segments between intersections.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Découper les tronçons plus longs que cette valeur en morceaux égaux (p. ex. 100 m pour des unités comparables). 0 conserve les tronçons entiers entre intersections.</translation>
        </message>
        <message>
            <source>Intersection density radius (metres)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Rayon de densité d'intersections (mètres)</translation>
        </message>
        <message>
            <source>Intersections are counted within this distance of each segment's midpoint.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Les intersections sont comptées à moins de cette distance du milieu de chaque tronçon.</translation>
        </message>
        <message>
            <source>Node tolerance (metres)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Tolérance de nœud (mètres)</translation>
        </message>
        <message>
            <source>Street vertices closer than this are one node, and street ends this close to another street are joined to it. Raise it to close digitising gaps.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Les sommets de rues plus proches que cette distance forment un seul nœud, et les extrémités de rue aussi proches d'une autre rue y sont raccordées. Augmentez-la pour combler les lacunes de numérisation.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Street segments</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Tronçons de rue</translation>
        </message>
        <message>
            <source>One line per segment (or piece) with the fields listed under Output fields, in the analysis CRS.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Une ligne par tronçon (ou morceau) avec les champs listés sous Champs en sortie, dans le SCR d'analyse.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Neighbourhood audit</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Audit par quartier</translation>
        </message>
        <message>
            <source>The neighbourhood layer with its own fields plus the rolled-up measures.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>La couche des quartiers avec ses propres champs, plus les mesures agrégées.</translation>
        </message>
        <message>
            <source>Table of what was read, used, snapped and left out.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Table de ce qui a été lu, utilisé, accroché et exclu.</translation>
        </message>
        <message>
            <source>Segments. The streets become a network: vertices closer than the node tolerance are one node, a street end within the tolerance of another street is joined to it, crossings without a shared vertex are not joined (bridges, tunnels) and are reported, duplicate pieces count once. A segment runs from an intersection or dead end to the next one; with a maximum length it is cut into equal units (pieces), and every measure below is per unit. Streets cut off from the main network keep a component number above 0 and are reported; dead ends lying just short of another street (digitising gaps) are reported.</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>Tronçons. Les rues forment un réseau : les sommets plus proches que la tolérance de nœud constituent un seul nœud, une extrémité de rue à moins de la tolérance d'une autre rue y est raccordée, les croisements sans sommet commun ne sont pas reliés (ponts, tunnels) et sont signalés, les morceaux en double comptent une fois. Un tronçon va d'une intersection ou d'une impasse à la suivante ; avec une longueur maximale, il est découpé en unités égales (morceaux), et chaque mesure ci-dessous est calculée par unité. Les rues coupées du réseau principal gardent un numéro de composante supérieur à 0 et sont signalées ; les impasses qui s'arrêtent juste avant une autre rue (lacunes de numérisation) sont signalées.</translation>
        </message>
        <message>
            <source>Lighting. A light lights every point of a street within the light radius (straight line), so a light at a corner lights each street it reaches. lit_share is the share of the unit's length within the radius of at least one light, max_dark_gap_m the longest stretch farther than the radius from every light. For the count n_lights each light goes once to its nearest unit within the radius; lights farther than the radius from every street light nothing and are reported. With a working-flag field only lights whose value is 1 count.</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>Éclairage. Un lampadaire éclaire chaque point d'une rue situé dans le rayon d'éclairage (à vol d'oiseau), de sorte qu'un lampadaire à un carrefour éclaire chaque rue qu'il atteint. lit_share est la part de la longueur de l'unité située dans le rayon d'au moins un lampadaire, max_dark_gap_m le plus long tronçon situé au-delà du rayon de tout lampadaire. Pour l'effectif n_lights, chaque lampadaire est attribué une fois à l'unité la plus proche dans le rayon ; les lampadaires situés au-delà du rayon de toute rue n'éclairent rien et sont signalés. Avec un champ indiquant le fonctionnement, seuls les lampadaires de valeur 1 comptent.</translation>
        </message>
        <message>
            <source>Permeability. Node degree at both ends (1 a dead end, 2 a bend or a cut, 3 and more an intersection), a dead-end flag for every unit of a segment that ends at degree 1, and the density of intersections within the density radius of the unit's midpoint.</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>Perméabilité. Degré des nœuds aux deux extrémités (1 une impasse, 2 un virage ou une coupure, 3 et plus une intersection), un indicateur d'impasse pour chaque unité d'un tronçon qui se termine par un degré 1, et la densité d'intersections dans le rayon de densité autour du milieu de l'unité.</translation>
        </message>
        <message>
            <source>Activity. Land-use mix is the Shannon entropy of the land-use area shares within the land-use buffer of the unit, divided by the logarithm of the number of classes in the layer (0 one use, 1 all uses equally). Distances to activity generators (any point layers: transit stops, schools, shops) are straight-line distances from the unit. Building frontage is the share of the unit's length within the frontage distance of a building; maintenance and vacancy points are snapped like incidents and counted per 100 m.</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>Activité. La mixité des usages du sol est l'entropie de Shannon des parts de surface des usages du sol dans la zone tampon d'usage du sol de l'unité, divisée par le logarithme du nombre de classes de la couche (0 un seul usage, 1 tous les usages à parts égales). Les distances aux générateurs d'activité (toutes couches de points : arrêts de transport en commun, écoles, commerces) sont des distances à vol d'oiseau depuis l'unité. Les façades bâties sont la part de la longueur de l'unité située à moins de la distance de façade d'un bâtiment ; les points d'entretien et de vacance sont accrochés comme les incidents et comptés pour 100 m.</translation>
        </message>
        <message>
            <source>Incidents are snapped to the nearest unit within the snap tolerance; the others are counted in the log and the accounting table, never silently dropped. n_night counts incidents whose time of day falls in the night window from NIGHT_START:00 up to but not including NIGHT_END:00 (wrapping past midnight); incidents with a date but no time, or no date at all, are not in n_night and are counted in n_no_time. Without a date field n_night is NULL.</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>Les incidents sont accrochés à l'unité la plus proche dans la tolérance d'accrochage ; les autres sont comptés dans le journal et la table de bilan, jamais écartés en silence. n_night compte les incidents dont l'heure tombe dans la plage nocturne, de NIGHT_START:00 inclus à NIGHT_END:00 exclu (en passant minuit) ; les incidents avec une date mais sans heure, ou sans date du tout, ne sont pas dans n_night et sont comptés dans n_no_time. Sans champ date, n_night est NULL.</translation>
        </message>
        <message>
            <source>Neighbourhoods. A unit belongs to the neighbourhood holding its midpoint (a midpoint on a shared boundary goes to the id that sorts first). Shares and densities are length-weighted means over its units, counts are sums. Distances are measured in metres in the street layer's CRS, or in the local UTM zone when that CRS is geographic or Web Mercator (stated in the log); the other layers are reprojected to it.</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>Quartiers. Une unité appartient au quartier qui contient son milieu (un milieu situé sur une limite partagée va à l'identifiant qui vient en premier dans l'ordre de tri). Les parts et les densités sont des moyennes pondérées par la longueur sur ses unités, les effectifs sont des sommes. Les distances sont mesurées en mètres dans le SCR de la couche des rues, ou dans la zone UTM locale lorsque ce SCR est géographique ou en Web Mercator (indiqué dans le journal) ; les autres couches y sont reprojetées.</translation>
        </message>
        <message>
            <source>unit id (1..n)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>identifiant de l'unité (1..n)</translation>
        </message>
        <message>
            <source>segment between intersections the unit belongs to (1..m)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>tronçon entre intersections auquel appartient l'unité (1..m)</translation>
        </message>
        <message>
            <source>piece number of the unit inside its segment (1..pieces), 1 when not cut</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>numéro du morceau de l'unité dans son tronçon (1..pieces), 1 s'il n'est pas découpé</translation>
        </message>
        <message>
            <source>number of units its segment was cut into (MAX_LENGTH)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>nombre d'unités en lesquelles son tronçon a été découpé (MAX_LENGTH)</translation>
        </message>
        <message>
            <source>length of the unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>longueur de l'unité</translation>
        </message>
        <message>
            <source>connected piece of the network (0 = the largest); &gt; 0 flags streets cut off from the main network</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>partie connexe du réseau (0 = la plus grande) ; &gt; 0 signale des rues coupées du réseau principal</translation>
        </message>
        <message>
            <source>street lights whose nearest street unit is this one, within the light radius (each light counted once)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>lampadaires dont l'unité de rue la plus proche est celle-ci, dans le rayon d'éclairage (chaque lampadaire compté une fois)</translation>
        </message>
        <message>
            <source>n_lights per 100 m of the unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>n_lights pour 100 m de l'unité</translation>
        </message>
        <message>
            <source>per 100 m</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>pour 100 m</translation>
        </message>
        <message>
            <source>share of the unit's length within the light radius of at least one light</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>part de la longueur de l'unité située dans le rayon d'éclairage d'au moins un lampadaire</translation>
        </message>
        <message>
            <source>longest stretch of the unit farther than the light radius from every light</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>plus long tronçon de l'unité situé au-delà du rayon d'éclairage de tout lampadaire</translation>
        </message>
        <message>
            <source>length of the unit not lit (length_m x (1 - lit_share))</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>longueur non éclairée de l'unité (length_m x (1 - lit_share))</translation>
        </message>
        <message>
            <source>1 when lit_share is below the dark threshold (DARK_THRESHOLD), else 0</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>1 lorsque lit_share est inférieur au seuil d'obscurité (DARK_THRESHOLD), sinon 0</translation>
        </message>
        <message>
            <source>node degree at the unit's start (1 dead end, 2 a bend or a cut, &gt;= 3 an intersection)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>degré du nœud au début de l'unité (1 impasse, 2 un virage ou une coupure, &gt;= 3 une intersection)</translation>
        </message>
        <message>
            <source>node degree at the unit's end</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>degré du nœud à la fin de l'unité</translation>
        </message>
        <message>
            <source>1 when its segment ends at a node of degree 1 (cul-de-sac or dead end; inherited by every piece of the segment)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>1 lorsque son tronçon se termine à un nœud de degré 1 (cul-de-sac ou impasse ; hérité par chaque morceau du tronçon)</translation>
        </message>
        <message>
            <source>intersections (nodes of degree &gt;= 3) within the density radius of the unit's midpoint, per km²</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>intersections (nœuds de degré &gt;= 3) dans le rayon de densité autour du milieu de l'unité, par km²</translation>
        </message>
        <message>
            <source>land-use mix: Shannon entropy of the land-use area shares within the land-use buffer, divided by ln(number of land-use classes in the layer); 0 one use, 1 all uses in equal shares; NULL without land use in the buffer</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>mixité des usages du sol : entropie de Shannon des parts de surface des usages du sol dans la zone tampon d'usage du sol, divisée par ln(nombre de classes d'usage du sol de la couche) ; 0 un seul usage, 1 tous les usages à parts égales ; NULL sans usage du sol dans la zone tampon</translation>
        </message>
        <message>
            <source>land use with the largest area in the buffer</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>usage du sol ayant la plus grande surface dans la zone tampon</translation>
        </message>
        <message>
            <source>straight-line distance from the unit to the nearest activity generator of any layer</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>distance à vol d'oiseau de l'unité au générateur d'activité le plus proche, toutes couches confondues</translation>
        </message>
        <message>
            <source>distance from the unit to the nearest point of that generator layer</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>distance de l'unité au point le plus proche de cette couche de générateurs</translation>
        </message>
        <message>
            <source>share of the unit's length within the frontage distance of a building</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>part de la longueur de l'unité située à moins de la distance de façade d'un bâtiment</translation>
        </message>
        <message>
            <source>maintenance / vacancy points snapped to the unit (all layers)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>points d'entretien / de vacance accrochés à l'unité (toutes couches)</translation>
        </message>
        <message>
            <source>maint_n per 100 m of the unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>maint_n pour 100 m de l'unité</translation>
        </message>
        <message>
            <source>points of that maintenance layer snapped to the unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>points de cette couche d'entretien accrochés à l'unité</translation>
        </message>
        <message>
            <source>incidents snapped to the unit (nearest unit within the snap tolerance)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>incidents accrochés à l'unité (unité la plus proche dans la tolérance d'accrochage)</translation>
        </message>
        <message>
            <source>n_incidents per 100 m of the unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>n_incidents pour 100 m de l'unité</translation>
        </message>
        <message>
            <source>incidents in the night window (NIGHT_START to NIGHT_END); NULL without a date field</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>incidents dans la plage nocturne (NIGHT_START à NIGHT_END) ; NULL sans champ date</translation>
        </message>
        <message>
            <source>incidents snapped to the unit whose time of day is unknown (not in n_night)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>incidents accrochés à l'unité dont l'heure est inconnue (non comptés dans n_night)</translation>
        </message>
        <message>
            <source>incidents of that category snapped to the unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>incidents de cette catégorie accrochés à l'unité</translation>
        </message>
        <message>
            <source>the neighbourhood holding the unit's midpoint</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>le quartier qui contient le milieu de l'unité</translation>
        </message>
        <message>
            <source>Neighbourhood output (added to the neighbourhood's own fields)</source>
            <extracomment>usm:streetsegmentaudit help; usm:riskterrain help</extracomment>
            <translation>Sortie par quartier (ajoutée aux champs propres du quartier)</translation>
        </message>
        <message>
            <source>street units whose midpoint lies in the neighbourhood</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>unités de rue dont le milieu se trouve dans le quartier</translation>
        </message>
        <message>
            <source>their length</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>leur longueur</translation>
        </message>
        <message>
            <source>length-weighted mean lit share</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>part éclairée moyenne pondérée par la longueur</translation>
        </message>
        <message>
            <source>unlit street length</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>longueur de rue non éclairée</translation>
        </message>
        <message>
            <source>share of the street length in dark units (dark = 1)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>part de la longueur de rue dans des unités sombres (dark = 1)</translation>
        </message>
        <message>
            <source>longest dark gap of any unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>plus longue zone sombre de toutes les unités</translation>
        </message>
        <message>
            <source>street lights per km of street</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>lampadaires par km de rue</translation>
        </message>
        <message>
            <source>per km</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>par km</translation>
        </message>
        <message>
            <source>share of the street length in dead-end segments</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>part de la longueur de rue dans des tronçons en impasse</translation>
        </message>
        <message>
            <source>length-weighted mean intersection density</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>densité d'intersections moyenne pondérée par la longueur</translation>
        </message>
        <message>
            <source>length-weighted mean land-use mix</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>mixité des usages du sol moyenne pondérée par la longueur</translation>
        </message>
        <message>
            <source>length-weighted mean distance to the nearest generator</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>distance moyenne au générateur le plus proche, pondérée par la longueur</translation>
        </message>
        <message>
            <source>length-weighted mean frontage share</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>part de façades moyenne pondérée par la longueur</translation>
        </message>
        <message>
            <source>maintenance / vacancy points per km of street</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>points d'entretien / de vacance par km de rue</translation>
        </message>
        <message>
            <source>incidents snapped to its street units</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>incidents accrochés à ses unités de rue</translation>
        </message>
        <message>
            <source>night-time incidents snapped to its street units</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>incidents nocturnes accrochés à ses unités de rue</translation>
        </message>
        <message>
            <source>share of its night-time incidents on dark units</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>part de ses incidents nocturnes sur des unités sombres</translation>
        </message>
        <message>
            <source>incidents per km of street</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>incidents par km de rue</translation>
        </message>
        <message>
            <source>what is counted (streets, segments, lights, incidents snapped, beyond tolerance, ...)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>ce qui est compté (rues, tronçons, lampadaires, incidents accrochés, hors tolérance, ...)</translation>
        </message>
        <message>
            <source>the number</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>le nombre</translation>
        </message>
        <message>
            <source>cpted</source>
            <extracomment>usm:streetsegmentaudit tags; usm:crimeconcentration tags; usm:incidentsvsenvironment tags; usm:riskterrain tags (+2 more)</extracomment>
            <translation>cpted</translation>
        </message>
        <message>
            <source>street segment</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>tronçon de rue</translation>
        </message>
        <message>
            <source>lighting</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>éclairage</translation>
        </message>
        <message>
            <source>dark</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>sombre</translation>
        </message>
        <message>
            <source>dead end</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>impasse</translation>
        </message>
        <message>
            <source>cul-de-sac</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>cul-de-sac</translation>
        </message>
        <message>
            <source>permeability</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>perméabilité</translation>
        </message>
        <message>
            <source>intersection density</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>densité d'intersections</translation>
        </message>
        <message>
            <source>land-use mix</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>mixité des usages du sol</translation>
        </message>
        <message>
            <source>entropy</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>entropie</translation>
        </message>
        <message>
            <source>frontage</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>façade</translation>
        </message>
        <message>
            <source>night</source>
            <extracomment>usm:streetsegmentaudit tags; usm:incidentsvsenvironment tags</extracomment>
            <translation>nuit</translation>
        </message>
        <message>
            <source>audit</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>audit</translation>
        </message>
        <message>
            <source>crime prevention through environmental design</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>prévention du crime par l'aménagement du milieu</translation>
        </message>
        <message>
            <source>Crime concentration (Lorenz curve and Gini)</source>
            <extracomment>usm:crimeconcentration name</extracomment>
            <translation>Concentration de la criminalité (courbe de Lorenz et indice de Gini)</translation>
        </message>
        <message>
            <source>How concentrated incidents are on few places: the share of street segments (or neighbourhoods) holding 25% and 50% of incidents, the Lorenz curve, the Gini coefficient and the generalised Gini for sparse counts, city-wide and per neighbourhood, against Weisburd's (2015) benchmark.</source>
            <extracomment>usm:crimeconcentration short description; usm:crimeconcentration help</extracomment>
            <translation>Mesure à quel point les incidents se concentrent sur peu de lieux : la part des tronçons de rue (ou des quartiers) qui regroupent 25 % et 50 % des incidents, la courbe de Lorenz, le coefficient de Gini et le Gini généralisé pour les effectifs clairsemés, pour la ville entière et par quartier, comparés à la référence de Weisburd (2015).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/crime_concentration.py"></location>
            <source>Places with counts</source>
            <extracomment>usm:crimeconcentration parameters</extracomment>
            <translation>Lieux avec effectifs</translation>
        </message>
        <message>
            <source>Street segments, neighbourhoods or grid cells with an incident count each (any geometry, or a table).</source>
            <extracomment>usm:crimeconcentration parameters; usm:crimeconcentration help</extracomment>
            <translation>Tronçons de rue, quartiers ou cellules de grille avec chacun un effectif d'incidents (toute géométrie, ou une table).</translation>
        </message>
        <message>
            <source>Incidents per place (e.g. n_incidents of the street-segment audit).</source>
            <extracomment>usm:crimeconcentration parameters; usm:crimeconcentration help</extracomment>
            <translation>Incidents par lieu (p. ex. n_incidents de l'audit par tronçon de rue).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/crime_concentration.py"></location>
            <source>Group field</source>
            <extracomment>usm:crimeconcentration parameters</extracomment>
            <translation>Champ de groupe</translation>
        </message>
        <message>
            <source>Optional group of each place (e.g. the neighbourhood id of each segment): the measures are also computed per group.</source>
            <extracomment>usm:crimeconcentration parameters; usm:crimeconcentration help</extracomment>
            <translation>Groupe facultatif de chaque lieu (p. ex. l'identifiant du quartier de chaque tronçon) : les mesures sont aussi calculées par groupe.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/crime_concentration.py"></location>
            <source>Crime concentration</source>
            <extracomment>usm:crimeconcentration parameters</extracomment>
            <translation>Concentration de la criminalité</translation>
        </message>
        <message>
            <source>One row for the city and one per group, with the fields under Output fields.</source>
            <extracomment>usm:crimeconcentration parameters; usm:crimeconcentration help</extracomment>
            <translation>Une ligne pour la ville et une par groupe, avec les champs listés sous Champs en sortie.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/crime_concentration.py"></location>
            <source>Lorenz curve</source>
            <extracomment>usm:crimeconcentration parameters</extracomment>
            <translation>Courbe de Lorenz</translation>
        </message>
        <message>
            <source>Points of the Lorenz curve (at most 1001 per group) and of the line of maximal equality, for a chart.</source>
            <extracomment>usm:crimeconcentration parameters; usm:crimeconcentration help</extracomment>
            <translation>Points de la courbe de Lorenz (au plus 1001 par groupe) et de la droite d'égalité maximale, pour un graphique.</translation>
        </message>
        <message>
            <source>City-wide Gini coefficient</source>
            <extracomment>usm:crimeconcentration parameters</extracomment>
            <translation>Coefficient de Gini de la ville</translation>
        </message>
        <message>
            <source>City-wide generalised Gini</source>
            <extracomment>usm:crimeconcentration parameters</extracomment>
            <translation>Gini généralisé de la ville</translation>
        </message>
        <message>
            <source>Share of places holding 50% of incidents</source>
            <extracomment>usm:crimeconcentration parameters</extracomment>
            <translation>Part des lieux regroupant 50 % des incidents</translation>
        </message>
        <message>
            <source>Give a layer with one count per place, for example the street segments of the street-segment audit (field n_incidents, n_night or n_cat_*) or the neighbourhoods of the incident aggregation (n_total). With a group field (e.g. the neighbourhood id on the segments) the same measures are computed inside every group as well.</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>Fournissez une couche avec un effectif par lieu, par exemple les tronçons de rue de l'audit par tronçon (champ n_incidents, n_night ou n_cat_*) ou les quartiers de l'agrégation des incidents (n_total). Avec un champ de groupe (p. ex. l'identifiant du quartier sur les tronçons), les mêmes mesures sont aussi calculées au sein de chaque groupe.</translation>
        </message>
        <message>
            <source>share_units_50 is the smallest share of places that together hold at least half of the incidents, places ranked from the most incidents down and counted whole. Weisburd (2015) found about 50% of crime on 4-6% of street segments (and 25% on 0.4-1.6%) across cities; the log says where this city stands.</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>share_units_50 est la plus petite part de lieux qui, ensemble, regroupent au moins la moitié des incidents, les lieux étant classés du plus grand nombre d'incidents au plus petit et comptés entiers. Weisburd (2015) a observé environ 50 % de la criminalité sur 4 à 6 % des tronçons de rue (et 25 % sur 0,4 à 1,6 %) dans l'ensemble des villes étudiées ; le journal indique où se situe cette ville.</translation>
        </message>
        <message>
            <source>The Gini coefficient compares the counts with perfect equality. When there are fewer incidents than places (sparse counts, common for one crime type or one year on street segments), perfect equality is impossible and the Gini overstates concentration; the generalised Gini (Bernasco &amp; Steenbeek 2017) compares with maximal equality given the data (as many places as possible with one incident each) and equals the Gini when there are at least as many incidents as places. Places with a NULL count are left out and reported; negative counts are an error.</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>Le coefficient de Gini compare les effectifs à l'égalité parfaite. Lorsqu'il y a moins d'incidents que de lieux (effectifs clairsemés, fréquents pour un seul type de crime ou une seule année sur des tronçons de rue), l'égalité parfaite est impossible et le Gini surestime la concentration ; le Gini généralisé (Bernasco et Steenbeek 2017) compare à l'égalité maximale compte tenu des données (autant de lieux que possible avec un incident chacun) et égale le Gini lorsqu'il y a au moins autant d'incidents que de lieux. Les lieux dont l'effectif est NULL sont exclus et signalés ; les effectifs négatifs sont une erreur.</translation>
        </message>
        <message>
            <source>'city' or the group (neighbourhood) id</source>
            <extracomment>usm:crimeconcentration help; usm:incidentsvsenvironment help</extracomment>
            <translation>'city' ou l'identifiant du groupe (quartier)</translation>
        </message>
        <message>
            <source>units with a valid count (segments or neighbourhoods)</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>unités ayant un effectif valide (tronçons ou quartiers)</translation>
        </message>
        <message>
            <source>sum of the counts</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>somme des effectifs</translation>
        </message>
        <message>
            <source>share of units with at least one incident</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>part des unités ayant au moins un incident</translation>
        </message>
        <message>
            <source>smallest share of units holding at least 25% of the incidents</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>plus petite part d'unités regroupant au moins 25 % des incidents</translation>
        </message>
        <message>
            <source>smallest share of units holding at least 50% of the incidents</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>plus petite part d'unités regroupant au moins 50 % des incidents</translation>
        </message>
        <message>
            <source>Gini coefficient of the counts (0 equal, towards 1 concentrated)</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>coefficient de Gini des effectifs (0 égalité, vers 1 concentration)</translation>
        </message>
        <message>
            <source>generalised Gini for sparse counts (Bernasco &amp; Steenbeek 2017); equals gini when there are at least as many incidents as units</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>Gini généralisé pour effectifs clairsemés (Bernasco et Steenbeek 2017) ; égal à gini lorsqu'il y a au moins autant d'incidents que d'unités</translation>
        </message>
        <message>
            <source>1 when there are fewer incidents than units (use gini_gen)</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>1 lorsqu'il y a moins d'incidents que d'unités (utiliser gini_gen)</translation>
        </message>
        <message>
            <source>Lorenz curve table</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>Table de la courbe de Lorenz</translation>
        </message>
        <message>
            <source>'city' or the group id</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>'city' ou l'identifiant du groupe</translation>
        </message>
        <message>
            <source>units so far, ranked from the fewest incidents up</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>unités cumulées, classées du moins d'incidents au plus</translation>
        </message>
        <message>
            <source>cumulative share of units</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>part cumulée des unités</translation>
        </message>
        <message>
            <source>cumulative share of incidents (the Lorenz curve)</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>part cumulée des incidents (la courbe de Lorenz)</translation>
        </message>
        <message>
            <source>the line of maximal equality given the data: the Lorenz curve if the incidents were spread one per unit over as many units as possible</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>la droite d'égalité maximale compte tenu des données : la courbe de Lorenz si les incidents étaient répartis à raison d'un par unité sur le plus grand nombre d'unités possible</translation>
        </message>
        <message>
            <source>crime concentration</source>
            <extracomment>usm:crimeconcentration tags</extracomment>
            <translation>concentration de la criminalité</translation>
        </message>
        <message>
            <source>law of crime concentration</source>
            <extracomment>usm:crimeconcentration tags</extracomment>
            <translation>loi de concentration de la criminalité</translation>
        </message>
        <message>
            <source>gini</source>
            <extracomment>usm:crimeconcentration tags</extracomment>
            <translation>gini</translation>
        </message>
        <message>
            <source>lorenz curve</source>
            <extracomment>usm:crimeconcentration tags</extracomment>
            <translation>courbe de lorenz</translation>
        </message>
        <message>
            <source>generalized gini</source>
            <extracomment>usm:crimeconcentration tags</extracomment>
            <translation>gini généralisé</translation>
        </message>
        <message>
            <source>street segments</source>
            <extracomment>usm:crimeconcentration tags</extracomment>
            <translation>tronçons de rue</translation>
        </message>
        <message>
            <source>Incidents against environment (rate ratio)</source>
            <extracomment>usm:incidentsvsenvironment name</extracomment>
            <translation>Incidents et environnement (rapport de taux)</translation>
        </message>
        <message>
            <source>Tests whether incidents are over-represented on places meeting an environmental condition (dark segments, dead ends, lit share below a threshold...): the share of incidents there against their share of street length or exposure, as a rate ratio with an exact confidence interval and p-value, city-wide and per neighbourhood.</source>
            <extracomment>usm:incidentsvsenvironment short description; usm:incidentsvsenvironment help</extracomment>
            <translation>Teste si les incidents sont surreprésentés dans les lieux qui remplissent une condition environnementale (tronçons sombres, impasses, part éclairée inférieure à un seuil...) : la part des incidents qui s'y produisent comparée à leur part de la longueur de rues ou de l'exposition, sous forme de rapport de taux avec un intervalle de confiance et une valeur p exacts, pour la ville entière et par quartier.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Places (street segments)</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Lieux (tronçons de rue)</translation>
        </message>
        <message>
            <source>Street segments (e.g. the output of the street-segment audit) or any places with an incident count, a condition field and an exposure.</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Tronçons de rue (p. ex. la sortie de l'audit par tronçon de rue) ou tout lieu ayant un effectif d'incidents, un champ de condition et une exposition.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Incident count field</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Champ d'effectif d'incidents</translation>
        </message>
        <message>
            <source>Incidents per place, e.g. n_night (night-time incidents) or n_cat_robbery.</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Incidents par lieu, p. ex. n_night (incidents nocturnes) ou n_cat_robbery.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Condition field</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Champ de condition</translation>
        </message>
        <message>
            <source>Numeric field the condition tests, e.g. dark, lit_share, dead_end, lu_mix.</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Champ numérique testé par la condition, p. ex. dark, lit_share, dead_end, lu_mix.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Operator</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Opérateur</translation>
        </message>
        <message>
            <source>How the field is compared with the value: =, !=, &lt;, &lt;=, &gt;, &gt;=.</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Mode de comparaison du champ à la valeur : =, !=, &lt;, &lt;=, &gt;, &gt;=.</translation>
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
            <translation>Valeur</translation>
        </message>
        <message>
            <source>The value the field is compared with (dark = 1, lit_share &lt; 0.5, ...).</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>La valeur à laquelle le champ est comparé (dark = 1, lit_share &lt; 0.5, ...).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Exposure field</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Champ d'exposition</translation>
        </message>
        <message>
            <source>Exposure per place: street length in metres (length_m) by default; footfall or another exposure measure if you have one.</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Exposition par lieu : longueur de rue en mètres (length_m) par défaut ; fréquentation piétonne ou autre mesure d'exposition si vous en disposez.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Group field (neighbourhood)</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Champ de groupe (quartier)</translation>
        </message>
        <message>
            <source>Optional group of each place (e.g. nbhd_id): one more row per group.</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Groupe facultatif de chaque lieu (p. ex. nbhd_id) : une ligne de plus par groupe.</translation>
        </message>
        <message>
            <source>Level of the confidence intervals (0.95 = 95%).</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Niveau des intervalles de confiance (0,95 = 95 %).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Rate scale</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Échelle de taux</translation>
        </message>
        <message>
            <source>Rates are incidents per exposure unit times this (1000 with lengths in metres gives incidents per km).</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Les taux sont des incidents par unité d'exposition multipliés par cette valeur (1000 avec des longueurs en mètres donne des incidents par km).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Rate ratios</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Rapports de taux</translation>
        </message>
        <message>
            <source>One row for the city and one per group with the fields under Output fields.</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Une ligne pour la ville et une par groupe avec les champs listés sous Champs en sortie.</translation>
        </message>
        <message>
            <source>City-wide rate ratio</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Rapport de taux de la ville</translation>
        </message>
        <message>
            <source>Lower bound</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Borne inférieure</translation>
        </message>
        <message>
            <source>Upper bound</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Borne supérieure</translation>
        </message>
        <message>
            <source>Exact p-value</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Valeur p exacte</translation>
        </message>
        <message>
            <source>Typical use: the segments of the street-segment audit, count field n_night, condition dark = 1, exposure length_m. The result answers "are night-time incidents more frequent on dark streets than their length predicts?": if 36% of night incidents fall on dark segments that make up 20% of the street length, the rate ratio is (0.36 / 0.20) / (0.64 / 0.80) = 2.25.</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>Usage type : les tronçons de l'audit par tronçon de rue, champ d'effectif n_night, condition dark = 1, exposition length_m. Le résultat répond à la question « les incidents nocturnes sont-ils plus fréquents dans les rues sombres que ne le prédit leur longueur ? » : si 36 % des incidents nocturnes ont lieu sur des tronçons sombres qui représentent 20 % de la longueur des rues, le rapport de taux vaut (0,36 / 0,20) / (0,64 / 0,80) = 2,25.</translation>
        </message>
        <message>
            <source>The rate ratio compares incidents per unit of exposure on places meeting the condition with the other places. Its confidence interval and two-sided p-value are exact and conditional on the total number of incidents (binomial: under no effect, each incident falls on a place meeting the condition with probability equal to that side's share of the exposure; Clopper-Pearson interval of that share, as R's rateratio.test). They need no large-sample approximation and stay valid for small counts and neighbourhoods with few incidents; a side without incidents gives a bound of 0 or infinity. The rates are incidents per exposure unit times the rate scale (with lengths in metres and a scale of 1000: incidents per km).</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>Le rapport de taux compare les incidents par unité d'exposition dans les lieux qui remplissent la condition à ceux des autres lieux. Son intervalle de confiance et sa valeur p bilatérale sont exacts et conditionnels au nombre total d'incidents (binomiale : en l'absence d'effet, chaque incident tombe dans un lieu remplissant la condition avec une probabilité égale à la part de l'exposition de ce côté ; intervalle de Clopper-Pearson de cette part, comme rateratio.test de R). Ils ne nécessitent aucune approximation pour grands échantillons et restent valides pour les petits effectifs et les quartiers comptant peu d'incidents ; un côté sans incident donne une borne de 0 ou l'infini. Les taux sont des incidents par unité d'exposition multipliés par l'échelle de taux (avec des longueurs en mètres et une échelle de 1000 : incidents par km).</translation>
        </message>
        <message>
            <source>The condition is a field compared with a value: e.g. dark = 1, lit_share &lt; 0.5, dead_end = 1, lu_mix &lt;= 0.2. Places with a NULL count, condition value or exposure, or an exposure of 0, are left out and counted in the log. A group (neighbourhood) with places on one side of the condition only has no rate ratio (NULL). An observational association is not a causal effect: dark streets may also differ in other ways.</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>La condition est un champ comparé à une valeur : p. ex. dark = 1, lit_share &lt; 0.5, dead_end = 1, lu_mix &lt;= 0.2. Les lieux dont l'effectif, la valeur de condition ou l'exposition est NULL, ou dont l'exposition vaut 0, sont exclus et comptés dans le journal. Un groupe (quartier) dont les lieux sont tous du même côté de la condition n'a pas de rapport de taux (NULL). Une association observée n'est pas un effet causal : les rues sombres peuvent aussi différer sous d'autres aspects.</translation>
        </message>
        <message>
            <source>places with a count, an exposure &gt; 0 and a known condition</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>lieux ayant un effectif, une exposition &gt; 0 et une condition connue</translation>
        </message>
        <message>
            <source>places meeting the condition</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>lieux remplissant la condition</translation>
        </message>
        <message>
            <source>incidents on places meeting the condition</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>incidents dans les lieux remplissant la condition</translation>
        </message>
        <message>
            <source>incidents on the other places</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>incidents dans les autres lieux</translation>
        </message>
        <message>
            <source>exposure (e.g. street length) meeting the condition</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>exposition (p. ex. longueur de rue) remplissant la condition</translation>
        </message>
        <message>
            <source>exposure unit</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>unité d'exposition</translation>
        </message>
        <message>
            <source>exposure of the other places</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>exposition des autres lieux</translation>
        </message>
        <message>
            <source>share of the incidents on places meeting the condition</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>part des incidents dans les lieux remplissant la condition</translation>
        </message>
        <message>
            <source>share of the exposure meeting the condition</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>part de l'exposition remplissant la condition</translation>
        </message>
        <message>
            <source>incidents per unit of exposure under the condition (per km when the exposure is a length in metres x 1000)</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>incidents par unité d'exposition sous la condition (par km lorsque l'exposition est une longueur en mètres x 1000)</translation>
        </message>
        <message>
            <source>per exposure unit</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>par unité d'exposition</translation>
        </message>
        <message>
            <source>incidents per unit of exposure elsewhere</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>incidents par unité d'exposition ailleurs</translation>
        </message>
        <message>
            <source>rate_cond / rate_other; &gt; 1 more incidents than the exposure predicts</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>rate_cond / rate_other ; &gt; 1 plus d'incidents que ne le prédit l'exposition</translation>
        </message>
        <message>
            <source>lower bound of the exact confidence interval of the rate ratio</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>borne inférieure de l'intervalle de confiance exact du rapport de taux</translation>
        </message>
        <message>
            <source>upper bound (infinite when no incident is elsewhere)</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>borne supérieure (infinie lorsqu'aucun incident n'a lieu ailleurs)</translation>
        </message>
        <message>
            <source>exact two-sided p-value of rate ratio = 1 (binomial test conditional on the total)</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>valeur p exacte bilatérale de rapport de taux = 1 (test binomial conditionnel au total)</translation>
        </message>
        <message>
            <source>1 when the interval excludes 1 (p_value &lt; 1 - confidence)</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>1 lorsque l'intervalle exclut 1 (p_value &lt; 1 - confiance)</translation>
        </message>
        <message>
            <source>street lighting</source>
            <extracomment>usm:incidentsvsenvironment tags</extracomment>
            <translation>éclairage public</translation>
        </message>
        <message>
            <source>dark streets</source>
            <extracomment>usm:incidentsvsenvironment tags</extracomment>
            <translation>rues sombres</translation>
        </message>
        <message>
            <source>environment</source>
            <extracomment>usm:incidentsvsenvironment tags; usm:riskterrain tags</extracomment>
            <translation>environnement</translation>
        </message>
        <message>
            <source>exposure</source>
            <extracomment>usm:incidentsvsenvironment tags</extracomment>
            <translation>exposition</translation>
        </message>
        <message>
            <source>Risk terrain model (RTM)</source>
            <extracomment>usm:riskterrain name</extracomment>
            <translation>Modélisation du terrain de risque (RTM)</translation>
        </message>
        <message>
            <source>Risk Terrain Modeling on a grid: tests candidate environmental factors (proximity at several distances, density at several bandwidths), keeps the ones that predict incidents by a cross-validated penalised regression, and maps the relative risk per cell, with the relative risk value of every factor (protective factors below 1) and the predictive accuracy index on held-out incidents.</source>
            <extracomment>usm:riskterrain short description; usm:riskterrain help</extracomment>
            <translation>Modélisation du terrain de risque (Risk Terrain Modeling) sur une grille : teste des facteurs environnementaux candidats (proximité à plusieurs distances, densité à plusieurs largeurs de bande), retient ceux qui prédisent les incidents par une régression pénalisée avec validation croisée, et cartographie le risque relatif par cellule, avec la valeur de risque relatif de chaque facteur (facteurs protecteurs en dessous de 1) et l'indice de précision prédictive sur des incidents mis de côté.</translation>
        </message>
        <message>
            <source>Polygon(s) covering the study area, e.g. the city boundary or the neighbourhoods.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Polygone(s) couvrant la zone d'étude, p. ex. la limite de la ville ou les quartiers.</translation>
        </message>
        <message>
            <source>Incident points (the outcome). Incidents outside the study area are left out and counted.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Points d'incidents (la variable expliquée). Les incidents hors de la zone d'étude sont exclus et comptés.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Candidate factor layers</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Couches de facteurs candidats</translation>
        </message>
        <message>
            <source>One layer per candidate factor (points, lines or polygons), named as the factor should appear in the results.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Une couche par facteur candidat (points, lignes ou polygones), nommée comme le facteur doit apparaître dans les résultats.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Proximity distances (metres)</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Distances de proximité (mètres)</translation>
        </message>
        <message>
            <source>Comma-separated distances: each factor is tested as 'cell centre within d metres' for each d.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Distances séparées par des virgules : chaque facteur est testé comme « centre de la cellule à moins de d mètres » pour chaque d.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Density bandwidths (metres)</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Largeurs de bande de densité (mètres)</translation>
        </message>
        <message>
            <source>Comma-separated quartic-kernel bandwidths for point factors (high density = above mean + 2 SD); empty for proximity only.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Largeurs de bande du noyau quartique, séparées par des virgules, pour les facteurs ponctuels (densité élevée = au-dessus de la moyenne + 2 écarts types) ; vide pour la proximité seule.</translation>
        </message>
        <message>
            <source>Cell size (metres)</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Taille de cellule (mètres)</translation>
        </message>
        <message>
            <source>Side of the square cells. RTM usually uses about half the block length.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Côté des cellules carrées. La RTM utilise généralement environ la moitié de la longueur d'un îlot.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Final model</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Modèle final</translation>
        </message>
        <message>
            <source>Count model of the unpenalised refit: Poisson, or negative binomial (NB2) when the counts are overdispersed (the log warns).</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Modèle de comptage du réajustement non pénalisé : Poisson, ou binomiale négative (NB2) lorsque les effectifs sont surdispersés (le journal le signale).</translation>
        </message>
        <message>
            <source>Poisson</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Poisson</translation>
        </message>
        <message>
            <source>Negative binomial (NB2)</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Binomiale négative (NB2)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Penalty choice</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Choix de la pénalité</translation>
        </message>
        <message>
            <source>Penalty at the smallest cross-validated deviance (best prediction), or the largest within one standard error of it (a sparser model: only factors with clear effects).</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Pénalité à la plus petite déviance en validation croisée (meilleure prédiction), ou la plus forte à moins d'une erreur type de celle-ci (un modèle plus parcimonieux : uniquement les facteurs aux effets nets).</translation>
        </message>
        <message>
            <source>Smallest cross-validated deviance</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Plus petite déviance en validation croisée</translation>
        </message>
        <message>
            <source>One standard error (fewer factors)</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Un écart type (moins de facteurs)</translation>
        </message>
        <message>
            <source>Cross-validation folds</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Plis de validation croisée</translation>
        </message>
        <message>
            <source>Number of spatially blocked folds for choosing the penalty.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Nombre de plis en blocs spatiaux pour choisir la pénalité.</translation>
        </message>
        <message>
            <source>Block size (cells)</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Taille des blocs (cellules)</translation>
        </message>
        <message>
            <source>Side of the square blocks of cells dealt to the folds.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Côté des blocs carrés de cellules répartis entre les plis.</translation>
        </message>
        <message>
            <source>Held-out share of incidents</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Part des incidents mis de côté</translation>
        </message>
        <message>
            <source>Share of incidents set aside at random for the PAI (0: the PAI is computed on the training incidents, which flatters it).</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Part des incidents mise de côté au hasard pour le PAI (0 : le PAI est calculé sur les incidents d'apprentissage, ce qui le flatte).</translation>
        </message>
        <message>
            <source>PAI top share of cells</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Part des cellules retenue pour le PAI</translation>
        </message>
        <message>
            <source>The PAI scores this share of cells with the highest relative risk.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Le PAI évalue cette part des cellules au risque relatif le plus élevé.</translation>
        </message>
        <message>
            <source>Seed of the holdout split and the fold assignment: same seed, same result.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Graine du tirage des incidents mis de côté et de l'affectation aux plis : même graine, même résultat.</translation>
        </message>
        <message>
            <source>Optional neighbourhoods for the mean and maximum relative risk per neighbourhood.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Quartiers facultatifs pour le risque relatif moyen et maximal par quartier.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Risk surface</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Surface de risque</translation>
        </message>
        <message>
            <source>GeoTIFF of the relative risk per cell.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>GeoTIFF du risque relatif par cellule.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Factors</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Facteurs</translation>
        </message>
        <message>
            <source>One row per tested operationalisation with the fields under Output fields.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Une ligne par opérationnalisation testée avec les champs listés sous Champs en sortie.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Neighbourhood risk</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Risque par quartier</translation>
        </message>
        <message>
            <source>The neighbourhoods with rtm_cells, rr_mean and rr_max.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Les quartiers avec rtm_cells, rr_mean et rr_max.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Predictive accuracy index</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Indice de précision prédictive</translation>
        </message>
        <message>
            <source>The study area is covered by square cells. Each factor layer (bars, transit stops, vacant lots, schools, parks, police posts... any points, lines or polygons) is turned into 0/1 cell columns: proximity (the cell centre lies within each of the DISTANCES of the factor) and, for point layers with BANDWIDTHS, density (the quartic kernel density of the factor points is above its mean plus two standard deviations, the RTM convention).</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>La zone d'étude est couverte de cellules carrées. Chaque couche de facteur (bars, arrêts de transport en commun, terrains vacants, écoles, parcs, postes de police... tous points, lignes ou polygones) est transformée en colonnes 0/1 par cellule : proximité (le centre de la cellule est à moins de chacune des DISTANCES du facteur) et, pour les couches de points avec BANDWIDTHS, densité (la densité par noyau quartique des points du facteur dépasse sa moyenne plus deux écarts types, la convention de la RTM).</translation>
        </message>
        <message>
            <source>Selection: a lasso (L1-penalised) Poisson regression of the training incidents per cell on every column; the penalty is chosen by cross-validation (the smallest mean deviance, or with PENALTY_RULE "one standard error" the largest penalty within one standard error of it, for fewer factors) with spatially blocked folds (blocks of BLOCK_CELLS x BLOCK_CELLS cells dealt to FOLDS folds at random with SEED), so that neighbouring cells never sit on both sides of a split. Per factor the operationalisation with the largest standardised effect is kept, and the kept factors are refitted without penalty (Poisson or negative binomial). The relative risk value RRV = exp(coefficient) of a factor is the risk of a cell with the factor relative to a cell without it; RRV below 1 marks a protective factor (the resilience side). The risk surface is the product of the RRVs of the factors present in each cell (1 where none is).</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>Sélection : une régression de Poisson lasso (pénalisée L1) des incidents d'apprentissage par cellule sur toutes les colonnes ; la pénalité est choisie par validation croisée (la plus petite déviance moyenne ou, avec PENALTY_RULE « un écart type », la plus forte pénalité à moins d'une erreur type de celle-ci, pour moins de facteurs) avec des plis en blocs spatiaux (blocs de BLOCK_CELLS x BLOCK_CELLS cellules répartis au hasard entre FOLDS plis avec SEED), de sorte que des cellules voisines ne se trouvent jamais de part et d'autre d'une séparation. Pour chaque facteur, l'opérationnalisation ayant le plus grand effet standardisé est retenue, et les facteurs retenus sont réajustés sans pénalité (Poisson ou binomiale négative). La valeur de risque relatif RRV = exp(coefficient) d'un facteur est le risque d'une cellule avec le facteur par rapport à une cellule sans lui ; une RRV inférieure à 1 signale un facteur protecteur (le côté résilience). La surface de risque est le produit des RRV des facteurs présents dans chaque cellule (1 là où il n'y en a aucun).</translation>
        </message>
        <message>
            <source>Validation: a HOLDOUT share of incidents is set aside at random (SEED); the predictive accuracy index PAI of the TOP_SHARE of cells with the highest risk is their share of the held-out incidents divided by their share of the area (PAI 1 = no better than chance). An empty factor layer or a column equal in every cell is left out with a warning. The surface is written in the analysis CRS (the study area's, or the local UTM zone when that is geographic).</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>Validation : une part HOLDOUT des incidents est mise de côté au hasard (SEED) ; l'indice de précision prédictive PAI de la part TOP_SHARE des cellules au risque le plus élevé est leur part des incidents mis de côté divisée par leur part de la surface (PAI 1 = pas mieux que le hasard). Une couche de facteur vide ou une colonne identique dans toutes les cellules est exclue avec un avertissement. La surface est écrite dans le SCR d'analyse (celui de la zone d'étude, ou la zone UTM locale s'il est géographique).</translation>
        </message>
        <message>
            <source>factor layer name</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>nom de la couche de facteur</translation>
        </message>
        <message>
            <source>proximity or density</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>proximité ou densité</translation>
        </message>
        <message>
            <source>proximity distance or density bandwidth</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>distance de proximité ou largeur de bande de densité</translation>
        </message>
        <message>
            <source>study cells where the column is 1</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>cellules d'étude où la colonne vaut 1</translation>
        </message>
        <message>
            <source>1 for the operationalisation kept in the final model</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>1 pour l'opérationnalisation retenue dans le modèle final</translation>
        </message>
        <message>
            <source>final-model coefficient (log relative risk); NULL when not kept</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>coefficient du modèle final (log du risque relatif) ; NULL s'il n'est pas retenu</translation>
        </message>
        <message>
            <source>log ratio</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>log du rapport</translation>
        </message>
        <message>
            <source>its standard error</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>son erreur type</translation>
        </message>
        <message>
            <source>two-sided Wald p-value</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>valeur p de Wald bilatérale</translation>
        </message>
        <message>
            <source>relative risk value exp(coef): the risk in a cell with the factor relative to one without; &lt; 1 protective</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>valeur de risque relatif exp(coef) : le risque dans une cellule avec le facteur par rapport à une cellule sans lui ; &lt; 1 protecteur</translation>
        </message>
        <message>
            <source>1 when rrv &lt; 1 (a resilience factor)</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>1 lorsque rrv &lt; 1 (un facteur de résilience)</translation>
        </message>
        <message>
            <source>standardised coefficient at the cross-validated penalty (0 = dropped)</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>coefficient standardisé à la pénalité de validation croisée (0 = écarté)</translation>
        </message>
        <message>
            <source>log ratio per SD</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>log du rapport par écart type</translation>
        </message>
        <message>
            <source>Risk surface (raster)</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>Surface de risque (raster)</translation>
        </message>
        <message>
            <source>relative risk of the cell: product of the RRVs of the factors present; NoData outside the study area</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>risque relatif de la cellule : produit des RRV des facteurs présents ; NoData hors de la zone d'étude</translation>
        </message>
        <message>
            <source>cells whose centre lies in the neighbourhood</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>cellules dont le centre se trouve dans le quartier</translation>
        </message>
        <message>
            <source>mean relative risk of those cells</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>risque relatif moyen de ces cellules</translation>
        </message>
        <message>
            <source>maximum relative risk of those cells</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>risque relatif maximal de ces cellules</translation>
        </message>
        <message>
            <source>risk terrain modeling</source>
            <extracomment>usm:riskterrain tags</extracomment>
            <translation>modélisation du terrain de risque</translation>
        </message>
        <message>
            <source>rtm</source>
            <extracomment>usm:riskterrain tags</extracomment>
            <translation>rtm</translation>
        </message>
        <message>
            <source>relative risk</source>
            <extracomment>usm:riskterrain tags</extracomment>
            <translation>risque relatif</translation>
        </message>
        <message>
            <source>protective factors</source>
            <extracomment>usm:riskterrain tags</extracomment>
            <translation>facteurs protecteurs</translation>
        </message>
        <message>
            <source>lasso</source>
            <extracomment>usm:riskterrain tags</extracomment>
            <translation>lasso</translation>
        </message>
        <message>
            <source>negative binomial</source>
            <extracomment>usm:riskterrain tags</extracomment>
            <translation>binomiale négative</translation>
        </message>
        <message>
            <source>pai</source>
            <extracomment>usm:riskterrain tags</extracomment>
            <translation>pai</translation>
        </message>
        <message>
            <source>prediction</source>
            <extracomment>usm:riskterrain tags</extracomment>
            <translation>prédiction</translation>
        </message>
        <message>
            <source>Near repeat analysis (Knox test)</source>
            <extracomment>usm:nearrepeat name</extracomment>
            <translation>Analyse des quasi-répétitions (test de Knox)</translation>
        </message>
        <message>
            <source>Tests for repeat and near-repeat victimisation: whether pairs of incidents close in space are also close in time more often than chance, per band of distance and of days, with a seeded Monte Carlo, Knox ratios, p-values and a heat-map report.</source>
            <extracomment>usm:nearrepeat short description; usm:nearrepeat help</extracomment>
            <translation>Teste la victimisation répétée et quasi répétée : les paires d'incidents proches dans l'espace sont-elles aussi proches dans le temps plus souvent que le hasard ne le voudrait, par tranche de distance et de jours, avec une simulation Monte-Carlo à graine, des rapports de Knox, des valeurs p et un rapport en carte de chaleur.</translation>
        </message>
        <message>
            <source>Incident points of one type (e.g. burglaries). Distances are measured in metres in the layer's CRS, or in the local UTM zone when it is geographic.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Points d'incidents d'un même type (p. ex. cambriolages). Les distances sont mesurées en mètres dans le SCR de la couche, ou dans la zone UTM locale s'il est géographique.</translation>
        </message>
        <message>
            <source>Date or date-time of each incident (a date field, or text such as 2023-05-17 or 17/05/2023 21:30).</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Date ou date-heure de chaque incident (un champ date, ou un texte comme 2023-05-17 ou 17/05/2023 21:30).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Distance bands (metres)</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Tranches de distance (mètres)</translation>
        </message>
        <message>
            <source>Increasing upper limits of the distance bands, comma-separated; each band includes its upper limit.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Bornes supérieures croissantes des tranches de distance, séparées par des virgules ; chaque tranche inclut sa borne supérieure.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Time bands (days)</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Tranches de temps (jours)</translation>
        </message>
        <message>
            <source>Increasing upper limits of the time bands in days, comma-separated; each band includes its upper limit, the first also 0.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Bornes supérieures croissantes des tranches de temps en jours, séparées par des virgules ; chaque tranche inclut sa borne supérieure, la première inclut aussi 0.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Same-location band</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Tranche « même lieu »</translation>
        </message>
        <message>
            <source>Report repeats at the same location as a band of their own.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Rapporter les répétitions au même lieu dans une tranche à part.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Same-location distance (metres)</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Distance « même lieu » (mètres)</translation>
        </message>
        <message>
            <source>Incidents at most this far apart are at the same location (0: identical coordinates; a few metres for addresses geocoded slightly apart).</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Les incidents distants d'au plus cette valeur sont au même lieu (0 : coordonnées identiques ; quelques mètres pour des adresses géocodées légèrement à l'écart).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Distance</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Distance</translation>
        </message>
        <message>
            <source>Straight-line (Euclidean) or city-block (Manhattan) distance.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Distance à vol d'oiseau (euclidienne) ou par îlots (Manhattan).</translation>
        </message>
        <message>
            <source>Euclidean (straight line)</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Euclidienne (à vol d'oiseau)</translation>
        </message>
        <message>
            <source>Manhattan (city block)</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Manhattan (par îlots)</translation>
        </message>
        <message>
            <source>Monte Carlo shuffles of the dates among the locations (999 gives p-values down to 0.001; below 99 is warned).</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Permutations Monte-Carlo des dates entre les localisations (999 donne des valeurs p jusqu'à 0,001 ; en dessous de 99, un avertissement est émis).</translation>
        </message>
        <message>
            <source>Seed of the shuffles: the same seed gives the same p-values.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Graine des permutations : la même graine donne les mêmes valeurs p.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Knox table</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Table de Knox</translation>
        </message>
        <message>
            <source>One row per band pair with the fields under Output fields.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Une ligne par couple de tranches avec les champs listés sous Champs en sortie.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Heat-map report</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Rapport en carte de chaleur</translation>
        </message>
        <message>
            <source>HTML page with the Knox ratios as a heat map, the p-values and the band definitions.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Page HTML avec les rapports de Knox en carte de chaleur, les valeurs p et la définition des tranches.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Classified incidents</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Incidents classés</translation>
        </message>
        <message>
            <source>The incidents with nr_class, chain_id and chain_size.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Les incidents avec nr_class, chain_id et chain_size.</translation>
        </message>
        <message>
            <source>Every pair of incidents falls in one distance band and one time band. Bands include their upper limit and exclude the lower one, and every label is the interval itself: with DISTANCE_BANDS 100,200 and a same-location band the rows are "same location (d &lt;= 0 m)", "0 &lt; d &lt;= 100 m" and "100 &lt; d &lt;= 200 m"; with TIME_BANDS 7,14 the columns are "0 &lt;= t &lt;= 7 days" and "7 &lt; t &lt;= 14 days" (t = days between the two incidents, with the time of day when the date field has one). Pairs farther apart or further apart in time are the reference and are not reported.</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>Chaque paire d'incidents tombe dans une tranche de distance et une tranche de temps. Les tranches incluent leur borne supérieure et excluent la borne inférieure, et chaque libellé est l'intervalle lui-même : avec DISTANCE_BANDS 100,200 et une tranche « même lieu », les lignes sont "same location (d &lt;= 0 m)", "0 &lt; d &lt;= 100 m" et "100 &lt; d &lt;= 200 m" ; avec TIME_BANDS 7,14, les colonnes sont "0 &lt;= t &lt;= 7 days" et "7 &lt; t &lt;= 14 days" (t = jours entre les deux incidents, avec l'heure lorsque le champ date en comporte une). Les paires plus éloignées dans l'espace ou dans le temps servent de référence et ne sont pas rapportées.</translation>
        </message>
        <message>
            <source>expected is the exact mean number of pairs in the cell when the incidents' dates are shuffled among their locations; knox_ratio = observed / expected (above 1: more pairs than chance). The p-value comes from PERMUTATIONS random shuffles drawn with SEED: the share of shuffles with at least as many pairs (one-sided, the +1 rule). Same input and seed, same result. Incidents without a usable date or geometry are left out and counted in the log.</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>expected est le nombre moyen exact de paires dans la case lorsque les dates des incidents sont permutées entre leurs localisations ; knox_ratio = observé / attendu (au-dessus de 1 : plus de paires que le hasard). La valeur p provient de PERMUTATIONS permutations aléatoires tirées avec SEED : la part des permutations ayant au moins autant de paires (unilatéral, règle du +1). Mêmes données et même graine, même résultat. Les incidents sans date ou géométrie utilisable sont exclus et comptés dans le journal.</translation>
        </message>
        <message>
            <source>Optionally every incident is classified, with links between incidents within the first distance band and the last time band: repeat (same location as an earlier linked incident), near_repeat (close to an earlier one), originator (starts a chain), isolated; chain_id numbers the groups of linked incidents.</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>En option, chaque incident est classé, avec des liens entre incidents situés dans la première tranche de distance et la dernière tranche de temps : repeat (même lieu qu'un incident lié antérieur), near_repeat (proche d'un incident antérieur), originator (début d'une chaîne), isolated ; chain_id numérote les groupes d'incidents liés.</translation>
        </message>
        <message>
            <source>spatial band, the interval written out (e.g. '0 &lt; d &lt;= 100 m')</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>tranche spatiale, l'intervalle écrit en toutes lettres (p. ex. '0 &lt; d &lt;= 100 m')</translation>
        </message>
        <message>
            <source>temporal band, the interval written out (e.g. '7 &lt; t &lt;= 14 days')</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>tranche temporelle, l'intervalle écrit en toutes lettres (p. ex. '7 &lt; t &lt;= 14 days')</translation>
        </message>
        <message>
            <source>lower limit of the spatial band (excluded; NULL for the same-location band)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>borne inférieure de la tranche spatiale (exclue ; NULL pour la tranche « même lieu »)</translation>
        </message>
        <message>
            <source>upper limit of the spatial band (included)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>borne supérieure de la tranche spatiale (incluse)</translation>
        </message>
        <message>
            <source>lower limit of the temporal band (excluded; NULL for the first band, which includes 0)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>borne inférieure de la tranche temporelle (exclue ; NULL pour la première tranche, qui inclut 0)</translation>
        </message>
        <message>
            <source>days</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>jours</translation>
        </message>
        <message>
            <source>upper limit of the temporal band (included)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>borne supérieure de la tranche temporelle (incluse)</translation>
        </message>
        <message>
            <source>pairs of incidents in the band pair</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>paires d'incidents dans le couple de tranches</translation>
        </message>
        <message>
            <source>exact expected number of pairs when times are permuted among locations</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>nombre exact de paires attendu lorsque les dates sont permutées entre les localisations</translation>
        </message>
        <message>
            <source>observed / expected; &gt; 1 more pairs than chance</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>observé / attendu ; &gt; 1 plus de paires que le hasard</translation>
        </message>
        <message>
            <source>mean of the permutation counts (checks expected)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>moyenne des effectifs des permutations (contrôle de expected)</translation>
        </message>
        <message>
            <source>one-sided Monte Carlo p-value of an excess of pairs</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>valeur p Monte-Carlo unilatérale d'un excès de paires</translation>
        </message>
        <message>
            <source>1 when p_value &lt; 0.05</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>1 lorsque p_value &lt; 0.05</translation>
        </message>
        <message>
            <source>Classified incidents (added to the incident's own fields)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>Incidents classés (ajoutés aux champs propres de l'incident)</translation>
        </message>
        <message>
            <source>originator (starts a chain), repeat (same location as an earlier incident in the chain window), near_repeat (close to an earlier one), isolated</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>originator (début d'une chaîne), repeat (même lieu qu'un incident antérieur dans la fenêtre de la chaîne), near_repeat (proche d'un incident antérieur), isolated</translation>
        </message>
        <message>
            <source>id of the chain of linked incidents (0 = not in a chain)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>identifiant de la chaîne d'incidents liés (0 = hors chaîne)</translation>
        </message>
        <message>
            <source>incidents in the chain</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>incidents dans la chaîne</translation>
        </message>
        <message>
            <source>near repeat</source>
            <extracomment>usm:nearrepeat tags</extracomment>
            <translation>quasi-répétition</translation>
        </message>
        <message>
            <source>repeat victimisation</source>
            <extracomment>usm:nearrepeat tags</extracomment>
            <translation>victimisation répétée</translation>
        </message>
        <message>
            <source>knox test</source>
            <extracomment>usm:nearrepeat tags</extracomment>
            <translation>test de knox</translation>
        </message>
        <message>
            <source>burglary</source>
            <extracomment>usm:nearrepeat tags</extracomment>
            <translation>cambriolage</translation>
        </message>
        <message>
            <source>Full diagnosis of a city</source>
            <extracomment>usm:fulldiagnosis name</extracomment>
            <translation>Diagnostic complet d'une ville</translation>
        </message>
        <message>
            <source>Runs the whole diagnosis on a city's layers in one go: census interpolation, incidents per neighbourhood with rates, hot spots, clusters, emerging patterns, density, SDG indicators, typologies, a risk index, change and target tracking, survey shares, a street audit and facilities, into one styled GeoPackage with a neighbourhood summary, and a folder of tables.</source>
            <extracomment>usm:fulldiagnosis short description; usm:fulldiagnosis help</extracomment>
            <translation>Exécute en une fois le diagnostic complet sur les couches d'une ville : interpolation du recensement, incidents par quartier avec taux, points chauds, agrégats, tendances émergentes, densité, indicateurs ODD, typologies, indice de risque, suivi des évolutions et des cibles, proportions d'enquête, audit des rues et équipements, dans un GeoPackage stylé avec une synthèse par quartier, et un dossier de tables.</translation>
        </message>
        <message>
            <source>Neighbourhood polygons with a unique id.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Polygones des quartiers avec un identifiant unique.</translation>
        </message>
        <message>
            <source>Unique code of each neighbourhood.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Code unique de chaque quartier.</translation>
        </message>
        <message>
            <source>Incident points (crime, violence, calls for service).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Points d'incidents (crimes, violences, appels au service).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Incident category field</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Champ de catégorie des incidents</translation>
        </message>
        <message>
            <source>Counts per category (n_cat_*) when given.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Effectifs par catégorie (n_cat_*) lorsque fourni.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Incident date field</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Champ date des incidents</translation>
        </message>
        <message>
            <source>Counts per year, the emerging hot spot step, the change between years and the target path need the date of each incident.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Les effectifs par année, l'étape des points chauds émergents, l'évolution entre années et la trajectoire cible ont besoin de la date de chaque incident.</translation>
        </message>
        <message>
            <source>Census units whose variables are interpolated to the neighbourhoods.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Unités de recensement dont les variables sont interpolées sur les quartiers.</translation>
        </message>
        <message>
            <source>Code of each census unit (used in the diagnostics).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Code de chaque unité de recensement (utilisé dans les diagnostics).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Census counts</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Effectifs du recensement</translation>
        </message>
        <message>
            <source>Count variables (population, households...) split by area or raster share.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Variables de comptage (population, ménages...) réparties selon la part de surface ou de raster.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Census rates and shares</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Taux et proportions du recensement</translation>
        </message>
        <message>
            <source>Rates, shares and means, averaged weighted by population. With the incident rate they describe the neighbourhoods for the typologies.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Taux, proportions et moyennes, moyennés avec pondération par la population. Avec le taux d'incidents, ils décrivent les quartiers pour les typologies.</translation>
        </message>
        <message>
            <source>The census population count: it gives the rates per resident, the smoothed rates analysed for hot spots, the risk index and the residents of the SDG indicators.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>L'effectif de population du recensement : il donne les taux par habitant, les taux lissés analysés pour les points chauds, l'indice de risque et les habitants des indicateurs ODD.</translation>
        </message>
        <message>
            <source>Residents per cell: dasymetric census interpolation, the SDG residents and the residents near facilities.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Habitants par cellule : interpolation dasymétrique du recensement, habitants des ODD et habitants proches des équipements.</translation>
        </message>
        <message>
            <source>For SDG 11.2.1 (with public space, for the SDG step); activity generators of the street audit.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Pour l'ODD 11.2.1 (avec l'espace public, pour l'étape ODD) ; générateurs d'activité de l'audit des rues.</translation>
        </message>
        <message>
            <source>Stop capacity field</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Champ de capacité des arrêts</translation>
        </message>
        <message>
            <source>Capacity class or mode of each stop (bus, tram: low; BRT, metro, rail, ferry: high), as in SDG 11.2.1. The SDG step needs it.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Classe de capacité ou mode de chaque arrêt (bus, tramway : faible ; BRT, métro, train, ferry : élevée), comme dans l'ODD 11.2.1. L'étape ODD en a besoin.</translation>
        </message>
        <message>
            <source>For SDG 11.7.1 (with transit stops, for the SDG step).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Pour l'ODD 11.7.1 (avec les arrêts de transport en commun, pour l'étape ODD).</translation>
        </message>
        <message>
            <source>Only public spaces whose value is 1 count (all count without it).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Seuls les espaces publics dont la valeur est 1 comptent (tous comptent sans ce champ).</translation>
        </message>
        <message>
            <source>Walking distances for the SDG indicators (straight lines without it); with street lights, the street-segment audit.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Distances à pied pour les indicateurs ODD (lignes droites sans lui) ; avec les lampadaires, l'audit des tronçons de rue.</translation>
        </message>
        <message>
            <source>With the streets: the street-segment audit (lit share, dark gaps).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Avec les rues : l'audit des tronçons de rue (part éclairée, zones sombres).</translation>
        </message>
        <message>
            <source>0/1 field: only lights with 1 count as working (all count without it).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Champ 0/1 : seuls les lampadaires à 1 comptent comme fonctionnels (tous comptent sans lui).</translation>
        </message>
        <message>
            <source>Land-use polygons: the land-use mix of the street audit.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Polygones d'usage du sol : la mixité des usages de l'audit des rues.</translation>
        </message>
        <message>
            <source>The land-use class of each polygon (the street audit needs it with LAND_USE).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>La classe d'usage du sol de chaque polygone (l'audit des rues en a besoin avec LAND_USE).</translation>
        </message>
        <message>
            <source>One point per respondent: shares per neighbourhood with Wilson intervals.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Un point par répondant : proportions par quartier avec intervalles de Wilson.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Survey yes/no fields</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Champs oui/non de l'enquête</translation>
        </message>
        <message>
            <source>Answer fields coded 0/1, true/false or yes/no (e.g. feels_unsafe_night).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Champs de réponse codés 0/1, true/false ou yes/no (p. ex. feels_unsafe_night).</translation>
        </message>
        <message>
            <source>Point layers of facilities (police posts, schools, health centres): counts, densities, per resident and nearest distances per neighbourhood, fields prefixed with the layer's name; also activity generators of the street audit.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Couches de points d'équipements (postes de police, écoles, centres de santé) : effectifs, densités, par habitant et distances au plus proche par quartier, champs préfixés par le nom de la couche ; également générateurs d'activité de l'audit des rues.</translation>
        </message>
        <message>
            <source>Conditional permutations of the hot spot and cluster steps.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Permutations conditionnelles des étapes de points chauds et d'agrégats.</translation>
        </message>
        <message>
            <source>Seed of every random step: the same seed gives the same diagnosis.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Graine de chaque étape aléatoire : la même graine donne le même diagnostic.</translation>
        </message>
        <message>
            <source>Typology stability re-runs</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Réexécutions de stabilité des typologies</translation>
        </message>
        <message>
            <source>Subsample re-runs measuring how stable each neighbourhood's type is (the stand-alone tool's default is 100).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Réexécutions sur sous-échantillons mesurant la stabilité du type de chaque quartier (l'outil autonome en fait 100 par défaut).</translation>
        </message>
        <message>
            <source>Risk index Monte Carlo runs</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Tirages Monte-Carlo de l'indice de risque</translation>
        </message>
        <message>
            <source>Index computations under other choices, for the rank intervals (the stand-alone tool's default is 1000).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Calculs de l'indice sous d'autres choix, pour les intervalles de rang (l'outil autonome en fait 1000 par défaut).</translation>
        </message>
        <message>
            <source>Reduction of incidents from the first year by the target year.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Réduction des incidents par rapport à la première année d'ici l'année cible.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Diagnosis GeoPackage</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>GeoPackage du diagnostic</translation>
        </message>
        <message>
            <source>One GeoPackage with a styled layer per step (a new file: an existing one is replaced only when every step has succeeded).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Un GeoPackage avec une couche stylée par étape (un nouveau fichier : un fichier existant n'est remplacé que lorsque toutes les étapes ont réussi).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Folder for tables and reports</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Dossier des tables et rapports</translation>
        </message>
        <message>
            <source>The density raster, the CSV tables, the reports and the provenance records.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Le raster de densité, les tables CSV, les rapports et les fiches de provenance.</translation>
        </message>
        <message>
            <source>The steps run in order, each with the settings a first diagnosis needs, and each step's output feeds the next: census variables are interpolated to the neighbourhoods (when a census layer is given), incidents are counted per neighbourhood with rates per 100,000 residents and Empirical Bayes smoothed rates, Gi* hot spots (bins from the z-score, as ArcGIS, FDR-corrected) and Local Moran's I clusters (permutations, as GeoDa) are computed on the smoothed rate (on the density per km² without population), emerging hot spots over the months (with a date field), a kernel density surface, and the SDG 11.2.1 and 11.7.1 indicators (with transit stops, public space and a population source).</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>Les étapes s'exécutent dans l'ordre, chacune avec les réglages dont un premier diagnostic a besoin, et la sortie de chaque étape alimente la suivante : les variables du recensement sont interpolées aux quartiers (quand une couche de recensement est fournie), les incidents sont comptés par quartier avec des taux pour 100 000 habitants et des taux lissés par la méthode bayésienne empirique, les points chauds Gi* (classes tirées du score z, comme ArcGIS, corrigées par FDR) et les agrégats du I de Moran local (permutations, comme GeoDa) sont calculés sur le taux lissé (sur la densité par km² sans population), les points chauds émergents sur les mois (avec un champ de date), une surface de densité par noyau, et les indicateurs ODD 11.2.1 et 11.7.1 (avec arrêts de transport en commun, espace public et une source de population).</translation>
        </message>
        <message>
            <source>Then, as their inputs allow: neighbourhood typologies (k-means on the census rates and shares and the incident rate, k from 2 to 10 chosen by three criteria, seeded, with fewer stability re-runs than the stand-alone tool: TYPOLOGY_RUNS, default 30); a composite risk index from the catalogue's crime and violence and socio-economic risk groups (indicators whose field is missing left out, INDEX_RUNS Monte Carlo runs, default 200, for the rank intervals; needs rates per resident); the first year against the last year of the incident counts (exact test, FDR) and progress to a reduction target (default -50 % by 2030, benchmarked against the neighbourhood's type when typologies ran; both need a date field and at least two years); survey shares with Wilson intervals (a SURVEY point layer and its yes/no fields); a street-segment audit (STREETS and street LIGHTS; optional land use, transit stops and facilities as activity generators); and counts, densities and nearest distances of each FACILITIES layer. Steps whose inputs are missing are skipped, each with its reason in the log and in the chain's provenance record.</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>Puis, selon ce que permettent leurs entrées : typologies de quartiers (k-means sur les taux et proportions du recensement et le taux d'incidents, k de 2 à 10 choisi selon trois critères, avec graine, avec moins de réexécutions de stabilité que l'outil autonome : TYPOLOGY_RUNS, 30 par défaut) ; un indice de risque composite à partir des groupes de risque « criminalité et violence » et socio-économiques du catalogue (indicateurs dont le champ manque laissés de côté, INDEX_RUNS tirages Monte-Carlo, 200 par défaut, pour les intervalles de rang ; nécessite des taux par habitant) ; la première année face à la dernière année des effectifs d'incidents (test exact, FDR) et la progression vers une réduction cible (-50 % d'ici 2030 par défaut, comparée au type du quartier quand les typologies ont été exécutées ; les deux nécessitent un champ de date et au moins deux années) ; les proportions d'enquête avec intervalles de Wilson (une couche de points SURVEY et ses champs oui/non) ; un audit des tronçons de rue (STREETS et lampadaires LIGHTS ; usage du sol, arrêts de transport en commun et équipements facultatifs comme générateurs d'activité) ; et les effectifs, densités et distances au plus proche de chaque couche FACILITIES. Les étapes dont les entrées manquent sont sautées, chacune avec sa raison dans le journal et dans la fiche de provenance de la chaîne.</translation>
        </message>
        <message>
            <source>Last, neighbourhood_summary joins the key figures of every step by the neighbourhood id: one row per neighbourhood, each field named as the step that made it names it (see Output fields); the neighbourhood profiles read it.</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>Enfin, neighbourhood_summary joint les chiffres clés de chaque étape par l'identifiant du quartier : une ligne par quartier, chaque champ nommé comme l'étape qui l'a produit le nomme (voir Champs en sortie) ; les profils de quartier la lisent.</translation>
        </message>
        <message>
            <source>Every vector result is a layer of the output GeoPackage with its style stored in it, so it opens styled in any QGIS. The output folder holds the density GeoTIFF, the accounting and summary tables (CSV), the typology summary (HTML) and one provenance record per step plus one for the chain. The GeoPackage is written under a temporary name and moved into place when every step has succeeded: a cancelled or failed run leaves no partial package. Each step can also be run on its own, with every option, from the toolbox.</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>Chaque résultat vectoriel est une couche du GeoPackage de sortie, avec son style enregistré dedans : il s'ouvre donc stylé dans n'importe quel QGIS. Le dossier de sortie contient le GeoTIFF de densité, les tables de bilan et de synthèse (CSV), la synthèse des typologies (HTML) et une fiche de provenance par étape, plus une pour la chaîne. Le GeoPackage est écrit sous un nom temporaire et mis en place quand toutes les étapes ont réussi : une exécution annulée ou en échec ne laisse aucun paquet partiel. Chaque étape peut aussi être exécutée seule, avec toutes ses options, depuis la boîte à outils.</translation>
        </message>
        <message>
            <source>every field of the neighbourhood layer (the id field unchanged: the join key)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>tous les champs de la couche des quartiers (le champ d'identifiant inchangé : la clé de jointure)</translation>
        </message>
        <message>
            <source>census: the CENSUS_COUNTS and CENSUS_RATES fields interpolated to the neighbourhood (population among them)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>recensement : les champs CENSUS_COUNTS et CENSUS_RATES interpolés au quartier (dont la population)</translation>
        </message>
        <message>
            <source>as the census</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>comme le recensement</translation>
        </message>
        <message>
            <source>incidents: neighbourhood area</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>incidents : superficie du quartier</translation>
        </message>
        <message>
            <source>incidents: incidents in the neighbourhood</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>incidents : incidents dans le quartier</translation>
        </message>
        <message>
            <source>incidents: incidents per km²</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>incidents : incidents par km²</translation>
        </message>
        <message>
            <source>incidents: incidents per category</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>incidents : incidents par catégorie</translation>
        </message>
        <message>
            <source>incidents: incidents per calendar year (with a date field)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>incidents : incidents par année civile (avec un champ de date)</translation>
        </message>
        <message>
            <source>incidents: per 100,000 residents (with population)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>incidents : pour 100 000 habitants (avec la population)</translation>
        </message>
        <message>
            <source>per 100,000</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>pour 100 000</translation>
        </message>
        <message>
            <source>incidents: Empirical Bayes smoothed rates</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>incidents : taux lissés par la méthode bayésienne empirique</translation>
        </message>
        <message>
            <source>hotspots: Gi* z-score and confidence bin (-3..3) of eb_rate_total (dens_total without population)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>hotspots : score z de Gi* et classe de confiance (-3..3) de eb_rate_total (dens_total sans population)</translation>
        </message>
        <message>
            <source>sd, class</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>écart type, classe</translation>
        </message>
        <message>
            <source>clusters: Local Moran's I type (HH, LL, HL, LH, Not significant)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>clusters : type du I de Moran local (HH, LL, HL, LH, Not significant)</translation>
        </message>
        <message>
            <source>emerging: emerging hot spot pattern</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>emerging : tendance des points chauds émergents</translation>
        </message>
        <message>
            <source>typologies: type number (1 = largest), name, 1 for the representatives of the type</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>typologies : numéro du type (1 = le plus grand), nom, 1 pour les représentants du type</translation>
        </message>
        <message>
            <source>1..k, text, 0/1</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>1..k, texte, 0/1</translation>
        </message>
        <message>
            <source>index: composite risk index (higher = more risk), rank (1 = highest), 90% Monte Carlo intervals</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>index : indice de risque composite (plus élevé = plus de risque), rang (1 = le plus élevé), intervalles Monte-Carlo à 90 %</translation>
        </message>
        <message>
            <source>0-100, rank</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>0-100, rang</translation>
        </message>
        <message>
            <source>change: first vs last year counts, % change of the rate, significance (-1, 0, 1, 9 too few)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>change : effectifs de la première et de la dernière année, variation du taux en %, significativité (-1, 0, 1, 9 trop peu)</translation>
        </message>
        <message>
            <source>count, %, class</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>effectif, %, classe</translation>
        </message>
        <message>
            <source>target: on track / uncertain / off track (1, 0, -1, 9 too few) and the yearly reduction still needed</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>target : on track / uncertain / off track (1, 0, -1, 9 trop peu) et la réduction annuelle encore nécessaire</translation>
        </message>
        <message>
            <source>text, class, % a year</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>texte, classe, % par an</translation>
        </message>
        <message>
            <source>sdg: SDG 11.2.1, share of residents served by public transport</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>sdg : ODD 11.2.1, part des habitants desservis par les transports en commun</translation>
        </message>
        <message>
            <source>sdg: SDG 11.7.1, open public space, its reference area, share of the built-up area, residents near it, share with access (see usm:sdgindicators)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>sdg : ODD 11.7.1, espace public ouvert, sa zone de référence, part de la zone bâtie, habitants à proximité, part ayant accès (voir usm:sdgindicators)</translation>
        </message>
        <message>
            <source>m², 0-1</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>m², 0-1</translation>
        </message>
        <message>
            <source>survey: respondents, small-sample flag, share answering yes and its Wilson interval</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>survey : répondants, indicateur de petit échantillon, part répondant oui et son intervalle de Wilson</translation>
        </message>
        <message>
            <source>count, 0/1, 0-1</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>effectif, 0/1, 0-1</translation>
        </message>
        <message>
            <source>streets: the street-segment audit per neighbourhood (see usm:streetsegmentaudit)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>streets : l'audit des tronçons de rue par quartier (voir usm:streetsegmentaudit)</translation>
        </message>
        <message>
            <source>see the audit</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>voir l'audit</translation>
        </message>
        <message>
            <source>infrastructure: facilities of each FACILITIES layer (prefix = the layer name)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>infrastructure : équipements de chaque couche FACILITIES (préfixe = le nom de la couche)</translation>
        </message>
        <message>
            <source>count, 1/km², per 10,000, m</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>effectif, 1/km², pour 10 000, m</translation>
        </message>
        <message>
            <source>GeoPackage layers (OUTPUT_GPKG)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>Couches du GeoPackage (OUTPUT_GPKG)</translation>
        </message>
        <message>
            <source>census variables interpolated to the neighbourhoods</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>variables du recensement interpolées sur les quartiers</translation>
        </message>
        <message>
            <source>layer</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>couche</translation>
        </message>
        <message>
            <source>incidents per neighbourhood with rates and accounting</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>incidents par quartier avec taux et bilan</translation>
        </message>
        <message>
            <source>Gi* hot and cold spots of the incident rate</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>points chauds et froids Gi* du taux d'incidents</translation>
        </message>
        <message>
            <source>Local Moran's I clusters and outliers</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>agrégats et valeurs atypiques du I de Moran local</translation>
        </message>
        <message>
            <source>emerging hot spot patterns over time</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>tendances des points chauds émergents au fil du temps</translation>
        </message>
        <message>
            <source>SDG 11.2.1 and 11.7.1 per neighbourhood</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>ODD 11.2.1 et 11.7.1 par quartier</translation>
        </message>
        <message>
            <source>neighbourhood types (k-means, k chosen by three criteria)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>types de quartiers (k-means, k choisi selon trois critères)</translation>
        </message>
        <message>
            <source>composite risk index with Monte Carlo rank intervals</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>indice de risque composite avec intervalles de rang Monte-Carlo</translation>
        </message>
        <message>
            <source>first year against last year: significant changes</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>première année face à la dernière : évolutions significatives</translation>
        </message>
        <message>
            <source>on or off track to the target reduction</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>sur la trajectoire ou non de la réduction cible</translation>
        </message>
        <message>
            <source>survey shares with Wilson intervals</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>proportions d'enquête avec intervalles de Wilson</translation>
        </message>
        <message>
            <source>street-segment audit (lighting, dark gaps, dead ends)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>audit des tronçons de rue (éclairage, zones sombres, impasses)</translation>
        </message>
        <message>
            <source>the street audit per neighbourhood</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>l'audit des rues par quartier</translation>
        </message>
        <message>
            <source>facilities per neighbourhood, one layer per facility layer</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>équipements par quartier, une couche par couche d'équipements</translation>
        </message>
        <message>
            <source>one row per neighbourhood: the key figures of every step joined by id</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>une ligne par quartier : les chiffres clés de chaque étape joints par identifiant</translation>
        </message>
        <message>
            <source>Output folder (OUTPUT_FOLDER)</source>
            <extracomment>usm:fulldiagnosis help; usm:neighbourhoodprofiles help</extracomment>
            <translation>Dossier de sortie (OUTPUT_FOLDER)</translation>
        </message>
        <message>
            <source>incidents per km² (GeoTIFF with a .qml style)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>incidents par km² (GeoTIFF avec un style .qml)</translation>
        </message>
        <message>
            <source>every incident accounted for</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>chaque incident comptabilisé</translation>
        </message>
        <message>
            <source>census vs neighbourhood totals</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>totaux du recensement et des quartiers comparés</translation>
        </message>
        <message>
            <source>city-wide SDG values</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>valeurs ODD pour l'ensemble de la ville</translation>
        </message>
        <message>
            <source>the types: profiles, k chosen</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>les types : profils, k choisi</translation>
        </message>
        <message>
            <source>report</source>
            <extracomment>usm:fulldiagnosis help; usm:fulldiagnosis tags; usm:neighbourhoodprofiles tags</extracomment>
            <translation>rapport</translation>
        </message>
        <message>
            <source>the index: sensitivity, nodes</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>l'indice : sensibilité, nœuds</translation>
        </message>
        <message>
            <source>city-wide change and target path</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>évolution à l'échelle de la ville et trajectoire cible</translation>
        </message>
        <message>
            <source>respondents and street audit accounted for</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>bilan des répondants et de l'audit des rues</translation>
        </message>
        <message>
            <source>how each output was made; the chain record lists the steps skipped and why</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>comment chaque sortie a été produite ; la fiche de la chaîne liste les étapes sautées et pourquoi</translation>
        </message>
        <message>
            <source>JSON</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>JSON</translation>
        </message>
        <message>
            <source>diagnosis</source>
            <extracomment>usm:fulldiagnosis tags</extracomment>
            <translation>diagnostic</translation>
        </message>
        <message>
            <source>chain</source>
            <extracomment>usm:fulldiagnosis tags</extracomment>
            <translation>chaîne</translation>
        </message>
        <message>
            <source>model</source>
            <extracomment>usm:fulldiagnosis tags</extracomment>
            <translation>modèle</translation>
        </message>
        <message>
            <source>summary</source>
            <extracomment>usm:fulldiagnosis tags</extracomment>
            <translation>synthèse</translation>
        </message>
        <message>
            <source>Public release (disclosure control)</source>
            <extracomment>usm:publicrelease name</extracomment>
            <translation>Diffusion publique (contrôle de la divulgation)</translation>
        </message>
        <message>
            <source>Turns inward-facing neighbourhood counts into a public table: small counts withheld with everything derived from them, further cells withheld so that none can be recovered from totals, optional rounding, and incident points masked.</source>
            <extracomment>usm:publicrelease short description; usm:publicrelease help</extracomment>
            <translation>Transforme les effectifs internes par quartier en une table publique : les petits effectifs sont masqués avec tout ce qui en dérive, d'autres cellules sont masquées pour qu'aucune ne puisse être retrouvée à partir des totaux, arrondi facultatif, et points d'incidents brouillés.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Neighbourhood counts</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Effectifs par quartier</translation>
        </message>
        <message>
            <source>The inward-facing neighbourhood layer, e.g. the output of Aggregate incidents.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>La couche interne des quartiers, p. ex. la sortie de Agréger les incidents.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Count fields to publish</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Champs d'effectifs à publier</translation>
        </message>
        <message>
            <source>Counts of incidents (whole numbers), e.g. n_cat_* and n_y* of Aggregate incidents.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Effectifs d'incidents (nombres entiers), p. ex. n_cat_* et n_y* de Agréger les incidents.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Total field</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Champ total</translation>
        </message>
        <message>
            <source>The neighbourhood total (n_total). Published and protected too; groups of count fields that add up to it give the row equations checked by the audit.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Le total du quartier (n_total). Publié et protégé lui aussi ; les groupes de champs d'effectifs dont la somme lui est égale donnent les équations par ligne vérifiées par le contrôle.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Suppression threshold</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Seuil de masquage</translation>
        </message>
        <message>
            <source>Counts from 1 to this value minus one are withheld (OECD: 3 to 5; US NCHS: 10).</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Les effectifs de 1 à cette valeur moins un sont masqués (OCDE : 3 à 5 ; NCHS des États-Unis : 10).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Sensitive count fields</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Champs d'effectifs sensibles</translation>
        </message>
        <message>
            <source>Count fields of sensitive categories (sexual, domestic, gender-based violence); must be among the count fields.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Champs d'effectifs des catégories sensibles (violences sexuelles, domestiques, fondées sur le genre) ; ils doivent figurer parmi les champs d'effectifs.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Threshold for sensitive fields</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Seuil pour les champs sensibles</translation>
        </message>
        <message>
            <source>Counts of sensitive fields below this value are withheld.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Les effectifs des champs sensibles inférieurs à cette valeur sont masqués.</translation>
        </message>
        <message>
            <source>Residents per neighbourhood, for the minimum-population rule and, with rounding, for recomputing crude rates.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Habitants par quartier, pour la règle de population minimale et, avec l'arrondi, pour recalculer les taux bruts.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Minimum population</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Population minimale</translation>
        </message>
        <message>
            <source>Neighbourhoods with fewer residents (or none recorded) are withheld entirely (Statistics Canada: 40). Needs the population field; 0 = no rule.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Les quartiers comptant moins d'habitants (ou sans population enregistrée) sont entièrement masqués (Statistique Canada : 40). Nécessite le champ de population ; 0 = pas de règle.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Row-level fields to publish</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Champs au niveau de la ligne à publier</translation>
        </message>
        <message>
            <source>Fields describing the neighbourhood as a whole (Gi_Bin, Gi_Label, a type name): published, but withheld where the total is withheld.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Champs décrivant le quartier dans son ensemble (Gi_Bin, Gi_Label, un nom de type) : publiés, mais masqués là où le total est masqué.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Random rounding base</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Base de l'arrondi aléatoire</translation>
        </message>
        <message>
            <source>0 = no rounding; 5 = unbiased random rounding to multiples of 5 (Statistics Canada), applied to every published count and total.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>0 = pas d'arrondi ; 5 = arrondi aléatoire sans biais à des multiples de 5 (Statistique Canada), appliqué à chaque effectif et total publié.</translation>
        </message>
        <message>
            <source>With rounding: crude rates rate_x are recomputed per this many residents from the rounded counts.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Avec arrondi : les taux bruts rate_x sont recalculés pour ce nombre d'habitants à partir des effectifs arrondis.</translation>
        </message>
        <message>
            <source>Seed of the rounding and of the point masking: the same seed gives the same release, so a re-run cannot be averaged to undo them.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Graine de l'arrondi et du brouillage des points : la même graine donne la même diffusion, de sorte qu'une nouvelle exécution ne peut pas servir à les annuler par moyenne.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Incident points to mask</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Points d'incidents à brouiller</translation>
        </message>
        <message>
            <source>Optional incident layer. Its points are published only masked.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Couche d'incidents facultative. Ses points ne sont publiés que brouillés.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Category of the points</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Catégorie des points</translation>
        </message>
        <message>
            <source>The only attribute kept with the masked points (no ids, dates or descriptions).</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Le seul attribut conservé avec les points brouillés (ni identifiants, ni dates, ni descriptions).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Minimum displacement (m)</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Déplacement minimal (m)</translation>
        </message>
        <message>
            <source>No masked point lies closer than this to its true location.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Aucun point brouillé ne se trouve plus près que cette distance de sa localisation réelle.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Maximum displacement (m)</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Déplacement maximal (m)</translation>
        </message>
        <message>
            <source>Points move at most this far.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Les points se déplacent au plus de cette distance.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Public neighbourhood counts</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Effectifs publics par quartier</translation>
        </message>
        <message>
            <source>The neighbourhoods with the published fields only (see Output fields).</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Les quartiers avec uniquement les champs publiés (voir Champs en sortie).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Disclosure report</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Rapport de divulgation</translation>
        </message>
        <message>
            <source>Thresholds, primary and secondary suppressions, audit, rounding and geography.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Seuils, masquages primaires et secondaires, contrôle, arrondi et découpage géographique.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Masked points</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Points brouillés</translation>
        </message>
        <message>
            <source>The masked incident points (only with an incident layer).</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Les points d'incidents brouillés (uniquement avec une couche d'incidents).</translation>
        </message>
        <message>
            <source>Incident data describes victims; for sexual, domestic and gender-based violence a small count in a small neighbourhood, or an exact point, can identify a person. This algorithm prepares one geography for publication. Primary suppression: a count from 1 to the threshold minus one is withheld (0 reveals no one and is published), with its rate, smoothed rate, density and weight fields (rate_x, eb_rate_x, dens_x, w_x for a count n_x), and with the row-level fields you list (a hot-spot label, a z-score) where the neighbourhood's total is withheld. Sensitive categories get a higher threshold. Neighbourhoods with fewer residents than the minimum population get no data.</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Les données d'incidents décrivent des victimes ; pour les violences sexuelles, domestiques et fondées sur le genre, un petit effectif dans un petit quartier, ou un point exact, peut permettre d'identifier une personne. Cet algorithme prépare un découpage géographique pour publication. Masquage primaire : un effectif compris entre 1 et le seuil moins un est masqué (0 ne révèle personne et est publié), avec ses champs de taux, de taux lissé, de densité et de pondération (rate_x, eb_rate_x, dens_x, w_x pour un effectif n_x), et avec les champs au niveau de la ligne que vous listez (une étiquette de point chaud, un score z) là où le total du quartier est masqué. Les catégories sensibles ont un seuil plus élevé. Les quartiers comptant moins d'habitants que la population minimale ne reçoivent aucune donnée.</translation>
        </message>
        <message>
            <source>Secondary suppression: city totals are taken as public, and groups of fields that add up to the total field (categories n_cat_*, years n_y*, months, weekdays, hour bands) as row equations; further cells are withheld until no withheld cell can be worked out from the published ones (every equation has 0 or at least 2 withheld cells, then an exact linear-algebra audit). Optional random rounding to a base (unbiased, seeded) applies to every published count; crude rates are then recomputed from the rounded counts and smoothed rates withheld, so that a rate cannot undo the rounding.</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Masquage secondaire : les totaux de la ville sont considérés comme publics, et les groupes de champs dont la somme est égale au champ total (catégories n_cat_*, années n_y*, mois, jours de la semaine, tranches horaires) comme des équations par ligne ; d'autres cellules sont masquées jusqu'à ce qu'aucune cellule masquée ne puisse être déduite des cellules publiées (chaque équation a 0 ou au moins 2 cellules masquées, puis un contrôle exact par algèbre linéaire). Un arrondi aléatoire facultatif à une base (sans biais, avec graine) s'applique à chaque effectif publié ; les taux bruts sont alors recalculés à partir des effectifs arrondis et les taux lissés sont masqués, pour qu'un taux ne puisse pas annuler l'arrondi.</translation>
        </message>
        <message>
            <source>Points: give the incident layer to publish masked points. Each point is moved in a random direction by a random distance between the minimum and maximum displacement (donut geomasking), so that no published point lies within the minimum distance of a true location; only the category is kept. The disclosure report lists every threshold and count.</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Points : fournissez la couche d'incidents pour publier des points masqués. Chaque point est déplacé dans une direction aléatoire d'une distance aléatoire comprise entre le déplacement minimal et le déplacement maximal (géomasquage en anneau), de sorte qu'aucun point publié ne se trouve à moins de la distance minimale d'un emplacement réel ; seule la catégorie est conservée. Le rapport de divulgation liste chaque seuil et chaque effectif.</translation>
        </message>
        <message>
            <source>One geography per package: a GeoPackage output records what each public layer was made from (table usm_public_releases: the id field, a digest of the area ids, the count fields with their city totals, the input file name and its SHA-256). Adding a layer to an existing package (ogr:dbname='public.gpkg' table="..." as the output) is refused, with nothing written, when the package already holds a layer of the same data (the same input, or the same city totals of the shared count fields) at another geography (another id field or another set of areas): two overlapping geographies let withheld small counts be recovered by subtraction. Periods belong in one table (count fields n_y2022, n_y2023 with the total), whose row equations the secondary suppression protects.</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Une seule géographie par paquet : une sortie GeoPackage enregistre à partir de quoi chaque couche publique a été produite (table usm_public_releases : le champ d'identifiant, une empreinte des identifiants des zones, les champs d'effectifs avec leurs totaux pour la ville, le nom du fichier d'entrée et son SHA-256). L'ajout d'une couche à un paquet existant (ogr:dbname='public.gpkg' table="..." comme sortie) est refusé, sans rien écrire, quand le paquet contient déjà une couche des mêmes données (la même entrée, ou les mêmes totaux de ville pour les champs d'effectifs communs) à une autre géographie (un autre champ d'identifiant ou un autre ensemble de zones) : deux géographies qui se chevauchent permettent de retrouver par soustraction les petits effectifs retenus. Les périodes vont dans une seule table (champs d'effectifs n_y2022, n_y2023 avec le total), dont la suppression secondaire protège les équations de ligne.</translation>
        </message>
        <message>
            <source>the neighbourhood id</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>l'identifiant du quartier</translation>
        </message>
        <message>
            <source>published counts; NULL where withheld</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>effectifs publiés ; NULL lorsque masqués</translation>
        </message>
        <message>
            <source>derived fields of a count n_&lt;x&gt;, NULL where the count is withheld</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>champs dérivés d'un effectif n_&lt;x&gt;, NULL lorsque l'effectif est masqué</translation>
        </message>
        <message>
            <source>as input</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>comme en entrée</translation>
        </message>
        <message>
            <source>NULL where the total is withheld</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>NULL lorsque le total est masqué</translation>
        </message>
        <message>
            <source>residents; NULL for a withheld neighbourhood</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>habitants ; NULL pour un quartier masqué</translation>
        </message>
        <message>
            <source>residents</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>habitants</translation>
        </message>
        <message>
            <source>1 = neighbourhood withheld for its population</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>1 = quartier masqué en raison de sa population</translation>
        </message>
        <message>
            <source>count cells withheld in the row</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>cellules d'effectifs masquées dans la ligne</translation>
        </message>
        <message>
            <source>Disclosure report (REPORT)</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Rapport de divulgation (REPORT)</translation>
        </message>
        <message>
            <source>what is reported (threshold, primary_suppressions, ...)</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>ce qui est rapporté (threshold, primary_suppressions, ...)</translation>
        </message>
        <message>
            <source>its value</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>sa valeur</translation>
        </message>
        <message>
            <source>Register in a GeoPackage output (table usm_public_releases)</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Registre dans une sortie GeoPackage (table usm_public_releases)</translation>
        </message>
        <message>
            <source>the public layer</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>la couche publique</translation>
        </message>
        <message>
            <source>JSON: id field, number of areas, digest of the area ids, count fields and their city totals, input file name and its SHA-256</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>JSON : champ d'identifiant, nombre de zones, empreinte des identifiants des zones, champs d'effectifs et leurs totaux pour la ville, nom du fichier d'entrée et son SHA-256</translation>
        </message>
        <message>
            <source>Masked points (POINTS_OUTPUT)</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Points brouillés (POINTS_OUTPUT)</translation>
        </message>
        <message>
            <source>the incident's category, if chosen</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>la catégorie de l'incident, si elle est choisie</translation>
        </message>
        <message>
            <source>public release</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>diffusion publique</translation>
        </message>
        <message>
            <source>disclosure</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>divulgation</translation>
        </message>
        <message>
            <source>privacy</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>confidentialité</translation>
        </message>
        <message>
            <source>suppression</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>masquage</translation>
        </message>
        <message>
            <source>confidentiality</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>confidentialité</translation>
        </message>
        <message>
            <source>rounding</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>arrondi</translation>
        </message>
        <message>
            <source>geomasking</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>brouillage géographique</translation>
        </message>
        <message>
            <source>open data</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>données ouvertes</translation>
        </message>
        <message>
            <source>victims</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>victimes</translation>
        </message>
        <message>
            <source>Neighbourhood profiles and atlas</source>
            <extracomment>usm:neighbourhoodprofiles name</extracomment>
            <translation>Profils de quartier et atlas</translation>
        </message>
        <message>
            <source>One page per neighbourhood for the local safety audit: a map with its hot-spot class and incident density, its indicators against the city and its type, trends, survey results with intervals and data-quality notes, as self-contained HTML pages and a print-ready atlas PDF.</source>
            <extracomment>usm:neighbourhoodprofiles short description; usm:neighbourhoodprofiles help</extracomment>
            <translation>Une page par quartier pour l'audit local de sécurité : une carte avec sa classe de point chaud et sa densité d'incidents, ses indicateurs comparés à la ville et à son type, les tendances, les résultats d'enquête avec intervalles et des notes sur la qualité des données, sous forme de pages HTML autonomes et d'un atlas PDF prêt à imprimer.</translation>
        </message>
        <message>
            <source>Neighbourhood polygons with their figures, e.g. the neighbourhood_summary layer of the full diagnosis, a typology or a public release output.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Polygones des quartiers avec leurs chiffres, p. ex. la couche neighbourhood_summary du diagnostic complet, une sortie de typologies ou de diffusion publique.</translation>
        </message>
        <message>
            <source>Unique code of each neighbourhood; it names the pages (profile_&lt;id&gt;.html).</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Code unique de chaque quartier ; il nomme les pages (profile_&lt;id&gt;.html).</translation>
        </message>
        <message>
            <source>Name field</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Champ de nom</translation>
        </message>
        <message>
            <source>Neighbourhood name shown in the titles. Default: the first of name, nbhd_name, neighbourhood, nombre, nom, nome.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Nom du quartier affiché dans les titres. Par défaut : le premier de name, nbhd_name, neighbourhood, nombre, nom, nome.</translation>
        </message>
        <message>
            <source>Neighbourhood type, the comparison group. Default: type_name, else type_id (the Typologies output).</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Type de quartier, le groupe de comparaison. Par défaut : type_name, sinon type_id (la sortie de Typologies).</translation>
        </message>
        <message>
            <source>Hot-spot class field</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Champ de classe de point chaud</translation>
        </message>
        <message>
            <source>Hot-spot class that colours the maps. Default: Gi_Bin (Gi* bins -3..3), else LMI_Type (Local Moran types); without one the maps show the incident density.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Classe de point chaud qui colore les cartes. Par défaut : Gi_Bin (classes Gi* -3..3), sinon LMI_Type (types du I de Moran local) ; sans elle, les cartes montrent la densité d'incidents.</translation>
        </message>
        <message>
            <source>Numeric fields compared with the city and the type. Default: the Urban Safety Monitor fields found (population, n_total, rate_total, eb_rate_total, dens_total, n_cat_*, index, rank, sdg1121, sdg1171_*, income and census shares, street audit figures).</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Champs numériques comparés à la ville et au type. Par défaut : les champs de l'Urban Safety Monitor trouvés (population, n_total, rate_total, eb_rate_total, dens_total, n_cat_*, index, rank, sdg1121, sdg1171_*, revenu et proportions du recensement, chiffres de l'audit des rues).</translation>
        </message>
        <message>
            <source>Period count fields</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Champs d'effectifs par période</translation>
        </message>
        <message>
            <source>Incident counts per period, in time order, for the trend. Default: the n_y&lt;year&gt; fields, by year.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Effectifs d'incidents par période, dans l'ordre chronologique, pour la tendance. Par défaut : les champs n_y&lt;year&gt;, par année.</translation>
        </message>
        <message>
            <source>Survey share fields</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Champs de proportions d'enquête</translation>
        </message>
        <message>
            <source>Survey shares (0-1). Default: every share_&lt;q&gt; field; intervals from ci_low_&lt;q&gt; and ci_high_&lt;q&gt;.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Proportions d'enquête (0-1). Par défaut : chaque champ share_&lt;q&gt; ; intervalles tirés de ci_low_&lt;q&gt; et ci_high_&lt;q&gt;.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Incident density raster</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Raster de densité d'incidents</translation>
        </message>
        <message>
            <source>Optional kernel density surface (incidents per km², e.g. from Kernel density): each neighbourhood's density is the mean of the cells whose centre lies in it. Without it: the dens_total field, else n_total / area.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Surface de densité par noyau facultative (incidents par km², p. ex. issue de Densité par noyau) : la densité de chaque quartier est la moyenne des cellules dont le centre s'y trouve. Sans elle : le champ dens_total, sinon n_total / superficie.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Incident accounting table</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Table de bilan des incidents</translation>
        </message>
        <message>
            <source>Optional accounting table of Aggregate incidents (item, count): the city's incidents read, assigned, outside and dropped are quoted in the data-quality notes.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Table de bilan facultative d'Agréger les incidents par quartier (item, count) : les incidents de la ville lus, affectés, à l'extérieur et écartés sont cités dans les notes sur la qualité des données.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Title</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Title of the index page, shown on every page and in the atlas.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Titre de la page d'index, affiché sur chaque page et dans l'atlas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Atlas layout template (.qpt)</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Modèle de mise en page de l'atlas (.qpt)</translation>
        </message>
        <message>
            <source>A print layout template of your own (start from the bundled resources/layouts/neighbourhood_atlas.qpt). Empty: the bundled template.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Un modèle de mise en page d'impression personnel (partez du modèle fourni resources/layouts/neighbourhood_atlas.qpt). Vide : le modèle fourni.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Folder for the HTML profiles</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Dossier des profils HTML</translation>
        </message>
        <message>
            <source>index.html and one profile_&lt;id&gt;.html per neighbourhood.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>index.html et un profile_&lt;id&gt;.html par quartier.</translation>
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
            <translation>L'atlas prêt à imprimer : une page par quartier. Laissez vide pour ne pas le produire. Les mêmes entrées écrivent le même fichier, octet pour octet : sa date de création est la variable d'environnement SOURCE_DATE_EPOCH si elle est définie, sinon le 1er janvier 1970.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Index page</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Page d'index</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Neighbourhood pages</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Pages des quartiers</translation>
        </message>
        <message>
            <source>Each neighbourhood gets an HTML page (profile_&lt;id&gt;.html) that opens offline: every chart and the map are drawn into the page (inline SVG, no script, no internet). The index page (index.html) has a map of the city linking every page and a table of all neighbourhoods, also sorted by each column (index_by_&lt;n&gt;.html). The pages are checked against the layer: every figure carries its field name and exact value.</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>Chaque quartier reçoit une page HTML (profile_&lt;id&gt;.html) qui s'ouvre hors ligne : chaque graphique et la carte sont dessinés dans la page (SVG intégré, sans script, sans internet). La page d'index (index.html) comporte une carte de la ville avec un lien vers chaque page et un tableau de tous les quartiers, également trié selon chaque colonne (index_by_&lt;n&gt;.html). Les pages sont vérifiées par rapport à la couche : chaque chiffre porte son nom de champ et sa valeur exacte.</translation>
        </message>
        <message>
            <source>The profile shows, for each indicator, the neighbourhood's value, the city median and mean, its percentile rank in the city (the share of neighbourhoods at or below it) and the mean of its type; the counts per period with the city mean and a direction (a least-squares line: within 5% of the mean level it is called stable; this is a description, not a test); the survey shares with their confidence intervals; and the data-quality notes: values missing and why (withheld by a public release, suppressed, a rate without population, NULL in the layer), small survey samples, and the city's incident accounting when its table is given. A missing value is shown as "no data", never as 0, and is left out of the city and type figures.</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>Le profil montre, pour chaque indicateur, la valeur du quartier, la médiane et la moyenne de la ville, son rang centile dans la ville (la part des quartiers à ce niveau ou en dessous) et la moyenne de son type ; les effectifs par période avec la moyenne de la ville et une direction (une droite des moindres carrés : à moins de 5 % du niveau moyen, elle est dite stable ; c'est une description, pas un test) ; les proportions d'enquête avec leurs intervalles de confiance ; et les notes sur la qualité des données : valeurs manquantes et pourquoi (retenues par une diffusion publique, supprimées, un taux sans population, NULL dans la couche), petits échantillons d'enquête, et le bilan des incidents de la ville quand sa table est fournie. Une valeur manquante est affichée comme « pas de données », jamais comme 0, et elle est exclue des chiffres de la ville et du type.</translation>
        </message>
        <message>
            <source>Fields are found by the names the Urban Safety Monitor writes (population, n_total, rate_total, eb_rate_total, dens_total, n_cat_*, index with index_lo/index_hi, rank, sdg1121, sdg1171_*, n_y&lt;year&gt;, share_*/ci_low_*/ci_high_*, Gi_Bin or LMI_Type, type_name, withheld, n_suppressed, small_sample), so the neighbourhood summary of the full diagnosis, a typology output or a public release output work as they are; any other layer works with the fields named in the parameters.</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>Les champs sont trouvés par les noms qu'écrit l'Urban Safety Monitor (population, n_total, rate_total, eb_rate_total, dens_total, n_cat_*, index avec index_lo/index_hi, rank, sdg1121, sdg1171_*, n_y&lt;year&gt;, share_*/ci_low_*/ci_high_*, Gi_Bin ou LMI_Type, type_name, withheld, n_suppressed, small_sample) : la synthèse par quartier du diagnostic complet, une sortie de typologies ou de diffusion publique fonctionnent telles quelles ; toute autre couche fonctionne avec les champs désignés dans les paramètres.</translation>
        </message>
        <message>
            <source>The atlas PDF has one page per neighbourhood, made by a QGIS print layout driven by an atlas on the neighbourhood layer: the map zooms to the neighbourhood, styled by hot-spot class with the neighbourhood outlined, and the labels are QGIS expressions on the layer's fields. The layout is the template resources/layouts/neighbourhood_atlas.qpt: open it in QGIS's layout designer (Project &gt; Layout Manager &gt; From template), change it and give the edited copy as the layout template. Labels holding [usm:title], [usm:subtitle], [usm:figures], [usm:trend], [usm:survey], [usm:quality] or [usm:footer] get the texts made for the run; any other label or expression is kept as written.</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>L'atlas PDF comporte une page par quartier, produite par une mise en page d'impression QGIS pilotée par un atlas sur la couche des quartiers : la carte zoome sur le quartier, stylée par classe de point chaud avec le contour du quartier mis en évidence, et les étiquettes sont des expressions QGIS sur les champs de la couche. La mise en page est le modèle resources/layouts/neighbourhood_atlas.qpt : ouvrez-le dans le concepteur de mise en page de QGIS (Projet &gt; Gestionnaire de mises en page &gt; À partir d'un modèle), modifiez-le et indiquez la copie modifiée comme modèle de mise en page. Les étiquettes contenant [usm:title], [usm:subtitle], [usm:figures], [usm:trend], [usm:survey], [usm:quality] ou [usm:footer] reçoivent les textes produits pour l'exécution ; toute autre étiquette ou expression est conservée telle qu'écrite.</translation>
        </message>
        <message>
            <source>Every output is written under a temporary name and moved into place when the whole run has succeeded: a cancelled or failed run leaves the folder and the PDF as they were. Pages of an earlier run in the same folder are replaced when their neighbourhood is in the layer, and left otherwise: use an empty folder for a clean set.</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>Chaque sortie est écrite sous un nom temporaire et mise en place quand toute l'exécution a réussi : une exécution annulée ou en échec laisse le dossier et le PDF tels qu'ils étaient. Les pages d'une exécution antérieure dans le même dossier sont remplacées quand leur quartier figure dans la couche, et laissées sinon : utilisez un dossier vide pour obtenir un jeu propre.</translation>
        </message>
        <message>
            <source>overview map linking every page, and the table of all neighbourhoods</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>carte d'ensemble avec un lien vers chaque page, et le tableau de tous les quartiers</translation>
        </message>
        <message>
            <source>HTML</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>HTML</translation>
        </message>
        <message>
            <source>the same table sorted by its n-th column</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>le même tableau trié selon sa n-ième colonne</translation>
        </message>
        <message>
            <source>the profile of one neighbourhood (unsafe characters of the id replaced by _)</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>le profil d'un quartier (caractères non sûrs de l'identifiant remplacés par _)</translation>
        </message>
        <message>
            <source>Atlas (ATLAS_PDF)</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>Atlas (ATLAS_PDF)</translation>
        </message>
        <message>
            <source>one page per neighbourhood, in id order, numbered</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>une page par quartier, dans l'ordre des identifiants, numérotée</translation>
        </message>
        <message>
            <source>PDF page</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>page PDF</translation>
        </message>
        <message>
            <source>Numeric outputs</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>Sorties numériques</translation>
        </message>
        <message>
            <source>neighbourhood pages written (HTML and, with ATLAS_PDF, PDF pages)</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>pages de quartier écrites (HTML et, avec ATLAS_PDF, pages PDF)</translation>
        </message>
        <message>
            <source>profile</source>
            <extracomment>usm:neighbourhoodprofiles tags</extracomment>
            <translation>profil</translation>
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
            <translation>mise en page d'impression</translation>
        </message>
        <message>
            <source>local safety audit</source>
            <extracomment>usm:neighbourhoodprofiles tags</extracomment>
            <translation>audit local de sécurité</translation>
        </message>
        <message>
            <source>publish</source>
            <extracomment>usm:neighbourhoodprofiles tags</extracomment>
            <translation>publier</translation>
        </message>
        <message>
            <source>dashboard</source>
            <extracomment>usm:neighbourhoodprofiles tags</extracomment>
            <translation>tableau de bord</translation>
        </message>
        <message>
            <source>Batch monitor: many cities and years</source>
            <extracomment>usm:batchmonitor name</extracomment>
            <translation>Suivi par lots : plusieurs villes et années</translation>
        </message>
        <message>
            <source>Runs the monitor for every city and year of a configuration file: one GeoPackage per city-year with incident counts, rates, Empirical Bayes rates, Gi* hot spots and the change from the previous year, plus a summary table; in this process or on a Dask cluster.</source>
            <extracomment>usm:batchmonitor short description; usm:batchmonitor help</extracomment>
            <translation>Exécute le suivi pour chaque ville et chaque année d'un fichier de configuration : un GeoPackage par ville-année avec les effectifs d'incidents, les taux, les taux bayésiens empiriques, les points chauds Gi* et l'évolution depuis l'année précédente, plus une table de synthèse ; dans ce processus ou sur un cluster Dask.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>Configuration file (TOML or JSON)</source>
            <extracomment>usm:batchmonitor parameters</extracomment>
            <translation>Fichier de configuration (TOML ou JSON)</translation>
        </message>
        <message>
            <source>The cities, years, fields and options (see the description). Relative paths in it are relative to the file's folder.</source>
            <extracomment>usm:batchmonitor parameters; usm:batchmonitor help</extracomment>
            <translation>Les villes, années, champs et options (voir la description). Les chemins relatifs qu'il contient sont relatifs au dossier du fichier.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>Output folder</source>
            <extracomment>usm:batchmonitor parameters</extracomment>
            <translation>Dossier de sortie</translation>
        </message>
        <message>
            <source>Folder for the &lt;city&gt;_&lt;year&gt;.gpkg files; empty = the output_folder of the configuration file.</source>
            <extracomment>usm:batchmonitor parameters; usm:batchmonitor help</extracomment>
            <translation>Dossier des fichiers &lt;city&gt;_&lt;year&gt;.gpkg ; vide = le output_folder du fichier de configuration.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>Summary table</source>
            <extracomment>usm:batchmonitor parameters</extracomment>
            <translation>Table de synthèse</translation>
        </message>
        <message>
            <source>One row per city-year: status, incidents read, assigned, outside and dropped, undated incidents of the city, city-wide rate, hot and cold spots, output file, error or warnings.</source>
            <extracomment>usm:batchmonitor parameters; usm:batchmonitor help</extracomment>
            <translation>Une ligne par ville-année : statut, incidents lus, affectés, à l'extérieur et écartés, incidents non datés de la ville, taux à l'échelle de la ville, points chauds et points froids, fichier de sortie, erreur ou avertissements.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>Dask scheduler</source>
            <extracomment>usm:batchmonitor parameters</extracomment>
            <translation>Ordonnanceur Dask</translation>
        </message>
        <message>
            <source>Empty: run in this process. 'local' or 'local:&lt;workers&gt;': a local Dask cluster. An address (tcp://host:8786): a running Dask cluster. Needs dask, distributed and dask-geopandas.</source>
            <extracomment>usm:batchmonitor parameters; usm:batchmonitor help</extracomment>
            <translation>Vide : exécution dans ce processus. 'local' ou 'local:&lt;workers&gt;' : un cluster Dask local. Une adresse (tcp://host:8786) : un cluster Dask en cours d'exécution. Nécessite dask, distributed et dask-geopandas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>City-years run</source>
            <extracomment>usm:batchmonitor parameters</extracomment>
            <translation>Villes-années exécutées</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>City-years failed</source>
            <extracomment>usm:batchmonitor parameters</extracomment>
            <translation>Villes-années en échec</translation>
        </message>
        <message>
            <source>The configuration file (TOML or JSON) names an output folder, defaults, and the cities: for each, the neighbourhoods file (and layer), the id and population fields, the incidents file (and layer), the category and date fields and the years. Each city may override any default. Every problem of the file is listed at once: missing keys, unknown keys (the nearest known key is suggested), files that do not exist, years that are not whole numbers. An example is in the README (section "Batch monitor").</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>Le fichier de configuration (TOML ou JSON) indique un dossier de sortie, des valeurs par défaut et les villes : pour chacune, le fichier des quartiers (et sa couche), les champs d'identifiant et de population, le fichier des incidents (et sa couche), les champs de catégorie et de date et les années. Chaque ville peut remplacer n'importe quelle valeur par défaut. Tous les problèmes du fichier sont listés en une fois : clés manquantes, clés inconnues (la clé connue la plus proche est suggérée), fichiers inexistants, années qui ne sont pas des nombres entiers. Un exemple figure dans le README (section « Batch monitor »).</translation>
        </message>
        <message>
            <source>For each city-year the incidents dated in that year are counted per neighbourhood with the same core as Aggregate incidents to neighbourhoods (same boundary rule, same accounting: read = assigned + outside + dropped), rates and Empirical Bayes rates are computed, Gi* hot spots of the rate are found (queen neighbours, normal approximation, FDR as in Hot spots), and the change from the previous year of the run is tested (exact conditional Poisson test, FDR, as Compare periods). Each city-year is written to &lt;city&gt;_&lt;year&gt;.gpkg in the output folder (layer neighbourhoods: the input neighbourhoods with every field plus the results; layer accounting), under a temporary name until complete.</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>Pour chaque ville-année, les incidents datés de cette année sont comptés par quartier avec le même noyau de calcul qu'Agréger les incidents par quartier (même règle de limite, même bilan : lus = affectés + à l'extérieur + écartés), les taux et les taux bayésiens empiriques sont calculés, les points chauds Gi* du taux sont détectés (voisins de type reine, approximation normale, FDR comme dans Points chauds), et l'évolution depuis l'année précédente de l'exécution est testée (test de Poisson conditionnel exact, FDR, comme Comparer des périodes). Chaque ville-année est écrite dans &lt;city&gt;_&lt;year&gt;.gpkg dans le dossier de sortie (couche neighbourhoods : les quartiers d'entrée avec tous leurs champs plus les résultats ; couche accounting), sous un nom temporaire jusqu'à son achèvement.</translation>
        </message>
        <message>
            <source>A city or year that fails (a missing field, a year without incidents, an unreadable file) is reported in the summary with its error, and the others still run; the number of failed city-years is an output and a warning in the log.</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>Une ville ou une année en échec (un champ manquant, une année sans incidents, un fichier illisible) est signalée dans la synthèse avec son erreur, et les autres s'exécutent quand même ; le nombre de villes-années en échec est une sortie et un avertissement dans le journal.</translation>
        </message>
        <message>
            <source>Dask scheduler: empty runs everything in this QGIS process. "local" or "local:4" starts a local Dask cluster of 2 (or 4) workers; an address such as tcp://10.0.0.5:8786 sends the work to a running Dask cluster, whose workers must be able to read the input files and import the plugin (its folder's parent on their PYTHONPATH). Cities with "partitions = N" in the configuration have their incidents read in partitions with dask-geopandas (sorted into spatial partitions with "spatial_shuffle = true") and counted partition by partition, so no worker holds a whole city; the others run as one task per city-year. The results are identical to a run in this process. Dask needs the Python packages dask, distributed and dask-geopandas; the log says how to install them when they are missing. Inside QGIS a local cluster's workers are threads of QGIS (QGIS cannot start worker processes); for real parallel speed run the same configuration from the command line (python -m urban_safety_monitor.usm_plugin.batch, see the README).</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>Ordonnanceur Dask : vide, tout s'exécute dans ce processus QGIS. « local » ou « local:4 » démarre un cluster Dask local de 2 (ou 4) workers ; une adresse telle que tcp://10.0.0.5:8786 envoie le travail à un cluster Dask en cours d'exécution, dont les workers doivent pouvoir lire les fichiers d'entrée et importer l'extension (le dossier parent de celle-ci dans leur PYTHONPATH). Les villes avec « partitions = N » dans la configuration voient leurs incidents lus par partitions avec dask-geopandas (triés en partitions spatiales avec « spatial_shuffle = true ») et comptés partition par partition, de sorte qu'aucun worker ne détient une ville entière ; les autres s'exécutent à raison d'une tâche par ville-année. Les résultats sont identiques à ceux d'une exécution dans ce processus. Dask nécessite les paquets Python dask, distributed et dask-geopandas ; le journal indique comment les installer quand ils manquent. Dans QGIS, les workers d'un cluster local sont des threads de QGIS (QGIS ne peut pas démarrer de processus workers) ; pour un vrai gain de parallélisme, exécutez la même configuration en ligne de commande (python -m urban_safety_monitor.usm_plugin.batch, voir le README).</translation>
        </message>
        <message>
            <source>Summary table (one row per city-year)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>Table de synthèse (une ligne par ville-année)</translation>
        </message>
        <message>
            <source>city name from the configuration</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>nom de la ville tiré de la configuration</translation>
        </message>
        <message>
            <source>year of the incidents</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>année des incidents</translation>
        </message>
        <message>
            <source>ok, warning (written, see message) or failed (nothing written)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>ok, warning (écrit, voir le message) ou failed (rien d'écrit)</translation>
        </message>
        <message>
            <source>incidents of the city dated in the year</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>incidents de la ville datés de l'année</translation>
        </message>
        <message>
            <source>of those, assigned to exactly one neighbourhood</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>parmi eux, affectés à exactement un quartier</translation>
        </message>
        <message>
            <source>of those, outside every neighbourhood</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>parmi eux, hors de tout quartier</translation>
        </message>
        <message>
            <source>of those, dropped (null or empty geometry, invalid coordinates)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>parmi eux, écartés (géométrie nulle ou vide, coordonnées invalides)</translation>
        </message>
        <message>
            <source>incidents of the city with a missing or unparsable date (in no year)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>incidents de la ville dont la date manque ou est illisible (dans aucune année)</translation>
        </message>
        <message>
            <source>city-wide incidents per rate_per residents (neighbourhoods with a population)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>incidents à l'échelle de la ville pour rate_per habitants (quartiers avec une population)</translation>
        </message>
        <message>
            <source>per rate_per residents</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>pour rate_per habitants</translation>
        </message>
        <message>
            <source>neighbourhoods in a Gi* hot spot (Gi_Bin &gt; 0)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>quartiers dans un point chaud Gi* (Gi_Bin &gt; 0)</translation>
        </message>
        <message>
            <source>neighbourhoods in a Gi* cold spot (Gi_Bin &lt; 0)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>quartiers dans un point froid Gi* (Gi_Bin &lt; 0)</translation>
        </message>
        <message>
            <source>the year the change columns compare with</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>l'année à laquelle les colonnes d'évolution se comparent</translation>
        </message>
        <message>
            <source>the city-year's GeoPackage, relative to the output folder</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>le GeoPackage de la ville-année, relatif au dossier de sortie</translation>
        </message>
        <message>
            <source>file name</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>nom de fichier</translation>
        </message>
        <message>
            <source>the error, or the warnings of the run</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>l'erreur, ou les avertissements de l'exécution</translation>
        </message>
        <message>
            <source>Each &lt;city&gt;_&lt;year&gt;.gpkg, layer neighbourhoods: the input fields plus</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>Chaque &lt;city&gt;_&lt;year&gt;.gpkg, couche neighbourhoods : les champs d'entrée plus</translation>
        </message>
        <message>
            <source>Gi* z-score of the rate (hot spot field)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>score z de Gi* du taux (champ de point chaud)</translation>
        </message>
        <message>
            <source>z</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>z</translation>
        </message>
        <message>
            <source>its p-value (normal approximation)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>sa valeur p (approximation normale)</translation>
        </message>
        <message>
            <source>permutation pseudo p-value (with permutations &gt; 0)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>pseudo valeur p par permutation (avec permutations &gt; 0)</translation>
        </message>
        <message>
            <source>-3..3: cold/hot spot at 99/95/90% confidence, 0 not significant</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>-3..3 : point froid/chaud à 99/95/90 % de confiance, 0 non significatif</translation>
        </message>
        <message>
            <source>the bin as text; Isolated without neighbours</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>la classe en texte ; Isolated sans voisins</translation>
        </message>
        <message>
            <source>change from the previous year of the run (as usm:compareperiods)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>évolution depuis l'année précédente de l'exécution (comme usm:compareperiods)</translation>
        </message>
        <message>
            <source>various</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>divers</translation>
        </message>
        <message>
            <source>batch</source>
            <extracomment>usm:batchmonitor tags</extracomment>
            <translation>lots</translation>
        </message>
        <message>
            <source>cities</source>
            <extracomment>usm:batchmonitor tags</extracomment>
            <translation>villes</translation>
        </message>
        <message>
            <source>national</source>
            <extracomment>usm:batchmonitor tags</extracomment>
            <translation>national</translation>
        </message>
        <message>
            <source>dask</source>
            <extracomment>usm:batchmonitor tags</extracomment>
            <translation>dask</translation>
        </message>
        <message>
            <source>distributed</source>
            <extracomment>usm:batchmonitor tags</extracomment>
            <translation>distributed</translation>
        </message>
        <message>
            <source>rates</source>
            <extracomment>usm:batchmonitor tags</extracomment>
            <translation>taux</translation>
        </message>
        <message>
            <source>configuration</source>
            <extracomment>usm:batchmonitor tags</extracomment>
            <translation>configuration</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Memory limit (MB) must be a positive number of megabytes; got {value}. The default, 2048, suits most machines.</source>
            <extracomment>processing_algorithms/aggregate_incidents.py; processing_algorithms/kernel_density.py</extracomment>
            <translation>La limite de mémoire (Mo) doit être un nombre positif de mégaoctets ; valeur reçue : {value}. La valeur par défaut, 2048, convient à la plupart des machines.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>Reading neighbourhoods…</source>
            <extracomment>processing_algorithms/aggregate_incidents.py; processing_algorithms/infrastructure_indicators.py; processing_algorithms/interpolate_census.py; processing_algorithms/sdg_indicators.py (+1 more)</extracomment>
            <translation>Lecture des quartiers…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>{n} neighbourhood(s) with invalid geometry skipped (Processing's invalid geometry setting) and left out of the output: {ids}</source>
            <extracomment>processing_algorithms/aggregate_incidents.py; processing_algorithms/aggregate_survey.py; processing_algorithms/base/neighbourhoods.py; processing_algorithms/interpolate_census.py</extracomment>
            <translation>{n} quartier(s) à géométrie invalide ignoré(s) (paramètre de Traitements pour les géométries invalides) et exclu(s) de la sortie : {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Reading incidents…</source>
            <extracomment>processing_algorithms/aggregate_incidents.py</extracomment>
            <translation>Lecture des incidents…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Read {incidents} incidents and {neighbourhoods} neighbourhoods ({path} path).</source>
            <extracomment>processing_algorithms/aggregate_incidents.py</extracomment>
            <translation>{incidents} incidents et {neighbourhoods} quartiers lus (voie de lecture {path}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Input fields replaced by new values of the same name: {fields}</source>
            <extracomment>processing_algorithms/aggregate_incidents.py; processing_algorithms/base/neighbourhoods.py; processing_algorithms/base/weights.py; processing_algorithms/street_segment_audit.py</extracomment>
            <translation>Champs d'entrée remplacés par de nouvelles valeurs du même nom : {fields}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>{n} incidents assigned to neighbourhoods.</source>
            <extracomment>processing_algorithms/aggregate_incidents.py</extracomment>
            <translation>{n} incidents affectés aux quartiers.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Reading and counting {n} incidents in chunks of {rows} ({path} path) to stay under the memory limit…</source>
            <extracomment>processing_algorithms/aggregate_incidents.py</extracomment>
            <translation>Lecture et comptage de {n} incidents par blocs de {rows} (voie de lecture {path}) pour rester sous la limite de mémoire…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Read {incidents} incidents in chunks and {neighbourhoods} neighbourhoods ({path} path).</source>
            <extracomment>processing_algorithms/aggregate_incidents.py</extracomment>
            <translation>{incidents} incidents lus par blocs et {neighbourhoods} quartiers (voie de lecture {path}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>{name}: {part} is not a number of {unit}</source>
            <extracomment>processing_algorithms/base/algorithm.py</extracomment>
            <translation>{name} : {part} n'est pas un nombre de {unit}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>{name}: {part} is not a number</source>
            <extracomment>processing_algorithms/base/algorithm.py</extracomment>
            <translation>{name} : {part} n'est pas un nombre</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>{name}: distances must be &gt;= {minimum}, got {value}</source>
            <extracomment>processing_algorithms/base/algorithm.py</extracomment>
            <translation>{name} : les distances doivent être &gt;= {minimum}, reçu {value}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>{name}: give at least one band limit</source>
            <extracomment>processing_algorithms/base/algorithm.py</extracomment>
            <translation>{name} : indiquez au moins une limite de tranche</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>Provenance: {algorithm}, plugin {version}, QGIS {qgis}, {n} input layer(s), record in {path}</source>
            <extracomment>processing_algorithms/base/algorithm.py</extracomment>
            <translation>Provenance : {algorithm}, extension {version}, QGIS {qgis}, {n} couche(s) en entrée, fiche dans {path}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>Provenance: {algorithm}, plugin {version}, QGIS {qgis}, {n} input layer(s)</source>
            <extracomment>processing_algorithms/base/algorithm.py</extracomment>
            <translation>Provenance : {algorithm}, extension {version}, QGIS {qgis}, {n} couche(s) en entrée</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Result: {counts}</source>
            <extracomment>processing_algorithms/base/inference.py; processing_algorithms/emerging_hot_spots.py; processing_algorithms/optimized_hot_spots.py</extracomment>
            <translation>Résultat : {counts}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/monitor.py"></location>
            <source>Input fields renamed because a result field has the same name: {fields}</source>
            <extracomment>processing_algorithms/base/monitor.py</extracomment>
            <translation>Champs d'entrée renommés parce qu'un champ de résultat porte le même nom : {fields}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/monitor.py"></location>
            <source>The id field {field} has duplicated values: {values}; neighbourhood ids must be unique.</source>
            <extracomment>processing_algorithms/base/monitor.py</extracomment>
            <translation>Le champ d'identifiant {field} contient des valeurs en double : {values} ; les identifiants de quartier doivent être uniques.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>Give either population polygons or a population raster, not both.</source>
            <extracomment>processing_algorithms/base/neighbourhoods.py</extracomment>
            <translation>Fournissez soit des polygones de population, soit un raster de population, pas les deux.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>The population raster</source>
            <extracomment>processing_algorithms/base/neighbourhoods.py; processing_algorithms/interpolate_census.py</extracomment>
            <translation>Le raster de population</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>Population: {cells} raster cells, {total} residents.</source>
            <extracomment>processing_algorithms/base/neighbourhoods.py</extracomment>
            <translation>Population : {cells} cellules raster, {total} habitants.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>Choose the population field of the census units.</source>
            <extracomment>processing_algorithms/base/neighbourhoods.py</extracomment>
            <translation>Choisissez le champ de population des unités de recensement.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>Population: {pieces} census pieces, {total} residents.</source>
            <extracomment>processing_algorithms/base/neighbourhoods.py</extracomment>
            <translation>Population : {pieces} morceaux d'unités de recensement, {total} habitants.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>This algorithm needs the population: give census polygons with a population field, or a population raster.</source>
            <extracomment>processing_algorithms/base/neighbourhoods.py</extracomment>
            <translation>Cet algorithme a besoin de la population : fournissez des polygones de recensement avec un champ de population, ou un raster de population.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/streets.py"></location>
            <source>Reading streets…</source>
            <extracomment>processing_algorithms/base/streets.py</extracomment>
            <translation>Lecture des rues…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/streets.py"></location>
            <source>Building the street graph…</source>
            <extracomment>processing_algorithms/base/streets.py</extracomment>
            <translation>Construction du graphe des rues…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>{n} feature(s) with invalid geometry skipped (Processing's invalid geometry setting) and left out of the output: {ids}</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>{n} entité(s) à géométrie invalide ignorée(s) (paramètre de Traitements pour les géométries invalides) et exclue(s) de la sortie : {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>The input layer has no features.</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>La couche en entrée ne contient aucune entité.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>{n} features without geometry are left out (NULL results): {ids}</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>{n} entités sans géométrie sont exclues (résultats NULL) : {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>{n} values of {field} are not numbers and are treated as missing: {ids}</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>{n} valeurs de {field} ne sont pas des nombres et sont traitées comme manquantes : {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>{n} features have no value of {field} (NULL, NaN or infinite) and are left out of the analysis with NULL results, not 0: {ids}</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>{n} entités n'ont pas de valeur de {field} (NULL, NaN ou infinie) et sont exclues de l'analyse avec des résultats NULL, et non 0 : {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>no feature has both a geometry and a value of {field}</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>aucune entité n'a à la fois une géométrie et une valeur de {field}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>{field}: values as large as {largest} are divided by 2^{exponent} before the statistics, which do not depend on the scale, so that their squares do not overflow.</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>{field} : les valeurs allant jusqu'à {largest} sont divisées par 2^{exponent} avant les statistiques, qui ne dépendent pas de l'échelle, afin que leurs carrés ne débordent pas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>{cities} cities, {city_years} city-years from {path}</source>
            <extracomment>processing_algorithms/batch_monitor.py</extracomment>
            <translation>{cities} villes, {city_years} villes-années depuis {path}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>Cancelled by the user: no summary table was written; the {n} city-year GeoPackage(s) written before are complete ({files}).</source>
            <extracomment>processing_algorithms/batch_monitor.py</extracomment>
            <translation>Annulé par l'utilisateur : la table de synthèse n'a pas été écrite ; les {n} GeoPackage(s) ville-année écrits auparavant sont complets ({files}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>Cancelled by the user: no summary table was written; the {n} city-year GeoPackage(s) written before are complete.</source>
            <extracomment>processing_algorithms/batch_monitor.py</extracomment>
            <translation>Annulé par l'utilisateur : la table de synthèse n'a pas été écrite ; les {n} GeoPackage(s) ville-année écrits auparavant sont complets.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>{failed} of {total} city-years failed; their errors are in the summary table {path}</source>
            <extracomment>processing_algorithms/batch_monitor.py</extracomment>
            <translation>{failed} villes-années sur {total} ont échoué ; leurs erreurs figurent dans la table de synthèse {path}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Indicators: {fields} fields, {protective} protective, equal weights, directly under the index.</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>Indicateurs : {fields} champs, dont {protective} protecteurs, poids égaux, directement sous l'indice.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Placeholders without a field, left out: {names}</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>Emplacements sans champ, exclus : {names}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Catalogue: {path} (version {version}), {n} selected indicators.</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>Catalogue : {path} (version {version}), {n} indicateurs sélectionnés.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Catalogue: {path} (version not given), {n} selected indicators.</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>Catalogue : {path} (version non indiquée), {n} indicateurs sélectionnés.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>No uncertainty analysis (0 Monte Carlo runs).</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>Pas d'analyse d'incertitude (0 tirage Monte-Carlo).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>{factor}: first-order {first:.2f}, total {total:.2f} of the variance of the ranks</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>{factor} : premier ordre {first:.2f}, total {total:.2f} de la variance des rangs</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Index of {n} of {total} neighbourhoods written.</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>Indice de {n} quartiers sur {total} écrit.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>The incident layer is empty.</source>
            <extracomment>processing_algorithms/emerging_hot_spots.py; processing_algorithms/kernel_density.py; processing_algorithms/optimized_hot_spots.py</extracomment>
            <translation>La couche des incidents est vide.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Incidents: {read} read, {no_geometry} without a location, {outside} outside every location, {no_date} without a date, {bad_date} with an unreadable date, {used} counted in {n_steps} {step} steps ({first} to {last}).</source>
            <extracomment>processing_algorithms/emerging_hot_spots.py</extracomment>
            <translation>Incidents : {read} lus, {no_geometry} sans localisation, {outside} hors de toute localisation, {no_date} sans date, {bad_date} avec une date illisible, {used} comptés sur {n_steps} pas de type {step} ({first} à {last}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>the diagnosis is written as a GeoPackage: give a .gpkg file name (got {path})</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>le diagnostic est écrit dans un GeoPackage : indiquez un nom de fichier .gpkg (reçu : {path})</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Skipped {step}: {reason}.</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>Étape {step} ignorée : {reason}.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Time per step: {times}</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>Durée par étape : {times}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>== {step}: skipped ({reason})</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>== {step} : ignorée ({reason})</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>{step} done in {seconds:.1f} s</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>{step} terminée en {seconds:.1f} s</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>no census layer with count or rate fields</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>pas de couche de recensement avec des champs d'effectifs ou de taux</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>no date field</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>pas de champ de date</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>needs transit stops with their capacity field, public space and a population source (raster, or census with a population field)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>nécessite les arrêts de transport en commun avec leur champ de capacité, les espaces publics et une source de population (raster, ou recensement avec un champ de population)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>needs census rates and shares (CENSUS_RATES) to describe the neighbourhoods</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>nécessite des taux et proportions du recensement (CENSUS_RATES) pour décrire les quartiers</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>the risk index needs rates per resident (a census with a population field)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>l'indice de risque nécessite des taux par habitant (un recensement avec un champ de population)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>none of the catalogue's crime and socio-economic indicator fields ({fields} ...) is among the incident counts (a category field and census rates give them)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>aucun des champs d'indicateurs de délinquance et socio-économiques du catalogue ({fields} ...) ne figure parmi les effectifs d'incidents (un champ de catégorie et les taux du recensement les fournissent)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>needs incident counts of at least two years (a date field)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>nécessite des effectifs d'incidents d'au moins deux années (un champ de date)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>needs survey respondents (SURVEY) and their yes/no fields (SURVEY_FIELDS)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>nécessite les répondants de l'enquête (SURVEY) et leurs champs oui/non (SURVEY_FIELDS)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>the street-segment audit needs streets (STREETS) and street lights (LIGHTS)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>l'audit des tronçons de rue nécessite les rues (STREETS) et les lampadaires (LIGHTS)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>LAND_USE given without LAND_USE_FIELD: the street audit runs without the land-use mix</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>LAND_USE fourni sans LAND_USE_FIELD : l'audit des rues s'exécute sans la mixité des usages du sol</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>no facility layers (FACILITIES)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>pas de couches d'équipements (FACILITIES)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>neighbourhood_summary: {n} neighbourhoods, {fields} fields from {steps} steps</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>neighbourhood_summary : {n} quartiers, {fields} champs issus de {steps} étapes</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Diagnosis written to {path}: layers {layers}</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>Diagnostic écrit dans {path} : couches {layers}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <source>{field} is significantly spatially clustered (I = {i}, p = {p} &lt;= {alpha}).</source>
            <extracomment>processing_algorithms/global_moran.py</extracomment>
            <translation>{field} présente une agrégation spatiale significative (I = {i}, p = {p} &lt;= {alpha}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <source>{field} is significantly spatially dispersed (I = {i}, p = {p} &lt;= {alpha}).</source>
            <extracomment>processing_algorithms/global_moran.py</extracomment>
            <translation>{field} présente une dispersion spatiale significative (I = {i}, p = {p} &lt;= {alpha}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <source>No significant spatial autocorrelation of {field} at {alpha} (I = {i}, p = {p}).</source>
            <extracomment>processing_algorithms/global_moran.py</extracomment>
            <translation>Pas d'autocorrélation spatiale significative de {field} au seuil {alpha} (I = {i}, p = {p}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/hot_spots.py"></location>
            <source>Gi* on {n} features, {weights} weights ({transform}), {permutations} permutations, seed {seed}, {alternative} test, FDR correction</source>
            <extracomment>processing_algorithms/hot_spots.py</extracomment>
            <translation>Gi* sur {n} entités, pondérations {weights} ({transform}), {permutations} permutations, graine {seed}, test {alternative}, correction FDR</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/hot_spots.py"></location>
            <source>Gi* on {n} features, {weights} weights ({transform}), {permutations} permutations, seed {seed}, {alternative} test</source>
            <extracomment>processing_algorithms/hot_spots.py</extracomment>
            <translation>Gi* sur {n} entités, pondérations {weights} ({transform}), {permutations} permutations, graine {seed}, test {alternative}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Condition: {field} {operator} {value}; incidents {count}; exposure {exposure}.</source>
            <extracomment>processing_algorithms/incidents_vs_environment.py</extracomment>
            <translation>Condition : {field} {operator} {value} ; incidents {count} ; exposition {exposure}.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Reading the infrastructure layer…</source>
            <extracomment>processing_algorithms/infrastructure_indicators.py</extracomment>
            <translation>Lecture de la couche d'infrastructure…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Computing points indicators…</source>
            <extracomment>processing_algorithms/infrastructure_indicators.py</extracomment>
            <translation>Calcul des indicateurs de points…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Computing lines indicators…</source>
            <extracomment>processing_algorithms/infrastructure_indicators.py</extracomment>
            <translation>Calcul des indicateurs de lignes…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Computing polygons indicators…</source>
            <extracomment>processing_algorithms/infrastructure_indicators.py</extracomment>
            <translation>Calcul des indicateurs de polygones…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>city {key}: {value}</source>
            <extracomment>processing_algorithms/infrastructure_indicators.py; processing_algorithms/sdg_indicators.py</extracomment>
            <translation>ville {key} : {value}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Choose at least one extensive or intensive field.</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>Choisissez au moins un champ extensif ou intensif.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>The population raster is not in a projected CRS in metres; warp it to one (Raster &gt; Projections &gt; Warp) so that cell areas are in square metres.</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>Le raster de population n'est pas dans un SCR projeté en mètres ; reprojetez-le dans un tel SCR (Raster &gt; Projections &gt; Projection (warp)) pour que les surfaces des cellules soient en mètres carrés.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Dasymetric allocation with {layer} (layers read in {crs}).</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>Répartition dasymétrique avec {layer} (couches lues en {crs}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Reading census units…</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>Lecture des unités de recensement…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>{n} census unit(s) with invalid geometry skipped (Processing's invalid geometry setting); their values are not allocated: {ids}</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>{n} unité(s) de recensement à géométrie invalide ignorée(s) (paramètre de Traitements pour les géométries invalides) ; leurs valeurs ne sont pas réparties : {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Read {units} census units and {neighbourhoods} neighbourhoods.</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>{units} unités de recensement et {neighbourhoods} quartiers lus.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>{variable}: census {census}, neighbourhoods {neighbourhoods} ({note})</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>{variable} : recensement {census}, quartiers {neighbourhoods} ({note})</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Read {rows} table rows and {neighbourhoods} neighbourhoods.</source>
            <extracomment>processing_algorithms/join_table.py</extracomment>
            <translation>{rows} lignes de table et {neighbourhoods} quartiers lus.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>The surface is always written as a GeoTIFF; the file name does not end in .tif.</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>La surface est toujours écrite en GeoTIFF ; le nom du fichier ne se termine pas par .tif.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>incident weight(s)</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>pondération(s) d'incidents</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Read {n} incidents ({path} path); {points} points with a location.</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>{n} incidents lus (voie de lecture {path}) ; {points} points avec une localisation.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Reading {n} incidents twice in chunks of {rows} ({path} path): the radius is given, so only the grid is kept and the memory is bounded…</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>Lecture de {n} incidents deux fois par blocs de {rows} (voie de lecture {path}) : le rayon est fourni, seule la grille est donc conservée et la mémoire reste bornée…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Reading {n} incidents in chunks of {rows} ({path} path), three or four times: the automatic radius comes from running sums and a histogram of the distances to the mean centre, then the points are binned onto the grid; only the grid is kept and the memory is bounded…</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>Lecture de {n} incidents par blocs de {rows} (voie de lecture {path}), trois ou quatre fois : le rayon automatique vient de sommes cumulées et d'un histogramme des distances au centre moyen, puis les points sont agrégés sur la grille ; seule la grille est conservée et la mémoire est bornée…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Read {n} incidents in chunks; {points} points in the surface.</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>{n} incidents lus par blocs ; {points} points dans la surface.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Radius {radius} m ({rule}); cell size {cell} m; {rows} x {columns} cells; units: {units}.</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>Rayon {radius} m ({rule}) ; taille de cellule {cell} m ; {rows} x {columns} cellules ; unités : {units}.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/local_moran.py"></location>
            <source>Local Moran's I on {n} features, {weights} weights ({transform}), {permutations} permutations, seed {seed}, significance level {alpha} (FDR)</source>
            <extracomment>processing_algorithms/local_moran.py</extracomment>
            <translation>I de Moran local sur {n} entités, pondérations {weights} ({transform}), {permutations} permutations, graine {seed}, seuil de signification {alpha} (FDR)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/local_moran.py"></location>
            <source>Local Moran's I on {n} features, {weights} weights ({transform}), {permutations} permutations, seed {seed}, significance level {alpha}</source>
            <extracomment>processing_algorithms/local_moran.py</extracomment>
            <translation>I de Moran local sur {n} entités, pondérations {weights} ({transform}), {permutations} permutations, graine {seed}, seuil de signification {alpha}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>{n} incidents have no usable date in {field} and were left out</source>
            <extracomment>processing_algorithms/near_repeat.py</extracomment>
            <translation>{n} incidents n'ont pas de date exploitable dans {field} et ont été exclus</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>the dates carry no time of day: time differences are whole days</source>
            <extracomment>processing_algorithms/near_repeat.py</extracomment>
            <translation>les dates ne comportent pas d'heure : les écarts de temps sont des jours entiers</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>no incident has a usable date in {field}</source>
            <extracomment>processing_algorithms/near_repeat.py</extracomment>
            <translation>aucun incident n'a de date exploitable dans {field}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>{distance}, {time}: Knox ratio {ratio}, p = {p}</source>
            <extracomment>processing_algorithms/near_repeat.py</extracomment>
            <translation>{distance}, {time} : rapport de Knox {ratio}, p = {p}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>{n} neighbourhood profiles in {folder}; atlas in {pdf}</source>
            <extracomment>processing_algorithms/neighbourhood_profiles.py</extracomment>
            <translation>{n} profils de quartier dans {folder} ; atlas dans {pdf}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>{n} neighbourhood profiles in {folder}</source>
            <extracomment>processing_algorithms/neighbourhood_profiles.py</extracomment>
            <translation>{n} profils de quartier dans {folder}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>The density raster</source>
            <extracomment>processing_algorithms/neighbourhood_profiles.py</extracomment>
            <translation>Le raster de densité</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>{n} neighbourhood(s) with invalid geometry skipped (Processing's invalid geometry setting), no profile: {ids}</source>
            <extracomment>processing_algorithms/neighbourhood_profiles.py</extracomment>
            <translation>{n} quartier(s) à géométrie invalide ignoré(s) (paramètre de Traitements pour les géométries invalides), sans profil : {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Warning: the atlas has {pages} pages for {n} neighbourhoods.</source>
            <extracomment>processing_algorithms/neighbourhood_profiles.py</extracomment>
            <translation>Avertissement : l'atlas compte {pages} pages pour {n} quartiers.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Read {n} incidents ({path} path).</source>
            <extracomment>processing_algorithms/optimized_hot_spots.py</extracomment>
            <translation>{n} incidents lus (voie de lecture {path}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>type {type}: {change}% ({source})</source>
            <extracomment>processing_algorithms/project_targets.py</extracomment>
            <translation>type {type} : {change} % ({source})</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>incident points were given: choose where to write the masked points (POINTS_OUTPUT)</source>
            <extracomment>processing_algorithms/public_release.py</extracomment>
            <translation>des points d'incidents ont été fournis : choisissez où écrire les points brouillés (POINTS_OUTPUT)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>{conflict}. Nothing was written; {package} is unchanged.</source>
            <extracomment>processing_algorithms/public_release.py</extracomment>
            <translation>{conflict}. Rien n'a été écrit ; {package} est inchangé.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_resilience.py"></location>
            <source>{key}: give two numbers separated by a comma; got {text}</source>
            <extracomment>processing_algorithms/risk_resilience.py</extracomment>
            <translation>{key} : indiquez deux nombres séparés par une virgule ; reçu : {text}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>choose the neighbourhood id field (NEIGHBOURHOOD_ID)</source>
            <extracomment>processing_algorithms/risk_terrain.py; processing_algorithms/street_segment_audit.py</extracomment>
            <translation>choisissez le champ d'identifiant de quartier (NEIGHBOURHOOD_ID)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Factor layer</source>
            <extracomment>processing_algorithms/risk_terrain.py</extracomment>
            <translation>Couche de facteur</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>give at least one candidate factor layer (FACTORS)</source>
            <extracomment>processing_algorithms/risk_terrain.py</extracomment>
            <translation>indiquez au moins une couche de facteur candidat (FACTORS)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>{factor}: {operation} {distance} m, RRV {rrv} (protective), p {p}</source>
            <extracomment>processing_algorithms/risk_terrain.py</extracomment>
            <translation>{factor} : {operation} {distance} m, RRV {rrv} (protecteur), p {p}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>{factor}: {operation} {distance} m, RRV {rrv} (risk), p {p}</source>
            <extracomment>processing_algorithms/risk_terrain.py</extracomment>
            <translation>{factor} : {operation} {distance} m, RRV {rrv} (de risque), p {p}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Computing SDG 11.2.1…</source>
            <extracomment>processing_algorithms/sdg_indicators.py</extracomment>
            <translation>Calcul de l'ODD 11.2.1…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Computing SDG 11.7.1…</source>
            <extracomment>processing_algorithms/sdg_indicators.py</extracomment>
            <translation>Calcul de l'ODD 11.7.1…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>no public space layer given: SDG 11.7.1 fields are NULL</source>
            <extracomment>processing_algorithms/sdg_indicators.py</extracomment>
            <translation>aucune couche d'espaces publics fournie : les champs de l'ODD 11.7.1 sont NULL</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>walking distances need the street network layer</source>
            <extracomment>processing_algorithms/service_coverage.py</extracomment>
            <translation>les distances à pied nécessitent la couche du réseau de rues</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>a street layer was given but the distance is measured in a straight line; choose walking distance to use it</source>
            <extracomment>processing_algorithms/service_coverage.py</extracomment>
            <translation>une couche de rues a été fournie mais la distance est mesurée à vol d'oiseau ; choisissez la distance à pied pour l'utiliser</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>Computing coverage within {distance} m ({method})…</source>
            <extracomment>processing_algorithms/service_coverage.py</extracomment>
            <translation>Calcul de la couverture à moins de {distance} m ({method})…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>City: {covered} of {population} residents covered (share {share}).</source>
            <extracomment>processing_algorithms/service_coverage.py</extracomment>
            <translation>Ville : {covered} habitants couverts sur {population} (part {share}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>Global Empirical Bayes: city rate {rate} per {per}, {n} neighbourhoods used.</source>
            <extracomment>processing_algorithms/smooth_rates.py</extracomment>
            <translation>Bayésien empirique global : taux de la ville {rate} pour {per}, {n} quartiers utilisés.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>{n} neighbourhood(s) with a population of 0 or NULL get NULL rates.</source>
            <extracomment>processing_algorithms/smooth_rates.py</extracomment>
            <translation>{n} quartier(s) avec une population de 0 ou NULL reçoivent des taux NULL.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>{share} of the neighbourhoods have no incident: the smoothing is unreliable with mostly-zero counts; consider a longer period or larger areas.</source>
            <extracomment>processing_algorithms/smooth_rates.py</extracomment>
            <translation>{share} des quartiers n'ont aucun incident : le lissage n'est pas fiable avec des effectifs presque tous nuls ; envisagez une période plus longue ou des zones plus grandes.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>{n} neighbourhood(s) without neighbours: their prior is their own rate.</source>
            <extracomment>processing_algorithms/smooth_rates.py</extracomment>
            <translation>{n} quartier(s) sans voisins : leur a priori est leur propre taux.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>Spatial Empirical Bayes with queen contiguity ({n} neighbours on average).</source>
            <extracomment>processing_algorithms/smooth_rates.py</extracomment>
            <translation>Bayésien empirique spatial avec contiguïté de type reine ({n} voisins en moyenne).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>choose the land-use class field (LAND_USE_FIELD)</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>choisissez le champ de classe d'usage du sol (LAND_USE_FIELD)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Reading streets, lights and incidents…</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>Lecture des rues, des lampadaires et des incidents…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Read {streets} streets, {lights} lights, {incidents} incidents.</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>{streets} rues, {lights} lampadaires, {incidents} incidents lus.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Building the network and auditing its segments…</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>Construction du réseau et audit de ses tronçons…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>City: {units} units, {km} km, lit share {share}, {dark} dark units.</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>Ville : {units} tronçons, {km} km, part éclairée {share}, {dark} tronçons sombres.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>{n} of {total} street lights have {field} = 1 and are used</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>{n} lampadaires sur {total} ont {field} = 1 et sont utilisés</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>{n} street lights have no usable {field} value and were left out</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>{n} lampadaires n'ont pas de valeur exploitable de {field} et ont été exclus</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Stability: {scheme}.</source>
            <extracomment>processing_algorithms/typologies.py</extracomment>
            <translation>Stabilité : {scheme}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Warning: {message}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Avertissement : {message}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cancelled by the user; no output was written.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Annulé par l'utilisateur ; aucune sortie n'a été écrite.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{algorithm} ran out of memory; try a smaller extent, fewer features or a coarser cell size.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{algorithm} a manqué de mémoire ; essayez une emprise plus petite, moins d'entités ou une taille de cellule plus grossière.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{algorithm} failed: {error}. No output was written. This is a bug in the Urban Safety Monitor if your inputs look right: please report it with the log (the details are in the log's debug lines).</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{algorithm} a échoué : {error}. Aucune sortie n'a été écrite. Si vos données en entrée semblent correctes, il s'agit d'un bogue de l'Urban Safety Monitor : veuillez le signaler en joignant le journal (les détails figurent dans ses lignes de débogage).</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} has no coordinate reference system (CRS); set its CRS in the layer properties (Layer Properties &gt; Source &gt; Assigned CRS) and run again.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} n'a pas de système de coordonnées de référence (SCR) ; définissez son SCR dans les propriétés de la couche (Propriétés de la couche &gt; Source &gt; SCR assigné) et relancez.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The layer</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>La couche</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what}: its extent cannot be transformed to longitude/latitude ({error}); check the layer's CRS.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} : son emprise ne peut pas être transformée en longitude/latitude ({error}) ; vérifiez le SCR de la couche.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} has an empty or invalid extent.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} a une emprise vide ou invalide.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>the UTM zone of the layer's centre</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>la zone UTM du centre de la couche</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>a Lambert azimuthal equal-area projection centred on the layer (it spans {width} x {height} degrees, too wide for one UTM zone)</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>une projection azimutale équivalente de Lambert centrée sur la couche (elle couvre {width} x {height} degrés, trop large pour une seule zone UTM)</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>degrees</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>degrés</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{crs} measures in {units}, not metres; areas and distances are computed in the local projection {local} ({kind}), and every distance and area parameter and output is in metres.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{crs} mesure en {units}, et non en mètres ; les surfaces et les distances sont calculées dans la projection locale {local} ({kind}), et tous les paramètres et sorties de distance et de surface sont en mètres.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>unknown units</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>unités inconnues</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <location filename="../processing_algorithms/base/monitor.py"></location>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Could not load the layer given for {name}.</source>
            <extracomment>usm_plugin/bridge.py; processing_algorithms/base/monitor.py; processing_algorithms/neighbourhood_profiles.py</extracomment>
            <translation>Impossible de charger la couche fournie pour {name}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The layer given for {name}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>La couche fournie pour {name}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Field(s) {missing} not found in the layer given for {name}; it has: {available}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Champ(s) {missing} introuvable(s) dans la couche fournie pour {name} ; elle contient : {available}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{name}: the fast file reader could not read {path} ({error}); reading through QGIS instead.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{name} : le lecteur de fichiers rapide n'a pas pu lire {path} ({error}) ; lecture via QGIS à la place.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{name}: {n} feature(s) with invalid geometry skipped (Processing's invalid geometry setting), feature ids {ids}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{name} : {n} entité(s) à géométrie invalide ignorée(s) (paramètre de Traitements pour les géométries invalides), identifiants d'entité {ids}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{name}: reprojected from {source} to {target}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{name} : reprojeté de {source} vers {target}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what}: {n} curved geometries (arcs) were converted to straight segments.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} : {n} géométries courbes (arcs) ont été converties en segments droits.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what}: {n} geometries had Z (height) or M values, which are not used: they were dropped to 2-D.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} : {n} géométries avaient des valeurs Z (altitude) ou M, qui ne sont pas utilisées : elles ont été ramenées en 2D.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{name}: repaired {n} invalid polygon(s) with make_valid (feature id, reason, area change): {details}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{name} : {n} polygone(s) invalide(s) réparé(s) avec make_valid (identifiant d'entité, motif, variation de surface) : {details}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>feature {id}: {reason}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>entité {id} : {reason}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{n} invalid geometries ({listing}). Change the invalid geometry setting of Processing to skip them, or repair them (Fix geometries) first.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{n} géométries invalides ({listing}). Modifiez le paramètre de Traitements pour les géométries invalides afin de les ignorer, ou réparez-les d'abord (Réparer les géométries).</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not load the table given for {name}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Impossible de charger la table fournie pour {name}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Field(s) {missing} not found in {name}; it has: {available}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Champ(s) {missing} introuvable(s) dans {name} ; elle contient : {available}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not create the output {name}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Impossible de créer la sortie {name}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not write the output {name}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Impossible d'écrire la sortie {name} : {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not write features to the output {name}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Impossible d'écrire les entités dans la sortie {name} : {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not write features to the output {name}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Impossible d'écrire les entités dans la sortie {name}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot write the output {name}: the folder {folder} does not exist.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Impossible d'écrire la sortie {name} : le dossier {folder} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot write the output {name} ({path}): the folder or file is not writable. Choose another output location.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Impossible d'écrire la sortie {name} ({path}) : le dossier ou le fichier n'est pas accessible en écriture. Choisissez un autre emplacement de sortie.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The output {name} is a shapefile, whose field names are cut to 10 characters; {n} field name(s) would be cut and could be confused ({fields}). Write a GeoPackage (.gpkg) instead, which keeps the names.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>La sortie {name} est un shapefile, dont les noms de champs sont tronqués à 10 caractères ; {n} nom(s) de champ seraient tronqués et pourraient être confondus ({fields}). Écrivez plutôt un GeoPackage (.gpkg), qui conserve les noms.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The output {name} was not written ({path}).</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>La sortie {name} n'a pas été écrite ({path}).</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not move the output {name} into place at {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Impossible de mettre la sortie {name} en place à {path} : {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} could not be loaded.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} : chargement impossible.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} has no band {band}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} n'a pas de bande {band}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} has cells of type {kind}; a numeric band is needed.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} a des cellules de type {kind} ; une bande numérique est nécessaire.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} has no cells.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} n'a aucune cellule.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} could not be read (got {n} bytes).</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} : lecture impossible ({n} octets reçus).</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The output folder {folder} does not exist.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Le dossier de sortie {folder} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot write the output {path}: the folder {folder} is not writable. Choose another output location.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Impossible d'écrire la sortie {path} : le dossier {folder} n'est pas accessible en écriture. Choisissez un autre emplacement de sortie.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot create the raster {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Impossible de créer le raster {path} : {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>GDAL refused it</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>GDAL l'a refusé</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot write the raster {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Impossible d'écrire le raster {path} : {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not apply the style {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Impossible d'appliquer le style {path} : {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{parameter}: field {missing} is not in the layer given for {parent}. Its fields are: {available}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{parameter} : le champ {missing} n'est pas dans la couche fournie pour {parent}. Ses champs sont : {available}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The output {name} ({path}) is the file that {inputs} is read from; writing it would replace that file and every layer in it. Choose another file name (inputs are never modified).</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>La sortie {name} ({path}) est le fichier d'où {inputs} est lu ; l'écrire remplacerait ce fichier et toutes les couches qu'il contient. Choisissez un autre nom de fichier (les entrées ne sont jamais modifiées).</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot write the provenance record {path}: the folder is not writable.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Impossible d'écrire la fiche de provenance {path} : le dossier n'est pas accessible en écriture.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Provenance not stored in {uri}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Provenance non enregistrée dans {uri} : {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot create {path}: the folder is not writable.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Impossible de créer {path} : le dossier n'est pas accessible en écriture.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot create the GeoPackage {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Impossible de créer le GeoPackage {path} : {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not write {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Impossible d'écrire {path} : {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The layer given for {name} has no features.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>La couche fournie pour {name} ne contient aucune entité.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{n} neighbourhoods with invalid geometry were skipped (Processing's invalid geometry setting) and have no type.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{n} quartiers à géométrie invalide ont été ignorés (paramètre de Traitements pour les géométries invalides) et n'ont pas de type.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Warning: input fields replaced by the new values: {fields}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Avertissement : champs en entrée remplacés par les nouvelles valeurs : {fields}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} ({layer}): {n} features without geometry left out</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} ({layer}) : {n} entités sans géométrie exclues</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} ({layer}) must be a point layer.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} ({layer}) doit être une couche de points.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what}: could not load the layer.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} : impossible de charger la couche.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot write {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Impossible d'écrire {path} : {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The layer given for {name} is empty: it has no features (none selected).</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>La couche fournie pour {name} est vide : elle ne contient aucune entité (aucune sélectionnée).</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The layer given for {name} is empty: it has no features.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>La couche fournie pour {name} est vide : elle ne contient aucune entité.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>; {n} more were skipped as invalid</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation> ; {n} autres ont été ignorées car invalides</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The layer given for {name} has no geometries to analyse: its {n} feature(s) all have a null or empty geometry{detail}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>La couche fournie pour {name} n'a aucune géométrie à analyser : ses {n} entité(s) ont toutes une géométrie nulle ou vide{detail}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{n} not a number (e.g. {examples})</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{n} non numériques (p. ex. {examples})</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{n} infinite</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{n} infinies</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{n} NULL or blank</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{n} NULL ou vides</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{field}: {counts} {what}: treated as missing, not 0.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{field} : valeurs traitées comme manquantes, et non comme 0 ({what}) : {counts}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>no version</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>aucune version</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>version {found}</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>version {found}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>{package}: the installed package reports {shown}, which cannot be compared with the minimum {minimum}; assuming it is recent enough (if an algorithm fails, install {package}&gt;={minimum})</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>{package} : le paquet installé indique {shown}, qui ne peut pas être comparé au minimum {minimum} ; on suppose qu'il est assez récent (si un algorithme échoue, installez {package}&gt;={minimum})</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>The Urban Safety Monitor needs Python packages that this QGIS does not have:</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>L'Urban Safety Monitor a besoin de paquets Python que ce QGIS ne possède pas :</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>installed but cannot be imported ({error})</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>installé mais impossible à importer ({error})</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>not installed</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>non installé</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>version {found} is too old</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>la version {found} est trop ancienne</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>How to install them into the Python that QGIS uses:</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>Comment les installer dans le Python utilisé par QGIS :</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>Windows (OSGeo4W Shell, run as administrator): {command}</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>Windows (OSGeo4W Shell, exécuté en tant qu'administrateur) : {command}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>or:</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>ou :</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>Then restart QGIS.</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>Puis redémarrez QGIS.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/provider.py"></location>
            <source>Could not load the Urban Safety Monitor algorithms: {error}</source>
            <extracomment>usm_plugin/provider.py</extracomment>
            <translation>Impossible de charger les algorithmes de l'Urban Safety Monitor : {error}</translation>
        </message>
        <message>
            <source>The print-ready atlas: one page per neighbourhood. Leave empty to skip it.</source>
            <translation type="obsolete">L'atlas prêt à imprimer : une page par quartier. Laissez vide pour ne pas le produire.</translation>
        </message>
        <message>
            <source>Memory to aim under, in megabytes. A layer whose whole read would need more (about 230 bytes per incident) is read in chunks, with the same surface. With a radius given, the chunks are read twice (extent, then binning onto the grid) and only the grid is kept: the memory is bounded whatever the number of incidents. With an automatic radius every coordinate and weight is kept (about 40 bytes per incident, as the radius needs all of them at once): this lowers the peak several times but does not bound it; give a radius for layers of tens of millions of incidents.</source>
            <translation type="obsolete">Mémoire visée, en mégaoctets. Une couche dont la lecture complète demanderait davantage (environ 230 octets par incident) est lue par blocs qui ne gardent que les coordonnées et le poids (environ 40 octets par incident), avec la même surface. La surface elle-même a besoin de toutes les coordonnées : le pic est donc réduit plusieurs fois mais pas borné ; au-delà de quelque 50 millions d'incidents par 2 Go, accordez davantage de mémoire.</translation>
        </message>
        <message>
            <source>Reading {n} incidents in chunks of {rows} (coordinates and weight only) to lower the memory needed; with an automatic radius every coordinate is kept (give a radius to bound the memory)…</source>
            <translation type="obsolete">Lecture de {n} incidents par blocs de {rows} (coordonnées et pondération seulement) pour réduire la mémoire nécessaire ; avec un rayon automatique, toutes les coordonnées sont conservées (indiquez un rayon pour borner la mémoire)…</translation>
        </message>
        <message>
            <source>Runs the whole diagnosis on a city's layers in one go: census interpolation, incidents per neighbourhood with rates, hot spots, clusters, emerging patterns, density and SDG indicators, into one styled GeoPackage and a folder of tables.</source>
            <translation type="obsolete">Exécute en une seule fois l'ensemble du diagnostic sur les couches d'une ville : interpolation du recensement, incidents par quartier avec taux, points chauds, agrégats, tendances émergentes, densité et indicateurs ODD, dans un GeoPackage stylé et un dossier de tables.</translation>
        </message>
        <message>
            <source>Counts per year and the emerging hot spot step need the date of each incident.</source>
            <translation type="obsolete">Les effectifs par année et le pas des points chauds émergents nécessitent la date de chaque incident.</translation>
        </message>
        <message>
            <source>Rates, shares and means, averaged weighted by population.</source>
            <translation type="obsolete">Taux, proportions et moyennes, moyennés avec pondération par la population.</translation>
        </message>
        <message>
            <source>The census population count: it gives the rates per resident, the smoothed rates analysed for hot spots and the residents of the SDG indicators.</source>
            <translation type="obsolete">L'effectif de population du recensement : il donne les taux par habitant, les taux lissés analysés pour les points chauds et les habitants des indicateurs ODD.</translation>
        </message>
        <message>
            <source>Residents per cell: dasymetric census interpolation and the SDG residents.</source>
            <translation type="obsolete">Habitants par cellule : interpolation dasymétrique du recensement et habitants pour les ODD.</translation>
        </message>
        <message>
            <source>For SDG 11.2.1 (with public space, for the SDG step).</source>
            <translation type="obsolete">Pour l'ODD 11.2.1 (avec les espaces publics, pour l'étape ODD).</translation>
        </message>
        <message>
            <source>Walking distances for the SDG indicators (straight lines without it).</source>
            <translation type="obsolete">Distances à pied pour les indicateurs ODD (à vol d'oiseau sans ce réseau).</translation>
        </message>
        <message>
            <source>The density raster, the CSV tables and the provenance records.</source>
            <translation type="obsolete">Le raster de densité, les tables CSV et les fiches de provenance.</translation>
        </message>
        <message>
            <source>The steps run in order, each with the settings a first diagnosis needs, and each step's output feeds the next: census variables are interpolated to the neighbourhoods (when a census layer is given), incidents are counted per neighbourhood with rates per 100,000 residents and Empirical Bayes smoothed rates, Gi* hot spots (bins from the z-score, as ArcGIS, FDR-corrected) and Local Moran's I clusters (permutations, as GeoDa) are computed on the smoothed rate (on the density per km² without population), emerging hot spots over the months (with a date field), a kernel density surface, and the SDG 11.2.1 and 11.7.1 indicators (with transit stops, public space and a population source). Steps whose inputs are missing are skipped and listed.</source>
            <translation type="obsolete">Les étapes s'exécutent dans l'ordre, chacune avec les paramètres dont un premier diagnostic a besoin, et la sortie de chaque étape alimente la suivante : les variables du recensement sont interpolées sur les quartiers (si une couche de recensement est fournie), les incidents sont comptés par quartier avec des taux pour 100 000 habitants et des taux lissés par la méthode bayésienne empirique, les points chauds Gi* (classes d'après le score z, comme ArcGIS, avec correction FDR) et les agrégats du I de Moran local (permutations, comme GeoDa) sont calculés sur le taux lissé (sur la densité par km² sans population), les points chauds émergents sur les mois (avec un champ date), une surface de densité par noyau, et les indicateurs ODD 11.2.1 et 11.7.1 (avec arrêts de transport en commun, espaces publics et une source de population). Les étapes dont les entrées manquent sont sautées et listées.</translation>
        </message>
        <message>
            <source>Every vector result is a layer of the output GeoPackage with its style stored in it, so it opens styled in any QGIS. The output folder holds the density GeoTIFF, the accounting and summary tables (CSV) and one provenance record per step plus one for the chain. The GeoPackage is written under a temporary name and moved into place when every step has succeeded: a cancelled or failed run leaves no partial package. Each step can also be run on its own, with every option, from the toolbox.</source>
            <translation type="obsolete">Chaque résultat vectoriel est une couche du GeoPackage en sortie avec son style enregistré dedans, de sorte qu'il s'ouvre stylé dans n'importe quel QGIS. Le dossier de sortie contient le GeoTIFF de densité, les tables de bilan et de synthèse (CSV) et une fiche de provenance par étape plus une pour la chaîne. Le GeoPackage est écrit sous un nom temporaire et mis en place lorsque toutes les étapes ont réussi : une exécution annulée ou en échec ne laisse aucun paquet partiel. Chaque étape peut aussi être exécutée seule, avec toutes ses options, depuis la boîte à outils.</translation>
        </message>
        <message>
            <source>how each output was made</source>
            <translation type="obsolete">comment chaque sortie a été produite</translation>
        </message>
        <message>
            <source>Points: give the incident layer to publish masked points. Each point is moved in a random direction by a random distance between the minimum and maximum displacement (donut geomasking), so that no published point lies within the minimum distance of a true location; only the category is kept. The disclosure report lists every threshold and count. Publish one geography per release: a second, overlapping one (or another period) lets small counts be recovered by subtraction.</source>
            <translation type="obsolete">Points : fournissez la couche des incidents pour publier des points brouillés. Chaque point est déplacé dans une direction aléatoire, d'une distance aléatoire comprise entre le déplacement minimal et maximal (brouillage en anneau), de sorte qu'aucun point publié ne se trouve à moins de la distance minimale d'une localisation réelle ; seule la catégorie est conservée. Le rapport de divulgation liste chaque seuil et chaque effectif. Publiez un seul découpage géographique par diffusion : un second découpage qui chevauche le premier (ou une autre période) permet de retrouver les petits effectifs par soustraction.</translation>
        </message>
    </context>
</TS>
