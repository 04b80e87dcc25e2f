<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
    <context>
        <name>UrbanSafetyMonitor</name>
        <message>
            <source>Join data to neighbourhoods</source>
            <extracomment>toolbox group</extracomment>
            <translation>Unir dados aos bairros</translation>
        </message>
        <message>
            <source>Hot spots and clusters</source>
            <extracomment>toolbox group</extracomment>
            <translation>Pontos quentes e aglomerados</translation>
        </message>
        <message>
            <source>Reports and public release</source>
            <extracomment>toolbox group</extracomment>
            <translation>Relatórios e divulgação pública</translation>
        </message>
        <message>
            <source>Typologies</source>
            <extracomment>toolbox group</extracomment>
            <translation>Tipologias</translation>
        </message>
        <message>
            <source>Monitor: indices and targets</source>
            <extracomment>toolbox group</extracomment>
            <translation>Monitor: índices e metas</translation>
        </message>
        <message>
            <source>CPTED and environment</source>
            <extracomment>toolbox group</extracomment>
            <translation>CPTED e ambiente</translation>
        </message>
        <message>
            <source>Aggregate incidents to neighbourhoods</source>
            <extracomment>usm:aggregateincidents name</extracomment>
            <translation>Agregar ocorrências aos bairros</translation>
        </message>
        <message>
            <source>Counts incident points per neighbourhood in total, per category, period and disaggregation field, with rates per resident, density per km² and Empirical Bayes smoothed rates, and accounts for every incident.</source>
            <extracomment>usm:aggregateincidents short description; usm:aggregateincidents help</extracomment>
            <translation>Conta os pontos de ocorrências por bairro no total, por categoria, período e campo de desagregação, com taxas por habitante, densidade por km² e taxas suavizadas por Bayes empírico, e contabiliza cada ocorrência.</translation>
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
            <translation>Ocorrências</translation>
        </message>
        <message>
            <source>Point layer of incidents (crimes, violence, harassment). MultiPoints count once, at their first point. May be in another CRS than the neighbourhoods.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Camada de pontos das ocorrências (crimes, violências, assédio). Multipontos contam uma vez, no seu primeiro ponto. Pode estar em um SRC diferente do dos bairros.</translation>
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
            <translation>Bairros</translation>
        </message>
        <message>
            <source>Polygon layer of neighbourhoods (the unit of analysis). Should not overlap; ids must be unique.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Camada de polígonos dos bairros (a unidade de análise). Não devem se sobrepor; os ids devem ser únicos.</translation>
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
            <translation>Campo de id do bairro</translation>
        </message>
        <message>
            <source>Field with a unique code per neighbourhood. Also decides ties: a point on a shared boundary goes to the neighbourhood whose id sorts first.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Campo com um código único por bairro. Também decide os empates: um ponto sobre um limite compartilhado vai para o bairro cujo id vem primeiro na ordenação.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Category field</source>
            <extracomment>usm:aggregateincidents parameters; usm:streetsegmentaudit parameters</extracomment>
            <translation>Campo de categoria</translation>
        </message>
        <message>
            <source>Field with the incident type (e.g. homicide, assault, robbery). One count field n_cat_&lt;category&gt; per distinct value.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Campo com o tipo de ocorrência (ex.: homicídio, agressão, roubo). Um campo de contagem n_cat_&lt;category&gt; por valor distinto.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Date/time field</source>
            <extracomment>usm:aggregateincidents parameters; usm:emerginghotspots parameters; usm:streetsegmentaudit parameters; usm:nearrepeat parameters</extracomment>
            <translation>Campo de data/hora</translation>
        </message>
        <message>
            <source>Date or date-time of the incident (a date field, or text in ISO or common day/month formats). Needed for counts per period.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Data ou data-hora da ocorrência (um campo de data, ou texto em ISO ou nos formatos comuns dia/mês). Necessário para as contagens por período.</translation>
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
            <translation>Períodos pelos quais contar as ocorrências (requer um campo de data): ano (n_y2021, ...), mês do ano (n_m01..n_m12), dia da semana (n_wd_mon..n_wd_sun), faixa horária (n_hb_night, n_hb_morning, n_hb_afternoon, n_hb_evening).</translation>
        </message>
        <message>
            <source>Year</source>
            <extracomment>usm:aggregateincidents parameters; usm:emerginghotspots parameters</extracomment>
            <translation>Ano</translation>
        </message>
        <message>
            <source>Month of year</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Mês do ano</translation>
        </message>
        <message>
            <source>Weekday</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Dia da semana</translation>
        </message>
        <message>
            <source>Hour band (night 0-6, morning 6-12, afternoon 12-18, evening 18-24)</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Faixa horária (madrugada 0-6, manhã 6-12, tarde 12-18, noite 18-24)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Disaggregate by fields</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Desagregar pelos campos</translation>
        </message>
        <message>
            <source>Fields to break the counts down by, such as victim sex or age group: one field n_&lt;field&gt;_&lt;value&gt; per distinct value.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Campos pelos quais desagregar as contagens, como sexo ou faixa etária da vítima: um campo n_&lt;field&gt;_&lt;value&gt; por valor distinto.</translation>
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
            <translation>Peso numérico opcional por ocorrência (ex.: gravidade ou número de vítimas); acrescenta as somas ponderadas w_total e w_cat_&lt;category&gt;. Pesos ausentes são informados.</translation>
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
            <translation>Campo de população</translation>
        </message>
        <message>
            <source>Residents per neighbourhood, for rates. Without it no rates are computed.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Habitantes por bairro, para as taxas. Sem ele, nenhuma taxa é calculada.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Rates per</source>
            <extracomment>usm:aggregateincidents parameters; usm:publicrelease parameters</extracomment>
            <translation>Taxas por</translation>
        </message>
        <message>
            <source>Rates are incidents per 1,000 or per 100,000 residents (SDG 16.1.1 uses 100,000).</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>As taxas são ocorrências por 1,000 ou por 100,000 habitantes (o ODS 16.1.1 usa 100,000).</translation>
        </message>
        <message>
            <source>per 1,000 residents</source>
            <extracomment>usm:aggregateincidents parameters; usm:smoothrates parameters; usm:compareperiods parameters</extracomment>
            <translation>por 1,000 habitantes</translation>
        </message>
        <message>
            <source>per 100,000 residents</source>
            <extracomment>usm:aggregateincidents parameters; usm:smoothrates parameters; usm:compareperiods parameters</extracomment>
            <translation>por 100,000 habitantes</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Empirical Bayes smoothed rates</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Taxas suavizadas por Bayes empírico</translation>
        </message>
        <message>
            <source>Add eb_rate_* fields: rates smoothed towards the city-wide rate where populations are small (global Empirical Bayes, Marshall 1991).</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Acrescenta campos eb_rate_*: taxas suavizadas em direção à taxa de toda a cidade onde as populações são pequenas (Bayes empírico global, Marshall 1991).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Neighbourhood incident counts</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Contagens de ocorrências por bairro</translation>
        </message>
        <message>
            <source>The neighbourhood layer with all its fields plus the count, rate and density fields listed under Output fields.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>A camada de bairros com todos os seus campos mais os campos de contagem, taxa e densidade listados em Campos de saída.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Accounting</source>
            <extracomment>usm:aggregateincidents parameters; usm:streetsegmentaudit parameters</extracomment>
            <translation>Contabilização</translation>
        </message>
        <message>
            <source>Table accounting for every incident read: assigned, on a shared boundary, outside, dropped by reason, date missing.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Tabela que contabiliza cada ocorrência lida: atribuída, sobre um limite compartilhado, fora, descartada por motivo, data ausente.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Field names</source>
            <extracomment>usm:aggregateincidents parameters</extracomment>
            <translation>Nomes de campos</translation>
        </message>
        <message>
            <source>Which category or value each generated field name counts.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Qual categoria ou valor cada nome de campo gerado conta.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Memory limit (MB)</source>
            <extracomment>usm:aggregateincidents parameters; usm:kerneldensity parameters</extracomment>
            <translation>Limite de memória (MB)</translation>
        </message>
        <message>
            <source>Peak memory to stay under, in megabytes. A layer whose whole read would need more (about 230 bytes per incident: 10 million need some 2.3 GB) is read and counted in chunks sized from this limit, with the same results and accounting; below it the layer is read whole, the fastest way. The limit covers this algorithm's own work (QGIS itself and other open layers come on top); it cannot go below about 500 MB. The check for many incidents at one exact coordinate keeps every coordinate: beyond an eighth of the limit they go to a scratch folder in the system's temporary directory (16 bytes per incident), removed at the end.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help</extracomment>
            <translation>Memória máxima a não ultrapassar, em megabytes. Uma camada cuja leitura completa precisaria de mais (cerca de 230 bytes por ocorrência: 10 milhões precisam de uns 2.3 GB) é lida e contada em blocos dimensionados a partir deste limite, com os mesmos resultados e a mesma contabilização; abaixo dele, a camada é lida inteira, a forma mais rápida. O limite cobre o trabalho próprio deste algoritmo (o próprio QGIS e as outras camadas abertas somam-se a ele); não pode ficar abaixo de cerca de 500 MB. A verificação de muitas ocorrências em uma mesma coordenada exata guarda todas as coordenadas: além de um oitavo do limite, elas vão para uma pasta auxiliar no diretório temporário do sistema (16 bytes por ocorrência), removida ao final.</translation>
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
            <translation>Polígonos inválidos (autointerseções, laços em forma de gravata-borboleta, anéis que tocam buracos) são tratados pela configuração de geometrias inválidas do Processamento: parar indicando seus ids, ou ignorá-los (listados no registro, e as ocorrências dentro deles contabilizadas à parte). Marque esta opção para repará-los com make_valid (como 'Corrigir geometrias'); cada feição reparada é listada no registro com o motivo e a área ganha ou perdida.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>Provenance record</source>
            <extracomment>usm:aggregateincidents parameters; usm:interpolatecensus parameters; usm:jointable parameters; usm:aggregatesurvey parameters (+26 more)</extracomment>
            <translation>Registro de proveniência</translation>
        </message>
        <message>
            <source>Optional JSON file recording how the outputs were made: every parameter (so the run can be repeated), each input file with its feature count and SHA-256 hash, the versions of the plugin, QGIS, Python and libraries, and the time. The same record is stored in the metadata of GeoPackage outputs and summarised in the log.</source>
            <extracomment>usm:aggregateincidents parameters; usm:aggregateincidents help; usm:interpolatecensus parameters; usm:interpolatecensus help (+56 more)</extracomment>
            <translation>Arquivo JSON opcional que registra como as saídas foram produzidas: cada parâmetro (para que a execução possa ser repetida), cada arquivo de entrada com sua contagem de feições e hash SHA-256, as versões do plugin, do QGIS, do Python e das bibliotecas, e o horário. O mesmo registro é guardado nos metadados das saídas GeoPackage e resumido no registro de mensagens.</translation>
        </message>
        <message>
            <source>Every incident is accounted for: incidents read = assigned to a neighbourhood + outside every neighbourhood + dropped (null or empty geometry, NaN or infinite coordinates). The counts are in the log and in the Accounting table. Incidents whose date is missing or cannot be parsed still count in the totals and categories but not in the period counts; the accounting says how many.</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>Cada ocorrência é contabilizada: ocorrências lidas = atribuídas a um bairro + fora de todos os bairros + descartadas (geometria nula ou vazia, coordenadas NaN ou infinitas). As contagens aparecem no registro e na tabela de contabilização. Ocorrências cuja data está ausente ou não pode ser interpretada continuam contando nos totais e nas categorias, mas não nas contagens por período; a contabilização informa quantas são.</translation>
        </message>
        <message>
            <source>Boundary rule: a point belongs to every neighbourhood whose closed area (interior or boundary) contains it; when that is more than one (a point exactly on a shared edge or vertex, or in an overlap), it goes to the one whose id comes first in sorted order. So each incident is counted exactly once: QGIS's Count points in polygon counts a point on a shared edge in neither neighbourhood and an intersects join counts it in both. The number of such ties is reported.</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>Regra de limite: um ponto pertence a todo bairro cuja área fechada (interior ou limite) o contém; quando há mais de um (um ponto exatamente sobre uma aresta ou vértice compartilhado, ou em uma sobreposição), ele vai para aquele cujo id vem primeiro em ordem crescente. Assim, cada ocorrência é contada exatamente uma vez: a ferramenta Contar pontos em polígono do QGIS não conta em nenhum bairro um ponto sobre uma aresta compartilhada, e uma junção por interseção o conta em ambos. O número desses empates é informado.</translation>
        </message>
        <message>
            <source>Incidents in another CRS are reprojected to the neighbourhoods' CRS through the project's transform settings. Areas and densities are computed in the neighbourhoods' CRS when it is projected; for a geographic CRS or Web Mercator they are computed in the local UTM zone (stated in the log). Neighbourhoods with a null or empty geometry get NULL values, not 0. "Selected features only" and the Processing setting for invalid geometries are honoured.</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>Ocorrências em outro SRC são reprojetadas para o SRC dos bairros com as configurações de transformação do projeto. Áreas e densidades são calculadas no SRC dos bairros quando ele é projetado; para um SRC geográfico ou Web Mercator, são calculadas na zona UTM local (indicada no registro). Bairros com geometria nula ou vazia recebem valores NULL, não 0. A opção "Apenas feições selecionadas" e a configuração do Processamento para geometrias inválidas são respeitadas.</translation>
        </message>
        <message>
            <source>Rates need a population field on the neighbourhood layer (for example one interpolated from census units). A population of 0 or NULL gives a NULL rate and a warning; a negative population is an error. Empirical Bayes smoothing shrinks the rates of neighbourhoods with few residents towards the city-wide rate, so a small neighbourhood with one incident does not top the map by chance (Marshall 1991, global method-of-moments estimator, as in GeoDa and PySAL).</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>As taxas precisam de um campo de população na camada de bairros (por exemplo, um interpolado a partir de setores censitários). Uma população 0 ou NULL dá uma taxa NULL e um aviso; uma população negativa é um erro. A suavização bayesiana empírica aproxima as taxas dos bairros com poucos habitantes da taxa de toda a cidade, para que um bairro pequeno com uma única ocorrência não fique no topo do mapa por acaso (Marshall 1991, estimador global pelo método dos momentos, como no GeoDa e no PySAL).</translation>
        </message>
        <message>
            <source>Large layers are read in chunks so that memory stays under the advanced parameter "Memory limit (MB)" (2048 by default), whatever the number of incidents: the counts, the accounting and the field names are the same as with a whole read. A layer small enough for the limit is read whole, the fastest way.</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>Camadas grandes são lidas em blocos para que a memória fique abaixo do parâmetro avançado "Limite de memória (MB)" (2048 por padrão), qualquer que seja o número de ocorrências: as contagens, a contabilização e os nomes de campos são os mesmos de uma leitura completa. Uma camada pequena o bastante para o limite é lida inteira, a forma mais rápida.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>Parameters</source>
            <extracomment>usm:aggregateincidents help; usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help (+26 more)</extracomment>
            <translation>Parâmetros</translation>
        </message>
        <message>
            <source>Output fields</source>
            <extracomment>usm:aggregateincidents help; usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help (+24 more)</extracomment>
            <translation>Campos de saída</translation>
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
            <translation>Unidade</translation>
        </message>
        <message>
            <source>the neighbourhood id, as in the input</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>o id do bairro, como na entrada</translation>
        </message>
        <message>
            <source>text or integer</source>
            <extracomment>usm:aggregateincidents help; usm:publicrelease help; usm:batchmonitor help</extracomment>
            <translation>texto ou inteiro</translation>
        </message>
        <message>
            <source>area of the neighbourhood, in the layer's projected CRS; NULL for a null or empty geometry</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>área do bairro, no SRC projetado da camada; NULL para uma geometria nula ou vazia</translation>
        </message>
        <message>
            <source>km²</source>
            <extracomment>usm:aggregateincidents help; usm:fulldiagnosis help; usm:batchmonitor help</extracomment>
            <translation>km²</translation>
        </message>
        <message>
            <source>incidents assigned to the neighbourhood (boundary ties go to the id that sorts first); NULL for a null or empty geometry</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>ocorrências atribuídas ao bairro (os empates no limite vão para o id que vem primeiro na ordenação); NULL para uma geometria nula ou vazia</translation>
        </message>
        <message>
            <source>count</source>
            <extracomment>usm:aggregateincidents help; usm:aggregateincidents tags; usm:interpolatecensus help; usm:jointable help (+22 more)</extracomment>
            <translation>contagem</translation>
        </message>
        <message>
            <source>n_total per km² of area_km2</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>n_total por km² de area_km2</translation>
        </message>
        <message>
            <source>incidents per km²</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>ocorrências por km²</translation>
        </message>
        <message>
            <source>incidents of one category (category field); n_cat_null counts incidents without a category</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>ocorrências de uma categoria (campo de categoria); n_cat_null conta as ocorrências sem categoria</translation>
        </message>
        <message>
            <source>incidents dated in that calendar year (only years present in the data)</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>ocorrências datadas naquele ano civil (somente os anos presentes nos dados)</translation>
        </message>
        <message>
            <source>incidents dated in that month of the year, all years together</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>ocorrências datadas naquele mês do ano, todos os anos juntos</translation>
        </message>
        <message>
            <source>incidents dated on that day of the week</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>ocorrências datadas naquele dia da semana</translation>
        </message>
        <message>
            <source>incidents by hour of the day: night 00:00-05:59, morning 06:00-11:59, afternoon 12:00-17:59, evening 18:00-23:59 (only incidents with a time of day)</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>ocorrências por hora do dia: madrugada 00:00-05:59, manhã 06:00-11:59, tarde 12:00-17:59, noite 18:00-23:59 (somente ocorrências com hora do dia)</translation>
        </message>
        <message>
            <source>incidents with that value of a disaggregation field (e.g. n_victim_sex_female); &lt;value&gt; null for missing values</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>ocorrências com aquele valor de um campo de desagregação (ex.: n_victim_sex_female); &lt;value&gt; null para valores ausentes</translation>
        </message>
        <message>
            <source>sum of the weight field over the neighbourhood's incidents (incidents with a missing weight left out)</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>soma do campo de peso sobre as ocorrências do bairro (ocorrências com peso ausente deixadas de fora)</translation>
        </message>
        <message>
            <source>weight units</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>unidades de peso</translation>
        </message>
        <message>
            <source>sum of the weight field per category</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>soma do campo de peso por categoria</translation>
        </message>
        <message>
            <source>n_total per &lt;rate_per&gt; residents; NULL when the population is 0 or NULL</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>n_total por &lt;rate_per&gt; habitantes; NULL quando a população é 0 ou NULL</translation>
        </message>
        <message>
            <source>incidents per 1,000 or 100,000 residents</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>ocorrências por 1,000 ou 100,000 habitantes</translation>
        </message>
        <message>
            <source>n_cat_&lt;category&gt; per &lt;rate_per&gt; residents</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>n_cat_&lt;category&gt; por &lt;rate_per&gt; habitantes</translation>
        </message>
        <message>
            <source>global Empirical Bayes smoothed rate (Marshall 1991): the rate shrunk towards the city-wide rate where the population is small</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>taxa suavizada por Bayes empírico global (Marshall 1991): a taxa aproximada da taxa de toda a cidade onde a população é pequena</translation>
        </message>
        <message>
            <source>Empirical Bayes smoothed rate per category</source>
            <extracomment>usm:aggregateincidents help; usm:batchmonitor help</extracomment>
            <translation>taxa suavizada por Bayes empírico por categoria</translation>
        </message>
        <message>
            <source>Accounting table</source>
            <extracomment>usm:aggregateincidents help; usm:aggregatesurvey help; usm:streetsegmentaudit help</extracomment>
            <translation>Tabela de contabilização</translation>
        </message>
        <message>
            <source>read, assigned, on_shared_boundary, outside, dropped_* and date_missing_or_unparsable</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>read, assigned, on_shared_boundary, outside, dropped_* e date_missing_or_unparsable</translation>
        </message>
        <message>
            <source>text</source>
            <extracomment>usm:aggregateincidents help; usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help (+22 more)</extracomment>
            <translation>texto</translation>
        </message>
        <message>
            <source>number of incidents</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>número de ocorrências</translation>
        </message>
        <message>
            <source>what the line means</source>
            <extracomment>usm:aggregateincidents help; usm:aggregatesurvey help; usm:streetsegmentaudit help</extracomment>
            <translation>o que a linha significa</translation>
        </message>
        <message>
            <source>Field names table</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>Tabela de nomes de campos</translation>
        </message>
        <message>
            <source>output field name</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>nome do campo de saída</translation>
        </message>
        <message>
            <source>input field the values come from</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>campo de entrada de onde vêm os valores</translation>
        </message>
        <message>
            <source>original category or value the field counts</source>
            <extracomment>usm:aggregateincidents help</extracomment>
            <translation>categoria ou valor original que o campo conta</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>References</source>
            <extracomment>usm:aggregateincidents help; usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help (+26 more)</extracomment>
            <translation>Referências</translation>
        </message>
        <message>
            <source>incidents</source>
            <extracomment>usm:aggregateincidents tags; usm:kerneldensity tags; usm:optimizedhotspots tags; usm:emerginghotspots tags (+5 more)</extracomment>
            <translation>ocorrências</translation>
        </message>
        <message>
            <source>crime</source>
            <extracomment>usm:aggregateincidents tags; usm:hotspots tags; usm:localmoran tags; usm:globalmoran tags (+3 more)</extracomment>
            <translation>crime</translation>
        </message>
        <message>
            <source>violence</source>
            <extracomment>usm:aggregateincidents tags</extracomment>
            <translation>violência</translation>
        </message>
        <message>
            <source>points in polygon</source>
            <extracomment>usm:aggregateincidents tags</extracomment>
            <translation>pontos em polígono</translation>
        </message>
        <message>
            <source>rate</source>
            <extracomment>usm:aggregateincidents tags; usm:smoothrates tags</extracomment>
            <translation>taxa</translation>
        </message>
        <message>
            <source>density</source>
            <extracomment>usm:aggregateincidents tags; usm:infrastructureindicators tags; usm:kerneldensity tags; usm:fulldiagnosis tags</extracomment>
            <translation>densidade</translation>
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
            <translation>bairro</translation>
        </message>
        <message>
            <source>join</source>
            <extracomment>usm:aggregateincidents tags; usm:interpolatecensus tags; usm:jointable tags</extracomment>
            <translation>unir</translation>
        </message>
        <message>
            <source>Interpolate census data to neighbourhoods</source>
            <extracomment>usm:interpolatecensus name</extracomment>
            <translation>Interpolar dados do censo para os bairros</translation>
        </message>
        <message>
            <source>Moves census variables from census units to neighbourhoods whose boundaries do not match: counts by area share or by a population raster, rates and shares as weighted means, with totals checked.</source>
            <extracomment>usm:interpolatecensus short description; usm:interpolatecensus help</extracomment>
            <translation>Transfere variáveis do censo dos setores censitários para bairros cujos limites não coincidem: contagens por proporção de área ou por um raster de população, taxas e proporções como médias ponderadas, com verificação dos totais.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Census units</source>
            <extracomment>usm:interpolatecensus parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Setores censitários</translation>
        </message>
        <message>
            <source>Polygon layer of census units (tracts, blocks, enumeration areas) carrying the census variables. May be in another CRS than the neighbourhoods.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Camada de polígonos dos setores censitários (setores, quadras, áreas de enumeração) com as variáveis do censo. Pode estar em um SRC diferente do dos bairros.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Census unit id field</source>
            <extracomment>usm:interpolatecensus parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Campo de id do setor censitário</translation>
        </message>
        <message>
            <source>Field naming the census units in the diagnostics (default: the feature id).</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Campo que identifica os setores censitários no diagnóstico (padrão: o id da feição).</translation>
        </message>
        <message>
            <source>Polygon layer of neighbourhoods that receives the values. Ids must be unique.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Camada de polígonos dos bairros que recebe os valores. Os ids devem ser únicos.</translation>
        </message>
        <message>
            <source>Field with a unique code per neighbourhood.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help; usm:infrastructureindicators parameters; usm:infrastructureindicators help (+4 more)</extracomment>
            <translation>Campo com um código único por bairro.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Extensive fields (counts)</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Campos extensivos (contagens)</translation>
        </message>
        <message>
            <source>Count fields split by area (or raster) share: population, households, unemployed. Text that parses as a number is used; other values are missing and reported. Negative values are an error.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Campos de contagem repartidos pela proporção de área (ou de raster): população, domicílios, desempregados. Texto que possa ser lido como número é usado; outros valores são ausentes e informados. Valores negativos são um erro.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Intensive fields (rates, means, shares)</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Campos intensivos (taxas, médias, proporções)</translation>
        </message>
        <message>
            <source>Fields averaged with weights: unemployment rate, mean income, youth share.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Campos calculados como médias ponderadas: taxa de desemprego, renda média, proporção de jovens.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Weight of intensive means</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Peso das médias intensivas</translation>
        </message>
        <message>
            <source>Intersection area, or interpolated population (the population field split like a count, or without it the raster mass of each piece). Population weighting suits per-person rates; a unit with population 0 then has weight 0 (reported).</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Área de interseção ou população interpolada (o campo de população repartido como uma contagem ou, sem ele, a massa de raster de cada pedaço). A ponderação pela população é adequada para taxas por pessoa; um setor com população 0 tem então peso 0 (informado).</translation>
        </message>
        <message>
            <source>Intersection area</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Área de interseção</translation>
        </message>
        <message>
            <source>Interpolated population</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>População interpolada</translation>
        </message>
        <message>
            <source>Residents per census unit, used to weight intensive means by population.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Habitantes por setor censitário, usados para ponderar as médias intensivas pela população.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Population or built-up raster (dasymetric)</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Raster de população ou de área construída (dasimétrico)</translation>
        </message>
        <message>
            <source>Optional raster of residents (or built-up share) per cell, e.g. a 100 m population grid. When given, counts are split by raster mass instead of area (band 1; nodata counts as zero). The layers are then read in the raster's CRS, which must be projected.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Raster opcional de habitantes (ou proporção de área construída) por célula, ex.: uma grade de população de 100 m. Quando informado, as contagens são repartidas pela massa do raster em vez da área (banda 1; nodata conta como zero). As camadas são então lidas no SRC do raster, que deve ser projetado.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Neighbourhoods with census data</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Bairros com dados do censo</translation>
        </message>
        <message>
            <source>The neighbourhood layer with the interpolated fields listed under Output fields.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>A camada de bairros com os campos interpolados listados em Campos de saída.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Totals check</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Verificação dos totais</translation>
        </message>
        <message>
            <source>Source and neighbourhood totals of every extensive field, and why they differ.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Totais de origem e dos bairros de cada campo extensivo, e por que diferem.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Diagnostics</source>
            <extracomment>usm:interpolatecensus parameters</extracomment>
            <translation>Diagnóstico</translation>
        </message>
        <message>
            <source>Overlaps, gaps, uncovered neighbourhoods, units outside the neighbourhoods, units without raster mass.</source>
            <extracomment>usm:interpolatecensus parameters; usm:interpolatecensus help</extracomment>
            <translation>Sobreposições, lacunas, bairros não cobertos, setores fora dos bairros, setores sem massa de raster.</translation>
        </message>
        <message>
            <source>Extensive variables (counts such as residents, households or unemployed) are split among the neighbourhoods in proportion to the share of each census unit's area that falls in each neighbourhood (areal weighting, Goodchild and Lam 1980). With a population or built-up raster they are split in proportion to the raster's mass instead (dasymetric allocation, Mennis 2003): residents are not spread evenly over parks and industry. The raster is sampled by exact fractional coverage (each cell's value spread evenly over the cell); a census unit without raster mass falls back to area shares and is listed.</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>Variáveis extensivas (contagens, como habitantes, domicílios ou desempregados) são repartidas entre os bairros na proporção da parte da área de cada setor censitário que cai em cada bairro (ponderação por área, Goodchild e Lam 1980). Com um raster de população ou de área construída, são repartidas em proporção à massa do raster (alocação dasimétrica, Mennis 2003): os moradores não se espalham igualmente sobre parques e indústrias. O raster é amostrado pela cobertura fracionária exata (o valor de cada célula espalhado uniformemente sobre a célula); um setor censitário sem massa de raster recorre às proporções de área e é listado.</translation>
        </message>
        <message>
            <source>Intensive variables (rates, means, shares) are weighted means over the pieces of census units in each neighbourhood, weighted by the piece's area or by its interpolated population.</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>Variáveis intensivas (taxas, médias, proporções) são médias ponderadas sobre os pedaços de setores censitários em cada bairro, ponderadas pela área do pedaço ou pela sua população interpolada.</translation>
        </message>
        <message>
            <source>Totals are checked: when the neighbourhoods cover all census units, every extensive variable sums to the same city total before and after; the Totals table shows both and explains any difference (parts of census units outside every neighbourhood, units without geometry).</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>Os totais são verificados: quando os bairros cobrem todos os setores censitários, cada variável extensiva soma o mesmo total da cidade antes e depois; a tabela de totais mostra ambos e explica qualquer diferença (partes de setores censitários fora de todos os bairros, setores sem geometria).</translation>
        </message>
        <message>
            <source>Diagnostics lists overlapping or duplicated census units (allowed, but the overlap area then receives value from both units), gaps inside neighbourhoods not covered by census units, neighbourhoods without any census unit (values NULL, not 0), census units partly outside the neighbourhoods with the share of their value that is not allocated, and units without raster mass. Missing or non-numeric values are missing: such a unit contributes nothing to that variable, and the log says how many. Negative counts are an error.</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>O diagnóstico lista setores censitários sobrepostos ou duplicados (permitidos, mas a área de sobreposição recebe então valor dos dois setores), lacunas dentro dos bairros não cobertas por setores censitários, bairros sem nenhum setor censitário (valores NULL, não 0), setores censitários parcialmente fora dos bairros com a parcela do seu valor que não é alocada, e setores sem massa de raster. Valores ausentes ou não numéricos são ausentes: esse setor não contribui com nada para essa variável, e o registro informa quantos são. Contagens negativas são um erro.</translation>
        </message>
        <message>
            <source>Census units in another CRS are reprojected to the neighbourhoods' CRS (or to the raster's CRS when a raster is given); areas are computed in a projected CRS, a local UTM zone when the layers are geographic or Web Mercator. The output keeps the neighbourhood layer's geometry, CRS and fields.</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>Setores censitários em outro SRC são reprojetados para o SRC dos bairros (ou para o SRC do raster, quando um raster é informado); as áreas são calculadas em um SRC projetado, uma zona UTM local quando as camadas são geográficas ou Web Mercator. A saída mantém a geometria, o SRC e os campos da camada de bairros.</translation>
        </message>
        <message>
            <source>all fields of the neighbourhood layer, unchanged</source>
            <extracomment>usm:interpolatecensus help; usm:jointable help; usm:aggregatesurvey help</extracomment>
            <translation>todos os campos da camada de bairros, inalterados</translation>
        </message>
        <message>
            <source>census count allocated to the neighbourhood (sum of unit value x area or raster share of the unit in the neighbourhood); NULL when no census unit with a value overlaps it</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>contagem censitária alocada ao bairro (soma do valor do setor x proporção de área ou de raster do setor no bairro); NULL quando nenhum setor censitário com valor o sobrepõe</translation>
        </message>
        <message>
            <source>unit of the census field (count)</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>unidade do campo censitário (contagem)</translation>
        </message>
        <message>
            <source>weighted mean of the census units overlapping the neighbourhood (weights: intersection area or interpolated population)</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>média ponderada dos setores censitários que sobrepõem o bairro (pesos: área de interseção ou população interpolada)</translation>
        </message>
        <message>
            <source>unit of the census field (rate, share, currency)</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>unidade do campo censitário (taxa, proporção, moeda)</translation>
        </message>
        <message>
            <source>used instead of &lt;field&gt; when the neighbourhood layer already has a field of that name</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>usado no lugar de &lt;field&gt; quando a camada de bairros já tem um campo com esse nome</translation>
        </message>
        <message>
            <source>as the census field</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>como o campo censitário</translation>
        </message>
        <message>
            <source>number of census units overlapping the neighbourhood by more than a sliver (1e-6 of the unit)</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>número de setores censitários que sobrepõem o bairro em mais do que uma lasca (1e-6 do setor)</translation>
        </message>
        <message>
            <source>share of the neighbourhood's area covered by census units</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>proporção da área do bairro coberta por setores censitários</translation>
        </message>
        <message>
            <source>0-1</source>
            <extracomment>usm:interpolatecensus help; usm:aggregatesurvey help; usm:infrastructureindicators help; usm:populationcoverage help (+8 more)</extracomment>
            <translation>0-1</translation>
        </message>
        <message>
            <source>Totals table</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>Tabela de totais</translation>
        </message>
        <message>
            <source>extensive census field</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>campo censitário extensivo</translation>
        </message>
        <message>
            <source>sum over all census units with a value</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>soma sobre todos os setores censitários com valor</translation>
        </message>
        <message>
            <source>field unit</source>
            <extracomment>usm:interpolatecensus help; usm:typologies help</extracomment>
            <translation>unidade do campo</translation>
        </message>
        <message>
            <source>sum over the neighbourhoods</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>soma sobre os bairros</translation>
        </message>
        <message>
            <source>target_total - source_total</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>target_total - source_total</translation>
        </message>
        <message>
            <source>difference as a percentage of source_total</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>diferença como porcentagem de source_total</translation>
        </message>
        <message>
            <source>%</source>
            <extracomment>usm:interpolatecensus help; usm:projecttargets help; usm:compareperiods help</extracomment>
            <translation>%</translation>
        </message>
        <message>
            <source>value of census units falling outside every neighbourhood</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>valor dos setores censitários que ficam fora de todos os bairros</translation>
        </message>
        <message>
            <source>value of census units without geometry</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>valor dos setores censitários sem geometria</translation>
        </message>
        <message>
            <source>census units with no value for the field</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>setores censitários sem valor para o campo</translation>
        </message>
        <message>
            <source>'preserved' or the reasons for the difference</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>'preserved' ou os motivos da diferença</translation>
        </message>
        <message>
            <source>Diagnostics table</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>Tabela de diagnóstico</translation>
        </message>
        <message>
            <source>source_overlap, duplicate_source_geometry, target_overlap, gap_in_target, target_without_sources, target_null_geometry, source_null_geometry, source_partly_outside, source_outside_targets, source_no_raster_mass, source_zero_population</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>source_overlap, duplicate_source_geometry, target_overlap, gap_in_target, target_without_sources, target_null_geometry, source_null_geometry, source_partly_outside, source_outside_targets, source_no_raster_mass, source_zero_population</translation>
        </message>
        <message>
            <source>census unit concerned</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>setor censitário envolvido</translation>
        </message>
        <message>
            <source>neighbourhood concerned</source>
            <extracomment>usm:interpolatecensus help; usm:jointable help</extracomment>
            <translation>bairro envolvido</translation>
        </message>
        <message>
            <source>the other unit or neighbourhood of an overlapping pair</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>o outro setor ou bairro de um par sobreposto</translation>
        </message>
        <message>
            <source>overlap, gap or outside area</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>área de sobreposição, de lacuna ou de fora</translation>
        </message>
        <message>
            <source>m²</source>
            <extracomment>usm:interpolatecensus help; usm:infrastructureindicators help; usm:sdgindicators help</extracomment>
            <translation>m²</translation>
        </message>
        <message>
            <source>overlap area / unit area; gap / neighbourhood area; share of the unit's value allocated outside</source>
            <extracomment>usm:interpolatecensus help</extracomment>
            <translation>área de sobreposição / área do setor; lacuna / área do bairro; parcela do valor do setor alocada fora</translation>
        </message>
        <message>
            <source>what it means</source>
            <extracomment>usm:interpolatecensus help; usm:publicrelease help</extracomment>
            <translation>o que significa</translation>
        </message>
        <message>
            <source>census</source>
            <extracomment>usm:interpolatecensus tags; usm:fulldiagnosis tags</extracomment>
            <translation>censo</translation>
        </message>
        <message>
            <source>areal interpolation</source>
            <extracomment>usm:interpolatecensus tags</extracomment>
            <translation>interpolação areal</translation>
        </message>
        <message>
            <source>dasymetric</source>
            <extracomment>usm:interpolatecensus tags</extracomment>
            <translation>dasimétrico</translation>
        </message>
        <message>
            <source>population</source>
            <extracomment>usm:interpolatecensus tags; usm:populationcoverage tags; usm:smoothrates tags</extracomment>
            <translation>população</translation>
        </message>
        <message>
            <source>areal weighting</source>
            <extracomment>usm:interpolatecensus tags</extracomment>
            <translation>ponderação por área</translation>
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
            <translation>Unir tabela aos bairros</translation>
        </message>
        <message>
            <source>Joins a table such as survey results, programmes or budgets to the neighbourhoods by code and reports unmatched codes, neighbourhoods without a row and duplicated codes.</source>
            <extracomment>usm:jointable short description; usm:jointable help</extracomment>
            <translation>Une uma tabela, como resultados de pesquisa, programas ou orçamentos, aos bairros pelo código e informa códigos sem correspondência, bairros sem linha e códigos duplicados.</translation>
        </message>
        <message>
            <source>Polygon layer of neighbourhoods with a unique code.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Camada de polígonos dos bairros com um código único.</translation>
        </message>
        <message>
            <source>Field with the neighbourhood code the table refers to.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Campo com o código do bairro a que a tabela se refere.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Table</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Tabela</translation>
        </message>
        <message>
            <source>Table (CSV, spreadsheet, GeoPackage table or any layer) with a neighbourhood code per row.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Tabela (CSV, planilha, tabela GeoPackage ou qualquer camada) com um código de bairro por linha.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Code field in the table</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Campo de código na tabela</translation>
        </message>
        <message>
            <source>Field of the table holding the neighbourhood code.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Campo da tabela que contém o código do bairro.</translation>
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
            <translation>Campos da tabela a copiar (padrão: todos, exceto o campo de código e a chave primária da tabela, como o fid de um GeoPackage).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Several rows with one code</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Várias linhas com um mesmo código</translation>
        </message>
        <message>
            <source>What to do when a code appears in several rows: stop, keep the first row, average or add up numeric fields (text values are listed).</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>O que fazer quando um código aparece em várias linhas: parar, manter a primeira linha, calcular a média ou somar os campos numéricos (os valores de texto são listados).</translation>
        </message>
        <message>
            <source>Stop with an error</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Parar com um erro</translation>
        </message>
        <message>
            <source>Keep the first row</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Manter a primeira linha</translation>
        </message>
        <message>
            <source>Average numeric fields</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Calcular a média dos campos numéricos</translation>
        </message>
        <message>
            <source>Add up numeric fields</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Somar os campos numéricos</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Ignore case of codes</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Ignorar maiúsculas/minúsculas nos códigos</translation>
        </message>
        <message>
            <source>Match 'n001' with 'N001'.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Fazer 'n001' corresponder a 'N001'.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Compare number-like codes by value</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Comparar códigos numéricos pelo valor</translation>
        </message>
        <message>
            <source>Treat 7, '007', '7.0' as the same code. Turn off when leading zeros matter.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Tratar 7, '007', '7.0' como o mesmo código. Desative quando os zeros à esquerda importam.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Neighbourhoods with joined table</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Bairros com a tabela unida</translation>
        </message>
        <message>
            <source>The neighbourhood layer with the joined fields and join_rows.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>A camada de bairros com os campos unidos e join_rows.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Join report</source>
            <extracomment>usm:jointable parameters</extracomment>
            <translation>Relatório da união</translation>
        </message>
        <message>
            <source>Unmatched codes, rows without a code, neighbourhoods without a row, duplicates.</source>
            <extracomment>usm:jointable parameters; usm:jointable help</extracomment>
            <translation>Códigos sem correspondência, linhas sem código, bairros sem linha, duplicados.</translation>
        </message>
        <message>
            <source>Codes are matched after trimming spaces. Optionally the match ignores case. Codes that look like numbers are compared by value, so 7, '007', '7.0' and 7.0 are the same code, while codes with letters ('N001') are compared as text (turn this off for codes whose leading zeros matter). Two neighbourhood ids that become equal under this rule are an error.</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>Os códigos são comparados após a remoção dos espaços. Opcionalmente, a comparação ignora maiúsculas e minúsculas. Códigos que parecem números são comparados pelo valor, de modo que 7, '007', '7.0' e 7.0 são o mesmo código, enquanto códigos com letras ('N001') são comparados como texto (desative isto para códigos cujos zeros à esquerda importam). Dois ids de bairro que se tornam iguais por essa regra são um erro.</translation>
        </message>
        <message>
            <source>Several rows with the same code stop the run by default; you may instead keep the first row, or average or add up the numeric fields (missing values are skipped, and a code whose values are all missing stays NULL); with averaging or adding, text fields list the distinct values joined with '; '. Programme and budget tables with several rows per neighbourhood usually want 'Add up'.</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>Várias linhas com o mesmo código interrompem a execução por padrão; em vez disso, você pode manter a primeira linha, ou calcular a média ou somar os campos numéricos (valores ausentes são ignorados, e um código cujos valores estão todos ausentes fica NULL); com média ou soma, os campos de texto listam os valores distintos unidos com '; '. Tabelas de programas e orçamentos com várias linhas por bairro geralmente pedem 'Somar'.</translation>
        </message>
        <message>
            <source>The Report table lists every table code that matches no neighbourhood, rows without a code, every neighbourhood without a row (its joined fields are NULL, not 0) and every duplicated code with what was done. Joined rows + unmatched rows + rows without a code = rows read.</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>A tabela de relatório lista cada código da tabela que não corresponde a nenhum bairro, as linhas sem código, cada bairro sem linha (seus campos unidos ficam NULL, não 0) e cada código duplicado com o que foi feito. Linhas unidas + linhas sem correspondência + linhas sem código = linhas lidas.</translation>
        </message>
        <message>
            <source>value of the joined table row (or aggregate of duplicated rows); NULL when the neighbourhood has no row</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>valor da linha da tabela unida (ou agregado das linhas duplicadas); NULL quando o bairro não tem linha</translation>
        </message>
        <message>
            <source>as in the table</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>como na tabela</translation>
        </message>
        <message>
            <source>used when the neighbourhood layer already has a field of that name</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>usado quando a camada de bairros já tem um campo com esse nome</translation>
        </message>
        <message>
            <source>number of table rows joined to the neighbourhood (0 = none)</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>número de linhas da tabela unidas ao bairro (0 = nenhuma)</translation>
        </message>
        <message>
            <source>Report table</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>Tabela de relatório</translation>
        </message>
        <message>
            <source>unmatched_code, missing_code, neighbourhood_without_row or duplicate_code</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>unmatched_code, missing_code, neighbourhood_without_row ou duplicate_code</translation>
        </message>
        <message>
            <source>the code as written in the table</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>o código como escrito na tabela</translation>
        </message>
        <message>
            <source>table rows concerned</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>linhas da tabela envolvidas</translation>
        </message>
        <message>
            <source>what was done</source>
            <extracomment>usm:jointable help</extracomment>
            <translation>o que foi feito</translation>
        </message>
        <message>
            <source>table</source>
            <extracomment>usm:jointable tags; usm:fulldiagnosis help</extracomment>
            <translation>tabela</translation>
        </message>
        <message>
            <source>attribute join</source>
            <extracomment>usm:jointable tags</extracomment>
            <translation>união por atributos</translation>
        </message>
        <message>
            <source>survey</source>
            <extracomment>usm:jointable tags; usm:aggregatesurvey tags; usm:fulldiagnosis tags</extracomment>
            <translation>pesquisa</translation>
        </message>
        <message>
            <source>programmes</source>
            <extracomment>usm:jointable tags</extracomment>
            <translation>programas</translation>
        </message>
        <message>
            <source>budget</source>
            <extracomment>usm:jointable tags</extracomment>
            <translation>orçamento</translation>
        </message>
        <message>
            <source>code</source>
            <extracomment>usm:jointable tags</extracomment>
            <translation>código</translation>
        </message>
        <message>
            <source>unmatched</source>
            <extracomment>usm:jointable tags</extracomment>
            <translation>sem correspondência</translation>
        </message>
        <message>
            <source>enabling environment</source>
            <extracomment>usm:jointable tags</extracomment>
            <translation>ambiente habilitador</translation>
        </message>
        <message>
            <source>Aggregate survey respondents</source>
            <extracomment>usm:aggregatesurvey name</extracomment>
            <translation>Agregar respondentes de pesquisa</translation>
        </message>
        <message>
            <source>Turns perception and victimisation survey respondents into neighbourhood shares (for example, feeling unsafe walking alone at night) with confidence intervals, flagging samples too small to report.</source>
            <extracomment>usm:aggregatesurvey short description; usm:aggregatesurvey help</extracomment>
            <translation>Transforma os respondentes de pesquisas de percepção e vitimização em proporções por bairro (por exemplo, sentir-se inseguro andando sozinho à noite) com intervalos de confiança, sinalizando amostras pequenas demais para divulgação.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <source>Survey respondents</source>
            <extracomment>usm:aggregatesurvey parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Respondentes da pesquisa</translation>
        </message>
        <message>
            <source>Point layer with one point per respondent (home or interview location) and yes/no answer fields. May be in another CRS than the neighbourhoods.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Camada de pontos com um ponto por respondente (residência ou local da entrevista) e campos de resposta sim/não. Pode estar em um SRC diferente do dos bairros.</translation>
        </message>
        <message>
            <source>Polygon layer of neighbourhoods. Ids must be unique.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Camada de polígonos dos bairros. Os ids devem ser únicos.</translation>
        </message>
        <message>
            <source>Unique neighbourhood code; a respondent on a shared boundary goes to the id that sorts first.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Código único do bairro; um respondente sobre um limite compartilhado vai para o id que vem primeiro na ordenação.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <source>Yes/no answer fields</source>
            <extracomment>usm:aggregatesurvey parameters</extracomment>
            <translation>Campos de resposta sim/não</translation>
        </message>
        <message>
            <source>Answer fields coded 0/1, true/false or yes/no, e.g. feels_unsafe_night, victim_last_year. The first one is used to style the output.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Campos de resposta codificados como 0/1, true/false ou yes/no, ex.: feels_unsafe_night, victim_last_year. O primeiro é usado para o estilo da saída.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <source>Survey weight field</source>
            <extracomment>usm:aggregatesurvey parameters</extracomment>
            <translation>Campo de peso amostral</translation>
        </message>
        <message>
            <source>Optional design weight per respondent (&gt;= 0). Respondents with a missing weight are left out of the weighted shares and reported.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Peso amostral opcional por respondente (&gt;= 0). Respondentes com peso ausente ficam fora das proporções ponderadas e são informados.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <source>Minimum respondents</source>
            <extracomment>usm:aggregatesurvey parameters</extracomment>
            <translation>Mínimo de respondentes</translation>
        </message>
        <message>
            <source>Neighbourhoods with fewer respondents are flagged small_sample = 1.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Bairros com menos respondentes são sinalizados com small_sample = 1.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Confidence level</source>
            <extracomment>usm:aggregatesurvey parameters; usm:targettrajectory parameters; usm:incidentsvsenvironment parameters</extracomment>
            <translation>Nível de confiança</translation>
        </message>
        <message>
            <source>Two-sided confidence level of the Wilson intervals.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Nível de confiança bilateral dos intervalos de Wilson.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <source>Neighbourhood survey shares</source>
            <extracomment>usm:aggregatesurvey parameters</extracomment>
            <translation>Proporções da pesquisa por bairro</translation>
        </message>
        <message>
            <source>The neighbourhood layer with the fields listed under Output fields.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>A camada de bairros com os campos listados em Campos de saída.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <source>Respondent accounting</source>
            <extracomment>usm:aggregatesurvey parameters</extracomment>
            <translation>Contabilização dos respondentes</translation>
        </message>
        <message>
            <source>Respondents read, assigned, on a shared boundary, outside, dropped, and missing answers per field.</source>
            <extracomment>usm:aggregatesurvey parameters; usm:aggregatesurvey help</extracomment>
            <translation>Respondentes lidos, atribuídos, sobre um limite compartilhado, fora, descartados, e respostas ausentes por campo.</translation>
        </message>
        <message>
            <source>Each respondent point is placed in one neighbourhood by the same rule as incidents: a respondent exactly on a shared boundary goes to the neighbourhood whose id sorts first, and every respondent is accounted for (assigned + outside + dropped = read).</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>Cada respondente é colocado em um único bairro pela mesma regra das ocorrências: um respondente exatamente sobre um limite compartilhado vai para o bairro cujo id vem primeiro na ordenação, e todo respondente é contabilizado (atribuídos + fora + descartados = lidos).</translation>
        </message>
        <message>
            <source>For each yes/no field (0/1, true/false, yes/no, sí/no, oui/non) the share answering yes is given with a Wilson score interval (Wilson 1927), which behaves well for small samples and shares near 0 or 1. Other answers count as missing and are reported. With a survey weight field the share is the weighted share, and the interval uses Kish's effective sample size (sum of weights squared over the sum of squared weights; Kish 1965), which accounts for unequal weights but not for clustering or stratification of the survey design.</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>Para cada campo sim/não (0/1, true/false, yes/no, sí/no, oui/non) é dada a proporção que respondeu sim, com um intervalo de escore de Wilson (Wilson 1927), que se comporta bem para amostras pequenas e proporções próximas de 0 ou 1. Outras respostas contam como ausentes e são informadas. Com um campo de peso amostral, a proporção é a proporção ponderada e o intervalo usa o tamanho efetivo de amostra de Kish (quadrado da soma dos pesos dividido pela soma dos quadrados dos pesos; Kish 1965), que leva em conta pesos desiguais, mas não o conglomerado nem a estratificação do desenho amostral.</translation>
        </message>
        <message>
            <source>Neighbourhoods with fewer respondents than the minimum get small_sample = 1 and are drawn grey and hatched: their shares are too uncertain to publish or rank.</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>Bairros com menos respondentes que o mínimo recebem small_sample = 1 e são desenhados em cinza e hachurados: suas proporções são incertas demais para publicar ou classificar.</translation>
        </message>
        <message>
            <source>respondents placed in the neighbourhood</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>respondentes colocados no bairro</translation>
        </message>
        <message>
            <source>1 when n_resp is below the minimum number of respondents</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>1 quando n_resp está abaixo do número mínimo de respondentes</translation>
        </message>
        <message>
            <source>0/1</source>
            <extracomment>usm:aggregatesurvey help; usm:spatialweightsreport help; usm:typologies help; usm:riskresilience help (+6 more)</extracomment>
            <translation>0/1</translation>
        </message>
        <message>
            <source>respondents with a valid yes/no answer (and a valid weight)</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>respondentes com uma resposta sim/não válida (e um peso válido)</translation>
        </message>
        <message>
            <source>share answering yes (weighted when a weight field is given); NULL without valid answers</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>proporção que respondeu sim (ponderada quando um campo de peso é dado); NULL sem respostas válidas</translation>
        </message>
        <message>
            <source>Wilson confidence interval of the share</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>intervalo de confiança de Wilson da proporção</translation>
        </message>
        <message>
            <source>Kish effective sample size (only with a weight field)</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>tamanho efetivo de amostra de Kish (só com um campo de peso)</translation>
        </message>
        <message>
            <source>respondents</source>
            <extracomment>usm:aggregatesurvey help; usm:aggregatesurvey tags</extracomment>
            <translation>respondentes</translation>
        </message>
        <message>
            <source>read, assigned, on_shared_boundary, outside, dropped_* and per field '&lt;field&gt;: missing_or_not_yes_no'</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>read, assigned, on_shared_boundary, outside, dropped_* e, por campo, '&lt;field&gt;: missing_or_not_yes_no'</translation>
        </message>
        <message>
            <source>number of respondents</source>
            <extracomment>usm:aggregatesurvey help</extracomment>
            <translation>número de respondentes</translation>
        </message>
        <message>
            <source>perception</source>
            <extracomment>usm:aggregatesurvey tags</extracomment>
            <translation>percepção</translation>
        </message>
        <message>
            <source>victimisation</source>
            <extracomment>usm:aggregatesurvey tags</extracomment>
            <translation>vitimização</translation>
        </message>
        <message>
            <source>feel safe</source>
            <extracomment>usm:aggregatesurvey tags</extracomment>
            <translation>sentir-se seguro</translation>
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
            <translation>intervalo de confiança</translation>
        </message>
        <message>
            <source>small sample</source>
            <extracomment>usm:aggregatesurvey tags</extracomment>
            <translation>amostra pequena</translation>
        </message>
        <message>
            <source>Spatial weights report</source>
            <extracomment>usm:spatialweightsreport name</extracomment>
            <translation>Relatório de pesos espaciais</translation>
        </message>
        <message>
            <source>Lists each feature's neighbours count, islands without neighbours, features with a single neighbour and disconnected parts, for the neighbour definition a hot-spot analysis will use.</source>
            <extracomment>usm:spatialweightsreport short description; usm:spatialweightsreport help</extracomment>
            <translation>Lista a contagem de vizinhos de cada feição, as ilhas sem vizinhos, as feições com um único vizinho e as partes desconectadas, para a definição de vizinhança que uma análise de pontos quentes vai usar.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Input layer</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Camada de entrada</translation>
        </message>
        <message>
            <source>Polygons (neighbourhoods, census units) or points to define neighbours for.</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help</extracomment>
            <translation>Polígonos (bairros, setores censitários) ou pontos para os quais definir vizinhos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Id field</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters (+1 more)</extracomment>
            <translation>Campo de id</translation>
        </message>
        <message>
            <source>Field with a unique code per feature, used to name islands and features in the log. Without it the feature ids are used.</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>Campo com um código único por feição, usado para nomear ilhas e feições no registro. Sem ele, são usados os ids das feições.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Neighbours (spatial weights)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Vizinhos (pesos espaciais)</translation>
        </message>
        <message>
            <source>How neighbours are defined. Queen: polygons sharing an edge or a corner (the usual choice for neighbourhoods); Rook: sharing an edge; K nearest neighbours: the k closest centroids (works for points and for polygons of very different sizes; every feature gets exactly k neighbours); Distance band: every feature within the distance; Inverse distance: within the distance, weighted by distance^-decay. Distances are measured in metres between centroids, in a projected CRS (a local UTM zone when the layer is geographic).</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>Como os vizinhos são definidos. Rainha: polígonos que compartilham uma aresta ou um canto (a escolha habitual para bairros); Torre: que compartilham uma aresta; K vizinhos mais próximos: os k centroides mais próximos (funciona para pontos e para polígonos de tamanhos muito diferentes; cada feição recebe exatamente k vizinhos); Banda de distância: toda feição dentro da distância; Inverso da distância: dentro da distância, ponderado por distância^-decaimento. As distâncias são medidas em metros entre centroides, em um SRC projetado (uma zona UTM local quando a camada é geográfica).</translation>
        </message>
        <message>
            <source>Queen contiguity (shared edge or corner)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Contiguidade rainha (aresta ou canto compartilhado)</translation>
        </message>
        <message>
            <source>Rook contiguity (shared edge)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Contiguidade torre (aresta compartilhada)</translation>
        </message>
        <message>
            <source>K nearest neighbours</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>K vizinhos mais próximos</translation>
        </message>
        <message>
            <source>Distance band (fixed distance, binary)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Banda de distância (distância fixa, binária)</translation>
        </message>
        <message>
            <source>Inverse distance within a distance band</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Inverso da distância dentro de uma banda de distância</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Number of neighbours (k)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Número de vizinhos (k)</translation>
        </message>
        <message>
            <source>Neighbours per feature for K nearest neighbours (ArcGIS's default is 8).</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>Vizinhos por feição para K vizinhos mais próximos (o padrão do ArcGIS é 8).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Distance band (metres)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Banda de distância (metros)</translation>
        </message>
        <message>
            <source>Maximum distance between centroids for Distance band and Inverse distance. 0 = automatic: the smallest distance at which every feature has at least one neighbour (stated in the log).</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>Distância máxima entre centroides para Banda de distância e Inverso da distância. 0 = automática: a menor distância na qual toda feição tem pelo menos um vizinho (indicada no registro).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Distance decay exponent</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Expoente de decaimento com a distância</translation>
        </message>
        <message>
            <source>Inverse distance weights are distance^-exponent (1 = inverse distance, 2 = inverse squared distance).</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>Os pesos de inverso da distância são distância^-expoente (1 = inverso da distância, 2 = inverso do quadrado da distância).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Features without neighbours (islands)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Feições sem vizinhos (ilhas)</translation>
        </message>
        <message>
            <source>Islands (e.g. a neighbourhood across a river, with no shared boundary) have no local statistic. Keep them labelled 'Isolated', or link each to its nearest feature(s) so they are analysed too (both ways, so their neighbours gain a neighbour).</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>Ilhas (ex.: um bairro do outro lado de um rio, sem limite compartilhado) não têm estatística local. Mantenha-as com o rótulo 'Isolated' ou ligue cada uma à(s) sua(s) feição(ões) mais próxima(s) para que também sejam analisadas (nos dois sentidos, de modo que seus vizinhos ganham um vizinho).</translation>
        </message>
        <message>
            <source>Keep them out: label 'Isolated', no statistic</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Deixá-las de fora: rótulo 'Isolated', sem estatística</translation>
        </message>
        <message>
            <source>Connect each to its nearest neighbour(s)</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Ligar cada uma ao(s) seu(s) vizinho(s) mais próximo(s)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>Neighbours given to each island</source>
            <extracomment>usm:spatialweightsreport parameters; usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Vizinhos dados a cada ilha</translation>
        </message>
        <message>
            <source>How many nearest features each island is linked to when islands are connected.</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help; usm:hotspots parameters; usm:hotspots help (+4 more)</extracomment>
            <translation>A quantas feições mais próximas cada ilha é ligada quando as ilhas são conectadas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/spatial_weights.py"></location>
            <source>Neighbour report</source>
            <extracomment>usm:spatialweightsreport parameters</extracomment>
            <translation>Relatório de vizinhos</translation>
        </message>
        <message>
            <source>The input features with the neighbour count, island and single-neighbour flags and the connected part of each feature.</source>
            <extracomment>usm:spatialweightsreport parameters; usm:spatialweightsreport help</extracomment>
            <translation>As feições de entrada com a contagem de vizinhos, os indicadores de ilha e de vizinho único e a parte conectada de cada feição.</translation>
        </message>
        <message>
            <source>Local statistics (Gi*, Local Moran's I) compare each area with its neighbours, so the neighbour definition decides the result. Run this first: an island (no neighbour) gets no statistic, a feature with a single neighbour rests on one value, and a city split into disconnected parts (a river, a gap in the polygons, a data error) is analysed as separate cities.</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>As estatísticas locais (Gi*, I de Moran local) comparam cada área com seus vizinhos, por isso a definição de vizinhança decide o resultado. Execute isto primeiro: uma ilha (sem vizinho) não recebe estatística, uma feição com um único vizinho se apoia em um só valor, e uma cidade dividida em partes desconectadas (um rio, uma lacuna entre os polígonos, um erro nos dados) é analisada como cidades separadas.</translation>
        </message>
        <message>
            <source>Contiguity compares vertices exactly: polygons that only touch along an edge without sharing a vertex, or that are separated by a sliver gap, are not neighbours (as in GeoDa and PySAL). Many islands or single neighbours in a clean-looking map point to such topology problems; K nearest neighbours avoids them.</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>A contiguidade compara os vértices exatamente: polígonos que só se tocam ao longo de uma aresta sem compartilhar um vértice, ou que estão separados por uma lacuna estreita, não são vizinhos (como no GeoDa e no PySAL). Muitas ilhas ou vizinhos únicos em um mapa de aparência limpa indicam esses problemas de topologia; K vizinhos mais próximos os evita.</translation>
        </message>
        <message>
            <source>all fields of the input layer</source>
            <extracomment>usm:spatialweightsreport help; usm:hotspots help; usm:localmoran help; usm:projecttargets help (+4 more)</extracomment>
            <translation>todos os campos da camada de entrada</translation>
        </message>
        <message>
            <source>feature id used in the report (id field, or feature id)</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>id da feição usado no relatório (campo de id, ou id da feição)</translation>
        </message>
        <message>
            <source>number of neighbours</source>
            <extracomment>usm:spatialweightsreport help; usm:localmoran help</extracomment>
            <translation>número de vizinhos</translation>
        </message>
        <message>
            <source>1 = no neighbour (island)</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>1 = sem vizinho (ilha)</translation>
        </message>
        <message>
            <source>1 = exactly one neighbour</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>1 = exatamente um vizinho</translation>
        </message>
        <message>
            <source>connected part the feature belongs to, 0 = the largest</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>parte conectada à qual a feição pertence, 0 = a maior</translation>
        </message>
        <message>
            <source>index</source>
            <extracomment>usm:spatialweightsreport help; usm:localmoran help; usm:globalmoran help; usm:optimizedhotspots help (+1 more)</extracomment>
            <translation>índice</translation>
        </message>
        <message>
            <source>number of features in that connected part</source>
            <extracomment>usm:spatialweightsreport help</extracomment>
            <translation>número de feições nessa parte conectada</translation>
        </message>
        <message>
            <source>spatial weights</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>pesos espaciais</translation>
        </message>
        <message>
            <source>neighbours</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>vizinhos</translation>
        </message>
        <message>
            <source>contiguity</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>contiguidade</translation>
        </message>
        <message>
            <source>queen</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>rainha</translation>
        </message>
        <message>
            <source>rook</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>torre</translation>
        </message>
        <message>
            <source>k nearest</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>k mais próximos</translation>
        </message>
        <message>
            <source>distance band</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>banda de distância</translation>
        </message>
        <message>
            <source>islands</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>ilhas</translation>
        </message>
        <message>
            <source>connectivity</source>
            <extracomment>usm:spatialweightsreport tags</extracomment>
            <translation>conectividade</translation>
        </message>
        <message>
            <source>hot spots</source>
            <extracomment>usm:spatialweightsreport tags; usm:crimeconcentration tags; usm:fulldiagnosis tags; usm:batchmonitor tags</extracomment>
            <translation>pontos quentes</translation>
        </message>
        <message>
            <source>Hot spot analysis (Getis-Ord Gi*)</source>
            <extracomment>usm:hotspots name</extracomment>
            <translation>Análise de pontos quentes (Getis-Ord Gi*)</translation>
        </message>
        <message>
            <source>Finds statistically significant hot spots and cold spots: areas whose neighbourhood (the area and its neighbours) has unusually high or low values, with 90/95/99% confidence bins.</source>
            <extracomment>usm:hotspots short description; usm:hotspots help</extracomment>
            <translation>Encontra pontos quentes e pontos frios estatisticamente significativos: áreas cuja vizinhança (a área e seus vizinhos) tem valores excepcionalmente altos ou baixos, com faixas de confiança de 90/95/99%.</translation>
        </message>
        <message>
            <source>Neighbourhoods (polygons) or points with the value to analyse, in any CRS.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help; usm:localmoran parameters; usm:localmoran help (+2 more)</extracomment>
            <translation>Bairros (polígonos) ou pontos com o valor a analisar, em qualquer SRC.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <source>Analysis field</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Campo de análise</translation>
        </message>
        <message>
            <source>Numeric field to analyse, e.g. an incident rate or Empirical Bayes smoothed rate (eb_rate_total from Aggregate incidents). Values should be non-negative.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help</extracomment>
            <translation>Campo numérico a analisar, ex.: uma taxa de ocorrências ou a taxa suavizada por Bayes empírico (eb_rate_total de Agregar ocorrências). Os valores devem ser não negativos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <source>Population field (check only)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Campo de população (apenas verificação)</translation>
        </message>
        <message>
            <source>Optional residents per feature. Not used in the statistic: when given and the analysis field looks like raw counts on areas of very different population, the log warns and suggests a rate or the Empirical Bayes smoothed rate.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help; usm:localmoran parameters; usm:localmoran help (+2 more)</extracomment>
            <translation>Habitantes por feição (opcional). Não é usado na estatística: quando informado e o campo de análise parece conter contagens brutas em áreas de populações muito diferentes, o registro emite um aviso e sugere uma taxa ou a taxa suavizada por Bayes empírico.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Permutations</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters; usm:optimizedhotspots parameters (+2 more)</extracomment>
            <translation>Permutações</translation>
        </message>
        <message>
            <source>Conditional permutations for the pseudo p-value (999 is standard; at least 99; 0 = analytical p-values only). With 999 the smallest pseudo p-value is 0.001.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help; usm:localmoran parameters; usm:localmoran help (+2 more)</extracomment>
            <translation>Permutações condicionais para o pseudo valor-p (999 é o padrão usual; no mínimo 99; 0 = apenas valores-p analíticos). Com 999, o menor pseudo valor-p é 0.001.</translation>
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
            <translation>Semente aleatória</translation>
        </message>
        <message>
            <source>Seed of the random permutations: the same seed gives the same result, bit for bit.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help; usm:localmoran parameters; usm:localmoran help (+2 more)</extracomment>
            <translation>Semente das permutações aleatórias: a mesma semente dá o mesmo resultado, bit a bit.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <source>False discovery rate (FDR) correction</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters</extracomment>
            <translation>Correção da taxa de falsas descobertas (FDR)</translation>
        </message>
        <message>
            <source>Correct for testing every feature at once (Benjamini-Hochberg): fewer features are flagged, and at most about 5% of those flagged at 95% are false alarms.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help; usm:localmoran parameters; usm:localmoran help</extracomment>
            <translation>Corrige o fato de se testar todas as feições ao mesmo tempo (Benjamini-Hochberg): menos feições são sinalizadas e no máximo cerca de 5% das sinalizadas a 95% são falsos alarmes.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <source>Test for</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Tipo de teste</translation>
        </message>
        <message>
            <source>Two-sided (hot and cold spots) is the usual choice; a one-sided test only when the question was decided before looking at the map.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help; usm:localmoran parameters; usm:localmoran help (+2 more)</extracomment>
            <translation>Bilateral (pontos quentes e frios) é a escolha habitual; um teste unilateral só quando a pergunta foi decidida antes de olhar o mapa.</translation>
        </message>
        <message>
            <source>Hot and cold spots (two-sided)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Pontos quentes e frios (bilateral)</translation>
        </message>
        <message>
            <source>Hot spots only (one-sided, high values)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Somente pontos quentes (unilateral, valores altos)</translation>
        </message>
        <message>
            <source>Cold spots only (one-sided, low values)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Somente pontos frios (unilateral, valores baixos)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/inference.py"></location>
            <source>Significance from</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters</extracomment>
            <translation>Significância calculada por</translation>
        </message>
        <message>
            <source>Which p-value sets Gi_Bin: the permutation pseudo p-value (robust to skewed values) or the normal approximation of the z-score (as ArcGIS).</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help</extracomment>
            <translation>Qual valor-p define Gi_Bin: o pseudo valor-p das permutações (robusto a valores assimétricos) ou a aproximação normal do escore z (como no ArcGIS).</translation>
        </message>
        <message>
            <source>Permutations (pseudo p-value)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters</extracomment>
            <translation>Permutações (pseudo valor-p)</translation>
        </message>
        <message>
            <source>Normal approximation of the z-score (as ArcGIS)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters</extracomment>
            <translation>Aproximação normal do escore z (como no ArcGIS)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <location filename="../processing_algorithms/hot_spots.py"></location>
            <location filename="../processing_algorithms/local_moran.py"></location>
            <source>Weights standardisation</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Padronização dos pesos</translation>
        </message>
        <message>
            <source>Binary weights (ArcGIS's default for Gi*) or row-standardised weights (GeoDa). Inverse distance weights are always row-standardised.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help</extracomment>
            <translation>Pesos binários (padrão do ArcGIS para Gi*) ou pesos padronizados por linha (GeoDa). Pesos de inverso da distância são sempre padronizados por linha.</translation>
        </message>
        <message>
            <source>None: every neighbour weighs 1 (ArcGIS default for Gi*)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Nenhuma: cada vizinho pesa 1 (padrão do ArcGIS para Gi*)</translation>
        </message>
        <message>
            <source>Row standardised: weights of each feature sum to 1 (GeoDa, PySAL default)</source>
            <extracomment>usm:hotspots parameters; usm:localmoran parameters; usm:globalmoran parameters</extracomment>
            <translation>Padronizados por linha: os pesos de cada feição somam 1 (padrão do GeoDa e do PySAL)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/hot_spots.py"></location>
            <source>Hot spots</source>
            <extracomment>usm:hotspots parameters</extracomment>
            <translation>Pontos quentes</translation>
        </message>
        <message>
            <source>The input features with the Gi* fields listed under Output fields; polygons are styled red (hot) / blue (cold) by confidence bin.</source>
            <extracomment>usm:hotspots parameters; usm:hotspots help</extracomment>
            <translation>As feições de entrada com os campos Gi* listados em Campos de saída; os polígonos recebem estilo vermelho (quente) / azul (frio) por faixa de confiança.</translation>
        </message>
        <message>
            <source>The Getis-Ord Gi* statistic compares the sum of the values of each feature and its neighbours with the sum expected if values were spread at random over the map. A high positive z-score is a hot spot (a cluster of high values), a low negative one a cold spot. Gi_Bin gives the confidence level: +3/+2/+1 hot spot at 99/95/90%, -3/-2/-1 cold spot, 0 not significant, NULL for features without neighbours (Isolated), as in ArcGIS's Hot Spot Analysis. The statistic, its expectation and variance are exactly those of ArcGIS, PySAL (esda.G_Local, star=True) and GeoDa (row-standardised).</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>A estatística Gi* de Getis-Ord compara a soma dos valores de cada feição e de seus vizinhos com a soma esperada se os valores estivessem distribuídos ao acaso no mapa. Um escore z positivo alto é um ponto quente (um aglomerado de valores altos); um negativo baixo, um ponto frio. Gi_Bin dá o nível de confiança: +3/+2/+1 ponto quente a 99/95/90%, -3/-2/-1 ponto frio, 0 não significativo, NULL para feições sem vizinhos (Isolated), como na ferramenta Hot Spot Analysis do ArcGIS. A estatística, sua expectativa e variância são exatamente as do ArcGIS, do PySAL (esda.G_Local, star=True) e do GeoDa (padronizados por linha).</translation>
        </message>
        <message>
            <source>Significance uses conditional permutations by default (the feature's value is held fixed, the others are shuffled) or the normal approximation of the z-score. Analyse rates, better Empirical Bayes smoothed rates, rather than raw counts: counts are high where many people live. Features with a missing value are left out and get NULL results. A variable with no variation is an error; fewer than 30 features gives a warning.</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>A significância usa, por padrão, permutações condicionais (o valor da feição é mantido fixo e os demais são embaralhados) ou a aproximação normal do escore z. Analise taxas, de preferência taxas suavizadas por Bayes empírico, em vez de contagens brutas: as contagens são altas onde mora muita gente. Feições com valor ausente são deixadas de fora e recebem resultados NULL. Uma variável sem variação é um erro; menos de 30 feições gera um aviso.</translation>
        </message>
        <message>
            <source>Gi* z-score (analytical); &gt; 0 hot, &lt; 0 cold</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>escore z Gi* (analítico); &gt; 0 quente, &lt; 0 frio</translation>
        </message>
        <message>
            <source>standard deviations</source>
            <extracomment>usm:hotspots help; usm:localmoran help; usm:globalmoran help; usm:optimizedhotspots help (+1 more)</extracomment>
            <translation>desvios padrão</translation>
        </message>
        <message>
            <source>p-value of the z-score (normal approximation)</source>
            <extracomment>usm:hotspots help; usm:localmoran help</extracomment>
            <translation>valor-p do escore z (aproximação normal)</translation>
        </message>
        <message>
            <source>probability</source>
            <extracomment>usm:hotspots help; usm:localmoran help; usm:globalmoran help; usm:optimizedhotspots help (+7 more)</extracomment>
            <translation>probabilidade</translation>
        </message>
        <message>
            <source>pseudo p-value from the conditional permutations (NULL with 0 permutations)</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>pseudo valor-p das permutações condicionais (NULL com 0 permutações)</translation>
        </message>
        <message>
            <source>z-score against the permutation distribution</source>
            <extracomment>usm:hotspots help; usm:localmoran help; usm:globalmoran help</extracomment>
            <translation>escore z em relação à distribuição das permutações</translation>
        </message>
        <message>
            <source>the Gi* statistic: share of the total in the feature's neighbourhood</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>a estatística Gi*: proporção do total na vizinhança da feição</translation>
        </message>
        <message>
            <source>ratio</source>
            <extracomment>usm:hotspots help; usm:typologies help; usm:compareperiods help; usm:targettrajectory help (+3 more)</extracomment>
            <translation>razão</translation>
        </message>
        <message>
            <source>confidence bin: 3/2/1 hot spot 99/95/90%, -3/-2/-1 cold spot, 0 not significant, NULL isolated or missing value</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>faixa de confiança: 3/2/1 ponto quente 99/95/90%, -3/-2/-1 ponto frio, 0 não significativo, NULL isolado ou valor ausente</translation>
        </message>
        <message>
            <source>class</source>
            <extracomment>usm:hotspots help; usm:localmoran help; usm:optimizedhotspots help; usm:emerginghotspots help (+4 more)</extracomment>
            <translation>classe</translation>
        </message>
        <message>
            <source>the bin in words (Hot spot 95%, Not significant, Isolated, ...)</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>a faixa por extenso (Hot spot 95%, Not significant, Isolated, ...)</translation>
        </message>
        <message>
            <source>number of neighbours used (without the feature itself)</source>
            <extracomment>usm:hotspots help</extracomment>
            <translation>número de vizinhos usados (sem a própria feição)</translation>
        </message>
        <message>
            <source>hot spot</source>
            <extracomment>usm:hotspots tags; usm:localmoran tags; usm:kerneldensity tags; usm:optimizedhotspots tags (+1 more)</extracomment>
            <translation>ponto quente</translation>
        </message>
        <message>
            <source>cold spot</source>
            <extracomment>usm:hotspots tags</extracomment>
            <translation>ponto frio</translation>
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
            <translation>gi estrela</translation>
        </message>
        <message>
            <source>cluster</source>
            <extracomment>usm:hotspots tags; usm:localmoran tags; usm:optimizedhotspots tags; usm:typologies tags (+1 more)</extracomment>
            <translation>aglomerado</translation>
        </message>
        <message>
            <source>local statistic</source>
            <extracomment>usm:hotspots tags; usm:localmoran tags</extracomment>
            <translation>estatística local</translation>
        </message>
        <message>
            <source>significance</source>
            <extracomment>usm:hotspots tags; usm:localmoran tags; usm:globalmoran tags</extracomment>
            <translation>significância</translation>
        </message>
        <message>
            <source>fdr</source>
            <extracomment>usm:hotspots tags; usm:localmoran tags; usm:optimizedhotspots tags</extracomment>
            <translation>fdr</translation>
        </message>
        <message>
            <source>permutation</source>
            <extracomment>usm:hotspots tags; usm:localmoran tags; usm:globalmoran tags; usm:nearrepeat tags</extracomment>
            <translation>permutação</translation>
        </message>
        <message>
            <source>Cluster and outlier analysis (Local Moran's I)</source>
            <extracomment>usm:localmoran name</extracomment>
            <translation>Análise de aglomerados e valores atípicos (I de Moran local)</translation>
        </message>
        <message>
            <source>Finds significant clusters of high values (High-High), of low values (Low-Low) and outliers (a high value among low neighbours or the reverse) with Local Moran's I (LISA).</source>
            <extracomment>usm:localmoran short description; usm:localmoran help</extracomment>
            <translation>Encontra aglomerados significativos de valores altos (Alto-Alto), de valores baixos (Baixo-Baixo) e valores atípicos (um valor alto entre vizinhos baixos ou o inverso) com o I de Moran local (LISA).</translation>
        </message>
        <message>
            <source>Numeric field to analyse, e.g. an incident rate or Empirical Bayes smoothed rate.</source>
            <extracomment>usm:localmoran parameters; usm:localmoran help; usm:globalmoran parameters; usm:globalmoran help</extracomment>
            <translation>Campo numérico a analisar, ex.: uma taxa de ocorrências ou a taxa suavizada por Bayes empírico.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <location filename="../processing_algorithms/local_moran.py"></location>
            <source>Significance level</source>
            <extracomment>usm:localmoran parameters; usm:globalmoran parameters; usm:emerginghotspots parameters; usm:compareperiods parameters</extracomment>
            <translation>Nível de significância</translation>
        </message>
        <message>
            <source>p-value at or below which a feature is labelled a cluster or outlier (0.05 = 95% confidence; with FDR, the false discovery rate).</source>
            <extracomment>usm:localmoran parameters; usm:localmoran help</extracomment>
            <translation>Valor-p igual ou abaixo do qual uma feição é rotulada como aglomerado ou valor atípico (0.05 = 95% de confiança; com FDR, a taxa de falsas descobertas).</translation>
        </message>
        <message>
            <source>Permutation pseudo p-value (standard for LISA) or the normal approximation.</source>
            <extracomment>usm:localmoran parameters; usm:localmoran help</extracomment>
            <translation>Pseudo valor-p das permutações (padrão para LISA) ou a aproximação normal.</translation>
        </message>
        <message>
            <source>Row-standardised weights (the spatial lag is the neighbours' average) or binary.</source>
            <extracomment>usm:localmoran parameters; usm:localmoran help</extracomment>
            <translation>Pesos padronizados por linha (a defasagem espacial é a média dos vizinhos) ou binários.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/local_moran.py"></location>
            <source>Clusters and outliers</source>
            <extracomment>usm:localmoran parameters</extracomment>
            <translation>Aglomerados e valores atípicos</translation>
        </message>
        <message>
            <source>The input features with the LMI fields listed under Output fields; polygons are styled by cluster/outlier type.</source>
            <extracomment>usm:localmoran parameters; usm:localmoran help</extracomment>
            <translation>As feições de entrada com os campos LMI listados em Campos de saída; os polígonos recebem estilo por tipo de aglomerado/valor atípico.</translation>
        </message>
        <message>
            <source>Local Moran's I multiplies a feature's standardised value by the average standardised value of its neighbours. Significant positive values are clusters: High-High (a high-crime area among high-crime areas) or Low-Low; significant negative values are spatial outliers: High-Low (a high value among low neighbours, e.g. a single problem block) or Low-High. Values, moments and quadrants are exactly those of PySAL's esda.Moran_Local and GeoDa.</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>O I de Moran local multiplica o valor padronizado de uma feição pela média dos valores padronizados de seus vizinhos. Valores positivos significativos são aglomerados: Alto-Alto (uma área de alta criminalidade entre áreas de alta criminalidade) ou Baixo-Baixo; valores negativos significativos são valores atípicos espaciais: Alto-Baixo (um valor alto entre vizinhos baixos, ex.: um único quarteirão problemático) ou Baixo-Alto. Valores, momentos e quadrantes são exatamente os do esda.Moran_Local do PySAL e do GeoDa.</translation>
        </message>
        <message>
            <source>Significance uses conditional permutations (the feature's value is held fixed, the others shuffled) or the normal approximation. Features without neighbours are labelled Isolated; a feature whose value, or whose neighbours' average, equals the city mean exactly has no quadrant (Undefined). Analyse rates rather than raw counts. A variable with no variation is an error.</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>A significância usa permutações condicionais (o valor da feição é mantido fixo e os demais são embaralhados) ou a aproximação normal. Feições sem vizinhos recebem o rótulo Isolated; uma feição cujo valor, ou cuja média dos vizinhos, é exatamente igual à média da cidade não tem quadrante (Undefined). Analise taxas em vez de contagens brutas. Uma variável sem variação é um erro.</translation>
        </message>
        <message>
            <source>Local Moran's I</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>I de Moran local</translation>
        </message>
        <message>
            <source>analytical z-score of I (total randomisation)</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>escore z analítico de I (aleatorização total)</translation>
        </message>
        <message>
            <source>pseudo p-value from conditional permutations</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>pseudo valor-p das permutações condicionais</translation>
        </message>
        <message>
            <source>quadrant: 1 High-High, 2 Low-High, 3 Low-Low, 4 High-Low (whether or not significant)</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>quadrante: 1 Alto-Alto, 2 Baixo-Alto, 3 Baixo-Baixo, 4 Alto-Baixo (significativo ou não)</translation>
        </message>
        <message>
            <source>High-High, Low-Low, High-Low, Low-High where significant; Not significant; Isolated; Undefined</source>
            <extracomment>usm:localmoran help</extracomment>
            <translation>High-High, Low-Low, High-Low, Low-High onde significativo; Not significant; Isolated; Undefined</translation>
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
            <translation>baixo-baixo</translation>
        </message>
        <message>
            <source>Global Moran's I</source>
            <extracomment>usm:globalmoran name</extracomment>
            <translation>I de Moran global</translation>
        </message>
        <message>
            <source>Tests whether a variable is spatially clustered over the whole map (Moran's I), with normal, randomisation and permutation p-values.</source>
            <extracomment>usm:globalmoran short description; usm:globalmoran help</extracomment>
            <translation>Testa se uma variável está espacialmente aglomerada no mapa como um todo (I de Moran), com valores-p pela normalidade, pela aleatorização e por permutação.</translation>
        </message>
        <message>
            <source>Row-standardised weights (GeoDa, PySAL default) or binary.</source>
            <extracomment>usm:globalmoran parameters; usm:globalmoran help</extracomment>
            <translation>Pesos padronizados por linha (padrão do GeoDa e do PySAL) ou binários.</translation>
        </message>
        <message>
            <source>p-value at or below which the log calls the variable clustered or dispersed (0.05 = 95% confidence).</source>
            <extracomment>usm:globalmoran parameters; usm:globalmoran help</extracomment>
            <translation>Valor-p igual ou abaixo do qual o registro considera a variável aglomerada ou dispersa (0.05 = 95% de confiança).</translation>
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
            <translation>Uma tabela de uma linha com a estatística, seus momentos e valores-p.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <source>z-score (randomisation)</source>
            <extracomment>usm:globalmoran parameters</extracomment>
            <translation>escore z (aleatorização)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <source>p-value (permutations, or randomisation without them)</source>
            <extracomment>usm:globalmoran parameters</extracomment>
            <translation>valor-p (permutações, ou aleatorização sem elas)</translation>
        </message>
        <message>
            <source>Moran's I is close to its expectation -1/(n-1) when values are spread at random, positive when similar values sit next to each other (clustering), negative when neighbours differ (a checkerboard). Run it before a local analysis: if the city shows no clustering overall, local hot spots deserve caution. The statistic and its moments are exactly those of PySAL's esda.Moran and GeoDa. The result is written to a one-row table and to the log.</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>O I de Moran fica próximo da sua expectativa -1/(n-1) quando os valores estão distribuídos ao acaso, positivo quando valores semelhantes ficam lado a lado (aglomeração), negativo quando os vizinhos diferem (um tabuleiro de xadrez). Execute-o antes de uma análise local: se a cidade não mostra aglomeração no conjunto, os pontos quentes locais merecem cautela. A estatística e seus momentos são exatamente os do esda.Moran do PySAL e do GeoDa. O resultado é gravado em uma tabela de uma linha e no registro.</translation>
        </message>
        <message>
            <source>the analysed field</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>o campo analisado</translation>
        </message>
        <message>
            <source>expected I under no autocorrelation, -1/(n-1)</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>I esperado sem autocorrelação, -1/(n-1)</translation>
        </message>
        <message>
            <source>variance of I under normality</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>variância de I sob normalidade</translation>
        </message>
        <message>
            <source>index²</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>índice²</translation>
        </message>
        <message>
            <source>z-score under normality</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>escore z sob normalidade</translation>
        </message>
        <message>
            <source>p-value under normality</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>valor-p sob normalidade</translation>
        </message>
        <message>
            <source>variance of I under randomisation</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>variância de I sob aleatorização</translation>
        </message>
        <message>
            <source>z-score under randomisation</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>escore z sob aleatorização</translation>
        </message>
        <message>
            <source>p-value under randomisation</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>valor-p sob aleatorização</translation>
        </message>
        <message>
            <source>pseudo p-value from random permutations</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>pseudo valor-p das permutações aleatórias</translation>
        </message>
        <message>
            <source>number of features analysed</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>número de feições analisadas</translation>
        </message>
        <message>
            <source>features without neighbours (kept in the mean and variance)</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>feições sem vizinhos (mantidas na média e na variância)</translation>
        </message>
        <message>
            <source>neighbour definition and standardisation</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>definição de vizinhança e padronização</translation>
        </message>
        <message>
            <source>number of random permutations</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>número de permutações aleatórias</translation>
        </message>
        <message>
            <source>random seed</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>semente aleatória</translation>
        </message>
        <message>
            <source>integer</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>inteiro</translation>
        </message>
        <message>
            <source>two-sided, greater (clustering) or less (dispersion)</source>
            <extracomment>usm:globalmoran help</extracomment>
            <translation>bilateral, maior (aglomeração) ou menor (dispersão)</translation>
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
            <translation>autocorrelação espacial</translation>
        </message>
        <message>
            <source>clustering</source>
            <extracomment>usm:globalmoran tags</extracomment>
            <translation>aglomeração</translation>
        </message>
        <message>
            <source>test</source>
            <extracomment>usm:globalmoran tags</extracomment>
            <translation>teste</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Infrastructure indicators</source>
            <extracomment>usm:infrastructureindicators name; usm:infrastructureindicators parameters</extracomment>
            <translation>Indicadores de infraestrutura</translation>
        </message>
        <message>
            <source>Per neighbourhood: count, density, per-resident rate and nearest distance of facilities; length and density of streets; area and share of parks and public space.</source>
            <extracomment>usm:infrastructureindicators short description; usm:infrastructureindicators help</extracomment>
            <translation>Por bairro: contagem, densidade, taxa por habitante e distância ao equipamento mais próximo; comprimento e densidade das vias; área e proporção de parques e espaço público.</translation>
        </message>
        <message>
            <source>Polygon layer of neighbourhoods (the unit of analysis). Should not overlap; ids must be unique. Areas and distances are measured in its CRS when it is projected, otherwise in the local UTM zone (stated in the log).</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help; usm:populationcoverage parameters; usm:populationcoverage help (+2 more)</extracomment>
            <translation>Camada de polígonos dos bairros (a unidade de análise). Não devem se sobrepor; os ids devem ser únicos. Áreas e distâncias são medidas no seu SRC quando ele é projetado; caso contrário, na zona UTM local (indicada no registro).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Infrastructure layer</source>
            <extracomment>usm:infrastructureindicators parameters</extracomment>
            <translation>Camada de infraestrutura</translation>
        </message>
        <message>
            <source>Points (facilities), lines (streets) or polygons (parks, public space). The geometry type decides which indicators are computed. May be in another CRS.</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help</extracomment>
            <translation>Pontos (equipamentos), linhas (vias) ou polígonos (parques, espaço público). O tipo de geometria decide quais indicadores são calculados. Pode estar em outro SRC.</translation>
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
            <translation>Pontos e polígonos: apenas as feições cujo valor é 1 são usadas (ex.: postes de iluminação funcionando, espaços públicos abertos ao público). Linhas: acrescenta o comprimento e a proporção das linhas cujo valor é 1 (ex.: vias iluminadas).</translation>
        </message>
        <message>
            <source>Residents per neighbourhood, for per-resident values. Without it the residents come from the population source below, if given.</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help</extracomment>
            <translation>Habitantes por bairro, para os valores por habitante. Sem ele, os habitantes vêm da fonte de população abaixo, se informada.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>Population polygons (census units)</source>
            <extracomment>usm:infrastructureindicators parameters; usm:populationcoverage parameters; usm:sdgindicators parameters</extracomment>
            <translation>Polígonos de população (setores censitários)</translation>
        </message>
        <message>
            <source>Census units with a population field. Each unit is cut by the neighbourhoods and each piece gets the unit's population in proportion to its area, placed at a point inside the piece. Used for the population-weighted centres and the residents' mean distance. Give this or a population raster (the raster is finer).</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help</extracomment>
            <translation>Setores censitários com um campo de população. Cada setor é recortado pelos bairros e cada pedaço recebe a população do setor na proporção da sua área, colocada em um ponto dentro do pedaço. Usado para os centros ponderados pela população e a distância média dos moradores. Informe isto ou um raster de população (o raster é mais fino).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>Population field of the census units</source>
            <extracomment>usm:infrastructureindicators parameters; usm:populationcoverage parameters; usm:sdgindicators parameters</extracomment>
            <translation>Campo de população dos setores censitários</translation>
        </message>
        <message>
            <source>Residents per census unit. Missing values are left out (reported), negative ones are an error.</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help; usm:populationcoverage parameters; usm:populationcoverage help (+2 more)</extracomment>
            <translation>Habitantes por setor censitário. Valores ausentes são deixados de fora (e informados); valores negativos são um erro.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Population raster</source>
            <extracomment>usm:infrastructureindicators parameters; usm:populationcoverage parameters; usm:sdgindicators parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Raster de população</translation>
        </message>
        <message>
            <source>Raster of residents per cell (e.g. a 100 m grid). Every cell with residents counts at its centre. Needs the Python package rasterio.</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help; usm:populationcoverage parameters; usm:populationcoverage help (+2 more)</extracomment>
            <translation>Raster de habitantes por célula (ex.: uma grade de 100 m). Cada célula com habitantes conta no seu centro. Requer o pacote Python rasterio.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Field name prefix</source>
            <extracomment>usm:infrastructureindicators parameters</extracomment>
            <translation>Prefixo dos nomes de campo</translation>
        </message>
        <message>
            <source>Prefix of the new fields (e.g. police, school, light), so that several runs can be chained on the same layer.</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help</extracomment>
            <translation>Prefixo dos novos campos (ex.: police, school, light), para que várias execuções possam ser encadeadas sobre a mesma camada.</translation>
        </message>
        <message>
            <source>The neighbourhood layer with all its fields plus the fields listed under Output fields.</source>
            <extracomment>usm:infrastructureindicators parameters; usm:infrastructureindicators help; usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>A camada de bairros com todos os seus campos mais os campos listados em Campos de saída.</translation>
        </message>
        <message>
            <source>The kind of indicator follows the geometry of the infrastructure layer. Points (police posts, schools, health centres, transit stops, street lights): count, count per km², per 10,000 residents, straight-line distance from the neighbourhood's population-weighted centre to the nearest facility, and the residents' population-weighted mean distance to their nearest facility. Lines (streets): length in km and km per km², and with a 0/1 field (e.g. lit) the length and share of lines with value 1. Polygons (parks, public space): area in m², share of the neighbourhood's area and m² per resident.</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>O tipo de indicador segue a geometria da camada de infraestrutura. Pontos (postos policiais, escolas, unidades de saúde, pontos de parada de transporte, postes de iluminação): contagem, contagem por km², por 10,000 habitantes, distância em linha reta do centro ponderado pela população do bairro até o equipamento mais próximo, e a distância média, ponderada pela população, dos moradores ao seu equipamento mais próximo. Linhas (vias): comprimento em km e km por km², e com um campo 0/1 (ex.: lit) o comprimento e a proporção das linhas com valor 1. Polígonos (parques, espaço público): área em m², proporção da área do bairro e m² por habitante.</translation>
        </message>
        <message>
            <source>Counting rule: a facility on a boundary shared by two neighbourhoods is counted once, in the neighbourhood whose id sorts first; the number of such ties is reported. Facilities outside every neighbourhood are counted as outside (reported) and still serve as nearest facility, since a facility just beyond the city limit serves the people next to it. A street running along a shared boundary counts half in each neighbourhood, so lengths add up to the city total. Overlapping polygons are dissolved, so an area is counted once.</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>Regra de contagem: um equipamento sobre um limite compartilhado por dois bairros é contado uma vez, no bairro cujo id vem primeiro na ordenação; o número desses empates é informado. Equipamentos fora de todos os bairros são contados como fora (informados) e continuam servindo como equipamento mais próximo, já que um equipamento logo além do limite da cidade atende as pessoas ao lado dele. Uma via que corre ao longo de um limite compartilhado conta metade em cada bairro, de modo que os comprimentos somam o total da cidade. Polígonos sobrepostos são dissolvidos, de modo que uma área é contada uma única vez.</translation>
        </message>
        <message>
            <source>The population-weighted centre needs a population source (census units or a population raster); without one, or for a neighbourhood without residents, the centroid is used and the centre field says so. Neighbourhoods with a NULL geometry get NULL values; a population of 0 gives NULL per-resident values with a warning. City-wide totals are written to the log.</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>O centro ponderado pela população precisa de uma fonte de população (setores censitários ou um raster de população); sem ela, ou para um bairro sem moradores, usa-se o centroide e o campo de centro indica isso. Bairros com geometria NULL recebem valores NULL; uma população 0 dá valores por habitante NULL com um aviso. Os totais de toda a cidade são gravados no registro.</translation>
        </message>
        <message>
            <source>points/polygons: features in the neighbourhood (polygons by an interior point)</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>pontos/polígonos: feições no bairro (polígonos por um ponto interior)</translation>
        </message>
        <message>
            <source>points: facilities per km² of neighbourhood area</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>pontos: equipamentos por km² de área do bairro</translation>
        </message>
        <message>
            <source>1/km²</source>
            <extracomment>usm:infrastructureindicators help; usm:streetsegmentaudit help; usm:fulldiagnosis help</extracomment>
            <translation>1/km²</translation>
        </message>
        <message>
            <source>points: facilities per 10,000 residents</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>pontos: equipamentos por 10,000 habitantes</translation>
        </message>
        <message>
            <source>per 10,000</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>por 10,000</translation>
        </message>
        <message>
            <source>points: straight-line distance from the population-weighted centre to the nearest facility</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>pontos: distância em linha reta do centro ponderado pela população até o equipamento mais próximo</translation>
        </message>
        <message>
            <source>m</source>
            <extracomment>usm:infrastructureindicators help; usm:streetsegmentaudit help; usm:riskterrain help; usm:nearrepeat help</extracomment>
            <translation>m</translation>
        </message>
        <message>
            <source>points: 'population' (population-weighted centre) or 'centroid'</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>pontos: 'population' (centro ponderado pela população) ou 'centroid'</translation>
        </message>
        <message>
            <source>points: population-weighted mean distance of residents to the nearest facility (needs a population source)</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>pontos: distância média, ponderada pela população, dos moradores ao equipamento mais próximo (requer uma fonte de população)</translation>
        </message>
        <message>
            <source>lines: length inside the neighbourhood</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>linhas: comprimento dentro do bairro</translation>
        </message>
        <message>
            <source>km</source>
            <extracomment>usm:infrastructureindicators help; usm:streetsegmentaudit help</extracomment>
            <translation>km</translation>
        </message>
        <message>
            <source>lines: length per km² of neighbourhood area</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>linhas: comprimento por km² de área do bairro</translation>
        </message>
        <message>
            <source>km/km²</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>km/km²</translation>
        </message>
        <message>
            <source>lines with a flag field: length of lines with value 1</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>linhas com campo indicador: comprimento das linhas com valor 1</translation>
        </message>
        <message>
            <source>lines with a flag field: that length as a share of the length whose flag is known</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>linhas com campo indicador: esse comprimento como proporção do comprimento cujo indicador é conhecido</translation>
        </message>
        <message>
            <source>polygons: area of the (dissolved) polygons inside the neighbourhood</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>polígonos: área dos polígonos (dissolvidos) dentro do bairro</translation>
        </message>
        <message>
            <source>polygons: that area as a share of the neighbourhood area</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>polígonos: essa área como proporção da área do bairro</translation>
        </message>
        <message>
            <source>polygons: area per resident</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>polígonos: área por habitante</translation>
        </message>
        <message>
            <source>m²/resident</source>
            <extracomment>usm:infrastructureindicators help</extracomment>
            <translation>m²/habitante</translation>
        </message>
        <message>
            <source>infrastructure</source>
            <extracomment>usm:infrastructureindicators tags</extracomment>
            <translation>infraestrutura</translation>
        </message>
        <message>
            <source>facilities</source>
            <extracomment>usm:infrastructureindicators tags; usm:populationcoverage tags</extracomment>
            <translation>equipamentos</translation>
        </message>
        <message>
            <source>police</source>
            <extracomment>usm:infrastructureindicators tags</extracomment>
            <translation>polícia</translation>
        </message>
        <message>
            <source>schools</source>
            <extracomment>usm:infrastructureindicators tags</extracomment>
            <translation>escolas</translation>
        </message>
        <message>
            <source>health</source>
            <extracomment>usm:infrastructureindicators tags</extracomment>
            <translation>saúde</translation>
        </message>
        <message>
            <source>street lights</source>
            <extracomment>usm:infrastructureindicators tags; usm:streetsegmentaudit tags</extracomment>
            <translation>postes de iluminação</translation>
        </message>
        <message>
            <source>streets</source>
            <extracomment>usm:infrastructureindicators tags</extracomment>
            <translation>vias</translation>
        </message>
        <message>
            <source>parks</source>
            <extracomment>usm:infrastructureindicators tags; usm:sdgindicators tags</extracomment>
            <translation>parques</translation>
        </message>
        <message>
            <source>public space</source>
            <extracomment>usm:infrastructureindicators tags; usm:sdgindicators tags</extracomment>
            <translation>espaço público</translation>
        </message>
        <message>
            <source>nearest</source>
            <extracomment>usm:infrastructureindicators tags</extracomment>
            <translation>mais próximo</translation>
        </message>
        <message>
            <source>Population coverage by facilities</source>
            <extracomment>usm:populationcoverage name</extracomment>
            <translation>Cobertura da população por equipamentos</translation>
        </message>
        <message>
            <source>Share of each neighbourhood's residents living within a given straight-line or walking distance of a facility (police post, school, health centre, transit stop, park entrance).</source>
            <extracomment>usm:populationcoverage short description; usm:populationcoverage help</extracomment>
            <translation>Proporção dos habitantes de cada bairro que vivem a até uma dada distância em linha reta ou a pé de um equipamento (posto policial, escola, unidade de saúde, ponto de parada de transporte, entrada de parque).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>Facilities</source>
            <extracomment>usm:populationcoverage parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Equipamentos</translation>
        </message>
        <message>
            <source>Point layer of facilities. May be in another CRS and may extend beyond the city.</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help</extracomment>
            <translation>Camada de pontos dos equipamentos. Pode estar em outro SRC e se estender além da cidade.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>Distance (m)</source>
            <extracomment>usm:populationcoverage parameters</extracomment>
            <translation>Distância (m)</translation>
        </message>
        <message>
            <source>Residents within this many metres of a facility are covered (measured in the neighbourhoods' projected CRS, or the local UTM zone for a geographic CRS).</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help</extracomment>
            <translation>Habitantes a até esta quantidade de metros de um equipamento são cobertos (medido no SRC projetado dos bairros, ou na zona UTM local para um SRC geográfico).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>Distance measured</source>
            <extracomment>usm:populationcoverage parameters</extracomment>
            <translation>Distância medida</translation>
        </message>
        <message>
            <source>Straight line, or walking distance along the street network (needs the street layer).</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help</extracomment>
            <translation>Linha reta, ou distância a pé pela rede viária (requer a camada de vias).</translation>
        </message>
        <message>
            <source>Straight line</source>
            <extracomment>usm:populationcoverage parameters</extracomment>
            <translation>Linha reta</translation>
        </message>
        <message>
            <source>Walking distance along the streets</source>
            <extracomment>usm:populationcoverage parameters</extracomment>
            <translation>Distância a pé pelas vias</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/streets.py"></location>
            <source>Street network</source>
            <extracomment>usm:populationcoverage parameters; usm:sdgindicators parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Rede viária</translation>
        </message>
        <message>
            <source>Street centre lines for walking distances. Needed for walking distances.</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help</extracomment>
            <translation>Eixos das vias para as distâncias a pé. Necessário para as distâncias a pé.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/streets.py"></location>
            <source>Snap tolerance (m)</source>
            <extracomment>usm:populationcoverage parameters; usm:sdgindicators parameters</extracomment>
            <translation>Tolerância de junção (m)</translation>
        </message>
        <message>
            <source>Street vertices closer than this are joined into one node, and a street end this close to another street is connected to it. 0 joins only identical vertices.</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help; usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Vértices de vias mais próximos que isto são unidos em um único nó, e uma extremidade de via a essa distância de outra via é ligada a ela. 0 une apenas vértices idênticos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/streets.py"></location>
            <source>Split streets at crossings</source>
            <extracomment>usm:populationcoverage parameters; usm:sdgindicators parameters</extracomment>
            <translation>Dividir as vias nos cruzamentos</translation>
        </message>
        <message>
            <source>Connect streets wherever they cross, for layers digitised without a node at each intersection. Wrong for bridges and tunnels.</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help; usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Liga as vias onde quer que se cruzem, para camadas digitalizadas sem um nó em cada interseção. Incorreto para pontes e túneis.</translation>
        </message>
        <message>
            <source>Census units with a population field. Each unit is cut by the neighbourhoods and each piece gets the unit's population in proportion to its area, placed at a point inside the piece.  Give this or a population raster (the raster is finer).</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help; usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Setores censitários com um campo de população. Cada setor é recortado pelos bairros e cada pedaço recebe a população do setor na proporção da sua área, colocada em um ponto dentro do pedaço. Informe isto ou um raster de população (o raster é mais fino).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>Population coverage</source>
            <extracomment>usm:populationcoverage parameters</extracomment>
            <translation>Cobertura da população</translation>
        </message>
        <message>
            <source>The neighbourhood layer with all its fields plus cov_pop, cov_covered and cov_share.</source>
            <extracomment>usm:populationcoverage parameters; usm:populationcoverage help</extracomment>
            <translation>A camada de bairros com todos os seus campos mais cov_pop, cov_covered e cov_share.</translation>
        </message>
        <message>
            <source>Residents come from census units (each unit is cut by the neighbourhoods; each piece carries the unit's residents in proportion to its area, at a point inside the piece, so a piece is covered or not as a whole) or from a population raster (each cell's residents at the cell centre; finer). A resident counts for the neighbourhood the point lies in. Facilities outside the city also serve.</source>
            <extracomment>usm:populationcoverage help</extracomment>
            <translation>Os habitantes vêm de setores censitários (cada setor é recortado pelos bairros; cada pedaço leva os habitantes do setor na proporção da sua área, em um ponto dentro do pedaço, de modo que um pedaço é coberto ou não por inteiro) ou de um raster de população (os habitantes de cada célula no centro da célula; mais fino). Um habitante conta para o bairro em que o ponto fica. Equipamentos fora da cidade também atendem.</translation>
        </message>
        <message>
            <source>A resident at exactly the distance is covered. Neighbourhoods without residents get a NULL share with a warning; the city-wide share is written to the log. Street network: streets are joined where they share a vertex; vertices closer than the snap tolerance (default 1 m) become one node, and a street end that close to another street is joined to it. Streets that cross without a shared vertex are not joined (they may be bridges or tunnels) unless "split at crossings" is ticked; the log counts them. Multi-part lines are exploded. Disconnected pieces of the network are reported; a resident on a piece without a facility is not covered. Residents and facilities are attached to the nearest point of the nearest street, and the straight-line distance to that point is part of the walking distance.</source>
            <extracomment>usm:populationcoverage help</extracomment>
            <translation>Um habitante exatamente à distância é considerado coberto. Bairros sem habitantes recebem proporção NULL com um aviso; a proporção de toda a cidade é gravada no registro. Rede viária: as vias são unidas onde compartilham um vértice; vértices mais próximos que a tolerância de junção (padrão 1 m) tornam-se um único nó, e uma extremidade de via a essa distância de outra via é ligada a ela. Vias que se cruzam sem vértice compartilhado não são unidas (podem ser pontes ou túneis), a menos que "dividir nos cruzamentos" esteja marcado; o registro as conta. Linhas multipartes são separadas. Partes desconectadas da rede são informadas; um morador em uma parte sem equipamento não é considerado atendido. Moradores e equipamentos são ligados ao ponto mais próximo da via mais próxima, e a distância em linha reta até esse ponto faz parte da distância a pé.</translation>
        </message>
        <message>
            <source>residents in the neighbourhood (from the population source)</source>
            <extracomment>usm:populationcoverage help; usm:sdgindicators help</extracomment>
            <translation>habitantes no bairro (da fonte de população)</translation>
        </message>
        <message>
            <source>persons</source>
            <extracomment>usm:populationcoverage help; usm:sdgindicators help</extracomment>
            <translation>pessoas</translation>
        </message>
        <message>
            <source>residents within the distance of a facility</source>
            <extracomment>usm:populationcoverage help</extracomment>
            <translation>habitantes a até a distância de um equipamento</translation>
        </message>
        <message>
            <source>cov_covered / cov_pop (NULL when no residents)</source>
            <extracomment>usm:populationcoverage help</extracomment>
            <translation>cov_covered / cov_pop (NULL quando não há habitantes)</translation>
        </message>
        <message>
            <source>coverage</source>
            <extracomment>usm:populationcoverage tags</extracomment>
            <translation>cobertura</translation>
        </message>
        <message>
            <source>accessibility</source>
            <extracomment>usm:populationcoverage tags; usm:sdgindicators tags</extracomment>
            <translation>acessibilidade</translation>
        </message>
        <message>
            <source>walking distance</source>
            <extracomment>usm:populationcoverage tags; usm:sdgindicators tags</extracomment>
            <translation>distância a pé</translation>
        </message>
        <message>
            <source>network</source>
            <extracomment>usm:populationcoverage tags</extracomment>
            <translation>rede</translation>
        </message>
        <message>
            <source>service area</source>
            <extracomment>usm:populationcoverage tags</extracomment>
            <translation>área de atendimento</translation>
        </message>
        <message>
            <source>street network</source>
            <extracomment>usm:populationcoverage tags</extracomment>
            <translation>rede viária</translation>
        </message>
        <message>
            <source>SDG 11.2.1 and 11.7.1 indicators</source>
            <extracomment>usm:sdgindicators name</extracomment>
            <translation>Indicadores ODS 11.2.1 e 11.7.1</translation>
        </message>
        <message>
            <source>Per neighbourhood and for the city: share of residents with convenient access to public transport (SDG 11.2.1), share of area that is open public space and share of residents within 400 m of it (SDG 11.7.1).</source>
            <extracomment>usm:sdgindicators short description; usm:sdgindicators help</extracomment>
            <translation>Por bairro e para a cidade: proporção de habitantes com acesso conveniente ao transporte público (ODS 11.2.1), proporção da área que é espaço público aberto e proporção de habitantes a até 400 m dele (ODS 11.7.1).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Public transport stops</source>
            <extracomment>usm:sdgindicators parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Pontos de parada de transporte público</translation>
        </message>
        <message>
            <source>Point layer of bus, tram, BRT, metro, rail and ferry stops (inside or outside the city).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Camada de pontos de parada de ônibus, bonde, BRT, metrô, trem e balsa (dentro ou fora da cidade).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Capacity field</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Campo de capacidade</translation>
        </message>
        <message>
            <source>Field telling low-capacity stops (bus, tram) from high-capacity ones (BRT, metro, rail, ferry): either a capacity class or the mode itself.</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Campo que distingue pontos de parada de baixa capacidade (ônibus, bonde) dos de alta capacidade (BRT, metrô, trem, balsa): uma classe de capacidade ou o próprio modo.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Low-capacity values</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Valores de baixa capacidade</translation>
        </message>
        <message>
            <source>Comma-separated values of the capacity field meaning low capacity (case-insensitive).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Valores do campo de capacidade, separados por vírgula, que significam baixa capacidade (sem distinguir maiúsculas/minúsculas).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>High-capacity values</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Valores de alta capacidade</translation>
        </message>
        <message>
            <source>Comma-separated values of the capacity field meaning high capacity (case-insensitive).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Valores do campo de capacidade, separados por vírgula, que significam alta capacidade (sem distinguir maiúsculas/minúsculas).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Walking distance to low-capacity stops (m)</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Distância a pé até pontos de parada de baixa capacidade (m)</translation>
        </message>
        <message>
            <source>500 m in the SDG 11.2.1 definition.</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>500 m na definição do ODS 11.2.1.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Walking distance to high-capacity stops (m)</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Distância a pé até pontos de parada de alta capacidade (m)</translation>
        </message>
        <message>
            <source>1,000 m in the SDG 11.2.1 definition.</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>1,000 m na definição do ODS 11.2.1.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Public space</source>
            <extracomment>usm:sdgindicators parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Espaço público</translation>
        </message>
        <message>
            <source>Polygons of parks, plazas, sports grounds and green areas open to the public. Without it SDG 11.7.1 is not computed (its fields are NULL).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Polígonos de parques, praças, quadras esportivas e áreas verdes abertos ao público. Sem ele, o ODS 11.7.1 não é calculado (seus campos ficam NULL).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Open to the public (0/1) field</source>
            <extracomment>usm:sdgindicators parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Campo aberto ao público (0/1)</translation>
        </message>
        <message>
            <source>Only public spaces whose value is 1 count; empty values count as not open (reported).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Somente os espaços públicos cujo valor é 1 contam; valores vazios contam como não abertos (informados).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Built-up area</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Área construída</translation>
        </message>
        <message>
            <source>Polygons of the built-up area, the denominator of the public space share. Without it the neighbourhood area is used (an approximation, stated in the log).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Polígonos da área construída, o denominador da proporção de espaço público. Sem ele, usa-se a área do bairro (uma aproximação, indicada no registro).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Walking distance to public space (m)</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Distância a pé até o espaço público (m)</translation>
        </message>
        <message>
            <source>400 m in the UN-Habitat public space training module.</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>400 m no módulo de capacitação sobre espaço público do ONU-Habitat.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Access point spacing along public space edges (m)</source>
            <extracomment>usm:sdgindicators parameters</extracomment>
            <translation>Espaçamento dos pontos de acesso ao longo do contorno dos espaços públicos (m)</translation>
        </message>
        <message>
            <source>A public space can be entered at its boundary vertices and at points at most this far apart along its edge.</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Um espaço público pode ser acessado pelos vértices do seu limite e por pontos a no máximo esta distância uns dos outros ao longo do seu contorno.</translation>
        </message>
        <message>
            <source>Street centre lines for walking distances. Strongly recommended: without it straight-line distances are used, which overstate access (the log warns).</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Eixos das vias para as distâncias a pé. Fortemente recomendado: sem ele, são usadas distâncias em linha reta, que superestimam o acesso (o registro emite um aviso).</translation>
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
            <translation>Resumo da cidade</translation>
        </message>
        <message>
            <source>City-wide values of every indicator, with counts of stops and public spaces used.</source>
            <extracomment>usm:sdgindicators parameters; usm:sdgindicators help</extracomment>
            <translation>Valores de toda a cidade de cada indicador, com as contagens de pontos de parada e espaços públicos usados.</translation>
        </message>
        <message>
            <source>SDG 11.2.1: a resident has convenient access when a low-capacity stop (bus, tram) lies within 500 m or a high-capacity stop (BRT, metro, rail, ferry) within 1,000 m of walking along the street network (UN-Habitat's method). Which stops are low or high capacity is read from a field of the stop layer; stops with other or empty values are left out and counted. Without a street layer the distances are straight lines, which overstate access; the log says so.</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>ODS 11.2.1: um habitante tem acesso conveniente quando um ponto de parada de baixa capacidade (ônibus, bonde) fica a até 500 m ou um de alta capacidade (BRT, metrô, trem, balsa) a até 1,000 m de caminhada pela rede viária (método do ONU-Habitat). Quais pontos de parada são de baixa ou alta capacidade é lido de um campo da camada de pontos de parada; pontos com outros valores ou vazios são deixados de fora e contados. Sem uma camada de vias, as distâncias são em linha reta, o que superestima o acesso; o registro informa isso.</translation>
        </message>
        <message>
            <source>SDG 11.7.1: the share of the built-up area that is open public space, where the built-up area comes from an optional built-up layer; without it the share is taken of the whole neighbourhood (city) area, an approximation stated in the log that lowers the share where land is undeveloped. UN-Habitat's full indicator also counts the land allocated to streets; street centre lines carry no width, so it is not included. The access part is the share of residents within 400 m walking of an open public space, entered anywhere along its edge (points every 50 m along each boundary); residents inside a public space have distance 0.</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>ODS 11.7.1: a proporção da área construída que é espaço público aberto, em que a área construída vem de uma camada opcional de área construída; sem ela, a proporção é tomada sobre toda a área do bairro (da cidade), uma aproximação indicada no registro que reduz a proporção onde o solo não está urbanizado. O indicador completo do ONU-Habitat também conta o solo destinado às vias; os eixos das vias não têm largura, por isso ele não é incluído. A parte de acesso é a proporção de habitantes a até 400 m de caminhada de um espaço público aberto, com entrada em qualquer ponto do seu contorno (pontos a cada 50 m ao longo de cada limite); habitantes dentro de um espaço público têm distância 0.</translation>
        </message>
        <message>
            <source>Residents come from census units (area-weighted pieces) or a population raster (cell centres). Neighbourhoods without residents get NULL shares with a warning. City-wide values go to the City summary table. Street network: streets are joined where they share a vertex; vertices closer than the snap tolerance (default 1 m) become one node, and a street end that close to another street is joined to it. Streets that cross without a shared vertex are not joined (they may be bridges or tunnels) unless "split at crossings" is ticked; the log counts them. Multi-part lines are exploded. Disconnected pieces of the network are reported; a resident on a piece without a facility is not covered. Residents and facilities are attached to the nearest point of the nearest street, and the straight-line distance to that point is part of the walking distance.</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>Os habitantes vêm de setores censitários (pedaços ponderados pela área) ou de um raster de população (centros das células). Bairros sem habitantes recebem proporções NULL com um aviso. Os valores de toda a cidade vão para a tabela de resumo da cidade. Rede viária: as vias são unidas onde compartilham um vértice; vértices mais próximos que a tolerância de junção (padrão 1 m) tornam-se um único nó, e uma extremidade de via a essa distância de outra via é ligada a ela. Vias que se cruzam sem vértice compartilhado não são unidas (podem ser pontes ou túneis), a menos que "dividir nos cruzamentos" esteja marcado; o registro as conta. Linhas multipartes são separadas. Partes desconectadas da rede são informadas; um morador em uma parte sem equipamento não é considerado atendido. Moradores e equipamentos são ligados ao ponto mais próximo da via mais próxima, e a distância em linha reta até esse ponto faz parte da distância a pé.</translation>
        </message>
        <message>
            <source>residents within 500 m of a low- or 1,000 m of a high-capacity stop</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>habitantes a até 500 m de um ponto de parada de baixa capacidade ou a até 1,000 m de um de alta capacidade</translation>
        </message>
        <message>
            <source>SDG 11.2.1: sdg1121_served / sdg_pop</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>ODS 11.2.1: sdg1121_served / sdg_pop</translation>
        </message>
        <message>
            <source>open public space inside the neighbourhood</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>espaço público aberto dentro do bairro</translation>
        </message>
        <message>
            <source>built-up area (or neighbourhood area without a built-up layer)</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>área construída (ou área do bairro sem uma camada de área construída)</translation>
        </message>
        <message>
            <source>SDG 11.7.1 area part: sdg1171_space_m2 / sdg1171_ref_m2</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>ODS 11.7.1, parte de área: sdg1171_space_m2 / sdg1171_ref_m2</translation>
        </message>
        <message>
            <source>residents within 400 m walking of open public space</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>habitantes a até 400 m de caminhada de um espaço público aberto</translation>
        </message>
        <message>
            <source>SDG 11.7.1 access part: sdg1171_near / sdg_pop</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>ODS 11.7.1, parte de acesso: sdg1171_near / sdg_pop</translation>
        </message>
        <message>
            <source>City summary table</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>Tabela de resumo da cidade</translation>
        </message>
        <message>
            <source>indicator name</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>nome do indicador</translation>
        </message>
        <message>
            <source>city-wide value</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>valor de toda a cidade</translation>
        </message>
        <message>
            <source>as named</source>
            <extracomment>usm:sdgindicators help</extracomment>
            <translation>conforme o nome</translation>
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
            <translation>transporte coletivo</translation>
        </message>
        <message>
            <source>un-habitat</source>
            <extracomment>usm:sdgindicators tags</extracomment>
            <translation>onu-habitat</translation>
        </message>
        <message>
            <source>Kernel density surface</source>
            <extracomment>usm:kerneldensity name</extracomment>
            <translation>Superfície de densidade kernel</translation>
        </message>
        <message>
            <source>Smooth surface of incident density in incidents per km² (GeoTIFF), with a quartic or Gaussian kernel and an automatic radius when none is given.</source>
            <extracomment>usm:kerneldensity short description; usm:kerneldensity help</extracomment>
            <translation>Superfície suavizada da densidade de ocorrências em ocorrências por km² (GeoTIFF), com um kernel quártico ou gaussiano e um raio automático quando nenhum é informado.</translation>
        </message>
        <message>
            <source>Point layer of incidents. Null geometries are left out and counted.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>Camada de pontos das ocorrências. Geometrias nulas são deixadas de fora e contadas.</translation>
        </message>
        <message>
            <source>Optional non-negative weight per incident (e.g. severity or number of victims). Incidents with a NULL weight are left out and counted; negative weights are an error.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>Peso não negativo opcional por ocorrência (ex.: gravidade ou número de vítimas). Ocorrências com peso NULL são deixadas de fora e contadas; pesos negativos são um erro.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Cell size</source>
            <extracomment>usm:kerneldensity parameters; usm:optimizedhotspots parameters</extracomment>
            <translation>Tamanho da célula</translation>
        </message>
        <message>
            <source>Side of the output cells in metres (100 m suits a neighbourhood-scale city map). Empty or 0: the shorter side of the incidents' extent divided by 250.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>Lado das células de saída em metros (100 m é adequado para um mapa da cidade na escala de bairro). Vazio ou 0: o lado menor da extensão das ocorrências dividido por 250.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Radius (bandwidth)</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Raio (largura de banda)</translation>
        </message>
        <message>
            <source>Kernel radius in metres: how far each incident's influence reaches (300-800 m is usual for street crime). Empty or 0: automatic, Silverman's rule as in ArcGIS.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>Raio do kernel em metros: até onde vai a influência de cada ocorrência (300-800 m é o usual para crimes de rua). Vazio ou 0: automático, regra de Silverman como no ArcGIS.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Kernel</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Kernel</translation>
        </message>
        <message>
            <source>Quartic (biweight, the crime-mapping standard and QGIS Heatmap's default) or Gaussian with sigma = radius / 3, cut at the radius.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>Quártico (biweight, o padrão do mapeamento criminal e do Mapa de calor do QGIS) ou gaussiano com sigma = raio / 3, cortado no raio.</translation>
        </message>
        <message>
            <source>Quartic (biweight)</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Quártico (biweight)</translation>
        </message>
        <message>
            <source>Gaussian (sigma = radius / 3)</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Gaussiano (sigma = raio / 3)</translation>
        </message>
        <message>
            <source>Memory to aim under, in megabytes. A layer whose whole read would need more (about 230 bytes per incident) is read in chunks, with the same surface, and only the grid and one chunk are kept: the memory is bounded whatever the number of incidents. With a radius given, the chunks are read twice (extent, then binning onto the grid). With an automatic radius they are read once or twice more (the first read also finds the mean centre; then the distances to it are counted in a histogram to find the median distance), giving the same radius as a whole read.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>Memória a não ultrapassar, em megabytes. Uma camada cuja leitura completa precisaria de mais (cerca de 230 bytes por incidente) é lida em blocos, com a mesma superfície, e só a grelha e um bloco são mantidos: a memória fica limitada seja qual for o número de incidentes. Com um raio dado, os blocos são lidos duas vezes (extensão, depois agregação na grelha). Com um raio automático são lidos mais uma ou duas vezes (a primeira leitura também encontra o centro médio; depois as distâncias a ele são contadas num histograma para encontrar a distância mediana), dando o mesmo raio que uma leitura completa.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Kernel density</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Densidade kernel</translation>
        </message>
        <message>
            <source>GeoTIFF of incidents per km² (float32). The radius, rule, kernel and units are stored as metadata tags.</source>
            <extracomment>usm:kerneldensity parameters; usm:kerneldensity help</extracomment>
            <translation>GeoTIFF de ocorrências por km² (float32). O raio, a regra, o kernel e as unidades são guardados como tags de metadados.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Radius used (m)</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Raio usado (m)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Radius rule</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Regra do raio</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Incidents in the surface</source>
            <extracomment>usm:kerneldensity parameters</extracomment>
            <translation>Ocorrências na superfície</translation>
        </message>
        <message>
            <source>Each incident spreads one unit (or its weight) over a disc of the given radius with the kernel's shape; the surface is the sum over incidents, expressed per km². The surface times the cell area adds up to the number of incidents (or total weight), so surfaces of different cities, periods and cell sizes are comparable. QGIS's Heatmap writes raw sums of kernel values instead (unit-less): multiply those by 3 / (pi r²) x 10⁶ (r in metres) to compare with this algorithm's quartic surface.</source>
            <extracomment>usm:kerneldensity help</extracomment>
            <translation>Cada ocorrência espalha uma unidade (ou seu peso) sobre um disco do raio informado com a forma do kernel; a superfície é a soma sobre as ocorrências, expressa por km². A superfície vezes a área da célula soma o número de ocorrências (ou o peso total), de modo que superfícies de cidades, períodos e tamanhos de célula diferentes são comparáveis. O Mapa de calor do QGIS grava, em vez disso, somas brutas de valores do kernel (sem unidade): multiplique-as por 3 / (pi r²) x 10⁶ (r em metros) para comparar com a superfície quártica deste algoritmo.</translation>
        </message>
        <message>
            <source>Quartic kernel: K(d) = 3 / (pi r²) (1 - d²/r²)² within the radius r, 0 beyond (the biweight kernel of crime mapping, CrimeStat, ArcGIS and QGIS). Gaussian kernel: sigma = r / 3, truncated at r and renormalised.</source>
            <extracomment>usm:kerneldensity help</extracomment>
            <translation>Kernel quártico: K(d) = 3 / (pi r²) (1 - d²/r²)² dentro do raio r, 0 além dele (o kernel biweight do mapeamento criminal, do CrimeStat, do ArcGIS e do QGIS). Kernel gaussiano: sigma = r / 3, truncado em r e renormalizado.</translation>
        </message>
        <message>
            <source>Automatic radius (when Radius is empty): 0.9 x min(SD, sqrt(1/ln 2) x Dm) x n^-0.2, where SD is the standard distance of the incidents, Dm the median distance to their mean centre and n their number (or the sum of weights): Silverman's rule of thumb as used by ArcGIS Kernel Density. The radius used and the rule are written to the log and returned as outputs.</source>
            <extracomment>usm:kerneldensity help</extracomment>
            <translation>Raio automático (quando Raio está vazio): 0.9 x min(SD, sqrt(1/ln 2) x Dm) x n^-0.2, onde SD é a distância padrão das ocorrências, Dm a distância mediana ao seu centro médio e n o seu número (ou a soma dos pesos): a regra prática de Silverman, como usada no Kernel Density do ArcGIS. O raio usado e a regra são gravados no registro e devolvidos como saídas.</translation>
        </message>
        <message>
            <source>The incidents are binned onto the grid with bilinear weights and convolved with the kernel by FFT, which takes a fraction of a second for a million incidents. Distances are in metres: incidents in a geographic CRS or Web Mercator are projected to the local UTM zone first and the raster is written in that projection (stated in the log). Incidents with a null geometry are left out and counted; MultiPoints count once per point.</source>
            <extracomment>usm:kerneldensity help</extracomment>
            <translation>As ocorrências são distribuídas na grade com pesos bilineares e convoluídas com o kernel por FFT, o que leva uma fração de segundo para um milhão de ocorrências. As distâncias são em metros: ocorrências em um SRC geográfico ou Web Mercator são primeiro projetadas para a zona UTM local e o raster é gravado nessa projeção (indicada no registro). Ocorrências com geometria nula são deixadas de fora e contadas; multipontos contam uma vez por ponto.</translation>
        </message>
        <message>
            <source>kernel density of incidents (or of the weight field)</source>
            <extracomment>usm:kerneldensity help</extracomment>
            <translation>densidade kernel das ocorrências (ou do campo de peso)</translation>
        </message>
        <message>
            <source>incidents per km² (weight units per km²)</source>
            <extracomment>usm:kerneldensity help</extracomment>
            <translation>ocorrências por km² (unidades de peso por km²)</translation>
        </message>
        <message>
            <source>kernel density</source>
            <extracomment>usm:kerneldensity tags</extracomment>
            <translation>densidade kernel</translation>
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
            <translation>raster</translation>
        </message>
        <message>
            <source>surface</source>
            <extracomment>usm:kerneldensity tags</extracomment>
            <translation>superfície</translation>
        </message>
        <message>
            <source>bandwidth</source>
            <extracomment>usm:kerneldensity tags</extracomment>
            <translation>largura de banda</translation>
        </message>
        <message>
            <source>Optimized hot spot analysis</source>
            <extracomment>usm:optimizedhotspots name</extracomment>
            <translation>Análise otimizada de pontos quentes</translation>
        </message>
        <message>
            <source>Counts incidents on a hexagon or square grid over the study area and maps statistically significant hot and cold spots (Getis-Ord Gi*), choosing the cell size and the scale of analysis from the data and reporting every choice.</source>
            <extracomment>usm:optimizedhotspots short description; usm:optimizedhotspots help</extracomment>
            <translation>Conta as ocorrências em uma grade de hexágonos ou quadrados sobre a área de estudo e mapeia pontos quentes e frios estatisticamente significativos (Getis-Ord Gi*), escolhendo o tamanho da célula e a escala de análise a partir dos dados e informando cada escolha.</translation>
        </message>
        <message>
            <source>Point layer of incidents. Null geometries are left out and counted; MultiPoints count once per point.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Camada de pontos das ocorrências. Geometrias nulas são deixadas de fora e contadas; multipontos contam uma vez por ponto.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Study area</source>
            <extracomment>usm:optimizedhotspots parameters; usm:riskterrain parameters</extracomment>
            <translation>Área de estudo</translation>
        </message>
        <message>
            <source>Polygons where incidents are possible: the city boundary or the neighbourhoods (dissolved). Incidents outside are left out and counted. Empty: the convex hull of the incidents without locational outliers.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Polígonos onde ocorrências são possíveis: o limite da cidade ou os bairros (dissolvidos). Ocorrências fora deles são deixadas de fora e contadas. Vazio: a envoltória convexa das ocorrências sem os valores atípicos de localização.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Cell shape</source>
            <extracomment>usm:optimizedhotspots parameters</extracomment>
            <translation>Forma da célula</translation>
        </message>
        <message>
            <source>Hexagons (every neighbour at the same distance; preferred for hot spots) or squares.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Hexágonos (todos os vizinhos à mesma distância; preferíveis para pontos quentes) ou quadrados.</translation>
        </message>
        <message>
            <source>Hexagons</source>
            <extracomment>usm:optimizedhotspots parameters; usm:emerginghotspots parameters</extracomment>
            <translation>Hexágonos</translation>
        </message>
        <message>
            <source>Squares (fishnet)</source>
            <extracomment>usm:optimizedhotspots parameters; usm:emerginghotspots parameters</extracomment>
            <translation>Quadrados (fishnet)</translation>
        </message>
        <message>
            <source>Side of the square of the same area as a cell, in metres. Empty or 0: automatic (twice the mean distance between neighbouring incidents, 30 to 5,000 cells).</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Lado do quadrado de mesma área que uma célula, em metros. Vazio ou 0: automático (o dobro da distância média entre ocorrências vizinhas, de 30 a 5,000 células).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Distance band</source>
            <extracomment>usm:optimizedhotspots parameters</extracomment>
            <translation>Banda de distância</translation>
        </message>
        <message>
            <source>Neighbourhood radius of Gi* in metres. Empty or 0: automatic, from the first peak of incremental spatial autocorrelation (or the K-nearest-cells fallback).</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Raio da vizinhança de Gi* em metros. Vazio ou 0: automático, a partir do primeiro pico da autocorrelação espacial incremental (ou da alternativa das K células mais próximas).</translation>
        </message>
        <message>
            <source>0: analytical p-values (as ArcGIS). 999: conditional permutation pseudo p-values, slower but free of the normality assumption.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>0: valores-p analíticos (como no ArcGIS). 999: pseudo valores-p por permutação condicional, mais lentos, mas livres da hipótese de normalidade.</translation>
        </message>
        <message>
            <source>Seed of the permutations: the same seed gives the same result.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Semente das permutações: a mesma semente dá o mesmo resultado.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>False discovery rate correction</source>
            <extracomment>usm:optimizedhotspots parameters; usm:emerginghotspots parameters; usm:compareperiods parameters</extracomment>
            <translation>Correção da taxa de falsas descobertas</translation>
        </message>
        <message>
            <source>Correct the confidence bins for testing every cell at once (Benjamini-Hochberg), as ArcGIS's Optimized Hot Spot Analysis does.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Corrige as faixas de confiança pelo fato de se testar todas as células ao mesmo tempo (Benjamini-Hochberg), como faz a Optimized Hot Spot Analysis do ArcGIS.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Optimized hot spots</source>
            <extracomment>usm:optimizedhotspots parameters</extracomment>
            <translation>Pontos quentes otimizados</translation>
        </message>
        <message>
            <source>The grid cells with their incident counts, Gi* z-scores, p-values and confidence bins (fields below), styled by bin.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>As células da grade com suas contagens de ocorrências, escores z Gi*, valores-p e faixas de confiança (campos abaixo), com estilo por faixa.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Choices</source>
            <extracomment>usm:optimizedhotspots parameters</extracomment>
            <translation>Escolhas</translation>
        </message>
        <message>
            <source>Every choice the analysis made, its value and the rule behind it.</source>
            <extracomment>usm:optimizedhotspots parameters; usm:optimizedhotspots help</extracomment>
            <translation>Cada escolha feita pela análise, seu valor e a regra por trás dela.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Cell size used (m)</source>
            <extracomment>usm:optimizedhotspots parameters</extracomment>
            <translation>Tamanho da célula usado (m)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Distance band used (m)</source>
            <extracomment>usm:optimizedhotspots parameters</extracomment>
            <translation>Banda de distância usada (m)</translation>
        </message>
        <message>
            <source>The steps follow ESRI's Optimized Hot Spot Analysis for incident points. (1) Incidents outside the study area are left out and counted. (2) Locational outliers (distinct locations whose nearest-neighbour distance exceeds the mean by more than three standard deviations) are reported and do not influence the cell size. (3) Cell size, when not given: twice the mean nearest-neighbour distance between incident locations, bounded so that the study area holds between 30 and 5,000 cells; the cell size is the side of the square of the same area, so hexagons and squares of one size have equal areas. (4) Scale, when no distance band is given: incremental spatial autocorrelation — Global Moran's I of the counts over ten distance bands starting where every cell has a neighbour, in steps of one cell spacing; the first peak of its z-score (above 1.96) is used; without a peak (a z-score still rising at the last band, as the city-wide density gradient usually makes it), ESRI's fallback: the mean distance at which a cell has K neighbours, K = 5% of the cells between 3 and 30. (5) Getis-Ord Gi* of the counts with binary distance-band weights, the cell included in its own neighbourhood, with the Benjamini-Hochberg false discovery rate correction of the confidence bins.</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>As etapas seguem a Optimized Hot Spot Analysis da ESRI para pontos de ocorrências. (1) Ocorrências fora da área de estudo são deixadas de fora e contadas. (2) Valores atípicos de localização (locais distintos cuja distância ao vizinho mais próximo excede a média em mais de três desvios padrão) são informados e não influenciam o tamanho da célula. (3) Tamanho da célula, quando não informado: o dobro da distância média ao vizinho mais próximo entre os locais das ocorrências, limitado para que a área de estudo contenha entre 30 e 5,000 células; o tamanho da célula é o lado do quadrado de mesma área, de modo que hexágonos e quadrados de um mesmo tamanho têm áreas iguais. (4) Escala, quando nenhuma banda de distância é informada: autocorrelação espacial incremental — I de Moran global das contagens em dez bandas de distância, a partir daquela em que toda célula tem um vizinho, em passos de um espaçamento de célula; usa-se o primeiro pico do seu escore z (acima de 1.96); sem pico (um escore z ainda subindo na última banda, como o gradiente de densidade da cidade costuma provocar), a alternativa da ESRI: a distância média na qual uma célula tem K vizinhos, K = 5% das células, entre 3 e 30. (5) Gi* de Getis-Ord das contagens com pesos binários de banda de distância, a célula incluída na sua própria vizinhança, com a correção da taxa de falsas descobertas de Benjamini-Hochberg nas faixas de confiança.</translation>
        </message>
        <message>
            <source>Every choice is written to the log and to the Choices table. Hexagons are pointy-topped; cells that cover part of the study area are kept. A point on a shared cell edge belongs to exactly one cell (squares: half-open cells; hexagons: the nearest centre). Distances are measured in metres: layers in a geographic CRS or Web Mercator are projected to the local UTM zone (stated in the log), which is also the CRS of the output grid.</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>Cada escolha é gravada no registro e na tabela de escolhas. Os hexágonos têm o vértice para cima; células que cobrem parte da área de estudo são mantidas. Um ponto sobre uma aresta compartilhada entre células pertence a exatamente uma célula (quadrados: células semiabertas; hexágonos: o centro mais próximo). As distâncias são medidas em metros: camadas em um SRC geográfico ou Web Mercator são projetadas para a zona UTM local (indicada no registro), que é também o SRC da grade de saída.</translation>
        </message>
        <message>
            <source>grid cell number (1..n, south to north, west to east)</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>número da célula da grade (1..n, de sul para norte, de oeste para leste)</translation>
        </message>
        <message>
            <source>id</source>
            <extracomment>usm:optimizedhotspots help; usm:emerginghotspots help; usm:riskresilience help; usm:streetsegmentaudit help (+1 more)</extracomment>
            <translation>id</translation>
        </message>
        <message>
            <source>cell row (0 = southernmost) and column in the grid</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>linha da célula (0 = a mais ao sul) e coluna na grade</translation>
        </message>
        <message>
            <source>incidents in the cell</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>ocorrências na célula</translation>
        </message>
        <message>
            <source>Gi* z-score; &gt; 0 hot, &lt; 0 cold</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>escore z Gi*; &gt; 0 quente, &lt; 0 frio</translation>
        </message>
        <message>
            <source>p-value used for the bins (analytical, or pseudo p-value with permutations)</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>valor-p usado para as faixas (analítico, ou pseudo valor-p com permutações)</translation>
        </message>
        <message>
            <source>confidence bin: 3/2/1 hot spot 99/95/90%, -3/-2/-1 cold spot, 0 not significant (FDR-corrected when chosen)</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>faixa de confiança: 3/2/1 ponto quente 99/95/90%, -3/-2/-1 ponto frio, 0 não significativo (corrigida por FDR quando escolhido)</translation>
        </message>
        <message>
            <source>the bin in words (Hot spot 95%, Not significant, ...)</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>a faixa por extenso (Hot spot 95%, Not significant, ...)</translation>
        </message>
        <message>
            <source>cells within the distance band (the cell itself excluded)</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>células dentro da banda de distância (excluída a própria célula)</translation>
        </message>
        <message>
            <source>Choices table</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>Tabela de escolhas</translation>
        </message>
        <message>
            <source>what was decided (cell size, distance band, outliers, ...)</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>o que foi decidido (tamanho da célula, banda de distância, valores atípicos, ...)</translation>
        </message>
        <message>
            <source>the value used</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>o valor usado</translation>
        </message>
        <message>
            <source>the rule that produced it</source>
            <extracomment>usm:optimizedhotspots help</extracomment>
            <translation>a regra que o produziu</translation>
        </message>
        <message>
            <source>optimized hot spot</source>
            <extracomment>usm:optimizedhotspots tags</extracomment>
            <translation>ponto quente otimizado</translation>
        </message>
        <message>
            <source>hexagon</source>
            <extracomment>usm:optimizedhotspots tags</extracomment>
            <translation>hexágono</translation>
        </message>
        <message>
            <source>fishnet</source>
            <extracomment>usm:optimizedhotspots tags</extracomment>
            <translation>fishnet</translation>
        </message>
        <message>
            <source>grid</source>
            <extracomment>usm:optimizedhotspots tags</extracomment>
            <translation>grade</translation>
        </message>
        <message>
            <source>incremental spatial autocorrelation</source>
            <extracomment>usm:optimizedhotspots tags</extracomment>
            <translation>autocorrelação espacial incremental</translation>
        </message>
        <message>
            <source>Emerging hot spot analysis</source>
            <extracomment>usm:emerginghotspots name</extracomment>
            <translation>Análise de pontos quentes emergentes</translation>
        </message>
        <message>
            <source>Finds new, consecutive, intensifying, persistent, diminishing, sporadic, oscillating and historical hot and cold spots from incident counts per neighbourhood (or grid cell) and time step.</source>
            <extracomment>usm:emerginghotspots short description; usm:emerginghotspots help</extracomment>
            <translation>Encontra pontos quentes e frios novos, consecutivos, em intensificação, persistentes, em diminuição, esporádicos, oscilantes e históricos a partir das contagens de ocorrências por bairro (ou célula de grade) e passo de tempo.</translation>
        </message>
        <message>
            <source>Point layer of incidents with a date. Null geometries are left out and counted.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Camada de pontos das ocorrências com data. Geometrias nulas são deixadas de fora e contadas.</translation>
        </message>
        <message>
            <source>Date or date-time of each incident (a date field or text in ISO or common formats). Missing and unreadable dates are left out and counted.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Data ou data-hora de cada ocorrência (um campo de data ou texto em ISO ou formatos comuns). Datas ausentes e ilegíveis são deixadas de fora e contadas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Locations (neighbourhoods)</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Locais (bairros)</translation>
        </message>
        <message>
            <source>Polygons to count incidents in, usually the neighbourhoods; neighbours are polygons sharing a boundary or corner. Empty: a grid generated over the incidents.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Polígonos nos quais contar as ocorrências, geralmente os bairros; os vizinhos são polígonos que compartilham um limite ou um canto. Vazio: uma grade gerada sobre as ocorrências.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Location id field</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Campo de id do local</translation>
        </message>
        <message>
            <source>Unique id of each location, copied to the output; it also decides ties: a point on a shared boundary goes to the location whose id sorts first.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Id único de cada local, copiado para a saída; também decide os empates: um ponto sobre um limite compartilhado vai para o local cujo id vem primeiro na ordenação.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Grid cell shape (without locations)</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Forma da célula da grade (sem locais)</translation>
        </message>
        <message>
            <source>Shape of the generated grid cells when no locations are given; neighbours are the six adjacent hexagons or the eight surrounding squares.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Forma das células da grade gerada quando nenhum local é informado; os vizinhos são os seis hexágonos adjacentes ou os oito quadrados ao redor.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Grid cell size (without locations)</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Tamanho da célula da grade (sem locais)</translation>
        </message>
        <message>
            <source>Side of the square of the same area as a cell, in metres, for the generated grid.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Lado do quadrado de mesma área que uma célula, em metros, para a grade gerada.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Time step</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Passo de tempo</translation>
        </message>
        <message>
            <source>Length of one time step. Aim for at least ten steps over the data (the trend test has little power with fewer); steps with very few incidents give noisy z-scores.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Duração de um passo de tempo. Procure ter pelo menos dez passos nos dados (o teste de tendência tem pouco poder com menos); passos com muito poucas ocorrências dão escores z ruidosos.</translation>
        </message>
        <message>
            <source>Month</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Mês</translation>
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
            <translation>Passos de tempo da vizinhança</translation>
        </message>
        <message>
            <source>How many previous time steps count as neighbours of a bin (ArcGIS's Neighborhood Time Step; 1 smooths each step with the one before).</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Quantos passos de tempo anteriores contam como vizinhos de uma caixa (o Neighborhood Time Step do ArcGIS; 1 suaviza cada passo com o anterior).</translation>
        </message>
        <message>
            <source>Level at which a bin is a hot or cold spot and the trend is significant.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Nível em que uma caixa é um ponto quente ou frio e a tendência é significativa.</translation>
        </message>
        <message>
            <source>Correct the bin significance for testing every location and step at once (Benjamini-Hochberg).</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Corrige a significância das caixas pelo fato de se testar todos os locais e passos ao mesmo tempo (Benjamini-Hochberg).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Emerging hot spots</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Pontos quentes emergentes</translation>
        </message>
        <message>
            <source>One feature per location with its pattern category and trend (fields below), styled by category.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Uma feição por local com sua categoria de padrão e tendência (campos abaixo), com estilo por categoria.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Space-time bins</source>
            <extracomment>usm:emerginghotspots parameters</extracomment>
            <translation>Caixas espaço-temporais</translation>
        </message>
        <message>
            <source>One row per location and time step: count, Gi* z-score, p-value and bin.</source>
            <extracomment>usm:emerginghotspots parameters; usm:emerginghotspots help</extracomment>
            <translation>Uma linha por local e passo de tempo: contagem, escore z Gi*, valor-p e faixa.</translation>
        </message>
        <message>
            <source>Incidents are counted per location (the given polygons, or a generated hexagon or square grid over the incidents) and per month, quarter or year. Each location-step bin gets a Getis-Ord Gi* z-score whose neighbourhood is the bins of the location and its neighbours (shared boundary or corner for polygons; adjacent cells for a grid) in the same step and in the previous steps of the time window; a bin is a hot (cold) spot when significant with z &gt; 0 (&lt; 0), after a false discovery rate correction over all bins. The Mann-Kendall test on each location's series of z-scores gives the trend (ESRI, How Emerging Hot Spot Analysis works).</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>As ocorrências são contadas por local (os polígonos informados, ou uma grade de hexágonos ou quadrados gerada sobre as ocorrências) e por mês, trimestre ou ano. Cada caixa local-passo recebe um escore z de Getis-Ord Gi* cuja vizinhança são as caixas do local e dos seus vizinhos (limite ou canto compartilhado para polígonos; células adjacentes para uma grade) no mesmo passo e nos passos anteriores da janela de tempo; uma caixa é um ponto quente (frio) quando significativa com z &gt; 0 (&lt; 0), após uma correção da taxa de falsas descobertas sobre todas as caixas. O teste de Mann-Kendall sobre a série de escores z de cada local dá a tendência (ESRI, How Emerging Hot Spot Analysis works).</translation>
        </message>
        <message>
            <source>Categories (first matching rule wins; cold spots mirror hot spots). New: hot in the final step and never significant before. Consecutive: a single uninterrupted run of at least two hot steps at the end, never hot before it, fewer than 90% of steps hot. Intensifying: hot in at least 90% of steps including the final one, significant upward trend. Persistent: as intensifying but no significant trend. Diminishing: as intensifying but significant downward trend. Sporadic: hot in the final step, earlier hot steps separated by non-hot ones, fewer than 90% hot, never cold. Oscillating: hot in the final step and cold in an earlier one, fewer than 90% hot. Historical: not hot in the final step but hot in at least 90% of steps. No Pattern Detected: none of these. Categories decided by a significant final step come before the historical ones.</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>Categorias (vale a primeira regra satisfeita; os pontos frios espelham os quentes). Novo (New): quente no último passo e nunca significativo antes. Consecutivo (Consecutive): uma única sequência ininterrupta de pelo menos dois passos quentes no final, nunca quente antes dela, menos de 90% dos passos quentes. Em intensificação (Intensifying): quente em pelo menos 90% dos passos, incluindo o último, tendência de alta significativa. Persistente (Persistent): como em intensificação, mas sem tendência significativa. Em diminuição (Diminishing): como em intensificação, mas com tendência de queda significativa. Esporádico (Sporadic): quente no último passo, passos quentes anteriores separados por passos não quentes, menos de 90% quentes, nunca frio. Oscilante (Oscillating): quente no último passo e frio em um passo anterior, menos de 90% quentes. Histórico (Historical): não quente no último passo, mas quente em pelo menos 90% dos passos. Nenhum padrão detectado (No Pattern Detected): nenhum dos anteriores. As categorias decididas por um último passo significativo vêm antes das históricas.</translation>
        </message>
        <message>
            <source>Every incident is accounted for in the log: counted, without a date, with an unreadable date, outside every location, null geometry. A partly covered first or last period is reported because its low count reads as a trend. The Mann-Kendall test needs about ten time steps to detect a trend (months or quarters for a few years of data).</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>Cada ocorrência é contabilizada no registro: contada, sem data, com data ilegível, fora de todos os locais, geometria nula. Um primeiro ou último período parcialmente coberto é informado, porque sua contagem baixa se lê como tendência. O teste de Mann-Kendall precisa de cerca de dez passos de tempo para detectar uma tendência (meses ou trimestres para alguns anos de dados).</translation>
        </message>
        <message>
            <source>the location's id field, or cell_id for a generated grid</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>o campo de id do local, ou cell_id para uma grade gerada</translation>
        </message>
        <message>
            <source>emerging hot spot category (New Hot Spot ... No Pattern Detected)</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>categoria de ponto quente emergente (New Hot Spot ... No Pattern Detected)</translation>
        </message>
        <message>
            <source>incidents in the location over all steps</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>ocorrências no local em todos os passos</translation>
        </message>
        <message>
            <source>Mann-Kendall z of the location's Gi* z-scores over time</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>z de Mann-Kendall dos escores z Gi* do local ao longo do tempo</translation>
        </message>
        <message>
            <source>two-sided p-value of trend_z</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>valor-p bilateral de trend_z</translation>
        </message>
        <message>
            <source>Mann-Kendall z of the location's counts over time</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>z de Mann-Kendall das contagens do local ao longo do tempo</translation>
        </message>
        <message>
            <source>two-sided p-value of count_trend_z</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>valor-p bilateral de count_trend_z</translation>
        </message>
        <message>
            <source>time steps in which the location is a significant hot spot</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>passos de tempo em que o local é um ponto quente significativo</translation>
        </message>
        <message>
            <source>time steps in which the location is a significant cold spot</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>passos de tempo em que o local é um ponto frio significativo</translation>
        </message>
        <message>
            <source>Gi* z-score in the final time step</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>escore z Gi* no último passo de tempo</translation>
        </message>
        <message>
            <source>confidence bin in the final step (3/2/1 hot 99/95/90%, negative cold)</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>faixa de confiança no último passo (3/2/1 quente 99/95/90%, negativo frio)</translation>
        </message>
        <message>
            <source>Bins table (optional)</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>Tabela de caixas (opcional)</translation>
        </message>
        <message>
            <source>location id</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>id do local</translation>
        </message>
        <message>
            <source>time step label (2023-01, 2023Q1, 2023)</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>rótulo do passo de tempo (2023-01, 2023Q1, 2023)</translation>
        </message>
        <message>
            <source>incidents in the location and step</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>ocorrências no local e no passo</translation>
        </message>
        <message>
            <source>space-time Gi* z-score</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>escore z Gi* espaço-temporal</translation>
        </message>
        <message>
            <source>two-sided p-value (normal approximation)</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>valor-p bilateral (aproximação normal)</translation>
        </message>
        <message>
            <source>confidence bin, FDR-corrected when chosen; NULL without neighbours</source>
            <extracomment>usm:emerginghotspots help</extracomment>
            <translation>faixa de confiança, corrigida por FDR quando escolhido; NULL sem vizinhos</translation>
        </message>
        <message>
            <source>emerging hot spot</source>
            <extracomment>usm:emerginghotspots tags</extracomment>
            <translation>ponto quente emergente</translation>
        </message>
        <message>
            <source>space-time</source>
            <extracomment>usm:emerginghotspots tags; usm:nearrepeat tags</extracomment>
            <translation>espaço-tempo</translation>
        </message>
        <message>
            <source>trend</source>
            <extracomment>usm:emerginghotspots tags; usm:compareperiods tags</extracomment>
            <translation>tendência</translation>
        </message>
        <message>
            <source>mann-kendall</source>
            <extracomment>usm:emerginghotspots tags</extracomment>
            <translation>mann-kendall</translation>
        </message>
        <message>
            <source>time series</source>
            <extracomment>usm:emerginghotspots tags</extracomment>
            <translation>série temporal</translation>
        </message>
        <message>
            <source>new</source>
            <extracomment>usm:emerginghotspots tags</extracomment>
            <translation>novo</translation>
        </message>
        <message>
            <source>intensifying</source>
            <extracomment>usm:emerginghotspots tags</extracomment>
            <translation>em intensificação</translation>
        </message>
        <message>
            <source>persistent</source>
            <extracomment>usm:emerginghotspots tags</extracomment>
            <translation>persistente</translation>
        </message>
        <message>
            <source>Neighbourhood typologies</source>
            <extracomment>usm:typologies name</extracomment>
            <translation>Tipologias de bairros</translation>
        </message>
        <message>
            <source>Groups neighbourhoods into types (upper/middle class, normal, vulnerable, high complexity, historic centre...) from their indicators, chooses the number of types, names them by transparent rules and picks representative neighbourhoods for the deep-dive audit.</source>
            <extracomment>usm:typologies short description; usm:typologies help</extracomment>
            <translation>Agrupa os bairros em tipos (classe alta/média, normal, vulnerável, alta complexidade, centro histórico...) a partir dos seus indicadores, escolhe o número de tipos, nomeia-os por regras transparentes e escolhe bairros representativos para a auditoria aprofundada.</translation>
        </message>
        <message>
            <source>Neighbourhood polygons with the indicator fields (e.g. the output of Interpolate census data and Aggregate incidents).</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Polígonos dos bairros com os campos de indicadores (ex.: a saída de Interpolar dados do censo e de Agregar ocorrências).</translation>
        </message>
        <message>
            <source>Unique neighbourhood code (duplicates are refused).</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Código único do bairro (duplicados são recusados).</translation>
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
            <translation>Indicadores que definem os tipos, ex.: income_mean, unemployment_rate, youth_share, informal_share, eb_rate_total. Use taxas e proporções, não contagens brutas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Indicator weights</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Pesos dos indicadores</translation>
        </message>
        <message>
            <source>Optional comma-separated weight per indicator, in the order of the indicator fields (e.g. 1,1,2,1,1); empty = all 1. A weight multiplies the standardised indicator.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Peso opcional por indicador, separado por vírgula, na ordem dos campos de indicadores (ex.: 1,1,2,1,1); vazio = todos 1. Um peso multiplica o indicador padronizado.</translation>
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
            <translation>k-means é rápido e a escolha habitual; Ward constrói uma hierarquia; a mistura gaussiana permite tipos de formas diferentes; k-medoids faz de um bairro real o centro de cada tipo. Os dois últimos criam tipos contíguos (regiões).</translation>
        </message>
        <message>
            <source>k-means</source>
            <extracomment>usm:typologies parameters; usm:typologies tags</extracomment>
            <translation>k-means</translation>
        </message>
        <message>
            <source>Ward (hierarchical)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Ward (hierárquico)</translation>
        </message>
        <message>
            <source>Gaussian mixture</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Mistura gaussiana</translation>
        </message>
        <message>
            <source>k-medoids</source>
            <extracomment>usm:typologies parameters; usm:typologies tags</extracomment>
            <translation>k-medoids</translation>
        </message>
        <message>
            <source>Ward with contiguity (contiguous types)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Ward com contiguidade (tipos contíguos)</translation>
        </message>
        <message>
            <source>SKATER regions (contiguous, minimum size or population)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Regiões SKATER (contíguas, tamanho ou população mínimos)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Number of types (0 = choose)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Número de tipos (0 = escolher)</translation>
        </message>
        <message>
            <source>0 chooses k among 2..K_max by the three criteria (see the description). A given k needs at least 2 x k neighbourhoods.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>0 escolhe k entre 2..K_max pelos três critérios (ver a descrição). Um k informado requer pelo menos 2 x k bairros.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Largest number of types tried</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Maior número de tipos testado</translation>
        </message>
        <message>
            <source>Upper end of the k range when K = 0.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Limite superior do intervalo de k quando K = 0.</translation>
        </message>
        <message>
            <source>Seed of the random starts and subsamples: same seed, same result.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Semente dos inícios aleatórios e das subamostras: mesma semente, mesmo resultado.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Standardisation</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Padronização</translation>
        </message>
        <message>
            <source>Puts indicators in comparable units. Robust z resists outliers; rank uses only the order of the values.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Coloca os indicadores em unidades comparáveis. O z robusto resiste a valores atípicos; a posição usa apenas a ordem dos valores.</translation>
        </message>
        <message>
            <source>z-score (mean 0, standard deviation 1)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Escore z (média 0, desvio padrão 1)</translation>
        </message>
        <message>
            <source>Robust z (median 0, interquartile range 1)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Z robusto (mediana 0, intervalo interquartil 1)</translation>
        </message>
        <message>
            <source>Min-max (0 to 1)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Min-max (0 a 1)</translation>
        </message>
        <message>
            <source>Rank (0 to 1)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Posição (0 a 1)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Missing values</source>
            <extracomment>usm:typologies parameters; usm:compositeindex parameters</extracomment>
            <translation>Valores ausentes</translation>
        </message>
        <message>
            <source>How a missing indicator value is filled (counted in the log).</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Como um valor ausente de indicador é preenchido (contado no registro).</translation>
        </message>
        <message>
            <source>Median of the observed values</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Mediana dos valores observados</translation>
        </message>
        <message>
            <source>Mean of the observed values</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Média dos valores observados</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Seed neighbourhoods field</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Campo de bairros-semente</translation>
        </message>
        <message>
            <source>Optional field marking exemplar neighbourhoods: 1 (each anchors a type) or a type name (seeds sharing a name anchor one type). Empty, 0 or NULL = not a seed.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Campo opcional que marca bairros exemplares: 1 (cada um ancora um tipo) ou um nome de tipo (sementes que compartilham um nome ancoram um tipo). Vazio, 0 ou NULL = não é semente.</translation>
        </message>
        <message>
            <source>Residents per neighbourhood: type populations in the profiles, and the minimum population per SKATER region.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Habitantes por bairro: populações dos tipos nos perfis e população mínima por região SKATER.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Minimum neighbourhoods per region (SKATER)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Mínimo de bairros por região (SKATER)</translation>
        </message>
        <message>
            <source>SKATER only: no region with fewer neighbourhoods.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Somente SKATER: nenhuma região com menos bairros.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Minimum residents per region (SKATER)</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Mínimo de habitantes por região (SKATER)</translation>
        </message>
        <message>
            <source>SKATER only, with a population field: no region with fewer residents (0 = none).</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Somente SKATER, com um campo de população: nenhuma região com menos habitantes (0 = nenhum).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Stability re-runs</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Reexecuções de estabilidade</translation>
        </message>
        <message>
            <source>Subsample re-runs for the stability field (0 = skip; stability is then NULL).</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Reexecuções em subamostras para o campo de estabilidade (0 = pular; a estabilidade fica então NULL).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Share drawn in each re-run</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Proporção sorteada em cada reexecução</translation>
        </message>
        <message>
            <source>Share of the neighbourhoods drawn (without replacement) in each stability re-run.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Proporção dos bairros sorteados (sem reposição) em cada reexecução de estabilidade.</translation>
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
            <translation>Bairros sinalizados com is_representative por tipo: o medoide ou o membro mais próximo do centro do tipo, depois o seguinte mais próximo.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Naming rule file</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Arquivo de regras de nomeação</translation>
        </message>
        <message>
            <source>Optional JSON rule file naming the types; empty = the shipped Safer Cities rules (resources/typology_rules.json: copy and edit it).</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Arquivo JSON de regras opcional que nomeia os tipos; vazio = as regras do programa Cidades Mais Seguras incluídas (resources/typology_rules.json: copie-o e edite-o).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Fields used only for naming</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Campos usados apenas para nomeação</translation>
        </message>
        <message>
            <source>Optional fields the naming rules may use without clustering on them, e.g. a 0/1 historic-centre flag.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Campos opcionais que as regras de nomeação podem usar sem agrupar por eles, ex.: um indicador 0/1 de centro histórico.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Neighbourhood types</source>
            <extracomment>usm:typologies parameters; usm:projecttargets parameters</extracomment>
            <translation>Tipos de bairros</translation>
        </message>
        <message>
            <source>The neighbourhoods with the fields listed under Output fields, styled by type with representatives outlined.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Os bairros com os campos listados em Campos de saída, com estilo por tipo e os representativos contornados.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Number of types table</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Tabela do número de tipos</translation>
        </message>
        <message>
            <source>One row per k evaluated, with the three criteria, their ranks and the choice.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Uma linha por k avaliado, com os três critérios, suas posições e a escolha.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Type profiles</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Perfis dos tipos</translation>
        </message>
        <message>
            <source>One row per type: size, population, contiguous pieces, naming rule and reason, mean, standardised median and R² of each indicator.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Uma linha por tipo: tamanho, população, pedaços contíguos, regra de nomeação e motivo, média, mediana padronizada e R² de cada indicador.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>HTML summary</source>
            <extracomment>usm:typologies parameters</extracomment>
            <translation>Resumo HTML</translation>
        </message>
        <message>
            <source>Self-contained page (no internet): profile heat table, box plots of the standardised indicators by type, the number-of-types chart and every warning.</source>
            <extracomment>usm:typologies parameters; usm:typologies help</extracomment>
            <translation>Página autocontida (sem internet): tabela de calor dos perfis, diagramas de caixa dos indicadores padronizados por tipo, o gráfico do número de tipos e todos os avisos.</translation>
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
            <translation>O método Cidades Mais Seguras não classifica os bairros em ranking: ele os agrupa em tipos, audita em profundidade alguns bairros representativos de cada tipo e projeta metas para os demais membros do tipo (ver Metas projetadas por tipo). Este algoritmo cria os tipos.</translation>
        </message>
        <message>
            <source>Indicators are standardised (z-score by default) and multiplied by their weights; a missing value is imputed with the median (or mean) of the indicator and reported, never a neighbourhood dropped. An indicator that is constant or entirely missing is left out with a warning. Methods: k-means (k-means++ starts), Ward, Gaussian mixture, k-medoids (the centre of each type is a real neighbourhood), and two methods that make contiguous types on the queen contiguity of the polygons: Ward with contiguity, and SKATER regions (cuts of the minimum spanning tree) with a minimum number of neighbourhoods or residents per region. A neighbourhood with no contiguous neighbour (an island) is attached to its nearest neighbourhood and listed in the log.</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Os indicadores são padronizados (escore z por padrão) e multiplicados pelos seus pesos; um valor ausente é imputado com a mediana (ou a média) do indicador e informado, nunca se descarta um bairro. Um indicador constante ou totalmente ausente é deixado de fora com um aviso. Métodos: k-means (inícios k-means++), Ward, mistura gaussiana, k-medoids (o centro de cada tipo é um bairro real) e dois métodos que criam tipos contíguos sobre a contiguidade rainha dos polígonos: Ward com contiguidade e regiões SKATER (cortes da árvore geradora mínima) com um número mínimo de bairros ou de habitantes por região. Um bairro sem vizinho contíguo (uma ilha) é ligado ao bairro mais próximo e listado no registro.</translation>
        </message>
        <message>
            <source>With K = 0 the number of types is chosen among 2..K_max: for each k the Calinski-Harabasz pseudo-F (higher is better), the mean silhouette (higher is better) and the Davies-Bouldin index (lower is better) are computed, and the k with the best mean rank over the three is kept (ties: higher silhouette, then smaller k). The table of every k is an output and a chart in the HTML summary.</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Com K = 0, o número de tipos é escolhido entre 2..K_max: para cada k são calculados o pseudo-F de Calinski-Harabasz (maior é melhor), a silhueta média (maior é melhor) e o índice de Davies-Bouldin (menor é melhor), e mantém-se o k com a melhor posição média nos três (empates: maior silhueta, depois menor k). A tabela de todos os k é uma saída e um gráfico no resumo HTML.</translation>
        </message>
        <message>
            <source>Seeds: a field marking exemplar neighbourhoods, either 0/1 (each seed anchors one type) or with names ("historic centre", "vulnerable"...; seeds with the same name anchor one type). The seeds fix k, start k-means, k-medoids and the mixture from them, and give their names to the types that contain them.</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Sementes: um campo que marca bairros exemplares, seja 0/1 (cada semente ancora um tipo) ou com nomes ("historic centre", "vulnerable"...; sementes com o mesmo nome ancoram um tipo). As sementes fixam k, dão o ponto de partida para k-means, k-medoids e a mistura, e dão seus nomes aos tipos que as contêm.</translation>
        </message>
        <message>
            <source>Stability: the method is re-run on random subsamples (80% of the neighbourhoods by default, 100 re-runs, new random start each time); for each neighbourhood, stability is the mean Jaccard agreement between its co-members in the full solution and in the re-run (1 = always with the same neighbours in type). Low values mark border cases.</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Estabilidade: o método é executado novamente em subamostras aleatórias (80% dos bairros por padrão, 100 reexecuções, novo início aleatório a cada vez); para cada bairro, a estabilidade é a concordância de Jaccard média entre os seus companheiros de tipo na solução completa e na reexecução (1 = sempre com os mesmos vizinhos de tipo). Valores baixos indicam casos de fronteira.</translation>
        </message>
        <message>
            <source>Names come from a rule file (JSON; the shipped default follows the Safer Cities typology and can be copied and edited): rules on the types' standardised medians such as "high income and low informal housing: upper/middle class"; the profile table says which rule named each type and why. Types no rule fits keep a neutral name.</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Os nomes vêm de um arquivo de regras (JSON; o padrão incluído segue a tipologia do programa Cidades Mais Seguras e pode ser copiado e editado): regras sobre as medianas padronizadas dos tipos, como "renda alta e pouca moradia informal: classe alta/média"; a tabela de perfis diz qual regra nomeou cada tipo e por quê. Tipos aos quais nenhuma regra se aplica mantêm um nome neutro.</translation>
        </message>
        <message>
            <source>all fields of the input layer (a field with one of the names below is replaced)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>todos os campos da camada de entrada (um campo com um dos nomes abaixo é substituído)</translation>
        </message>
        <message>
            <source>type number, 1 = the largest type</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>número do tipo, 1 = o maior tipo</translation>
        </message>
        <message>
            <source>1..k</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>1..k</translation>
        </message>
        <message>
            <source>name given by the rule file or the seeds</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>nome dado pelo arquivo de regras ou pelas sementes</translation>
        </message>
        <message>
            <source>silhouette width: (b - a) / max(a, b), a = mean distance to the other members of its type, b = to the nearest other type; near 1 well placed, below 0 closer to another type</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>largura da silhueta: (b - a) / max(a, b), a = distância média aos outros membros do seu tipo, b = ao outro tipo mais próximo; perto de 1, bem situado; abaixo de 0, mais perto de outro tipo</translation>
        </message>
        <message>
            <source>-1..1</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>-1..1</translation>
        </message>
        <message>
            <source>mean Jaccard agreement of its co-members over the subsample re-runs</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>concordância de Jaccard média dos seus companheiros de tipo nas reexecuções em subamostras</translation>
        </message>
        <message>
            <source>distance to the type's centre (its mean; the medoid for k-medoids) in standardised, weighted indicator units</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>distância ao centro do tipo (sua média; o medoide para k-medoids) em unidades de indicador padronizadas e ponderadas</translation>
        </message>
        <message>
            <source>sd units</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>unidades de dp</translation>
        </message>
        <message>
            <source>1 for the representative neighbourhoods of its type (nearest to the centre)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>1 para os bairros representativos do seu tipo (mais próximos do centro)</translation>
        </message>
        <message>
            <source>1 = the most representative of its type, 2 = the next...; 0 = not one</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>1 = o mais representativo do seu tipo, 2 = o seguinte...; 0 = não é representativo</translation>
        </message>
        <message>
            <source>rank</source>
            <extracomment>usm:typologies help; usm:compositeindex help</extracomment>
            <translation>posição</translation>
        </message>
        <message>
            <source>Number of types table (K_TABLE)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Tabela do número de tipos (K_TABLE)</translation>
        </message>
        <message>
            <source>number of types evaluated</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>número de tipos avaliado</translation>
        </message>
        <message>
            <source>mean silhouette width</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>largura média da silhueta</translation>
        </message>
        <message>
            <source>pseudo-F: between / within dispersion</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>pseudo-F: dispersão entre / dentro</translation>
        </message>
        <message>
            <source>mean worst ratio of spreads to centre distance (lower is better)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>média da pior razão entre as dispersões e a distância entre centros (menor é melhor)</translation>
        </message>
        <message>
            <source>within-type sum of squares</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>soma de quadrados dentro dos tipos</translation>
        </message>
        <message>
            <source>sd units squared</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>unidades de dp ao quadrado</translation>
        </message>
        <message>
            <source>rank of k on each criterion</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>posição de k em cada critério</translation>
        </message>
        <message>
            <source>mean of the three ranks (the choice rule)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>média das três posições (a regra de escolha)</translation>
        </message>
        <message>
            <source>neighbourhoods in the smallest type</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>bairros no menor tipo</translation>
        </message>
        <message>
            <source>1 for the k kept</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>1 para o k mantido</translation>
        </message>
        <message>
            <source>Type profiles table (PROFILES)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>Tabela de perfis dos tipos (PROFILES)</translation>
        </message>
        <message>
            <source>the type</source>
            <extracomment>usm:typologies help; usm:projecttargets help</extracomment>
            <translation>o tipo</translation>
        </message>
        <message>
            <source>the naming rule that fired and the values that made it fire</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>a regra de nomeação que foi acionada e os valores que a acionaram</translation>
        </message>
        <message>
            <source>members and residents (with a population field)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>membros e habitantes (com um campo de população)</translation>
        </message>
        <message>
            <source>number of contiguous pieces of the type (1 = one connected area)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>número de pedaços contíguos do tipo (1 = uma única área conectada)</translation>
        </message>
        <message>
            <source>mean of the indicator in the type (observed values)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>média do indicador no tipo (valores observados)</translation>
        </message>
        <message>
            <source>type median minus the median of all neighbourhoods, in robust standard deviations (IQR / 1.349): a few extreme neighbourhoods do not flatten the other profiles</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>mediana do tipo menos a mediana de todos os bairros, em desvios padrão robustos (IQR / 1.349): alguns bairros extremos não achatam os outros perfis</translation>
        </message>
        <message>
            <source>sd</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>dp</translation>
        </message>
        <message>
            <source>share of the indicator's variance between types, 1 - within / total sum of squares (same on every row)</source>
            <extracomment>usm:typologies help</extracomment>
            <translation>parcela da variância do indicador entre os tipos, 1 - soma de quadrados dentro / total (igual em todas as linhas)</translation>
        </message>
        <message>
            <source>typology</source>
            <extracomment>usm:typologies tags; usm:projecttargets tags; usm:targettrajectory tags; usm:fulldiagnosis tags</extracomment>
            <translation>tipologia</translation>
        </message>
        <message>
            <source>classification</source>
            <extracomment>usm:typologies tags</extracomment>
            <translation>classificação</translation>
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
            <translation>regionalização</translation>
        </message>
        <message>
            <source>gaussian mixture</source>
            <extracomment>usm:typologies tags</extracomment>
            <translation>mistura gaussiana</translation>
        </message>
        <message>
            <source>silhouette</source>
            <extracomment>usm:typologies tags</extracomment>
            <translation>silhueta</translation>
        </message>
        <message>
            <source>safer cities</source>
            <extracomment>usm:typologies tags; usm:projecttargets tags; usm:compositeindex tags; usm:fulldiagnosis tags</extracomment>
            <translation>cidades mais seguras</translation>
        </message>
        <message>
            <source>neighbourhood types</source>
            <extracomment>usm:typologies tags; usm:projecttargets tags</extracomment>
            <translation>tipos de bairros</translation>
        </message>
        <message>
            <source>representative</source>
            <extracomment>usm:typologies tags; usm:projecttargets tags</extracomment>
            <translation>representativo</translation>
        </message>
        <message>
            <source>stability</source>
            <extracomment>usm:typologies tags</extracomment>
            <translation>estabilidade</translation>
        </message>
        <message>
            <source>Projected targets by type</source>
            <extracomment>usm:projecttargets name</extracomment>
            <translation>Metas projetadas por tipo</translation>
        </message>
        <message>
            <source>Writes a target for every neighbourhood from the targets set for the representative neighbourhoods of its type, or from a city-wide change (e.g. -50% violence by 2030), scaled to each neighbourhood's baseline.</source>
            <extracomment>usm:projecttargets short description; usm:projecttargets help</extracomment>
            <translation>Grava uma meta para cada bairro a partir das metas definidas para os bairros representativos do seu tipo, ou de uma variação para toda a cidade (ex.: -50% de violência até 2030), em escala da linha de base de cada bairro.</translation>
        </message>
        <message>
            <source>Neighbourhoods with a type, e.g. the output of Neighbourhood typologies.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>Bairros com um tipo, ex.: a saída de Tipologias de bairros.</translation>
        </message>
        <message>
            <source>Unique neighbourhood code.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help; usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Código único do bairro.</translation>
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
            <translation>O tipo do bairro (type_id ou type_name).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>Baseline field</source>
            <extracomment>usm:projecttargets parameters</extracomment>
            <translation>Campo da linha de base</translation>
        </message>
        <message>
            <source>The indicator's current value, e.g. eb_rate_total (incidents per 100,000).</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>O valor atual do indicador, ex.: eb_rate_total (ocorrências por 100,000).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>Targets set (field)</source>
            <extracomment>usm:projecttargets parameters</extracomment>
            <translation>Metas definidas (campo)</translation>
        </message>
        <message>
            <source>Optional targets set for some neighbourhoods (normally the representatives after their audit), empty elsewhere.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>Metas opcionais definidas para alguns bairros (normalmente os representantes, após a auditoria), vazias nos demais.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>Representative flag field</source>
            <extracomment>usm:projecttargets parameters</extracomment>
            <translation>Campo indicador de representante</translation>
        </message>
        <message>
            <source>Optional 0/1 field (is_representative): only the representatives' targets set their type's change.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>Campo 0/1 opcional (is_representative): só as metas dos representantes definem a variação do seu tipo.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>City-wide change (%)</source>
            <extracomment>usm:projecttargets parameters</extracomment>
            <translation>Variação para toda a cidade (%)</translation>
        </message>
        <message>
            <source>Change for types without representative targets, in percent (e.g. -50 for halving violence by 2030). Empty = none: such types get no target.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>Variação para os tipos sem metas de representantes, em porcentagem (ex.: -50 para reduzir a violência à metade até 2030). Vazio = nenhuma: esses tipos não recebem meta.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>Projected targets</source>
            <extracomment>usm:projecttargets parameters</extracomment>
            <translation>Metas projetadas</translation>
        </message>
        <message>
            <source>The neighbourhoods with baseline, target, change_pct and target_source.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>Os bairros com baseline, target, change_pct e target_source.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>Changes by type</source>
            <extracomment>usm:projecttargets parameters</extracomment>
            <translation>Variações por tipo</translation>
        </message>
        <message>
            <source>One row per type: the change applied and where it comes from.</source>
            <extracomment>usm:projecttargets parameters; usm:projecttargets help</extracomment>
            <translation>Uma linha por tipo: a variação aplicada e de onde ela vem.</translation>
        </message>
        <message>
            <source>The Safer Cities method audits a few representative neighbourhoods of each type in depth, sets targets for them and projects targets to the other neighbourhoods of the same type. For each type, the change agreed for its representatives (the sum of their targets over the sum of their baselines, minus 1) is applied to every member's own baseline: target = baseline x (1 + change). A type whose representatives have no target takes the city-wide change, when one is given. A neighbourhood with its own target keeps it.</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>O método Cidades Mais Seguras audita em profundidade alguns bairros representativos de cada tipo, define metas para eles e projeta metas para os demais bairros do mesmo tipo. Para cada tipo, a variação acordada para seus representantes (a soma de suas metas dividida pela soma de suas linhas de base, menos 1) é aplicada à linha de base de cada membro: meta = linha de base x (1 + variação). Um tipo cujos representantes não têm meta recebe a variação de toda a cidade, quando informada. Um bairro com meta própria a mantém.</translation>
        </message>
        <message>
            <source>Run it on the output of Neighbourhood typologies: TYPE_FIELD = type_id (or type_name) and, optionally, REPRESENTATIVE_FIELD = is_representative so that only the representatives' targets set their type's change. A missing baseline gives a missing target (NULL, counted in the log), never 0.</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>Execute-o sobre a saída de Tipologias de bairros: TYPE_FIELD = type_id (ou type_name) e, opcionalmente, REPRESENTATIVE_FIELD = is_representative, para que só as metas dos representantes definam a variação do seu tipo. Uma linha de base ausente dá uma meta ausente (NULL, contada no registro), nunca 0.</translation>
        </message>
        <message>
            <source>the baseline value of the indicator</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>o valor de linha de base do indicador</translation>
        </message>
        <message>
            <source>indicator unit</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>unidade do indicador</translation>
        </message>
        <message>
            <source>projected target: baseline x (1 + the type's change), or the target given for this neighbourhood</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>meta projetada: linha de base x (1 + a variação do tipo), ou a meta informada para este bairro</translation>
        </message>
        <message>
            <source>target / baseline - 1</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>meta / linha de base - 1</translation>
        </message>
        <message>
            <source>'given', 'representatives of type ...' or 'city-wide change ...'</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>'given', 'representatives of type ...' ou 'city-wide change ...'</translation>
        </message>
        <message>
            <source>Changes by type (BY_TYPE)</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>Variações por tipo (BY_TYPE)</translation>
        </message>
        <message>
            <source>members of the type</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>membros do tipo</translation>
        </message>
        <message>
            <source>representatives whose targets set the change</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>representantes cujas metas definem a variação</translation>
        </message>
        <message>
            <source>relative change applied to the members</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>variação relativa aplicada aos membros</translation>
        </message>
        <message>
            <source>where the change comes from</source>
            <extracomment>usm:projecttargets help</extracomment>
            <translation>de onde vem a variação</translation>
        </message>
        <message>
            <source>targets</source>
            <extracomment>usm:projecttargets tags</extracomment>
            <translation>metas</translation>
        </message>
        <message>
            <source>projection</source>
            <extracomment>usm:projecttargets tags</extracomment>
            <translation>projeção</translation>
        </message>
        <message>
            <source>baseline</source>
            <extracomment>usm:projecttargets tags</extracomment>
            <translation>linha de base</translation>
        </message>
        <message>
            <source>2030</source>
            <extracomment>usm:projecttargets tags; usm:targettrajectory tags</extracomment>
            <translation>2030</translation>
        </message>
        <message>
            <source>monitoring</source>
            <extracomment>usm:projecttargets tags</extracomment>
            <translation>monitoramento</translation>
        </message>
        <message>
            <source>Smooth rates (Empirical Bayes)</source>
            <extracomment>usm:smoothrates name</extracomment>
            <translation>Suavizar taxas (Bayes empírico)</translation>
        </message>
        <message>
            <source>Empirical Bayes smoothed rates from a count field and a population field of the neighbourhoods, global or spatial, so that a small neighbourhood with one incident does not top the map by chance.</source>
            <extracomment>usm:smoothrates short description; usm:smoothrates help</extracomment>
            <translation>Taxas suavizadas por Bayes empírico a partir de um campo de contagem e de um campo de população dos bairros, global ou espacial, para que um bairro pequeno com uma única ocorrência não fique no topo do mapa por acaso.</translation>
        </message>
        <message>
            <source>Neighbourhood layer with a count field and a population field.</source>
            <extracomment>usm:smoothrates parameters; usm:smoothrates help</extracomment>
            <translation>Camada de bairros com um campo de contagem e um campo de população.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/crime_concentration.py"></location>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>Count field</source>
            <extracomment>usm:smoothrates parameters; usm:crimeconcentration parameters</extracomment>
            <translation>Campo de contagem</translation>
        </message>
        <message>
            <source>Number of incidents (whole numbers).</source>
            <extracomment>usm:smoothrates parameters; usm:smoothrates help</extracomment>
            <translation>Número de ocorrências (números inteiros).</translation>
        </message>
        <message>
            <source>Residents (population at risk).</source>
            <extracomment>usm:smoothrates parameters; usm:smoothrates help</extracomment>
            <translation>Habitantes (população em risco).</translation>
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
            <translation>Para onde as taxas são aproximadas.</translation>
        </message>
        <message>
            <source>Global: shrink towards the city-wide rate</source>
            <extracomment>usm:smoothrates parameters</extracomment>
            <translation>Global: aproximar da taxa de toda a cidade</translation>
        </message>
        <message>
            <source>Spatial: shrink towards the rate of the neighbourhood and its neighbours (queen contiguity)</source>
            <extracomment>usm:smoothrates parameters</extracomment>
            <translation>Espacial: aproximar da taxa do bairro e de seus vizinhos (contiguidade rainha)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>Rates</source>
            <extracomment>usm:smoothrates parameters; usm:compareperiods parameters</extracomment>
            <translation>Taxas</translation>
        </message>
        <message>
            <source>Unit of the rates.</source>
            <extracomment>usm:smoothrates parameters; usm:smoothrates help</extracomment>
            <translation>Unidade das taxas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>Smoothed rates</source>
            <extracomment>usm:smoothrates parameters</extracomment>
            <translation>Taxas suavizadas</translation>
        </message>
        <message>
            <source>The neighbourhoods with the fields listed under Output fields.</source>
            <extracomment>usm:smoothrates parameters; usm:smoothrates help; usm:compareperiods parameters; usm:compareperiods help (+2 more)</extracomment>
            <translation>Os bairros com os campos listados em Campos de saída.</translation>
        </message>
        <message>
            <source>The crude rate of a neighbourhood with few residents swings with every single incident. The Empirical Bayes rate shrinks it towards a prior rate, the more so the fewer the residents (Marshall 1991, method of moments, as GeoDa and PySAL): the city-wide rate (global) or the rate of the neighbourhood together with the neighbourhoods it touches (spatial, queen contiguity; a neighbourhood without neighbours keeps its own prior).</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>A taxa bruta de um bairro com poucos habitantes oscila a cada ocorrência. A taxa bayesiana empírica a aproxima de uma taxa a priori, tanto mais quanto menos habitantes houver (Marshall 1991, método dos momentos, como no GeoDa e no PySAL): a taxa de toda a cidade (global) ou a taxa do bairro junto com os bairros que ele toca (espacial, contiguidade rainha; um bairro sem vizinhos mantém sua própria taxa a priori).</translation>
        </message>
        <message>
            <source>Works on counts already aggregated to the neighbourhoods (e.g. counts per category from usm:aggregateincidents, or a table joined with usm:jointable). A population of 0 or NULL gives a NULL rate (reported), a negative one is an error; counts must be whole numbers. When most neighbourhoods have no incident at all, the smoothing is unreliable and the log says so.</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>Funciona com contagens já agregadas aos bairros (ex.: contagens por categoria de usm:aggregateincidents, ou uma tabela unida com usm:jointable). Uma população 0 ou NULL dá uma taxa NULL (informada), uma negativa é um erro; as contagens devem ser números inteiros. Quando a maioria dos bairros não tem nenhuma ocorrência, a suavização não é confiável e o registro informa isso.</translation>
        </message>
        <message>
            <source>count / population x the rate unit; NULL for 0 or NULL population</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>contagem / população x a unidade da taxa; NULL para população 0 ou NULL</translation>
        </message>
        <message>
            <source>per 1,000 or 100,000 residents</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>por 1,000 ou 100,000 habitantes</translation>
        </message>
        <message>
            <source>Empirical Bayes smoothed rate</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>Taxa suavizada por Bayes empírico</translation>
        </message>
        <message>
            <source>weight of the neighbourhood's own rate (1 = own rate, 0 = prior)</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>peso da taxa própria do bairro (1 = taxa própria, 0 = a priori)</translation>
        </message>
        <message>
            <source>the prior rate it is shrunk towards (city or local)</source>
            <extracomment>usm:smoothrates help</extracomment>
            <translation>a taxa a priori da qual ela é aproximada (cidade ou local)</translation>
        </message>
        <message>
            <source>smoothing</source>
            <extracomment>usm:smoothrates tags</extracomment>
            <translation>suavização</translation>
        </message>
        <message>
            <source>small numbers</source>
            <extracomment>usm:smoothrates tags</extracomment>
            <translation>números pequenos</translation>
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
            <translation>contagens</translation>
        </message>
        <message>
            <source>monitor</source>
            <extracomment>usm:smoothrates tags; usm:compositeindex tags; usm:compareperiods tags; usm:targettrajectory tags (+2 more)</extracomment>
            <translation>monitor</translation>
        </message>
        <message>
            <source>Composite index with uncertainty</source>
            <extracomment>usm:compositeindex name</extracomment>
            <translation>Índice composto com incerteza</translation>
        </message>
        <message>
            <source>Combines indicators per neighbourhood into scores at every level of the indicator catalogue (facets, dimensions, subdimensions) and an overall index, with a Monte Carlo interval of each score and rank and the choices that move them most.</source>
            <extracomment>usm:compositeindex short description; usm:compositeindex help</extracomment>
            <translation>Combina indicadores por bairro em pontuações em todos os níveis do catálogo de indicadores (facetas, dimensões, subdimensões) e em um índice geral, com um intervalo de Monte Carlo de cada pontuação e posição e as escolhas que mais as alteram.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Neighbourhoods with indicators</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Bairros com indicadores</translation>
        </message>
        <message>
            <source>Neighbourhood layer holding the indicator fields (e.g. the output of usm:aggregateincidents, usm:interpolatecensus, usm:sdgindicators joined together).</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Camada de bairros com os campos de indicadores (ex.: as saídas de usm:aggregateincidents, usm:interpolatecensus e usm:sdgindicators unidas).</translation>
        </message>
        <message>
            <source>Unique code per neighbourhood; used to name neighbourhoods in messages.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Código único por bairro; usado para nomear os bairros nas mensagens.</translation>
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
            <translation>Um arquivo de catálogo; vazio = o catálogo do Urban Safety Monitor incluído. Copie resources/catalogue/usm_catalogue.json, selecione indicadores e associe-os aos seus campos. Ignorado quando campos de indicadores são informados abaixo.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Only these catalogue nodes</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Apenas estes nós do catálogo</translation>
        </message>
        <message>
            <source>Comma-separated ids of facets, dimensions, subdimensions or indicators to use instead of the catalogue's selection, e.g. crime_violence,socioeconomic_risk for a risk index.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Ids separados por vírgula de facetas, dimensões, subdimensões ou indicadores a usar no lugar da seleção do catálogo, ex.: crime_violence,socioeconomic_risk para um índice de risco.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Or: indicator fields</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Ou: campos de indicadores</translation>
        </message>
        <message>
            <source>Instead of a catalogue: the indicator fields, combined directly into the index with equal weights. A higher value is taken as more risk unless the field is listed as protective below.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Em vez de um catálogo: os campos de indicadores, combinados diretamente no índice com pesos iguais. Um valor maior é tomado como mais risco, a menos que o campo esteja listado abaixo como de proteção.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Protective fields (higher = safer)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Campos de proteção (maior = mais seguro)</translation>
        </message>
        <message>
            <source>Among the indicator fields, those where a higher value means safer (e.g. lit street share, access to public transport).</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Entre os campos de indicadores, aqueles em que um valor maior significa mais seguro (ex.: proporção de vias iluminadas, acesso ao transporte público).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Leave out selected indicators whose field is missing</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Deixar de fora indicadores selecionados cujo campo está ausente</translation>
        </message>
        <message>
            <source>Off: a selected indicator bound to a field the layer lacks stops the run. On: it is left out and listed in the log.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Desmarcado: um indicador selecionado associado a um campo que a camada não tem interrompe a execução. Marcado: ele é deixado de fora e listado no registro.</translation>
        </message>
        <message>
            <source>Orientation</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Orientação</translation>
        </message>
        <message>
            <source>What a high index means. Use 'more risk' for a risk index to cross with a resilience index.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>O que um índice alto significa. Use 'mais risco' para um índice de risco a cruzar com um índice de resiliência.</translation>
        </message>
        <message>
            <source>Higher index = safer (risk indicators reversed)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Índice maior = mais seguro (indicadores de risco invertidos)</translation>
        </message>
        <message>
            <source>Higher index = more risk (protective indicators reversed)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Índice maior = mais risco (indicadores de proteção invertidos)</translation>
        </message>
        <message>
            <source>Normalisation</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Normalização</translation>
        </message>
        <message>
            <source>How each indicator is put on a common scale. An indicator's own normalisation in the catalogue takes precedence. Fixed goalposts keep scores comparable between years.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Como cada indicador é colocado em uma escala comum. A normalização própria de um indicador no catálogo tem precedência. Balizas fixas mantêm as pontuações comparáveis entre anos.</translation>
        </message>
        <message>
            <source>Min-max (0-100 between the lowest and highest neighbourhood)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Min-max (0-100 entre o bairro mais baixo e o mais alto)</translation>
        </message>
        <message>
            <source>z-score (mean 0, standard deviation 1; no uncertainty analysis)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Escore z (média 0, desvio padrão 1; sem análise de incerteza)</translation>
        </message>
        <message>
            <source>Rank / percentile (0-100)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Posição / percentil (0-100)</translation>
        </message>
        <message>
            <source>Distance to target (0-100, 100 = target reached; targets from the catalogue)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Distância à meta (0-100, 100 = meta atingida; metas do catálogo)</translation>
        </message>
        <message>
            <source>Fixed goalposts (0-100 between the catalogue's goalposts; comparable across years)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Balizas fixas (0-100 entre as balizas do catálogo; comparável entre anos)</translation>
        </message>
        <message>
            <source>Weights</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Pesos</translation>
        </message>
        <message>
            <source>Weights of the indicators within their group (groups keep the catalogue's weights).</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Pesos dos indicadores dentro do seu grupo (os grupos mantêm os pesos do catálogo).</translation>
        </message>
        <message>
            <source>Weights of the catalogue (user weights)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Pesos do catálogo (pesos do usuário)</translation>
        </message>
        <message>
            <source>Equal weights within every group</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Pesos iguais dentro de cada grupo</translation>
        </message>
        <message>
            <source>Statistical: principal components (OECD/JRC Handbook) within each group</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Estatísticos: componentes principais (OECD/JRC Handbook) dentro de cada grupo</translation>
        </message>
        <message>
            <source>Aggregation</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Agregação</translation>
        </message>
        <message>
            <source>Arithmetic means let a high score compensate a low one; geometric means compensate less.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Médias aritméticas permitem que uma pontuação alta compense uma baixa; médias geométricas compensam menos.</translation>
        </message>
        <message>
            <source>As set per level in the catalogue</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Conforme definido por nível no catálogo</translation>
        </message>
        <message>
            <source>Arithmetic mean at every level</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Média aritmética em todos os níveis</translation>
        </message>
        <message>
            <source>Geometric mean at every level</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Média geométrica em todos os níveis</translation>
        </message>
        <message>
            <source>How missing indicator values are handled; the share of data is always reported.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Como os valores ausentes dos indicadores são tratados; a proporção de dados é sempre informada.</translation>
        </message>
        <message>
            <source>None: average the indicators present (weights rescaled)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Nenhuma: média dos indicadores presentes (pesos reescalonados)</translation>
        </message>
        <message>
            <source>Indicator mean</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Média do indicador</translation>
        </message>
        <message>
            <source>Indicator median</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Mediana do indicador</translation>
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
            <translation>Winsorizar indicadores com |assimetria| &gt; 2 e curtose &gt; 3.5 (regra do JRC).</translation>
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
            <translation>Limite máximo de valores substituídos por indicador pela regra de valores atípicos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Monte Carlo runs (0 = none)</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Execuções de Monte Carlo (0 = nenhuma)</translation>
        </message>
        <message>
            <source>Index computations under other choices, for the intervals and the sensitivity table (at least 12 with four varying choices).</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Cálculos do índice sob outras escolhas, para os intervalos e a tabela de sensibilidade (pelo menos 12 com quatro escolhas variando).</translation>
        </message>
        <message>
            <source>Same seed, same intervals.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Mesma semente, mesmos intervalos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Weight perturbation</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Perturbação dos pesos</translation>
        </message>
        <message>
            <source>Each weight is multiplied by a random factor in [1 - value, 1 + value] in the runs.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Cada peso é multiplicado por um fator aleatório em [1 - valor, 1 + valor] nas execuções.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Composite index</source>
            <extracomment>usm:compositeindex parameters</extracomment>
            <translation>Índice composto</translation>
        </message>
        <message>
            <source>The neighbourhoods with their scores at every level (see Output fields).</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Os bairros com suas pontuações em todos os níveis (ver Campos de saída).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Sensitivity table</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Tabela de sensibilidade</translation>
        </message>
        <message>
            <source>Which choice moves the ranks most (only with Monte Carlo runs &gt; 0).</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Qual escolha mais altera as posições (somente com execuções de Monte Carlo &gt; 0).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Node report</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Relatório de nós</translation>
        </message>
        <message>
            <source>Every node with its weight, methods, outliers treated, missing values and status.</source>
            <extracomment>usm:compositeindex parameters; usm:compositeindex help</extracomment>
            <translation>Cada nó com seu peso, métodos, valores atípicos tratados, valores ausentes e situação.</translation>
        </message>
        <message>
            <source>The indicators and their structure come from a catalogue file (JSON; the shipped Urban Safety Monitor catalogue by default: resources/catalogue/usm_catalogue.json) or from a list of fields with their direction. In the catalogue a city selects indicators ("selected": true) and binds each to a field of the neighbourhood layer ("field"); its errors are reported with the indicator's id and line.</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>Os indicadores e sua estrutura vêm de um arquivo de catálogo (JSON; por padrão, o catálogo do Urban Safety Monitor incluído: resources/catalogue/usm_catalogue.json) ou de uma lista de campos com sua direção. No catálogo, a cidade seleciona indicadores ("selected": true) e associa cada um a um campo da camada de bairros ("field"); seus erros são informados com o id e a linha do indicador.</translation>
        </message>
        <message>
            <source>Steps (OECD/JRC Handbook on Constructing Composite Indicators, 2008; as in COINr): (1) outliers: an indicator with |skewness| &gt; 2 and kurtosis &gt; 3.5 is winsorised one extreme value at a time, at most the set number of values, and reported; (2) missing values are imputed by the indicator's mean or median, or left out, the group then averaging the indicators present with their weights rescaled; the share of indicators with data is written per neighbourhood (avail) and facet (avail_&lt;facet&gt;): no neighbourhood is dropped; (3) each indicator is normalised so that a higher score means safer (or more risk); (4) weights from the catalogue, equal, or from principal components; (5) aggregation up the hierarchy, arithmetic or geometric (the geometric mean is taken of score + 1 and 1 is subtracted, so one indicator at 0 does not zero its group).</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>Etapas (OECD/JRC Handbook on Constructing Composite Indicators, 2008; como no COINr): (1) valores atípicos: um indicador com |assimetria| &gt; 2 e curtose &gt; 3.5 é winsorizado um valor extremo de cada vez, no máximo o número definido de valores, e isso é informado; (2) valores ausentes são imputados pela média ou mediana do indicador, ou deixados de fora, e o grupo então faz a média dos indicadores presentes com seus pesos reescalonados; a proporção de indicadores com dados é gravada por bairro (avail) e por faceta (avail_&lt;facet&gt;): nenhum bairro é descartado; (3) cada indicador é normalizado de modo que uma pontuação maior signifique mais seguro (ou mais risco); (4) pesos do catálogo, iguais ou de componentes principais; (5) agregação subindo na hierarquia, aritmética ou geométrica (a média geométrica é tomada de pontuação + 1 e depois se subtrai 1, para que um indicador em 0 não zere o seu grupo).</translation>
        </message>
        <message>
            <source>An indicator with the same value everywhere cannot tell neighbourhoods apart under min-max, z-score or rank normalisation: it is left out with a warning. An indicator without any value, a field that is missing (unless "leave out" is ticked) or not numeric stops the run with a message naming it.</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>Um indicador com o mesmo valor em toda parte não consegue distinguir bairros sob normalização min-max, escore z ou posição: ele é deixado de fora com um aviso. Um indicador sem nenhum valor, um campo ausente (a menos que "deixar de fora" esteja marcado) ou não numérico interrompe a execução com uma mensagem que o nomeia.</translation>
        </message>
        <message>
            <source>Uncertainty (with Monte Carlo runs &gt; 0): the index is recomputed under other reasonable choices (normalisation min-max or rank, aggregation arithmetic or geometric, imputation, every weight multiplied by a random factor in [1 - noise, 1 + noise]), drawn with the seed. Each neighbourhood gets the median index, the 90% interval of its index and of its rank. The sensitivity table gives, per choice, the first-order and total variance-based sensitivity indices of the ranks (Saltelli et al. 2010 estimators on a Saltelli design, so the runs are split in N base draws x (number of choices + 2)). The map shades the index and hatches neighbourhoods whose rank interval spans more than a fifth of the neighbourhoods: their position depends on the method. The index is for benchmarking a neighbourhood against itself and its peers over time, not for league tables.</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>Incerteza (com execuções de Monte Carlo &gt; 0): o índice é recalculado sob outras escolhas razoáveis (normalização min-max ou por posição, agregação aritmética ou geométrica, imputação, cada peso multiplicado por um fator aleatório em [1 - ruído, 1 + ruído]), sorteadas com a semente. Cada bairro recebe o índice mediano e o intervalo de 90% do seu índice e da sua posição. A tabela de sensibilidade dá, por escolha, os índices de sensibilidade de primeira ordem e total, baseados na variância, das posições (estimadores de Saltelli et al. 2010 em um desenho de Saltelli, de modo que as execuções se dividem em N sorteios de base x (número de escolhas + 2)). O mapa sombreia o índice e hachura os bairros cujo intervalo de posição abrange mais de um quinto dos bairros: sua posição depende do método. O índice serve para comparar um bairro consigo mesmo e com seus pares ao longo do tempo, não para rankings.</translation>
        </message>
        <message>
            <source>all fields of the input layer; one whose name a result takes is kept as &lt;name&gt;_in</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>todos os campos da camada de entrada; um cujo nome é tomado por um resultado é mantido como &lt;name&gt;_in</translation>
        </message>
        <message>
            <source>normalised indicator score (higher = safer, or more risk)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>pontuação normalizada do indicador (maior = mais seguro, ou mais risco)</translation>
        </message>
        <message>
            <source>0-100 (z-score: standard deviations)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>0-100 (escore z: desvios padrão)</translation>
        </message>
        <message>
            <source>score of a facet, dimension or subdimension of the catalogue</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>pontuação de uma faceta, dimensão ou subdimensão do catálogo</translation>
        </message>
        <message>
            <source>as above</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>como acima</translation>
        </message>
        <message>
            <source>the composite index with the chosen settings</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>o índice composto com as configurações escolhidas</translation>
        </message>
        <message>
            <source>rank of index, 1 = highest index; NULL without an index</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>posição do índice, 1 = índice mais alto; NULL sem índice</translation>
        </message>
        <message>
            <source>share of the selected indicators with a value (before imputation)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>proporção dos indicadores selecionados com valor (antes da imputação)</translation>
        </message>
        <message>
            <source>the same within each facet (top-level group)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>o mesmo dentro de cada faceta (grupo de nível superior)</translation>
        </message>
        <message>
            <source>median of the index over the Monte Carlo runs</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>mediana do índice nas execuções de Monte Carlo</translation>
        </message>
        <message>
            <source>0-100</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>0-100</translation>
        </message>
        <message>
            <source>5th and 95th percentiles of the index over the runs (90% interval)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>percentis 5 e 95 do índice nas execuções (intervalo de 90%)</translation>
        </message>
        <message>
            <source>median rank over the runs</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>posição mediana nas execuções</translation>
        </message>
        <message>
            <source>5th and 95th percentiles of the rank over the runs</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>percentis 5 e 95 da posição nas execuções</translation>
        </message>
        <message>
            <source>the choice varied: normalisation, aggregation, imputation, weights</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>a escolha variada: normalização, agregação, imputação, pesos</translation>
        </message>
        <message>
            <source>the alternatives drawn (each equally likely)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>as alternativas sorteadas (cada uma igualmente provável)</translation>
        </message>
        <message>
            <source>share of the variance of the ranks due to this choice alone (first-order index, pooled over neighbourhoods)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>parcela da variância das posições devida apenas a esta escolha (índice de primeira ordem, agregado sobre os bairros)</translation>
        </message>
        <message>
            <source>share including its interactions with the other choices (total index)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>parcela incluindo suas interações com as outras escolhas (índice total)</translation>
        </message>
        <message>
            <source>the same for the mean absolute shift of the ranks from the main index's ranks</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>o mesmo para o deslocamento absoluto médio das posições em relação às posições do índice principal</translation>
        </message>
        <message>
            <source>N, the base draws of the Saltelli design (the indices are estimates from N draws: small negative values mean 0)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>N, os sorteios de base do desenho de Saltelli (os índices são estimativas a partir de N sorteios: pequenos valores negativos significam 0)</translation>
        </message>
        <message>
            <source>every node of the hierarchy and its place</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>cada nó da hierarquia e seu lugar</translation>
        </message>
        <message>
            <source>the bound field and risk/protective (indicators)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>o campo associado e risco/proteção (indicadores)</translation>
        </message>
        <message>
            <source>weight within the parent (sums to 1 over the siblings)</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>peso dentro do nó pai (soma 1 entre os irmãos)</translation>
        </message>
        <message>
            <source>methods used</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>métodos usados</translation>
        </message>
        <message>
            <source>used, or left out and why</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>usado, ou deixado de fora e por quê</translation>
        </message>
        <message>
            <source>neighbourhoods without a value</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>bairros sem valor</translation>
        </message>
        <message>
            <source>values replaced by the outlier rule</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>valores substituídos pela regra de valores atípicos</translation>
        </message>
        <message>
            <source>skewness and excess kurtosis before and after</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>assimetria e excesso de curtose antes e depois</translation>
        </message>
        <message>
            <source>number</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>número</translation>
        </message>
        <message>
            <source>values outside the goalposts or beyond the target, capped</source>
            <extracomment>usm:compositeindex help</extracomment>
            <translation>valores fora das balizas ou além da meta, limitados</translation>
        </message>
        <message>
            <source>composite index</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>índice composto</translation>
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
            <translation>normalização</translation>
        </message>
        <message>
            <source>weights</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>pesos</translation>
        </message>
        <message>
            <source>aggregation</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>agregação</translation>
        </message>
        <message>
            <source>uncertainty</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>incerteza</translation>
        </message>
        <message>
            <source>sensitivity</source>
            <extracomment>usm:compositeindex tags</extracomment>
            <translation>sensibilidade</translation>
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
            <translation>ranking</translation>
        </message>
        <message>
            <source>benchmarking</source>
            <extracomment>usm:compositeindex tags; usm:compareperiods tags</extracomment>
            <translation>benchmarking</translation>
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
            <translation>Variação das ocorrências por bairro e para a cidade entre períodos, com um teste exato para saber se ela vai além do acaso: redução significativa, sem variação significativa, aumento significativo, ou ocorrências insuficientes para concluir.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Neighbourhoods with counts</source>
            <extracomment>usm:compareperiods parameters; usm:targettrajectory parameters</extracomment>
            <translation>Bairros com contagens</translation>
        </message>
        <message>
            <source>Neighbourhood layer with one incident count field per period (e.g. the output of usm:aggregateincidents with counts per year).</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Camada de bairros com um campo de contagem de ocorrências por período (ex.: a saída de usm:aggregateincidents com contagens por ano).</translation>
        </message>
        <message>
            <source>Unique code per neighbourhood.</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help; usm:targettrajectory parameters; usm:targettrajectory help (+2 more)</extracomment>
            <translation>Código único por bairro.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <source>Count fields, oldest first</source>
            <extracomment>usm:compareperiods parameters</extracomment>
            <translation>Campos de contagem, o mais antigo primeiro</translation>
        </message>
        <message>
            <source>One field of incident counts per period, in time order (oldest first), at least two.</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Um campo de contagens de ocorrências por período, em ordem cronológica (o mais antigo primeiro), pelo menos dois.</translation>
        </message>
        <message>
            <source>Residents, for the rates (the test itself compares counts).</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Habitantes, para as taxas (o teste em si compara contagens).</translation>
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
            <translation>Com quais períodos o último é comparado.</translation>
        </message>
        <message>
            <source>Last period against the first</source>
            <extracomment>usm:compareperiods parameters</extracomment>
            <translation>Último período em relação ao primeiro</translation>
        </message>
        <message>
            <source>Last period against the mean of all earlier periods</source>
            <extracomment>usm:compareperiods parameters</extracomment>
            <translation>Último período em relação à média de todos os períodos anteriores</translation>
        </message>
        <message>
            <source>Last period against the one before it</source>
            <extracomment>usm:compareperiods parameters</extracomment>
            <translation>Último período em relação ao anterior</translation>
        </message>
        <message>
            <source>Two-sided level of the test (false discovery rate with the correction).</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Nível bilateral do teste (taxa de falsas descobertas, com a correção).</translation>
        </message>
        <message>
            <source>Benjamini-Hochberg across neighbourhoods.</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Benjamini-Hochberg entre os bairros.</translation>
        </message>
        <message>
            <source>Unit of rate_base and rate_last.</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Unidade de rate_base e rate_last.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <source>Change between periods</source>
            <extracomment>usm:compareperiods parameters</extracomment>
            <translation>Variação entre períodos</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/compare_periods.py"></location>
            <source>City change</source>
            <extracomment>usm:compareperiods parameters</extracomment>
            <translation>Variação na cidade</translation>
        </message>
        <message>
            <source>One row with the city-wide change.</source>
            <extracomment>usm:compareperiods parameters; usm:compareperiods help</extracomment>
            <translation>Uma linha com a variação em toda a cidade.</translation>
        </message>
        <message>
            <source>Takes one count field per period, oldest first (for example n_y2021, n_y2022, n_y2023 from usm:aggregateincidents) and compares the last period with the first, with the mean of the earlier periods, or with the previous one.</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>Recebe um campo de contagem por período, do mais antigo ao mais recente (por exemplo n_y2021, n_y2022, n_y2023 de usm:aggregateincidents) e compara o último período com o primeiro, com a média dos períodos anteriores ou com o período imediatamente anterior.</translation>
        </message>
        <message>
            <source>Counts of incidents are Poisson counts: a neighbourhood with 4 incidents one year and 2 the next has not halved its violence. The test is the exact conditional test of equal rates (given the total of both periods, the share of the last period is binomial; Przyborowski and Wilenski 1940), which stays valid for the small counts of small neighbourhoods; the rate ratio gets its exact (Clopper-Pearson) interval. The residents cancel out of the ratio when they are the same in both periods; the population field only gives the rates.</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>Contagens de ocorrências são contagens de Poisson: um bairro com 4 ocorrências em um ano e 2 no seguinte não reduziu sua violência pela metade. O teste é o teste condicional exato de igualdade de taxas (dado o total dos dois períodos, a parcela do último período é binomial; Przyborowski e Wilenski 1940), que continua válido para as contagens pequenas de bairros pequenos; a razão de taxas recebe seu intervalo exato (Clopper-Pearson). Os habitantes se cancelam na razão quando são os mesmos nos dois períodos; o campo de população serve apenas para as taxas.</translation>
        </message>
        <message>
            <source>Testing 250 neighbourhoods at 5% flags about 12 by chance alone. With the false discovery rate correction (Benjamini-Hochberg, on by default) at most about 5% of the neighbourhoods called significant are expected to be false alarms. A neighbourhood whose total count is so small that no split could be significant is "too few incidents to say", not "no change". Counts must be whole numbers (not rates or smoothed values); a NULL count gives a NULL result; a negative population is an error; a period without any incident is reported.</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>Testar 250 bairros a 5% sinaliza cerca de 12 apenas por acaso. Com a correção da taxa de falsas descobertas (Benjamini-Hochberg, ativada por padrão), espera-se que no máximo cerca de 5% dos bairros considerados significativos sejam falsos alarmes. Um bairro cuja contagem total é tão pequena que nenhuma divisão poderia ser significativa fica como "ocorrências insuficientes para concluir", e não "sem variação". As contagens devem ser números inteiros (não taxas nem valores suavizados); uma contagem NULL dá um resultado NULL; uma população negativa é um erro; um período sem nenhuma ocorrência é informado.</translation>
        </message>
        <message>
            <source>incidents in the baseline (mean per period for 'earlier periods')</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>ocorrências na linha de base (média por período para 'períodos anteriores')</translation>
        </message>
        <message>
            <source>incidents in the last period</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>ocorrências no último período</translation>
        </message>
        <message>
            <source>the same per 1,000 or 100,000 residents (only with a population field; NULL for 0 or NULL residents)</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>o mesmo por 1,000 ou 100,000 habitantes (somente com um campo de população; NULL para 0 ou NULL habitantes)</translation>
        </message>
        <message>
            <source>incidents per residents per period</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>ocorrências por habitantes por período</translation>
        </message>
        <message>
            <source>(rate_ratio - 1) x 100</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>(rate_ratio - 1) x 100</translation>
        </message>
        <message>
            <source>rate in the last period / rate in the baseline</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>taxa no último período / taxa na linha de base</translation>
        </message>
        <message>
            <source>exact confidence interval of rate_ratio (1 - significance level)</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>intervalo de confiança exato de rate_ratio (1 - nível de significância)</translation>
        </message>
        <message>
            <source>two-sided p-value of the exact conditional test of equal rates</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>valor-p bilateral do teste condicional exato de igualdade de taxas</translation>
        </message>
        <message>
            <source>Benjamini-Hochberg adjusted p-value (the p-value without FDR)</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>valor-p ajustado por Benjamini-Hochberg (o valor-p sem FDR)</translation>
        </message>
        <message>
            <source>significant decrease / no significant change / significant increase / too few incidents to say</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>redução significativa / sem variação significativa / aumento significativo / ocorrências insuficientes para concluir</translation>
        </message>
        <message>
            <source>-1 decrease, 0 no significant change, 1 increase, 9 too few</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>-1 redução, 0 sem variação significativa, 1 aumento, 9 insuficientes</translation>
        </message>
        <message>
            <source>City table</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>Tabela da cidade</translation>
        </message>
        <message>
            <source>the same fields for the whole city (sum of the counts)</source>
            <extracomment>usm:compareperiods help</extracomment>
            <translation>os mesmos campos para a cidade inteira (soma das contagens)</translation>
        </message>
        <message>
            <source>change</source>
            <extracomment>usm:compareperiods tags</extracomment>
            <translation>variação</translation>
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
            <translation>anos</translation>
        </message>
        <message>
            <source>rate ratio</source>
            <extracomment>usm:compareperiods tags; usm:incidentsvsenvironment tags</extracomment>
            <translation>razão de taxas</translation>
        </message>
        <message>
            <source>poisson</source>
            <extracomment>usm:compareperiods tags; usm:targettrajectory tags; usm:riskterrain tags</extracomment>
            <translation>poisson</translation>
        </message>
        <message>
            <source>exact test</source>
            <extracomment>usm:compareperiods tags; usm:incidentsvsenvironment tags</extracomment>
            <translation>teste exato</translation>
        </message>
        <message>
            <source>binomial</source>
            <extracomment>usm:compareperiods tags</extracomment>
            <translation>binomial</translation>
        </message>
        <message>
            <source>false discovery rate</source>
            <extracomment>usm:compareperiods tags</extracomment>
            <translation>taxa de falsas descobertas</translation>
        </message>
        <message>
            <source>Progress against a target</source>
            <extracomment>usm:targettrajectory name</extracomment>
            <translation>Progresso em relação a uma meta</translation>
        </message>
        <message>
            <source>Target path from a baseline period (default: -50% by 2030), observed path, and per neighbourhood and for the city whether the last period is on track, off track or too uncertain to say, with the reduction still needed per year.</source>
            <extracomment>usm:targettrajectory short description; usm:targettrajectory help</extracomment>
            <translation>Trajetória da meta a partir de um período de linha de base (padrão: -50% até 2030), trajetória observada e, por bairro e para a cidade, se o último período está no caminho certo, fora do caminho ou incerto demais para concluir, com a redução ainda necessária por ano.</translation>
        </message>
        <message>
            <source>Neighbourhood layer with incident counts per period (usm:aggregateincidents).</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Camada de bairros com contagens de ocorrências por período (usm:aggregateincidents).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Count fields, baseline first</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Campos de contagem, linha de base primeiro</translation>
        </message>
        <message>
            <source>Incident counts per period, oldest first; the first is the baseline.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Contagens de ocorrências por período, da mais antiga à mais recente; a primeira é a linha de base.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Year of the first count field</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Ano do primeiro campo de contagem</translation>
        </message>
        <message>
            <source>Leave empty to read the years from the field names (n_y2021, n_y2022, ...); otherwise the fields are taken as consecutive years from this one.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Deixe vazio para ler os anos dos nomes dos campos (n_y2021, n_y2022, ...); caso contrário, os campos são tomados como anos consecutivos a partir deste.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Target reduction (%)</source>
            <extracomment>usm:targettrajectory parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Redução da meta (%)</translation>
        </message>
        <message>
            <source>Reduction from the baseline by the target year.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Redução em relação à linha de base até o ano da meta.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Target year</source>
            <extracomment>usm:targettrajectory parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Ano da meta</translation>
        </message>
        <message>
            <source>Year by which the reduction is to be reached.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help; usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Ano até o qual a redução deve ser atingida.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Target path</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Trajetória da meta</translation>
        </message>
        <message>
            <source>Shape of the path from the baseline to the target.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Forma da trajetória da linha de base até a meta.</translation>
        </message>
        <message>
            <source>Same percentage reduction every year (50% in 10 years = 6.7% a year)</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Mesma redução percentual a cada ano (50% em 10 anos = 6.7% ao ano)</translation>
        </message>
        <message>
            <source>Same absolute reduction every year</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Mesma redução absoluta a cada ano</translation>
        </message>
        <message>
            <source>Level of the interval that decides on track / off track.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Nível do intervalo que decide entre no caminho certo / fora do caminho.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Neighbourhood type field</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Campo de tipo de bairro</translation>
        </message>
        <message>
            <source>Optional type of each neighbourhood (e.g. type_id from the typology) to benchmark it against its peers.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>Tipo opcional de cada bairro (ex.: type_id da tipologia) para compará-lo com seus pares.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>Progress against the target</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Progresso em relação à meta</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/target_trajectory.py"></location>
            <source>City path</source>
            <extracomment>usm:targettrajectory parameters</extracomment>
            <translation>Trajetória da cidade</translation>
        </message>
        <message>
            <source>The city's observed and target counts per year.</source>
            <extracomment>usm:targettrajectory parameters; usm:targettrajectory help</extracomment>
            <translation>As contagens observadas e da meta da cidade por ano.</translation>
        </message>
        <message>
            <source>The count fields are the periods observed, oldest first; the first is the baseline. Their years are read from the field names (n_y2021 ...) unless a first year is given. The target (the Durban Declaration of the Global Parliament of Mayors: reduce all forms of violence by 50% by 2030, about 7% a year) defines the target path of every neighbourhood from its own baseline: target_&lt;year&gt; fields hold the incidents the path allows each year, the city path table the city's observed and target counts year by year.</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>Os campos de contagem são os períodos observados, do mais antigo ao mais recente; o primeiro é a linha de base. Seus anos são lidos dos nomes dos campos (n_y2021 ...), a menos que um primeiro ano seja informado. A meta (a Declaração de Durban do Parlamento Global de Prefeitos: reduzir todas as formas de violência em 50% até 2030, cerca de 7% ao ano) define a trajetória da meta de cada bairro a partir da sua própria linha de base: os campos target_&lt;year&gt; contêm as ocorrências que a trajetória permite em cada ano, e a tabela de trajetória da cidade, as contagens observadas e da meta da cidade ano a ano.</translation>
        </message>
        <message>
            <source>On track or not: a neighbourhood with 4 incidents that falls to 2 has not proven anything. The last period's count over the baseline's gets its exact interval (Poisson counts, Clopper-Pearson); "on track" when the whole interval is at or below the ratio the path asks for by then, "off track" when the whole interval is above it, "uncertain" otherwise, "too few incidents to say" when no result could be significant with so few incidents.</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>No caminho certo ou não: um bairro com 4 ocorrências que cai para 2 não provou nada. A razão entre a contagem do último período e a da linha de base recebe seu intervalo exato (contagens de Poisson, Clopper-Pearson); "on track" (no caminho certo) quando todo o intervalo está igual ou abaixo da razão que a trajetória exige até então, "off track" (fora do caminho) quando todo o intervalo está acima dela, "uncertain" (incerto) nos demais casos, "too few incidents to say" (ocorrências insuficientes para concluir) quando nenhum resultado poderia ser significativo com tão poucas ocorrências.</translation>
        </message>
        <message>
            <source>With a type field (e.g. type_id from the typology) each neighbourhood is also benchmarked against the others of its type: the type's pooled change and an exact test of whether the neighbourhood changed differently. Benchmarking, not ranking.</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>Com um campo de tipo (ex.: type_id da tipologia), cada bairro também é comparado com os outros do seu tipo: a variação agregada do tipo e um teste exato para saber se o bairro variou de forma diferente. Comparação de referência (benchmarking), não ranking.</translation>
        </message>
        <message>
            <source>share of the baseline the path allows in the last observed year</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>proporção da linha de base que a trajetória permite no último ano observado</translation>
        </message>
        <message>
            <source>last period's count / baseline count</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>contagem do último período / contagem da linha de base</translation>
        </message>
        <message>
            <source>exact interval of rate_ratio at the chosen confidence</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>intervalo exato de rate_ratio na confiança escolhida</translation>
        </message>
        <message>
            <source>on track / uncertain / off track / too few incidents to say</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>no caminho certo / incerto / fora do caminho / ocorrências insuficientes para concluir</translation>
        </message>
        <message>
            <source>1 on track, 0 uncertain, -1 off track, 9 too few</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>1 no caminho certo, 0 incerto, -1 fora do caminho, 9 insuficientes</translation>
        </message>
        <message>
            <source>yearly reduction still needed from the last period to reach the target level by the target year (0 when already there)</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>redução anual ainda necessária a partir do último período para atingir o nível da meta até o ano da meta (0 quando já atingido)</translation>
        </message>
        <message>
            <source>% a year</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>% ao ano</translation>
        </message>
        <message>
            <source>incidents the target path allows in that year</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>ocorrências que a trajetória da meta permite nesse ano</translation>
        </message>
        <message>
            <source>with a type field: pooled last/baseline ratio of the neighbourhood's type</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>com um campo de tipo: razão agregada último/linha de base do tipo do bairro</translation>
        </message>
        <message>
            <source>rate_ratio / type_ratio</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>rate_ratio / type_ratio</translation>
        </message>
        <message>
            <source>two-sided exact p-value of 'changed like its type'</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>valor-p exato bilateral de 'variou como o seu tipo'</translation>
        </message>
        <message>
            <source>better than its type / like its type / worse than its type / too few incidents to say</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>melhor que o seu tipo / como o seu tipo / pior que o seu tipo / ocorrências insuficientes para concluir</translation>
        </message>
        <message>
            <source>City path table</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>Tabela de trajetória da cidade</translation>
        </message>
        <message>
            <source>every year from the baseline to the target year</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>cada ano da linha de base até o ano da meta</translation>
        </message>
        <message>
            <source>year</source>
            <extracomment>usm:targettrajectory help; usm:batchmonitor help</extracomment>
            <translation>ano</translation>
        </message>
        <message>
            <source>city incidents observed (NULL for years not given)</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>ocorrências observadas na cidade (NULL para anos não informados)</translation>
        </message>
        <message>
            <source>city incidents the target path allows</source>
            <extracomment>usm:targettrajectory help</extracomment>
            <translation>ocorrências na cidade que a trajetória da meta permite</translation>
        </message>
        <message>
            <source>target</source>
            <extracomment>usm:targettrajectory tags</extracomment>
            <translation>meta</translation>
        </message>
        <message>
            <source>trajectory</source>
            <extracomment>usm:targettrajectory tags</extracomment>
            <translation>trajetória</translation>
        </message>
        <message>
            <source>durban declaration</source>
            <extracomment>usm:targettrajectory tags</extracomment>
            <translation>declaração de durban</translation>
        </message>
        <message>
            <source>benchmark</source>
            <extracomment>usm:targettrajectory tags</extracomment>
            <translation>referência</translation>
        </message>
        <message>
            <source>progress</source>
            <extracomment>usm:targettrajectory tags</extracomment>
            <translation>progresso</translation>
        </message>
        <message>
            <source>on track</source>
            <extracomment>usm:targettrajectory tags</extracomment>
            <translation>no caminho certo</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_resilience.py"></location>
            <source>Risk x resilience</source>
            <extracomment>usm:riskresilience name; usm:riskresilience parameters</extracomment>
            <translation>Risco x resiliência</translation>
        </message>
        <message>
            <source>Crosses a risk index with a resilience index into 3 x 3 bivariate classes with the standard bivariate colours, and lists the neighbourhoods of high risk and low resilience.</source>
            <extracomment>usm:riskresilience short description; usm:riskresilience help</extracomment>
            <translation>Cruza um índice de risco com um índice de resiliência em 3 x 3 classes bivariadas com as cores bivariadas padrão e lista os bairros de alto risco e baixa resiliência.</translation>
        </message>
        <message>
            <source>Neighbourhood layer with a risk index and a resilience index.</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>Camada de bairros com um índice de risco e um índice de resiliência.</translation>
        </message>
        <message>
            <source>Unique code per neighbourhood (used in the priority list).</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>Código único por bairro (usado na lista de prioridades).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_resilience.py"></location>
            <source>Risk index (higher = more risk)</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Índice de risco (maior = mais risco)</translation>
        </message>
        <message>
            <source>For example the index of usm:compositeindex on the crime and socio-economic facets with orientation 'more risk'.</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>Por exemplo, o índice de usm:compositeindex sobre as facetas de crime e socioeconômica com orientação 'mais risco'.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_resilience.py"></location>
            <source>Resilience index (higher = more resilience)</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Índice de resiliência (maior = mais resiliência)</translation>
        </message>
        <message>
            <source>For example the resilience facet score of usm:compositeindex (orientation 'safer').</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>Por exemplo, a pontuação da faceta de resiliência de usm:compositeindex (orientação 'mais seguro').</translation>
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
            <translation>Como baixo / médio / alto são divididos.</translation>
        </message>
        <message>
            <source>Terciles (a third of the neighbourhoods in each class)</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Tercis (um terço dos bairros em cada classe)</translation>
        </message>
        <message>
            <source>Breaks given below</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Quebras informadas abaixo</translation>
        </message>
        <message>
            <source>Risk breaks (low|medium, medium|high)</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Quebras de risco (baixo|médio, médio|alto)</translation>
        </message>
        <message>
            <source>Two increasing numbers separated by a comma, e.g. 40,60; used with 'Breaks given below'.</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>Dois números crescentes separados por vírgula, ex.: 40,60; usados com 'Quebras informadas abaixo'.</translation>
        </message>
        <message>
            <source>Resilience breaks (low|medium, medium|high)</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Quebras de resiliência (baixa|média, média|alta)</translation>
        </message>
        <message>
            <source>The neighbourhoods with the fields listed under Output fields, styled.</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>Os bairros com os campos listados em Campos de saída, com estilo.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_resilience.py"></location>
            <source>High risk, low resilience</source>
            <extracomment>usm:riskresilience parameters</extracomment>
            <translation>Alto risco, baixa resiliência</translation>
        </message>
        <message>
            <source>The list of high risk, low resilience neighbourhoods.</source>
            <extracomment>usm:riskresilience parameters; usm:riskresilience help</extracomment>
            <translation>A lista dos bairros de alto risco e baixa resiliência.</translation>
        </message>
        <message>
            <source>The Urban Safety Monitor looks at the interplay of risk and resilience: hot spots alone mislead. Give a risk index (higher = more risk, e.g. usm:compositeindex of the crime and socio-economic facets with orientation "more risk") and a resilience index (higher = more resilience, e.g. the resilience facet with orientation "safer"). Each is cut into low, medium and high at its terciles or at given breaks (a value on a break goes to the lower class); the nine combinations are drawn with Joshua Stevens' bivariate palette (risk from grey to red, resilience from grey to blue) and a legend naming each class. The high risk, low resilience neighbourhoods are outlined, flagged priority = 1, listed in the log and written to the priority table.</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>O Urban Safety Monitor olha para a interação entre risco e resiliência: os pontos quentes sozinhos enganam. Informe um índice de risco (maior = mais risco, ex.: usm:compositeindex das facetas de crime e socioeconômica com orientação "mais risco") e um índice de resiliência (maior = mais resiliência, ex.: a faceta de resiliência com orientação "mais seguro"). Cada um é dividido em baixo, médio e alto nos seus tercis ou em quebras informadas (um valor sobre uma quebra vai para a classe inferior); as nove combinações são desenhadas com a paleta bivariada de Joshua Stevens (risco do cinza ao vermelho, resiliência do cinza ao azul) e uma legenda que nomeia cada classe. Os bairros de alto risco e baixa resiliência são contornados, sinalizados com priority = 1, listados no registro e gravados na tabela de prioridades.</translation>
        </message>
        <message>
            <source>A neighbourhood without one of the two values gets no class (NULL) and is counted in the log.</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>Um bairro sem um dos dois valores não recebe classe (NULL) e é contado no registro.</translation>
        </message>
        <message>
            <source>1 low, 2 medium, 3 high risk</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>1 baixo, 2 médio, 3 alto risco</translation>
        </message>
        <message>
            <source>1 low, 2 medium, 3 high resilience</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>1 baixa, 2 média, 3 alta resiliência</translation>
        </message>
        <message>
            <source>10 x risk_class + res_class (11 ... 33)</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>10 x risk_class + res_class (11 ... 33)</translation>
        </message>
        <message>
            <source>the class in words, e.g. 'high risk, low resilience'</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>a classe por extenso, ex.: 'high risk, low resilience'</translation>
        </message>
        <message>
            <source>1 for high risk and low resilience, else 0</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>1 para alto risco e baixa resiliência, senão 0</translation>
        </message>
        <message>
            <source>Priority table</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>Tabela de prioridades</translation>
        </message>
        <message>
            <source>neighbourhood of high risk and low resilience</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>bairro de alto risco e baixa resiliência</translation>
        </message>
        <message>
            <source>its two index values</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>seus dois valores de índice</translation>
        </message>
        <message>
            <source>as the inputs</source>
            <extracomment>usm:riskresilience help</extracomment>
            <translation>como nas entradas</translation>
        </message>
        <message>
            <source>risk</source>
            <extracomment>usm:riskresilience tags; usm:riskterrain tags</extracomment>
            <translation>risco</translation>
        </message>
        <message>
            <source>resilience</source>
            <extracomment>usm:riskresilience tags; usm:riskterrain tags</extracomment>
            <translation>resiliência</translation>
        </message>
        <message>
            <source>bivariate</source>
            <extracomment>usm:riskresilience tags</extracomment>
            <translation>bivariado</translation>
        </message>
        <message>
            <source>choropleth</source>
            <extracomment>usm:riskresilience tags</extracomment>
            <translation>coroplético</translation>
        </message>
        <message>
            <source>terciles</source>
            <extracomment>usm:riskresilience tags</extracomment>
            <translation>tercis</translation>
        </message>
        <message>
            <source>priority</source>
            <extracomment>usm:riskresilience tags</extracomment>
            <translation>prioridade</translation>
        </message>
        <message>
            <source>social capital</source>
            <extracomment>usm:riskresilience tags</extracomment>
            <translation>capital social</translation>
        </message>
        <message>
            <source>vulnerability</source>
            <extracomment>usm:riskresilience tags</extracomment>
            <translation>vulnerabilidade</translation>
        </message>
        <message>
            <source>Street-segment audit (CPTED)</source>
            <extracomment>usm:streetsegmentaudit name</extracomment>
            <translation>Auditoria de segmentos de via (CPTED)</translation>
        </message>
        <message>
            <source>Splits the street network into segments between intersections and measures, per segment, street lighting (lit share, longest dark gap), permeability (node degree, dead ends, intersection density), land-use mix, distance to activity generators, frontage, maintenance and incidents in total, at night and per category; rolled up per neighbourhood.</source>
            <extracomment>usm:streetsegmentaudit short description; usm:streetsegmentaudit help</extracomment>
            <translation>Divide a rede viária em segmentos entre interseções e mede, por segmento, a iluminação pública (proporção iluminada, maior trecho escuro), a permeabilidade (grau dos nós, becos sem saída, densidade de interseções), a diversidade de usos do solo, a distância a geradores de atividade, as fachadas, a manutenção e as ocorrências no total, à noite e por categoria; com agregação por bairro.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Streets</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Vias</translation>
        </message>
        <message>
            <source>Street centre lines (LineString or MultiLineString), ideally noded at intersections. Distances are measured in its CRS if projected, else in the local UTM zone.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Eixos das vias (LineString ou MultiLineString), de preferência com nós nas interseções. As distâncias são medidas no seu SRC se projetado; caso contrário, na zona UTM local.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Street fields to copy</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Campos das vias a copiar</translation>
        </message>
        <message>
            <source>Street attributes (e.g. name, road class) copied to each segment from the street feature nearest the segment's midpoint.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Atributos das vias (ex.: nome, classe viária) copiados para cada segmento a partir da feição de via mais próxima do ponto médio do segmento.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Street lights</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Postes de iluminação</translation>
        </message>
        <message>
            <source>Street-light points. May be in another CRS.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Pontos dos postes de iluminação. Pode estar em outro SRC.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Working-light flag field</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Campo indicador de poste funcionando</translation>
        </message>
        <message>
            <source>Optional 0/1 field: only lights whose value is 1 (working) count. Lights with another or no value are left out and reported.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Campo 0/1 opcional: só contam os postes cujo valor é 1 (funcionando). Postes com outro valor ou sem valor são deixados de fora e informados.</translation>
        </message>
        <message>
            <source>Light radius (metres)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Raio de iluminação (metros)</translation>
        </message>
        <message>
            <source>Distance a street light illuminates, in metres (straight line). Sets the lit share, the dark gaps and the distance within which a light counts for a street.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Distância que um poste de iluminação ilumina, em metros (linha reta). Define a proporção iluminada, os trechos escuros e a distância dentro da qual um poste conta para uma via.</translation>
        </message>
        <message>
            <source>Dark threshold (lit share)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Limiar de escuridão (proporção iluminada)</translation>
        </message>
        <message>
            <source>A segment is flagged dark (dark = 1) when its lit share is below this value (0-1).</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Um segmento é sinalizado como escuro (dark = 1) quando a sua proporção iluminada está abaixo deste valor (0-1).</translation>
        </message>
        <message>
            <source>Incident points. Each goes to the nearest segment within the snap tolerance.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Pontos de ocorrências. Cada um vai para o segmento mais próximo dentro da tolerância de ajuste.</translation>
        </message>
        <message>
            <source>Date-time of the incident (a date-time field, or text such as 2023-05-17 21:30 or 17/05/2023 21:30), for the night counts. Without it n_night is NULL.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Data-hora da ocorrência (um campo de data-hora, ou texto como 2023-05-17 21:30 ou 17/05/2023 21:30), para as contagens noturnas. Sem ele, n_night é NULL.</translation>
        </message>
        <message>
            <source>Incident type: one count field n_cat_&lt;category&gt; per distinct value.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Tipo de ocorrência: um campo de contagem n_cat_&lt;category&gt; por valor distinto.</translation>
        </message>
        <message>
            <source>Night starts at (hour)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>A noite começa às (hora)</translation>
        </message>
        <message>
            <source>First hour of the night window (0-24, local clock of the date field).</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Primeira hora da janela noturna (0-24, relógio local do campo de data).</translation>
        </message>
        <message>
            <source>Night ends at (hour, not included)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>A noite termina às (hora, exclusive)</translation>
        </message>
        <message>
            <source>The night window ends just before this hour: 19 and 6 mean 19:00 to 05:59.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>A janela noturna termina logo antes desta hora: 19 e 6 significam 19:00 a 05:59.</translation>
        </message>
        <message>
            <source>Snap tolerance (metres)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Tolerância de ajuste (metros)</translation>
        </message>
        <message>
            <source>Incidents and maintenance points farther than this from every street are not assigned to a segment (they are counted and reported).</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Ocorrências e pontos de manutenção mais distantes do que isto de todas as vias não são atribuídos a um segmento (são contados e informados).</translation>
        </message>
        <message>
            <source>Optional neighbourhood polygons: each segment gets the id of the neighbourhood holding its midpoint, and the neighbourhood output rolls the measures up.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Polígonos de bairros opcionais: cada segmento recebe o id do bairro que contém o seu ponto médio, e a saída por bairro agrega as medidas.</translation>
        </message>
        <message>
            <source>Unique code per neighbourhood (needed with neighbourhoods).</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Código único por bairro (necessário com bairros).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Land use</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Uso do solo</translation>
        </message>
        <message>
            <source>Optional land-use polygons for the land-use mix.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Polígonos de uso do solo opcionais, para a diversidade de usos do solo.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Land-use class field</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:fulldiagnosis parameters</extracomment>
            <translation>Campo de classe de uso do solo</translation>
        </message>
        <message>
            <source>Field with the land-use class (residential, commercial, ...).</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Campo com a classe de uso do solo (residencial, comercial, ...).</translation>
        </message>
        <message>
            <source>Land-use buffer (metres)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Buffer de uso do solo (metros)</translation>
        </message>
        <message>
            <source>Land use within this distance of a segment counts in its mix.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>O uso do solo dentro desta distância de um segmento conta na sua diversidade.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Activity generators</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Geradores de atividade</translation>
        </message>
        <message>
            <source>Point layers of activity generators (transit stops, schools, shops, bars): distance from each segment to the nearest one, overall (gen_dist_m) and per layer.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Camadas de pontos de geradores de atividade (pontos de parada de transporte, escolas, comércios, bares): distância de cada segmento ao mais próximo, no geral (gen_dist_m) e por camada.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Buildings</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Edificações</translation>
        </message>
        <message>
            <source>Optional building footprints for the frontage share.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Projeções de edificações opcionais, para a proporção de fachadas.</translation>
        </message>
        <message>
            <source>Frontage distance (metres)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Distância de fachada (metros)</translation>
        </message>
        <message>
            <source>A stretch of street within this distance of a building counts as faced by a building front.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Um trecho de via a até esta distância de uma edificação conta como voltado para uma fachada.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Maintenance / vacancy points</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Pontos de manutenção / imóveis vagos</translation>
        </message>
        <message>
            <source>Point layers of maintenance complaints, graffiti, vacant lots or abandoned buildings: snapped like incidents, counted per segment and per 100 m.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Camadas de pontos de reclamações de manutenção, pichações, terrenos baldios ou edificações abandonadas: ajustados como as ocorrências, contados por segmento e por 100 m.</translation>
        </message>
        <message>
            <source>Maximum segment length (metres, 0 = no cut)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Comprimento máximo do segmento (metros, 0 = sem corte)</translation>
        </message>
        <message>
            <source>Cut segments longer than this into equal pieces (e.g. 100 m for comparable units). 0 keeps whole segments between intersections.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Corta os segmentos mais longos do que isto em pedaços iguais (ex.: 100 m para unidades comparáveis). 0 mantém os segmentos inteiros entre interseções.</translation>
        </message>
        <message>
            <source>Intersection density radius (metres)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Raio da densidade de interseções (metros)</translation>
        </message>
        <message>
            <source>Intersections are counted within this distance of each segment's midpoint.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>As interseções são contadas dentro desta distância a partir do ponto médio de cada segmento.</translation>
        </message>
        <message>
            <source>Node tolerance (metres)</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Tolerância de nós (metros)</translation>
        </message>
        <message>
            <source>Street vertices closer than this are one node, and street ends this close to another street are joined to it. Raise it to close digitising gaps.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Vértices de vias mais próximos do que isto são um único nó, e extremidades de via a essa distância de outra via são ligadas a ela. Aumente-a para fechar falhas de digitalização.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Street segments</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Segmentos de via</translation>
        </message>
        <message>
            <source>One line per segment (or piece) with the fields listed under Output fields, in the analysis CRS.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Uma linha por segmento (ou pedaço) com os campos listados em Campos de saída, no SRC de análise.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Neighbourhood audit</source>
            <extracomment>usm:streetsegmentaudit parameters</extracomment>
            <translation>Auditoria por bairro</translation>
        </message>
        <message>
            <source>The neighbourhood layer with its own fields plus the rolled-up measures.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>A camada de bairros com os seus próprios campos mais as medidas agregadas.</translation>
        </message>
        <message>
            <source>Table of what was read, used, snapped and left out.</source>
            <extracomment>usm:streetsegmentaudit parameters; usm:streetsegmentaudit help</extracomment>
            <translation>Tabela do que foi lido, usado, ajustado e deixado de fora.</translation>
        </message>
        <message>
            <source>Segments. The streets become a network: vertices closer than the node tolerance are one node, a street end within the tolerance of another street is joined to it, crossings without a shared vertex are not joined (bridges, tunnels) and are reported, duplicate pieces count once. A segment runs from an intersection or dead end to the next one; with a maximum length it is cut into equal units (pieces), and every measure below is per unit. Streets cut off from the main network keep a component number above 0 and are reported; dead ends lying just short of another street (digitising gaps) are reported.</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>Segmentos. As vias tornam-se uma rede: vértices mais próximos que a tolerância de nós são um único nó, uma extremidade de via dentro da tolerância de outra via é ligada a ela, cruzamentos sem vértice compartilhado não são unidos (pontes, túneis) e são informados, pedaços duplicados contam uma vez. Um segmento vai de uma interseção ou beco sem saída até o seguinte; com um comprimento máximo, ele é cortado em unidades iguais (pedaços), e toda medida abaixo é por unidade. Vias isoladas da rede principal mantêm um número de componente acima de 0 e são informadas; becos sem saída que terminam pouco antes de outra via (falhas de digitalização) são informados.</translation>
        </message>
        <message>
            <source>Lighting. A light lights every point of a street within the light radius (straight line), so a light at a corner lights each street it reaches. lit_share is the share of the unit's length within the radius of at least one light, max_dark_gap_m the longest stretch farther than the radius from every light. For the count n_lights each light goes once to its nearest unit within the radius; lights farther than the radius from every street light nothing and are reported. With a working-flag field only lights whose value is 1 count.</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>Iluminação. Um poste ilumina todo ponto de uma via dentro do raio de iluminação (em linha reta), de modo que um poste em uma esquina ilumina cada via que alcança. lit_share é a proporção do comprimento da unidade dentro do raio de pelo menos um poste; max_dark_gap_m, o trecho mais longo além do raio de todos os postes. Para a contagem n_lights, cada poste vai uma vez para a unidade mais próxima dentro do raio; postes além do raio de todas as vias não iluminam nada e são informados. Com um campo indicador de funcionamento, só contam os postes cujo valor é 1.</translation>
        </message>
        <message>
            <source>Permeability. Node degree at both ends (1 a dead end, 2 a bend or a cut, 3 and more an intersection), a dead-end flag for every unit of a segment that ends at degree 1, and the density of intersections within the density radius of the unit's midpoint.</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>Permeabilidade. Grau dos nós nas duas extremidades (1 um beco sem saída, 2 uma curva ou um corte, 3 ou mais uma interseção), um indicador de beco sem saída para toda unidade de um segmento que termina em grau 1, e a densidade de interseções dentro do raio de densidade a partir do ponto médio da unidade.</translation>
        </message>
        <message>
            <source>Activity. Land-use mix is the Shannon entropy of the land-use area shares within the land-use buffer of the unit, divided by the logarithm of the number of classes in the layer (0 one use, 1 all uses equally). Distances to activity generators (any point layers: transit stops, schools, shops) are straight-line distances from the unit. Building frontage is the share of the unit's length within the frontage distance of a building; maintenance and vacancy points are snapped like incidents and counted per 100 m.</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>Atividade. A diversidade de usos do solo é a entropia de Shannon das proporções de área de uso do solo dentro do buffer de uso do solo da unidade, dividida pelo logaritmo do número de classes na camada (0 um único uso, 1 todos os usos igualmente). As distâncias a geradores de atividade (quaisquer camadas de pontos: pontos de parada de transporte, escolas, comércios) são distâncias em linha reta a partir da unidade. As fachadas são a proporção do comprimento da unidade dentro da distância de fachada de uma edificação; os pontos de manutenção e de imóveis vagos são ajustados como as ocorrências e contados por 100 m.</translation>
        </message>
        <message>
            <source>Incidents are snapped to the nearest unit within the snap tolerance; the others are counted in the log and the accounting table, never silently dropped. n_night counts incidents whose time of day falls in the night window from NIGHT_START:00 up to but not including NIGHT_END:00 (wrapping past midnight); incidents with a date but no time, or no date at all, are not in n_night and are counted in n_no_time. Without a date field n_night is NULL.</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>As ocorrências são ajustadas à unidade mais próxima dentro da tolerância de ajuste; as demais são contadas no registro e na tabela de contabilização, nunca descartadas silenciosamente. n_night conta as ocorrências cuja hora do dia cai na janela noturna de NIGHT_START:00 até NIGHT_END:00, exclusive (passando da meia-noite); ocorrências com data mas sem hora, ou sem data, não entram em n_night e são contadas em n_no_time. Sem um campo de data, n_night é NULL.</translation>
        </message>
        <message>
            <source>Neighbourhoods. A unit belongs to the neighbourhood holding its midpoint (a midpoint on a shared boundary goes to the id that sorts first). Shares and densities are length-weighted means over its units, counts are sums. Distances are measured in metres in the street layer's CRS, or in the local UTM zone when that CRS is geographic or Web Mercator (stated in the log); the other layers are reprojected to it.</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>Bairros. Uma unidade pertence ao bairro que contém o seu ponto médio (um ponto médio sobre um limite compartilhado vai para o id que vem primeiro na ordenação). Proporções e densidades são médias ponderadas pelo comprimento sobre as suas unidades; contagens são somas. As distâncias são medidas em metros no SRC da camada de vias, ou na zona UTM local quando esse SRC é geográfico ou Web Mercator (indicada no registro); as outras camadas são reprojetadas para ele.</translation>
        </message>
        <message>
            <source>unit id (1..n)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>id da unidade (1..n)</translation>
        </message>
        <message>
            <source>segment between intersections the unit belongs to (1..m)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>segmento entre interseções ao qual a unidade pertence (1..m)</translation>
        </message>
        <message>
            <source>piece number of the unit inside its segment (1..pieces), 1 when not cut</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>número do pedaço da unidade dentro do seu segmento (1..pieces), 1 quando não cortado</translation>
        </message>
        <message>
            <source>number of units its segment was cut into (MAX_LENGTH)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>número de unidades em que o seu segmento foi cortado (MAX_LENGTH)</translation>
        </message>
        <message>
            <source>length of the unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>comprimento da unidade</translation>
        </message>
        <message>
            <source>connected piece of the network (0 = the largest); &gt; 0 flags streets cut off from the main network</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>parte conectada da rede (0 = a maior); &gt; 0 sinaliza vias isoladas da rede principal</translation>
        </message>
        <message>
            <source>street lights whose nearest street unit is this one, within the light radius (each light counted once)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>postes de iluminação cuja unidade de via mais próxima é esta, dentro do raio de iluminação (cada poste contado uma vez)</translation>
        </message>
        <message>
            <source>n_lights per 100 m of the unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>n_lights por 100 m da unidade</translation>
        </message>
        <message>
            <source>per 100 m</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>por 100 m</translation>
        </message>
        <message>
            <source>share of the unit's length within the light radius of at least one light</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>proporção do comprimento da unidade dentro do raio de iluminação de pelo menos um poste</translation>
        </message>
        <message>
            <source>longest stretch of the unit farther than the light radius from every light</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>trecho mais longo da unidade além do raio de iluminação de todos os postes</translation>
        </message>
        <message>
            <source>length of the unit not lit (length_m x (1 - lit_share))</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>comprimento da unidade não iluminado (length_m x (1 - lit_share))</translation>
        </message>
        <message>
            <source>1 when lit_share is below the dark threshold (DARK_THRESHOLD), else 0</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>1 quando lit_share está abaixo do limiar de escuridão (DARK_THRESHOLD), senão 0</translation>
        </message>
        <message>
            <source>node degree at the unit's start (1 dead end, 2 a bend or a cut, &gt;= 3 an intersection)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>grau do nó no início da unidade (1 beco sem saída, 2 uma curva ou um corte, &gt;= 3 uma interseção)</translation>
        </message>
        <message>
            <source>node degree at the unit's end</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>grau do nó no fim da unidade</translation>
        </message>
        <message>
            <source>1 when its segment ends at a node of degree 1 (cul-de-sac or dead end; inherited by every piece of the segment)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>1 quando o seu segmento termina em um nó de grau 1 (cul-de-sac ou beco sem saída; herdado por todos os pedaços do segmento)</translation>
        </message>
        <message>
            <source>intersections (nodes of degree &gt;= 3) within the density radius of the unit's midpoint, per km²</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>interseções (nós de grau &gt;= 3) dentro do raio de densidade a partir do ponto médio da unidade, por km²</translation>
        </message>
        <message>
            <source>land-use mix: Shannon entropy of the land-use area shares within the land-use buffer, divided by ln(number of land-use classes in the layer); 0 one use, 1 all uses in equal shares; NULL without land use in the buffer</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>diversidade de usos do solo: entropia de Shannon das proporções de área de uso do solo dentro do buffer de uso do solo, dividida por ln(número de classes de uso do solo na camada); 0 um único uso, 1 todos os usos em proporções iguais; NULL sem uso do solo no buffer</translation>
        </message>
        <message>
            <source>land use with the largest area in the buffer</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>uso do solo com a maior área no buffer</translation>
        </message>
        <message>
            <source>straight-line distance from the unit to the nearest activity generator of any layer</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>distância em linha reta da unidade ao gerador de atividade mais próximo de qualquer camada</translation>
        </message>
        <message>
            <source>distance from the unit to the nearest point of that generator layer</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>distância da unidade ao ponto mais próximo daquela camada de geradores</translation>
        </message>
        <message>
            <source>share of the unit's length within the frontage distance of a building</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>proporção do comprimento da unidade dentro da distância de fachada de uma edificação</translation>
        </message>
        <message>
            <source>maintenance / vacancy points snapped to the unit (all layers)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>pontos de manutenção / imóveis vagos ajustados à unidade (todas as camadas)</translation>
        </message>
        <message>
            <source>maint_n per 100 m of the unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>maint_n por 100 m da unidade</translation>
        </message>
        <message>
            <source>points of that maintenance layer snapped to the unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>pontos daquela camada de manutenção ajustados à unidade</translation>
        </message>
        <message>
            <source>incidents snapped to the unit (nearest unit within the snap tolerance)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>ocorrências ajustadas à unidade (unidade mais próxima dentro da tolerância de ajuste)</translation>
        </message>
        <message>
            <source>n_incidents per 100 m of the unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>n_incidents por 100 m da unidade</translation>
        </message>
        <message>
            <source>incidents in the night window (NIGHT_START to NIGHT_END); NULL without a date field</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>ocorrências na janela noturna (NIGHT_START a NIGHT_END); NULL sem campo de data</translation>
        </message>
        <message>
            <source>incidents snapped to the unit whose time of day is unknown (not in n_night)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>ocorrências ajustadas à unidade cuja hora do dia é desconhecida (não entram em n_night)</translation>
        </message>
        <message>
            <source>incidents of that category snapped to the unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>ocorrências daquela categoria ajustadas à unidade</translation>
        </message>
        <message>
            <source>the neighbourhood holding the unit's midpoint</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>o bairro que contém o ponto médio da unidade</translation>
        </message>
        <message>
            <source>Neighbourhood output (added to the neighbourhood's own fields)</source>
            <extracomment>usm:streetsegmentaudit help; usm:riskterrain help</extracomment>
            <translation>Saída por bairro (acrescentada aos próprios campos do bairro)</translation>
        </message>
        <message>
            <source>street units whose midpoint lies in the neighbourhood</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>unidades de via cujo ponto médio fica no bairro</translation>
        </message>
        <message>
            <source>their length</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>seu comprimento</translation>
        </message>
        <message>
            <source>length-weighted mean lit share</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>média da proporção iluminada ponderada pelo comprimento</translation>
        </message>
        <message>
            <source>unlit street length</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>comprimento de vias sem iluminação</translation>
        </message>
        <message>
            <source>share of the street length in dark units (dark = 1)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>proporção do comprimento das vias em unidades escuras (dark = 1)</translation>
        </message>
        <message>
            <source>longest dark gap of any unit</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>maior trecho escuro de qualquer unidade</translation>
        </message>
        <message>
            <source>street lights per km of street</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>postes de iluminação por km de via</translation>
        </message>
        <message>
            <source>per km</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>por km</translation>
        </message>
        <message>
            <source>share of the street length in dead-end segments</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>proporção do comprimento das vias em segmentos sem saída</translation>
        </message>
        <message>
            <source>length-weighted mean intersection density</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>média da densidade de interseções ponderada pelo comprimento</translation>
        </message>
        <message>
            <source>length-weighted mean land-use mix</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>média da diversidade de usos do solo ponderada pelo comprimento</translation>
        </message>
        <message>
            <source>length-weighted mean distance to the nearest generator</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>média da distância ao gerador mais próximo ponderada pelo comprimento</translation>
        </message>
        <message>
            <source>length-weighted mean frontage share</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>média da proporção de fachadas ponderada pelo comprimento</translation>
        </message>
        <message>
            <source>maintenance / vacancy points per km of street</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>pontos de manutenção / imóveis vagos por km de via</translation>
        </message>
        <message>
            <source>incidents snapped to its street units</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>ocorrências ajustadas às suas unidades de via</translation>
        </message>
        <message>
            <source>night-time incidents snapped to its street units</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>ocorrências noturnas ajustadas às suas unidades de via</translation>
        </message>
        <message>
            <source>share of its night-time incidents on dark units</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>proporção das suas ocorrências noturnas em unidades escuras</translation>
        </message>
        <message>
            <source>incidents per km of street</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>ocorrências por km de via</translation>
        </message>
        <message>
            <source>what is counted (streets, segments, lights, incidents snapped, beyond tolerance, ...)</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>o que é contado (vias, segmentos, postes, ocorrências ajustadas, além da tolerância, ...)</translation>
        </message>
        <message>
            <source>the number</source>
            <extracomment>usm:streetsegmentaudit help</extracomment>
            <translation>o número</translation>
        </message>
        <message>
            <source>cpted</source>
            <extracomment>usm:streetsegmentaudit tags; usm:crimeconcentration tags; usm:incidentsvsenvironment tags; usm:riskterrain tags (+2 more)</extracomment>
            <translation>cpted</translation>
        </message>
        <message>
            <source>street segment</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>segmento de via</translation>
        </message>
        <message>
            <source>lighting</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>iluminação</translation>
        </message>
        <message>
            <source>dark</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>escuro</translation>
        </message>
        <message>
            <source>dead end</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>beco sem saída</translation>
        </message>
        <message>
            <source>cul-de-sac</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>cul-de-sac</translation>
        </message>
        <message>
            <source>permeability</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>permeabilidade</translation>
        </message>
        <message>
            <source>intersection density</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>densidade de interseções</translation>
        </message>
        <message>
            <source>land-use mix</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>diversidade de usos do solo</translation>
        </message>
        <message>
            <source>entropy</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>entropia</translation>
        </message>
        <message>
            <source>frontage</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>fachada</translation>
        </message>
        <message>
            <source>night</source>
            <extracomment>usm:streetsegmentaudit tags; usm:incidentsvsenvironment tags</extracomment>
            <translation>noite</translation>
        </message>
        <message>
            <source>audit</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>auditoria</translation>
        </message>
        <message>
            <source>crime prevention through environmental design</source>
            <extracomment>usm:streetsegmentaudit tags</extracomment>
            <translation>prevenção do crime através do desenho ambiental</translation>
        </message>
        <message>
            <source>Crime concentration (Lorenz curve and Gini)</source>
            <extracomment>usm:crimeconcentration name</extracomment>
            <translation>Concentração do crime (curva de Lorenz e Gini)</translation>
        </message>
        <message>
            <source>How concentrated incidents are on few places: the share of street segments (or neighbourhoods) holding 25% and 50% of incidents, the Lorenz curve, the Gini coefficient and the generalised Gini for sparse counts, city-wide and per neighbourhood, against Weisburd's (2015) benchmark.</source>
            <extracomment>usm:crimeconcentration short description; usm:crimeconcentration help</extracomment>
            <translation>Quão concentradas as ocorrências estão em poucos lugares: a proporção de segmentos de via (ou bairros) que reúnem 25% e 50% das ocorrências, a curva de Lorenz, o coeficiente de Gini e o Gini generalizado para contagens esparsas, para toda a cidade e por bairro, em comparação com a referência de Weisburd (2015).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/crime_concentration.py"></location>
            <source>Places with counts</source>
            <extracomment>usm:crimeconcentration parameters</extracomment>
            <translation>Lugares com contagens</translation>
        </message>
        <message>
            <source>Street segments, neighbourhoods or grid cells with an incident count each (any geometry, or a table).</source>
            <extracomment>usm:crimeconcentration parameters; usm:crimeconcentration help</extracomment>
            <translation>Segmentos de via, bairros ou células de grade, cada um com uma contagem de ocorrências (qualquer geometria, ou uma tabela).</translation>
        </message>
        <message>
            <source>Incidents per place (e.g. n_incidents of the street-segment audit).</source>
            <extracomment>usm:crimeconcentration parameters; usm:crimeconcentration help</extracomment>
            <translation>Ocorrências por lugar (ex.: n_incidents da auditoria de segmentos de via).</translation>
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
            <translation>Grupo opcional de cada lugar (ex.: o id do bairro de cada segmento): as medidas também são calculadas por grupo.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/crime_concentration.py"></location>
            <source>Crime concentration</source>
            <extracomment>usm:crimeconcentration parameters</extracomment>
            <translation>Concentração do crime</translation>
        </message>
        <message>
            <source>One row for the city and one per group, with the fields under Output fields.</source>
            <extracomment>usm:crimeconcentration parameters; usm:crimeconcentration help</extracomment>
            <translation>Uma linha para a cidade e uma por grupo, com os campos listados em Campos de saída.</translation>
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
            <translation>Pontos da curva de Lorenz (no máximo 1001 por grupo) e da linha de máxima igualdade, para um gráfico.</translation>
        </message>
        <message>
            <source>City-wide Gini coefficient</source>
            <extracomment>usm:crimeconcentration parameters</extracomment>
            <translation>Coeficiente de Gini de toda a cidade</translation>
        </message>
        <message>
            <source>City-wide generalised Gini</source>
            <extracomment>usm:crimeconcentration parameters</extracomment>
            <translation>Gini generalizado de toda a cidade</translation>
        </message>
        <message>
            <source>Share of places holding 50% of incidents</source>
            <extracomment>usm:crimeconcentration parameters</extracomment>
            <translation>Proporção de lugares que reúnem 50% das ocorrências</translation>
        </message>
        <message>
            <source>Give a layer with one count per place, for example the street segments of the street-segment audit (field n_incidents, n_night or n_cat_*) or the neighbourhoods of the incident aggregation (n_total). With a group field (e.g. the neighbourhood id on the segments) the same measures are computed inside every group as well.</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>Informe uma camada com uma contagem por lugar, por exemplo os segmentos de via da auditoria de segmentos de via (campo n_incidents, n_night ou n_cat_*) ou os bairros da agregação de ocorrências (n_total). Com um campo de grupo (ex.: o id do bairro nos segmentos), as mesmas medidas também são calculadas dentro de cada grupo.</translation>
        </message>
        <message>
            <source>share_units_50 is the smallest share of places that together hold at least half of the incidents, places ranked from the most incidents down and counted whole. Weisburd (2015) found about 50% of crime on 4-6% of street segments (and 25% on 0.4-1.6%) across cities; the log says where this city stands.</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>share_units_50 é a menor proporção de lugares que, juntos, reúnem pelo menos metade das ocorrências, com os lugares ordenados do que tem mais ocorrências para baixo e contados inteiros. Weisburd (2015) encontrou cerca de 50% do crime em 4-6% dos segmentos de via (e 25% em 0.4-1.6%) em várias cidades; o registro diz onde esta cidade se situa.</translation>
        </message>
        <message>
            <source>The Gini coefficient compares the counts with perfect equality. When there are fewer incidents than places (sparse counts, common for one crime type or one year on street segments), perfect equality is impossible and the Gini overstates concentration; the generalised Gini (Bernasco &amp; Steenbeek 2017) compares with maximal equality given the data (as many places as possible with one incident each) and equals the Gini when there are at least as many incidents as places. Places with a NULL count are left out and reported; negative counts are an error.</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>O coeficiente de Gini compara as contagens com a igualdade perfeita. Quando há menos ocorrências do que lugares (contagens esparsas, comuns para um único tipo de crime ou um único ano em segmentos de via), a igualdade perfeita é impossível e o Gini superestima a concentração; o Gini generalizado (Bernasco &amp; Steenbeek 2017) compara com a máxima igualdade possível dados os dados (o maior número possível de lugares com uma ocorrência cada) e é igual ao Gini quando há pelo menos tantas ocorrências quanto lugares. Lugares com contagem NULL são deixados de fora e informados; contagens negativas são um erro.</translation>
        </message>
        <message>
            <source>'city' or the group (neighbourhood) id</source>
            <extracomment>usm:crimeconcentration help; usm:incidentsvsenvironment help</extracomment>
            <translation>'city' ou o id do grupo (bairro)</translation>
        </message>
        <message>
            <source>units with a valid count (segments or neighbourhoods)</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>unidades com uma contagem válida (segmentos ou bairros)</translation>
        </message>
        <message>
            <source>sum of the counts</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>soma das contagens</translation>
        </message>
        <message>
            <source>share of units with at least one incident</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>proporção de unidades com pelo menos uma ocorrência</translation>
        </message>
        <message>
            <source>smallest share of units holding at least 25% of the incidents</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>menor proporção de unidades que reúnem pelo menos 25% das ocorrências</translation>
        </message>
        <message>
            <source>smallest share of units holding at least 50% of the incidents</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>menor proporção de unidades que reúnem pelo menos 50% das ocorrências</translation>
        </message>
        <message>
            <source>Gini coefficient of the counts (0 equal, towards 1 concentrated)</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>coeficiente de Gini das contagens (0 igualdade, perto de 1 concentração)</translation>
        </message>
        <message>
            <source>generalised Gini for sparse counts (Bernasco &amp; Steenbeek 2017); equals gini when there are at least as many incidents as units</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>Gini generalizado para contagens esparsas (Bernasco &amp; Steenbeek 2017); igual a gini quando há pelo menos tantas ocorrências quanto unidades</translation>
        </message>
        <message>
            <source>1 when there are fewer incidents than units (use gini_gen)</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>1 quando há menos ocorrências do que unidades (use gini_gen)</translation>
        </message>
        <message>
            <source>Lorenz curve table</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>Tabela da curva de Lorenz</translation>
        </message>
        <message>
            <source>'city' or the group id</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>'city' ou o id do grupo</translation>
        </message>
        <message>
            <source>units so far, ranked from the fewest incidents up</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>unidades acumuladas, ordenadas da que tem menos ocorrências para cima</translation>
        </message>
        <message>
            <source>cumulative share of units</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>proporção acumulada de unidades</translation>
        </message>
        <message>
            <source>cumulative share of incidents (the Lorenz curve)</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>proporção acumulada de ocorrências (a curva de Lorenz)</translation>
        </message>
        <message>
            <source>the line of maximal equality given the data: the Lorenz curve if the incidents were spread one per unit over as many units as possible</source>
            <extracomment>usm:crimeconcentration help</extracomment>
            <translation>a linha de máxima igualdade dados os dados: a curva de Lorenz se as ocorrências estivessem espalhadas uma por unidade sobre o maior número possível de unidades</translation>
        </message>
        <message>
            <source>crime concentration</source>
            <extracomment>usm:crimeconcentration tags</extracomment>
            <translation>concentração do crime</translation>
        </message>
        <message>
            <source>law of crime concentration</source>
            <extracomment>usm:crimeconcentration tags</extracomment>
            <translation>lei da concentração do crime</translation>
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
            <translation>segmentos de via</translation>
        </message>
        <message>
            <source>Incidents against environment (rate ratio)</source>
            <extracomment>usm:incidentsvsenvironment name</extracomment>
            <translation>Ocorrências versus ambiente (razão de taxas)</translation>
        </message>
        <message>
            <source>Tests whether incidents are over-represented on places meeting an environmental condition (dark segments, dead ends, lit share below a threshold...): the share of incidents there against their share of street length or exposure, as a rate ratio with an exact confidence interval and p-value, city-wide and per neighbourhood.</source>
            <extracomment>usm:incidentsvsenvironment short description; usm:incidentsvsenvironment help</extracomment>
            <translation>Testa se as ocorrências estão sobrerrepresentadas em lugares que atendem a uma condição ambiental (segmentos escuros, becos sem saída, proporção iluminada abaixo de um limiar...): a parcela de ocorrências ali em relação à sua parcela do comprimento das vias ou da exposição, como uma razão de taxas com intervalo de confiança exato e valor-p, para toda a cidade e por bairro.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Places (street segments)</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Lugares (segmentos de via)</translation>
        </message>
        <message>
            <source>Street segments (e.g. the output of the street-segment audit) or any places with an incident count, a condition field and an exposure.</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Segmentos de via (ex.: a saída da auditoria de segmentos de via) ou quaisquer lugares com uma contagem de ocorrências, um campo de condição e uma exposição.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Incident count field</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Campo de contagem de ocorrências</translation>
        </message>
        <message>
            <source>Incidents per place, e.g. n_night (night-time incidents) or n_cat_robbery.</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Ocorrências por lugar, ex.: n_night (ocorrências noturnas) ou n_cat_robbery.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Condition field</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Campo de condição</translation>
        </message>
        <message>
            <source>Numeric field the condition tests, e.g. dark, lit_share, dead_end, lu_mix.</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Campo numérico que a condição testa, ex.: dark, lit_share, dead_end, lu_mix.</translation>
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
            <translation>Como o campo é comparado com o valor: =, !=, &lt;, &lt;=, &gt;, &gt;=.</translation>
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
            <translation>O valor com que o campo é comparado (dark = 1, lit_share &lt; 0.5, ...).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Exposure field</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Campo de exposição</translation>
        </message>
        <message>
            <source>Exposure per place: street length in metres (length_m) by default; footfall or another exposure measure if you have one.</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Exposição por lugar: comprimento da via em metros (length_m) por padrão; fluxo de pedestres ou outra medida de exposição, se houver.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Group field (neighbourhood)</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Campo de grupo (bairro)</translation>
        </message>
        <message>
            <source>Optional group of each place (e.g. nbhd_id): one more row per group.</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Grupo opcional de cada lugar (ex.: nbhd_id): uma linha a mais por grupo.</translation>
        </message>
        <message>
            <source>Level of the confidence intervals (0.95 = 95%).</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Nível dos intervalos de confiança (0.95 = 95%).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Rate scale</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Escala da taxa</translation>
        </message>
        <message>
            <source>Rates are incidents per exposure unit times this (1000 with lengths in metres gives incidents per km).</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>As taxas são ocorrências por unidade de exposição vezes este valor (1000 com comprimentos em metros dá ocorrências por km).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Rate ratios</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Razões de taxas</translation>
        </message>
        <message>
            <source>One row for the city and one per group with the fields under Output fields.</source>
            <extracomment>usm:incidentsvsenvironment parameters; usm:incidentsvsenvironment help</extracomment>
            <translation>Uma linha para a cidade e uma por grupo com os campos listados em Campos de saída.</translation>
        </message>
        <message>
            <source>City-wide rate ratio</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Razão de taxas de toda a cidade</translation>
        </message>
        <message>
            <source>Lower bound</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Limite inferior</translation>
        </message>
        <message>
            <source>Upper bound</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Limite superior</translation>
        </message>
        <message>
            <source>Exact p-value</source>
            <extracomment>usm:incidentsvsenvironment parameters</extracomment>
            <translation>Valor-p exato</translation>
        </message>
        <message>
            <source>Typical use: the segments of the street-segment audit, count field n_night, condition dark = 1, exposure length_m. The result answers "are night-time incidents more frequent on dark streets than their length predicts?": if 36% of night incidents fall on dark segments that make up 20% of the street length, the rate ratio is (0.36 / 0.20) / (0.64 / 0.80) = 2.25.</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>Uso típico: os segmentos da auditoria de segmentos de via, campo de contagem n_night, condição dark = 1, exposição length_m. O resultado responde "as ocorrências noturnas são mais frequentes nas ruas escuras do que o seu comprimento prevê?": se 36% das ocorrências noturnas caem em segmentos escuros que representam 20% do comprimento das vias, a razão de taxas é (0.36 / 0.20) / (0.64 / 0.80) = 2.25.</translation>
        </message>
        <message>
            <source>The rate ratio compares incidents per unit of exposure on places meeting the condition with the other places. Its confidence interval and two-sided p-value are exact and conditional on the total number of incidents (binomial: under no effect, each incident falls on a place meeting the condition with probability equal to that side's share of the exposure; Clopper-Pearson interval of that share, as R's rateratio.test). They need no large-sample approximation and stay valid for small counts and neighbourhoods with few incidents; a side without incidents gives a bound of 0 or infinity. The rates are incidents per exposure unit times the rate scale (with lengths in metres and a scale of 1000: incidents per km).</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>A razão de taxas compara as ocorrências por unidade de exposição nos lugares que atendem à condição com os demais lugares. Seu intervalo de confiança e seu valor-p bilateral são exatos e condicionais ao número total de ocorrências (binomial: sem efeito, cada ocorrência cai em um lugar que atende à condição com probabilidade igual à parcela da exposição desse lado; intervalo de Clopper-Pearson dessa parcela, como o rateratio.test do R). Não precisam de aproximação para grandes amostras e continuam válidos para contagens pequenas e bairros com poucas ocorrências; um lado sem ocorrências dá um limite de 0 ou infinito. As taxas são ocorrências por unidade de exposição vezes a escala de taxa (com comprimentos em metros e escala 1000: ocorrências por km).</translation>
        </message>
        <message>
            <source>The condition is a field compared with a value: e.g. dark = 1, lit_share &lt; 0.5, dead_end = 1, lu_mix &lt;= 0.2. Places with a NULL count, condition value or exposure, or an exposure of 0, are left out and counted in the log. A group (neighbourhood) with places on one side of the condition only has no rate ratio (NULL). An observational association is not a causal effect: dark streets may also differ in other ways.</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>A condição é um campo comparado com um valor: ex.: dark = 1, lit_share &lt; 0.5, dead_end = 1, lu_mix &lt;= 0.2. Lugares com contagem, valor de condição ou exposição NULL, ou com exposição 0, são deixados de fora e contados no registro. Um grupo (bairro) com lugares de um só lado da condição não tem razão de taxas (NULL). Uma associação observacional não é um efeito causal: as ruas escuras também podem diferir em outros aspectos.</translation>
        </message>
        <message>
            <source>places with a count, an exposure &gt; 0 and a known condition</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>lugares com contagem, exposição &gt; 0 e condição conhecida</translation>
        </message>
        <message>
            <source>places meeting the condition</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>lugares que atendem à condição</translation>
        </message>
        <message>
            <source>incidents on places meeting the condition</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>ocorrências em lugares que atendem à condição</translation>
        </message>
        <message>
            <source>incidents on the other places</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>ocorrências nos demais lugares</translation>
        </message>
        <message>
            <source>exposure (e.g. street length) meeting the condition</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>exposição (ex.: comprimento de vias) que atende à condição</translation>
        </message>
        <message>
            <source>exposure unit</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>unidade de exposição</translation>
        </message>
        <message>
            <source>exposure of the other places</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>exposição dos demais lugares</translation>
        </message>
        <message>
            <source>share of the incidents on places meeting the condition</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>proporção das ocorrências em lugares que atendem à condição</translation>
        </message>
        <message>
            <source>share of the exposure meeting the condition</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>proporção da exposição que atende à condição</translation>
        </message>
        <message>
            <source>incidents per unit of exposure under the condition (per km when the exposure is a length in metres x 1000)</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>ocorrências por unidade de exposição sob a condição (por km quando a exposição é um comprimento em metros x 1000)</translation>
        </message>
        <message>
            <source>per exposure unit</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>por unidade de exposição</translation>
        </message>
        <message>
            <source>incidents per unit of exposure elsewhere</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>ocorrências por unidade de exposição nos demais lugares</translation>
        </message>
        <message>
            <source>rate_cond / rate_other; &gt; 1 more incidents than the exposure predicts</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>rate_cond / rate_other; &gt; 1 mais ocorrências do que a exposição prevê</translation>
        </message>
        <message>
            <source>lower bound of the exact confidence interval of the rate ratio</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>limite inferior do intervalo de confiança exato da razão de taxas</translation>
        </message>
        <message>
            <source>upper bound (infinite when no incident is elsewhere)</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>limite superior (infinito quando não há ocorrência nos demais lugares)</translation>
        </message>
        <message>
            <source>exact two-sided p-value of rate ratio = 1 (binomial test conditional on the total)</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>valor-p exato bilateral de razão de taxas = 1 (teste binomial condicional ao total)</translation>
        </message>
        <message>
            <source>1 when the interval excludes 1 (p_value &lt; 1 - confidence)</source>
            <extracomment>usm:incidentsvsenvironment help</extracomment>
            <translation>1 quando o intervalo exclui 1 (p_value &lt; 1 - confiança)</translation>
        </message>
        <message>
            <source>street lighting</source>
            <extracomment>usm:incidentsvsenvironment tags</extracomment>
            <translation>iluminação pública</translation>
        </message>
        <message>
            <source>dark streets</source>
            <extracomment>usm:incidentsvsenvironment tags</extracomment>
            <translation>ruas escuras</translation>
        </message>
        <message>
            <source>environment</source>
            <extracomment>usm:incidentsvsenvironment tags; usm:riskterrain tags</extracomment>
            <translation>ambiente</translation>
        </message>
        <message>
            <source>exposure</source>
            <extracomment>usm:incidentsvsenvironment tags</extracomment>
            <translation>exposição</translation>
        </message>
        <message>
            <source>Risk terrain model (RTM)</source>
            <extracomment>usm:riskterrain name</extracomment>
            <translation>Modelo de terreno de risco (RTM)</translation>
        </message>
        <message>
            <source>Risk Terrain Modeling on a grid: tests candidate environmental factors (proximity at several distances, density at several bandwidths), keeps the ones that predict incidents by a cross-validated penalised regression, and maps the relative risk per cell, with the relative risk value of every factor (protective factors below 1) and the predictive accuracy index on held-out incidents.</source>
            <extracomment>usm:riskterrain short description; usm:riskterrain help</extracomment>
            <translation>Modelagem de Terreno de Risco (Risk Terrain Modeling) em uma grade: testa fatores ambientais candidatos (proximidade a várias distâncias, densidade em várias larguras de banda), mantém os que predizem ocorrências por uma regressão penalizada com validação cruzada e mapeia o risco relativo por célula, com o valor de risco relativo de cada fator (fatores de proteção abaixo de 1) e o índice de acurácia preditiva nas ocorrências reservadas.</translation>
        </message>
        <message>
            <source>Polygon(s) covering the study area, e.g. the city boundary or the neighbourhoods.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Polígono(s) que cobrem a área de estudo, ex.: o limite da cidade ou os bairros.</translation>
        </message>
        <message>
            <source>Incident points (the outcome). Incidents outside the study area are left out and counted.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Pontos de ocorrências (a variável de resultado). Ocorrências fora da área de estudo são deixadas de fora e contadas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Candidate factor layers</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Camadas de fatores candidatos</translation>
        </message>
        <message>
            <source>One layer per candidate factor (points, lines or polygons), named as the factor should appear in the results.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Uma camada por fator candidato (pontos, linhas ou polígonos), com o nome que o fator deve ter nos resultados.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Proximity distances (metres)</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Distâncias de proximidade (metros)</translation>
        </message>
        <message>
            <source>Comma-separated distances: each factor is tested as 'cell centre within d metres' for each d.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Distâncias separadas por vírgula: cada fator é testado como 'centro da célula a até d metros' para cada d.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Density bandwidths (metres)</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Larguras de banda da densidade (metros)</translation>
        </message>
        <message>
            <source>Comma-separated quartic-kernel bandwidths for point factors (high density = above mean + 2 SD); empty for proximity only.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Larguras de banda do kernel quártico, separadas por vírgula, para fatores de pontos (densidade alta = acima da média + 2 DP); vazio para usar só a proximidade.</translation>
        </message>
        <message>
            <source>Cell size (metres)</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Tamanho da célula (metros)</translation>
        </message>
        <message>
            <source>Side of the square cells. RTM usually uses about half the block length.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Lado das células quadradas. O RTM costuma usar cerca de metade do comprimento de uma quadra.</translation>
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
            <translation>Modelo de contagem do reajuste sem penalidade: Poisson, ou binomial negativa (NB2) quando as contagens têm sobredispersão (o registro emite um aviso).</translation>
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
            <translation>Escolha da penalidade</translation>
        </message>
        <message>
            <source>Penalty at the smallest cross-validated deviance (best prediction), or the largest within one standard error of it (a sparser model: only factors with clear effects).</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Penalidade na menor deviance da validação cruzada (melhor predição), ou a maior dentro de um erro padrão dela (um modelo mais esparso: só fatores com efeitos claros).</translation>
        </message>
        <message>
            <source>Smallest cross-validated deviance</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Menor deviance na validação cruzada</translation>
        </message>
        <message>
            <source>One standard error (fewer factors)</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Um erro padrão (menos fatores)</translation>
        </message>
        <message>
            <source>Cross-validation folds</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Partições da validação cruzada</translation>
        </message>
        <message>
            <source>Number of spatially blocked folds for choosing the penalty.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Número de partições espacialmente em blocos para escolher a penalidade.</translation>
        </message>
        <message>
            <source>Block size (cells)</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Tamanho do bloco (células)</translation>
        </message>
        <message>
            <source>Side of the square blocks of cells dealt to the folds.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Lado dos blocos quadrados de células distribuídos entre as partições.</translation>
        </message>
        <message>
            <source>Held-out share of incidents</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Parcela reservada das ocorrências</translation>
        </message>
        <message>
            <source>Share of incidents set aside at random for the PAI (0: the PAI is computed on the training incidents, which flatters it).</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Parcela das ocorrências reservada ao acaso para o PAI (0: o PAI é calculado sobre as ocorrências de treino, o que o favorece).</translation>
        </message>
        <message>
            <source>PAI top share of cells</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Parcela superior de células do PAI</translation>
        </message>
        <message>
            <source>The PAI scores this share of cells with the highest relative risk.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>O PAI avalia esta parcela de células com o maior risco relativo.</translation>
        </message>
        <message>
            <source>Seed of the holdout split and the fold assignment: same seed, same result.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Semente da divisão de reserva e da atribuição das partições: mesma semente, mesmo resultado.</translation>
        </message>
        <message>
            <source>Optional neighbourhoods for the mean and maximum relative risk per neighbourhood.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Bairros opcionais para o risco relativo médio e máximo por bairro.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Risk surface</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Superfície de risco</translation>
        </message>
        <message>
            <source>GeoTIFF of the relative risk per cell.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>GeoTIFF do risco relativo por célula.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Factors</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Fatores</translation>
        </message>
        <message>
            <source>One row per tested operationalisation with the fields under Output fields.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Uma linha por operacionalização testada com os campos listados em Campos de saída.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Neighbourhood risk</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Risco por bairro</translation>
        </message>
        <message>
            <source>The neighbourhoods with rtm_cells, rr_mean and rr_max.</source>
            <extracomment>usm:riskterrain parameters; usm:riskterrain help</extracomment>
            <translation>Os bairros com rtm_cells, rr_mean e rr_max.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Predictive accuracy index</source>
            <extracomment>usm:riskterrain parameters</extracomment>
            <translation>Índice de acurácia preditiva</translation>
        </message>
        <message>
            <source>The study area is covered by square cells. Each factor layer (bars, transit stops, vacant lots, schools, parks, police posts... any points, lines or polygons) is turned into 0/1 cell columns: proximity (the cell centre lies within each of the DISTANCES of the factor) and, for point layers with BANDWIDTHS, density (the quartic kernel density of the factor points is above its mean plus two standard deviations, the RTM convention).</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>A área de estudo é coberta por células quadradas. Cada camada de fator (bares, pontos de parada de transporte, terrenos baldios, escolas, parques, postos policiais... quaisquer pontos, linhas ou polígonos) é transformada em colunas 0/1 por célula: proximidade (o centro da célula fica dentro de cada uma das DISTANCES do fator) e, para camadas de pontos com BANDWIDTHS, densidade (a densidade kernel quártica dos pontos do fator está acima da sua média mais dois desvios padrão, a convenção do RTM).</translation>
        </message>
        <message>
            <source>Selection: a lasso (L1-penalised) Poisson regression of the training incidents per cell on every column; the penalty is chosen by cross-validation (the smallest mean deviance, or with PENALTY_RULE "one standard error" the largest penalty within one standard error of it, for fewer factors) with spatially blocked folds (blocks of BLOCK_CELLS x BLOCK_CELLS cells dealt to FOLDS folds at random with SEED), so that neighbouring cells never sit on both sides of a split. Per factor the operationalisation with the largest standardised effect is kept, and the kept factors are refitted without penalty (Poisson or negative binomial). The relative risk value RRV = exp(coefficient) of a factor is the risk of a cell with the factor relative to a cell without it; RRV below 1 marks a protective factor (the resilience side). The risk surface is the product of the RRVs of the factors present in each cell (1 where none is).</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>Seleção: uma regressão de Poisson lasso (penalizada L1) das ocorrências de treino por célula sobre todas as colunas; a penalidade é escolhida por validação cruzada (a menor deviance média ou, com PENALTY_RULE "um erro padrão", a maior penalidade dentro de um erro padrão dela, para menos fatores) com partições espacialmente em blocos (blocos de BLOCK_CELLS x BLOCK_CELLS células distribuídos em FOLDS partições ao acaso com SEED), de modo que células vizinhas nunca fiquem dos dois lados de uma divisão. Por fator, mantém-se a operacionalização com o maior efeito padronizado, e os fatores mantidos são reajustados sem penalidade (Poisson ou binomial negativa). O valor de risco relativo RRV = exp(coeficiente) de um fator é o risco de uma célula com o fator em relação a uma célula sem ele; RRV abaixo de 1 indica um fator de proteção (o lado da resiliência). A superfície de risco é o produto dos RRVs dos fatores presentes em cada célula (1 onde não há nenhum).</translation>
        </message>
        <message>
            <source>Validation: a HOLDOUT share of incidents is set aside at random (SEED); the predictive accuracy index PAI of the TOP_SHARE of cells with the highest risk is their share of the held-out incidents divided by their share of the area (PAI 1 = no better than chance). An empty factor layer or a column equal in every cell is left out with a warning. The surface is written in the analysis CRS (the study area's, or the local UTM zone when that is geographic).</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>Validação: uma parcela HOLDOUT das ocorrências é reservada ao acaso (SEED); o índice de acurácia preditiva PAI da parcela TOP_SHARE de células de maior risco é a sua parcela das ocorrências reservadas dividida pela sua parcela da área (PAI 1 = não melhor que o acaso). Uma camada de fator vazia ou uma coluna igual em todas as células é deixada de fora com um aviso. A superfície é gravada no SRC de análise (o da área de estudo, ou a zona UTM local quando ele é geográfico).</translation>
        </message>
        <message>
            <source>factor layer name</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>nome da camada de fator</translation>
        </message>
        <message>
            <source>proximity or density</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>proximidade ou densidade</translation>
        </message>
        <message>
            <source>proximity distance or density bandwidth</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>distância de proximidade ou largura de banda da densidade</translation>
        </message>
        <message>
            <source>study cells where the column is 1</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>células de estudo em que a coluna é 1</translation>
        </message>
        <message>
            <source>1 for the operationalisation kept in the final model</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>1 para a operacionalização mantida no modelo final</translation>
        </message>
        <message>
            <source>final-model coefficient (log relative risk); NULL when not kept</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>coeficiente do modelo final (log do risco relativo); NULL quando não mantido</translation>
        </message>
        <message>
            <source>log ratio</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>log da razão</translation>
        </message>
        <message>
            <source>its standard error</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>seu erro padrão</translation>
        </message>
        <message>
            <source>two-sided Wald p-value</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>valor-p de Wald bilateral</translation>
        </message>
        <message>
            <source>relative risk value exp(coef): the risk in a cell with the factor relative to one without; &lt; 1 protective</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>valor de risco relativo exp(coef): o risco em uma célula com o fator em relação a uma sem ele; &lt; 1 proteção</translation>
        </message>
        <message>
            <source>1 when rrv &lt; 1 (a resilience factor)</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>1 quando rrv &lt; 1 (um fator de resiliência)</translation>
        </message>
        <message>
            <source>standardised coefficient at the cross-validated penalty (0 = dropped)</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>coeficiente padronizado na penalidade da validação cruzada (0 = descartado)</translation>
        </message>
        <message>
            <source>log ratio per SD</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>log da razão por DP</translation>
        </message>
        <message>
            <source>Risk surface (raster)</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>Superfície de risco (raster)</translation>
        </message>
        <message>
            <source>relative risk of the cell: product of the RRVs of the factors present; NoData outside the study area</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>risco relativo da célula: produto dos RRVs dos fatores presentes; NoData fora da área de estudo</translation>
        </message>
        <message>
            <source>cells whose centre lies in the neighbourhood</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>células cujo centro fica no bairro</translation>
        </message>
        <message>
            <source>mean relative risk of those cells</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>risco relativo médio dessas células</translation>
        </message>
        <message>
            <source>maximum relative risk of those cells</source>
            <extracomment>usm:riskterrain help</extracomment>
            <translation>risco relativo máximo dessas células</translation>
        </message>
        <message>
            <source>risk terrain modeling</source>
            <extracomment>usm:riskterrain tags</extracomment>
            <translation>modelagem de terreno de risco</translation>
        </message>
        <message>
            <source>rtm</source>
            <extracomment>usm:riskterrain tags</extracomment>
            <translation>rtm</translation>
        </message>
        <message>
            <source>relative risk</source>
            <extracomment>usm:riskterrain tags</extracomment>
            <translation>risco relativo</translation>
        </message>
        <message>
            <source>protective factors</source>
            <extracomment>usm:riskterrain tags</extracomment>
            <translation>fatores de proteção</translation>
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
            <translation>predição</translation>
        </message>
        <message>
            <source>Near repeat analysis (Knox test)</source>
            <extracomment>usm:nearrepeat name</extracomment>
            <translation>Análise de quase-repetição (teste de Knox)</translation>
        </message>
        <message>
            <source>Tests for repeat and near-repeat victimisation: whether pairs of incidents close in space are also close in time more often than chance, per band of distance and of days, with a seeded Monte Carlo, Knox ratios, p-values and a heat-map report.</source>
            <extracomment>usm:nearrepeat short description; usm:nearrepeat help</extracomment>
            <translation>Testa a vitimização repetida e de quase-repetição: se pares de ocorrências próximos no espaço também são próximos no tempo com mais frequência do que o acaso, por faixa de distância e de dias, com Monte Carlo com semente, razões de Knox, valores-p e um relatório em mapa de calor.</translation>
        </message>
        <message>
            <source>Incident points of one type (e.g. burglaries). Distances are measured in metres in the layer's CRS, or in the local UTM zone when it is geographic.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Pontos de ocorrências de um único tipo (ex.: furtos a residências). As distâncias são medidas em metros no SRC da camada, ou na zona UTM local quando ele é geográfico.</translation>
        </message>
        <message>
            <source>Date or date-time of each incident (a date field, or text such as 2023-05-17 or 17/05/2023 21:30).</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Data ou data-hora de cada ocorrência (um campo de data, ou texto como 2023-05-17 ou 17/05/2023 21:30).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Distance bands (metres)</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Faixas de distância (metros)</translation>
        </message>
        <message>
            <source>Increasing upper limits of the distance bands, comma-separated; each band includes its upper limit.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Limites superiores crescentes das faixas de distância, separados por vírgula; cada faixa inclui seu limite superior.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Time bands (days)</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Faixas de tempo (dias)</translation>
        </message>
        <message>
            <source>Increasing upper limits of the time bands in days, comma-separated; each band includes its upper limit, the first also 0.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Limites superiores crescentes das faixas de tempo em dias, separados por vírgula; cada faixa inclui seu limite superior, a primeira também o 0.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Same-location band</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Faixa de mesmo local</translation>
        </message>
        <message>
            <source>Report repeats at the same location as a band of their own.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Informar as repetições no mesmo local como uma faixa própria.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Same-location distance (metres)</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Distância de mesmo local (metros)</translation>
        </message>
        <message>
            <source>Incidents at most this far apart are at the same location (0: identical coordinates; a few metres for addresses geocoded slightly apart).</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Ocorrências a no máximo esta distância uma da outra estão no mesmo local (0: coordenadas idênticas; alguns metros para endereços geocodificados com pequena diferença).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Distance</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Distância</translation>
        </message>
        <message>
            <source>Straight-line (Euclidean) or city-block (Manhattan) distance.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Distância em linha reta (euclidiana) ou por quarteirões (Manhattan).</translation>
        </message>
        <message>
            <source>Euclidean (straight line)</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Euclidiana (linha reta)</translation>
        </message>
        <message>
            <source>Manhattan (city block)</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Manhattan (quarteirões)</translation>
        </message>
        <message>
            <source>Monte Carlo shuffles of the dates among the locations (999 gives p-values down to 0.001; below 99 is warned).</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Embaralhamentos de Monte Carlo das datas entre os locais (999 dá valores-p de até 0.001; abaixo de 99 gera aviso).</translation>
        </message>
        <message>
            <source>Seed of the shuffles: the same seed gives the same p-values.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Semente dos embaralhamentos: a mesma semente dá os mesmos valores-p.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Knox table</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Tabela de Knox</translation>
        </message>
        <message>
            <source>One row per band pair with the fields under Output fields.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Uma linha por par de faixas com os campos listados em Campos de saída.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Heat-map report</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Relatório em mapa de calor</translation>
        </message>
        <message>
            <source>HTML page with the Knox ratios as a heat map, the p-values and the band definitions.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>Página HTML com as razões de Knox como mapa de calor, os valores-p e as definições das faixas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>Classified incidents</source>
            <extracomment>usm:nearrepeat parameters</extracomment>
            <translation>Ocorrências classificadas</translation>
        </message>
        <message>
            <source>The incidents with nr_class, chain_id and chain_size.</source>
            <extracomment>usm:nearrepeat parameters; usm:nearrepeat help</extracomment>
            <translation>As ocorrências com nr_class, chain_id e chain_size.</translation>
        </message>
        <message>
            <source>Every pair of incidents falls in one distance band and one time band. Bands include their upper limit and exclude the lower one, and every label is the interval itself: with DISTANCE_BANDS 100,200 and a same-location band the rows are "same location (d &lt;= 0 m)", "0 &lt; d &lt;= 100 m" and "100 &lt; d &lt;= 200 m"; with TIME_BANDS 7,14 the columns are "0 &lt;= t &lt;= 7 days" and "7 &lt; t &lt;= 14 days" (t = days between the two incidents, with the time of day when the date field has one). Pairs farther apart or further apart in time are the reference and are not reported.</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>Cada par de ocorrências cai em uma faixa de distância e em uma faixa de tempo. As faixas incluem seu limite superior e excluem o inferior, e cada rótulo é o próprio intervalo: com DISTANCE_BANDS 100,200 e uma faixa de mesmo local, as linhas são "same location (d &lt;= 0 m)", "0 &lt; d &lt;= 100 m" e "100 &lt; d &lt;= 200 m"; com TIME_BANDS 7,14, as colunas são "0 &lt;= t &lt;= 7 days" e "7 &lt; t &lt;= 14 days" (t = dias entre as duas ocorrências, com a hora do dia quando o campo de data a tem). Pares mais distantes no espaço ou no tempo são a referência e não são informados.</translation>
        </message>
        <message>
            <source>expected is the exact mean number of pairs in the cell when the incidents' dates are shuffled among their locations; knox_ratio = observed / expected (above 1: more pairs than chance). The p-value comes from PERMUTATIONS random shuffles drawn with SEED: the share of shuffles with at least as many pairs (one-sided, the +1 rule). Same input and seed, same result. Incidents without a usable date or geometry are left out and counted in the log.</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>expected é o número médio exato de pares na célula quando as datas das ocorrências são embaralhadas entre seus locais; knox_ratio = observado / esperado (acima de 1: mais pares do que o acaso). O valor-p vem de PERMUTATIONS embaralhamentos aleatórios sorteados com SEED: a proporção de embaralhamentos com pelo menos tantos pares (unilateral, regra do +1). Mesma entrada e mesma semente, mesmo resultado. Ocorrências sem data ou geometria utilizável são deixadas de fora e contadas no registro.</translation>
        </message>
        <message>
            <source>Optionally every incident is classified, with links between incidents within the first distance band and the last time band: repeat (same location as an earlier linked incident), near_repeat (close to an earlier one), originator (starts a chain), isolated; chain_id numbers the groups of linked incidents.</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>Opcionalmente, cada ocorrência é classificada, com ligações entre ocorrências dentro da primeira faixa de distância e da última faixa de tempo: repeat (mesmo local de uma ocorrência ligada anterior), near_repeat (perto de uma anterior), originator (inicia uma cadeia), isolated; chain_id numera os grupos de ocorrências ligadas.</translation>
        </message>
        <message>
            <source>spatial band, the interval written out (e.g. '0 &lt; d &lt;= 100 m')</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>faixa espacial, o intervalo por extenso (ex.: '0 &lt; d &lt;= 100 m')</translation>
        </message>
        <message>
            <source>temporal band, the interval written out (e.g. '7 &lt; t &lt;= 14 days')</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>faixa temporal, o intervalo por extenso (ex.: '7 &lt; t &lt;= 14 days')</translation>
        </message>
        <message>
            <source>lower limit of the spatial band (excluded; NULL for the same-location band)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>limite inferior da faixa espacial (excluído; NULL para a faixa de mesmo local)</translation>
        </message>
        <message>
            <source>upper limit of the spatial band (included)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>limite superior da faixa espacial (incluído)</translation>
        </message>
        <message>
            <source>lower limit of the temporal band (excluded; NULL for the first band, which includes 0)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>limite inferior da faixa temporal (excluído; NULL para a primeira faixa, que inclui 0)</translation>
        </message>
        <message>
            <source>days</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>dias</translation>
        </message>
        <message>
            <source>upper limit of the temporal band (included)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>limite superior da faixa temporal (incluído)</translation>
        </message>
        <message>
            <source>pairs of incidents in the band pair</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>pares de ocorrências no par de faixas</translation>
        </message>
        <message>
            <source>exact expected number of pairs when times are permuted among locations</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>número esperado exato de pares quando os tempos são permutados entre os locais</translation>
        </message>
        <message>
            <source>observed / expected; &gt; 1 more pairs than chance</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>observado / esperado; &gt; 1 mais pares do que o acaso</translation>
        </message>
        <message>
            <source>mean of the permutation counts (checks expected)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>média das contagens das permutações (verifica expected)</translation>
        </message>
        <message>
            <source>one-sided Monte Carlo p-value of an excess of pairs</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>valor-p de Monte Carlo unilateral de um excesso de pares</translation>
        </message>
        <message>
            <source>1 when p_value &lt; 0.05</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>1 quando p_value &lt; 0.05</translation>
        </message>
        <message>
            <source>Classified incidents (added to the incident's own fields)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>Ocorrências classificadas (acrescentado aos próprios campos da ocorrência)</translation>
        </message>
        <message>
            <source>originator (starts a chain), repeat (same location as an earlier incident in the chain window), near_repeat (close to an earlier one), isolated</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>originator (inicia uma cadeia), repeat (mesmo local de uma ocorrência anterior na janela da cadeia), near_repeat (perto de uma anterior), isolated</translation>
        </message>
        <message>
            <source>id of the chain of linked incidents (0 = not in a chain)</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>id da cadeia de ocorrências ligadas (0 = fora de cadeia)</translation>
        </message>
        <message>
            <source>incidents in the chain</source>
            <extracomment>usm:nearrepeat help</extracomment>
            <translation>ocorrências na cadeia</translation>
        </message>
        <message>
            <source>near repeat</source>
            <extracomment>usm:nearrepeat tags</extracomment>
            <translation>quase-repetição</translation>
        </message>
        <message>
            <source>repeat victimisation</source>
            <extracomment>usm:nearrepeat tags</extracomment>
            <translation>vitimização repetida</translation>
        </message>
        <message>
            <source>knox test</source>
            <extracomment>usm:nearrepeat tags</extracomment>
            <translation>teste de knox</translation>
        </message>
        <message>
            <source>burglary</source>
            <extracomment>usm:nearrepeat tags</extracomment>
            <translation>furto a residência</translation>
        </message>
        <message>
            <source>Full diagnosis of a city</source>
            <extracomment>usm:fulldiagnosis name</extracomment>
            <translation>Diagnóstico completo de uma cidade</translation>
        </message>
        <message>
            <source>Runs the whole diagnosis on a city's layers in one go: census interpolation, incidents per neighbourhood with rates, hot spots, clusters, emerging patterns, density, SDG indicators, typologies, a risk index, change and target tracking, survey shares, a street audit and facilities, into one styled GeoPackage with a neighbourhood summary, and a folder of tables.</source>
            <extracomment>usm:fulldiagnosis short description; usm:fulldiagnosis help</extracomment>
            <translation>Executa todo o diagnóstico sobre as camadas de uma cidade de uma só vez: interpolação do censo, ocorrências por bairro com taxas, pontos quentes, aglomerados, padrões emergentes, densidade, indicadores ODS, tipologias, um índice de risco, acompanhamento da variação e da meta, proporções da pesquisa, uma auditoria de vias e equipamentos, em um GeoPackage com estilos com um resumo por bairro, e uma pasta de tabelas.</translation>
        </message>
        <message>
            <source>Neighbourhood polygons with a unique id.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Polígonos dos bairros com um id único.</translation>
        </message>
        <message>
            <source>Unique code of each neighbourhood.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Código único de cada bairro.</translation>
        </message>
        <message>
            <source>Incident points (crime, violence, calls for service).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Pontos de ocorrências (crimes, violências, chamados de atendimento).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Incident category field</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Campo de categoria da ocorrência</translation>
        </message>
        <message>
            <source>Counts per category (n_cat_*) when given.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Contagens por categoria (n_cat_*) quando informado.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Incident date field</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Campo de data da ocorrência</translation>
        </message>
        <message>
            <source>Counts per year, the emerging hot spot step, the change between years and the target path need the date of each incident.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>As contagens por ano, a etapa de pontos quentes emergentes, a variação entre anos e a trajetória da meta precisam da data de cada ocorrência.</translation>
        </message>
        <message>
            <source>Census units whose variables are interpolated to the neighbourhoods.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Setores censitários cujas variáveis são interpoladas para os bairros.</translation>
        </message>
        <message>
            <source>Code of each census unit (used in the diagnostics).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Código de cada setor censitário (usado nos diagnósticos).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Census counts</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Contagens do censo</translation>
        </message>
        <message>
            <source>Count variables (population, households...) split by area or raster share.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Variáveis de contagem (população, domicílios...) repartidas pela proporção de área ou de raster.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Census rates and shares</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Taxas e proporções do censo</translation>
        </message>
        <message>
            <source>Rates, shares and means, averaged weighted by population. With the incident rate they describe the neighbourhoods for the typologies.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Taxas, proporções e médias, calculadas como médias ponderadas pela população. Com a taxa de ocorrências, elas descrevem os bairros para as tipologias.</translation>
        </message>
        <message>
            <source>The census population count: it gives the rates per resident, the smoothed rates analysed for hot spots, the risk index and the residents of the SDG indicators.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>A contagem de população do censo: dá as taxas por habitante, as taxas suavizadas analisadas nos pontos quentes, o índice de risco e os habitantes dos indicadores ODS.</translation>
        </message>
        <message>
            <source>Residents per cell: dasymetric census interpolation, the SDG residents and the residents near facilities.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Habitantes por célula: interpolação dasimétrica do censo, os habitantes dos ODS e os habitantes próximos aos equipamentos.</translation>
        </message>
        <message>
            <source>For SDG 11.2.1 (with public space, for the SDG step); activity generators of the street audit.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Para o ODS 11.2.1 (com o espaço público, para a etapa ODS); geradores de atividade da auditoria de vias.</translation>
        </message>
        <message>
            <source>Stop capacity field</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Campo de capacidade do ponto de parada</translation>
        </message>
        <message>
            <source>Capacity class or mode of each stop (bus, tram: low; BRT, metro, rail, ferry: high), as in SDG 11.2.1. The SDG step needs it.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Classe de capacidade ou modo de cada ponto de parada (ônibus, bonde: baixa; BRT, metrô, trem, balsa: alta), como no ODS 11.2.1. A etapa ODS precisa dele.</translation>
        </message>
        <message>
            <source>For SDG 11.7.1 (with transit stops, for the SDG step).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Para o ODS 11.7.1 (com os pontos de parada de transporte, para a etapa ODS).</translation>
        </message>
        <message>
            <source>Only public spaces whose value is 1 count (all count without it).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Somente os espaços públicos cujo valor é 1 contam (sem ele, todos contam).</translation>
        </message>
        <message>
            <source>Walking distances for the SDG indicators (straight lines without it); with street lights, the street-segment audit.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Distâncias a pé para os indicadores ODS (linhas retas sem ela); com os postes de iluminação, a auditoria de segmentos de via.</translation>
        </message>
        <message>
            <source>With the streets: the street-segment audit (lit share, dark gaps).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Com as vias: a auditoria de segmentos de via (proporção iluminada, trechos escuros).</translation>
        </message>
        <message>
            <source>0/1 field: only lights with 1 count as working (all count without it).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Campo 0/1: somente os postes com 1 contam como funcionando (sem ele, todos contam).</translation>
        </message>
        <message>
            <source>Land-use polygons: the land-use mix of the street audit.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Polígonos de uso do solo: a diversidade de usos do solo da auditoria de vias.</translation>
        </message>
        <message>
            <source>The land-use class of each polygon (the street audit needs it with LAND_USE).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>A classe de uso do solo de cada polígono (a auditoria de vias precisa dela junto com LAND_USE).</translation>
        </message>
        <message>
            <source>One point per respondent: shares per neighbourhood with Wilson intervals.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Um ponto por respondente: proporções por bairro com intervalos de Wilson.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Survey yes/no fields</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Campos sim/não da pesquisa</translation>
        </message>
        <message>
            <source>Answer fields coded 0/1, true/false or yes/no (e.g. feels_unsafe_night).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Campos de resposta codificados como 0/1, true/false ou yes/no (ex.: feels_unsafe_night).</translation>
        </message>
        <message>
            <source>Point layers of facilities (police posts, schools, health centres): counts, densities, per resident and nearest distances per neighbourhood, fields prefixed with the layer's name; also activity generators of the street audit.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Camadas de pontos de equipamentos (postos policiais, escolas, unidades de saúde): contagens, densidades, por habitante e distâncias ao mais próximo por bairro, campos prefixados com o nome da camada; também geradores de atividade da auditoria de vias.</translation>
        </message>
        <message>
            <source>Conditional permutations of the hot spot and cluster steps.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Permutações condicionais das etapas de pontos quentes e de aglomerados.</translation>
        </message>
        <message>
            <source>Seed of every random step: the same seed gives the same diagnosis.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Semente de todas as etapas aleatórias: a mesma semente dá o mesmo diagnóstico.</translation>
        </message>
        <message>
            <source>Typology stability re-runs</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Reexecuções de estabilidade da tipologia</translation>
        </message>
        <message>
            <source>Subsample re-runs measuring how stable each neighbourhood's type is (the stand-alone tool's default is 100).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Reexecuções em subamostras que medem quão estável é o tipo de cada bairro (o padrão da ferramenta independente é 100).</translation>
        </message>
        <message>
            <source>Risk index Monte Carlo runs</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Execuções de Monte Carlo do índice de risco</translation>
        </message>
        <message>
            <source>Index computations under other choices, for the rank intervals (the stand-alone tool's default is 1000).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Cálculos do índice sob outras escolhas, para os intervalos de posição (o padrão da ferramenta independente é 1000).</translation>
        </message>
        <message>
            <source>Reduction of incidents from the first year by the target year.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Redução das ocorrências em relação ao primeiro ano até o ano da meta.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Diagnosis GeoPackage</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>GeoPackage do diagnóstico</translation>
        </message>
        <message>
            <source>One GeoPackage with a styled layer per step (a new file: an existing one is replaced only when every step has succeeded).</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>Um GeoPackage com uma camada com estilo por etapa (um arquivo novo: um existente só é substituído quando todas as etapas tiverem sido bem-sucedidas).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Folder for tables and reports</source>
            <extracomment>usm:fulldiagnosis parameters</extracomment>
            <translation>Pasta para tabelas e relatórios</translation>
        </message>
        <message>
            <source>The density raster, the CSV tables, the reports and the provenance records.</source>
            <extracomment>usm:fulldiagnosis parameters; usm:fulldiagnosis help</extracomment>
            <translation>O raster de densidade, as tabelas CSV, os relatórios e os registros de proveniência.</translation>
        </message>
        <message>
            <source>The steps run in order, each with the settings a first diagnosis needs, and each step's output feeds the next: census variables are interpolated to the neighbourhoods (when a census layer is given), incidents are counted per neighbourhood with rates per 100,000 residents and Empirical Bayes smoothed rates, Gi* hot spots (bins from the z-score, as ArcGIS, FDR-corrected) and Local Moran's I clusters (permutations, as GeoDa) are computed on the smoothed rate (on the density per km² without population), emerging hot spots over the months (with a date field), a kernel density surface, and the SDG 11.2.1 and 11.7.1 indicators (with transit stops, public space and a population source).</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>As etapas são executadas em ordem, cada uma com as configurações de que um primeiro diagnóstico precisa, e a saída de cada etapa alimenta a seguinte: as variáveis do censo são interpoladas para os bairros (quando uma camada censitária é informada), as ocorrências são contadas por bairro com taxas por 100,000 habitantes e taxas suavizadas por Bayes empírico, os pontos quentes Gi* (faixas a partir do escore z, como no ArcGIS, com correção FDR) e os aglomerados de I de Moran local (permutações, como no GeoDa) são calculados sobre a taxa suavizada (sobre a densidade por km² sem população), os pontos quentes emergentes ao longo dos meses (com um campo de data), uma superfície de densidade kernel e os indicadores ODS 11.2.1 e 11.7.1 (com pontos de parada de transporte, espaço público e uma fonte de população).</translation>
        </message>
        <message>
            <source>Then, as their inputs allow: neighbourhood typologies (k-means on the census rates and shares and the incident rate, k from 2 to 10 chosen by three criteria, seeded, with fewer stability re-runs than the stand-alone tool: TYPOLOGY_RUNS, default 30); a composite risk index from the catalogue's crime and violence and socio-economic risk groups (indicators whose field is missing left out, INDEX_RUNS Monte Carlo runs, default 200, for the rank intervals; needs rates per resident); the first year against the last year of the incident counts (exact test, FDR) and progress to a reduction target (default -50 % by 2030, benchmarked against the neighbourhood's type when typologies ran; both need a date field and at least two years); survey shares with Wilson intervals (a SURVEY point layer and its yes/no fields); a street-segment audit (STREETS and street LIGHTS; optional land use, transit stops and facilities as activity generators); and counts, densities and nearest distances of each FACILITIES layer. Steps whose inputs are missing are skipped, each with its reason in the log and in the chain's provenance record.</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>Depois, conforme as entradas permitirem: tipologias de bairros (k-means sobre as taxas e proporções do censo e a taxa de ocorrências, k de 2 a 10 escolhido por três critérios, com semente, com menos reexecuções de estabilidade que a ferramenta independente: TYPOLOGY_RUNS, padrão 30); um índice de risco composto a partir dos grupos de risco de crime e violência e socioeconômico do catálogo (indicadores cujo campo falta são deixados de fora, INDEX_RUNS execuções de Monte Carlo, padrão 200, para os intervalos de posição; precisa de taxas por habitante); o primeiro ano contra o último ano das contagens de ocorrências (teste exato, FDR) e o progresso em direção a uma meta de redução (padrão -50 % até 2030, comparado com o tipo do bairro quando as tipologias foram executadas; ambos precisam de um campo de data e de pelo menos dois anos); proporções da pesquisa com intervalos de Wilson (uma camada de pontos SURVEY e seus campos sim/não); uma auditoria de segmentos de via (STREETS e postes de iluminação LIGHTS; uso do solo, pontos de parada de transporte e equipamentos opcionais como geradores de atividade); e contagens, densidades e distâncias ao mais próximo de cada camada FACILITIES. As etapas cujas entradas faltam são puladas, cada uma com o seu motivo no registro e no registro de proveniência da cadeia.</translation>
        </message>
        <message>
            <source>Last, neighbourhood_summary joins the key figures of every step by the neighbourhood id: one row per neighbourhood, each field named as the step that made it names it (see Output fields); the neighbourhood profiles read it.</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>Por último, neighbourhood_summary une os números-chave de todas as etapas pelo id do bairro: uma linha por bairro, cada campo com o nome que a etapa que o produziu lhe dá (ver Campos de saída); os perfis de bairro o leem.</translation>
        </message>
        <message>
            <source>Every vector result is a layer of the output GeoPackage with its style stored in it, so it opens styled in any QGIS. The output folder holds the density GeoTIFF, the accounting and summary tables (CSV), the typology summary (HTML) and one provenance record per step plus one for the chain. The GeoPackage is written under a temporary name and moved into place when every step has succeeded: a cancelled or failed run leaves no partial package. Each step can also be run on its own, with every option, from the toolbox.</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>Cada resultado vetorial é uma camada do GeoPackage de saída com seu estilo guardado nele, de modo que abre com estilo em qualquer QGIS. A pasta de saída contém o GeoTIFF de densidade, as tabelas de contabilização e de resumo (CSV), o resumo das tipologias (HTML) e um registro de proveniência por etapa mais um para a cadeia. O GeoPackage é gravado com um nome temporário e movido para o lugar quando todas as etapas tiverem sido bem-sucedidas: uma execução cancelada ou com falha não deixa pacote parcial. Cada etapa também pode ser executada sozinha, com todas as opções, a partir da caixa de ferramentas.</translation>
        </message>
        <message>
            <source>every field of the neighbourhood layer (the id field unchanged: the join key)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>todos os campos da camada de bairros (o campo de id inalterado: a chave da junção)</translation>
        </message>
        <message>
            <source>census: the CENSUS_COUNTS and CENSUS_RATES fields interpolated to the neighbourhood (population among them)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>censo: os campos CENSUS_COUNTS e CENSUS_RATES interpolados para o bairro (a população entre eles)</translation>
        </message>
        <message>
            <source>as the census</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>como no censo</translation>
        </message>
        <message>
            <source>incidents: neighbourhood area</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>ocorrências: área do bairro</translation>
        </message>
        <message>
            <source>incidents: incidents in the neighbourhood</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>ocorrências: ocorrências no bairro</translation>
        </message>
        <message>
            <source>incidents: incidents per km²</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>ocorrências: ocorrências por km²</translation>
        </message>
        <message>
            <source>incidents: incidents per category</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>ocorrências: ocorrências por categoria</translation>
        </message>
        <message>
            <source>incidents: incidents per calendar year (with a date field)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>ocorrências: ocorrências por ano civil (com um campo de data)</translation>
        </message>
        <message>
            <source>incidents: per 100,000 residents (with population)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>ocorrências: por 100,000 habitantes (com população)</translation>
        </message>
        <message>
            <source>per 100,000</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>por 100,000</translation>
        </message>
        <message>
            <source>incidents: Empirical Bayes smoothed rates</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>ocorrências: taxas suavizadas por Bayes empírico</translation>
        </message>
        <message>
            <source>hotspots: Gi* z-score and confidence bin (-3..3) of eb_rate_total (dens_total without population)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>pontos quentes: escore z Gi* e faixa de confiança (-3..3) de eb_rate_total (dens_total sem população)</translation>
        </message>
        <message>
            <source>sd, class</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>dp, classe</translation>
        </message>
        <message>
            <source>clusters: Local Moran's I type (HH, LL, HL, LH, Not significant)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>aglomerados: tipo de I de Moran local (HH, LL, HL, LH, Not significant)</translation>
        </message>
        <message>
            <source>emerging: emerging hot spot pattern</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>emergentes: padrão de ponto quente emergente</translation>
        </message>
        <message>
            <source>typologies: type number (1 = largest), name, 1 for the representatives of the type</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>tipologias: número do tipo (1 = o maior), nome, 1 para os representantes do tipo</translation>
        </message>
        <message>
            <source>1..k, text, 0/1</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>1..k, texto, 0/1</translation>
        </message>
        <message>
            <source>index: composite risk index (higher = more risk), rank (1 = highest), 90% Monte Carlo intervals</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>índice: índice de risco composto (maior = mais risco), posição (1 = a mais alta), intervalos de Monte Carlo de 90%</translation>
        </message>
        <message>
            <source>0-100, rank</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>0-100, posição</translation>
        </message>
        <message>
            <source>change: first vs last year counts, % change of the rate, significance (-1, 0, 1, 9 too few)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>variação: contagens do primeiro vs. do último ano, % de variação da taxa, significância (-1, 0, 1, 9 insuficientes)</translation>
        </message>
        <message>
            <source>count, %, class</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>contagem, %, classe</translation>
        </message>
        <message>
            <source>target: on track / uncertain / off track (1, 0, -1, 9 too few) and the yearly reduction still needed</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>meta: no caminho certo / incerto / fora do caminho (1, 0, -1, 9 insuficientes) e a redução anual ainda necessária</translation>
        </message>
        <message>
            <source>text, class, % a year</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>texto, classe, % ao ano</translation>
        </message>
        <message>
            <source>sdg: SDG 11.2.1, share of residents served by public transport</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>ods: ODS 11.2.1, proporção de habitantes atendidos por transporte público</translation>
        </message>
        <message>
            <source>sdg: SDG 11.7.1, open public space, its reference area, share of the built-up area, residents near it, share with access (see usm:sdgindicators)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>ods: ODS 11.7.1, espaço público aberto, sua área de referência, proporção da área construída, habitantes próximos a ele, proporção com acesso (ver usm:sdgindicators)</translation>
        </message>
        <message>
            <source>m², 0-1</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>m², 0-1</translation>
        </message>
        <message>
            <source>survey: respondents, small-sample flag, share answering yes and its Wilson interval</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>pesquisa: respondentes, indicador de amostra pequena, proporção que respondeu sim e seu intervalo de Wilson</translation>
        </message>
        <message>
            <source>count, 0/1, 0-1</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>contagem, 0/1, 0-1</translation>
        </message>
        <message>
            <source>streets: the street-segment audit per neighbourhood (see usm:streetsegmentaudit)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>vias: a auditoria de segmentos de via por bairro (ver usm:streetsegmentaudit)</translation>
        </message>
        <message>
            <source>see the audit</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>ver a auditoria</translation>
        </message>
        <message>
            <source>infrastructure: facilities of each FACILITIES layer (prefix = the layer name)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>infraestrutura: equipamentos de cada camada FACILITIES (prefixo = o nome da camada)</translation>
        </message>
        <message>
            <source>count, 1/km², per 10,000, m</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>contagem, 1/km², por 10,000, m</translation>
        </message>
        <message>
            <source>GeoPackage layers (OUTPUT_GPKG)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>Camadas do GeoPackage (OUTPUT_GPKG)</translation>
        </message>
        <message>
            <source>census variables interpolated to the neighbourhoods</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>variáveis do censo interpoladas para os bairros</translation>
        </message>
        <message>
            <source>layer</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>camada</translation>
        </message>
        <message>
            <source>incidents per neighbourhood with rates and accounting</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>ocorrências por bairro com taxas e contabilização</translation>
        </message>
        <message>
            <source>Gi* hot and cold spots of the incident rate</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>pontos quentes e frios Gi* da taxa de ocorrências</translation>
        </message>
        <message>
            <source>Local Moran's I clusters and outliers</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>aglomerados e valores atípicos de I de Moran local</translation>
        </message>
        <message>
            <source>emerging hot spot patterns over time</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>padrões de pontos quentes emergentes ao longo do tempo</translation>
        </message>
        <message>
            <source>SDG 11.2.1 and 11.7.1 per neighbourhood</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>ODS 11.2.1 e 11.7.1 por bairro</translation>
        </message>
        <message>
            <source>neighbourhood types (k-means, k chosen by three criteria)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>tipos de bairro (k-means, k escolhido por três critérios)</translation>
        </message>
        <message>
            <source>composite risk index with Monte Carlo rank intervals</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>índice de risco composto com intervalos de posição de Monte Carlo</translation>
        </message>
        <message>
            <source>first year against last year: significant changes</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>primeiro ano contra último ano: variações significativas</translation>
        </message>
        <message>
            <source>on or off track to the target reduction</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>no caminho certo ou fora do caminho para a redução da meta</translation>
        </message>
        <message>
            <source>survey shares with Wilson intervals</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>proporções da pesquisa com intervalos de Wilson</translation>
        </message>
        <message>
            <source>street-segment audit (lighting, dark gaps, dead ends)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>auditoria de segmentos de via (iluminação, trechos escuros, becos sem saída)</translation>
        </message>
        <message>
            <source>the street audit per neighbourhood</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>a auditoria de vias por bairro</translation>
        </message>
        <message>
            <source>facilities per neighbourhood, one layer per facility layer</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>equipamentos por bairro, uma camada por camada de equipamentos</translation>
        </message>
        <message>
            <source>one row per neighbourhood: the key figures of every step joined by id</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>uma linha por bairro: os números-chave de todas as etapas unidos pelo id</translation>
        </message>
        <message>
            <source>Output folder (OUTPUT_FOLDER)</source>
            <extracomment>usm:fulldiagnosis help; usm:neighbourhoodprofiles help</extracomment>
            <translation>Pasta de saída (OUTPUT_FOLDER)</translation>
        </message>
        <message>
            <source>incidents per km² (GeoTIFF with a .qml style)</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>ocorrências por km² (GeoTIFF com um estilo .qml)</translation>
        </message>
        <message>
            <source>every incident accounted for</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>cada ocorrência contabilizada</translation>
        </message>
        <message>
            <source>census vs neighbourhood totals</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>totais do censo vs. dos bairros</translation>
        </message>
        <message>
            <source>city-wide SDG values</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>valores ODS de toda a cidade</translation>
        </message>
        <message>
            <source>the types: profiles, k chosen</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>os tipos: perfis, k escolhido</translation>
        </message>
        <message>
            <source>report</source>
            <extracomment>usm:fulldiagnosis help; usm:fulldiagnosis tags; usm:neighbourhoodprofiles tags</extracomment>
            <translation>relatório</translation>
        </message>
        <message>
            <source>the index: sensitivity, nodes</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>o índice: sensibilidade, nós</translation>
        </message>
        <message>
            <source>city-wide change and target path</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>variação de toda a cidade e trajetória da meta</translation>
        </message>
        <message>
            <source>respondents and street audit accounted for</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>respondentes e auditoria de vias contabilizados</translation>
        </message>
        <message>
            <source>how each output was made; the chain record lists the steps skipped and why</source>
            <extracomment>usm:fulldiagnosis help</extracomment>
            <translation>como cada saída foi produzida; o registro da cadeia lista as etapas puladas e o motivo</translation>
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
            <translation>cadeia</translation>
        </message>
        <message>
            <source>model</source>
            <extracomment>usm:fulldiagnosis tags</extracomment>
            <translation>modelo</translation>
        </message>
        <message>
            <source>summary</source>
            <extracomment>usm:fulldiagnosis tags</extracomment>
            <translation>resumo</translation>
        </message>
        <message>
            <source>Public release (disclosure control)</source>
            <extracomment>usm:publicrelease name</extracomment>
            <translation>Divulgação pública (controle de divulgação)</translation>
        </message>
        <message>
            <source>Turns inward-facing neighbourhood counts into a public table: small counts withheld with everything derived from them, further cells withheld so that none can be recovered from totals, optional rounding, and incident points masked.</source>
            <extracomment>usm:publicrelease short description; usm:publicrelease help</extracomment>
            <translation>Transforma contagens por bairro de uso interno em uma tabela pública: contagens pequenas suprimidas junto com tudo o que deriva delas, células adicionais suprimidas para que nenhuma possa ser recuperada a partir dos totais, arredondamento opcional e pontos de ocorrências mascarados.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Neighbourhood counts</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Contagens por bairro</translation>
        </message>
        <message>
            <source>The inward-facing neighbourhood layer, e.g. the output of Aggregate incidents.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>A camada de bairros de uso interno, ex.: a saída de Agregar ocorrências.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Count fields to publish</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Campos de contagem a publicar</translation>
        </message>
        <message>
            <source>Counts of incidents (whole numbers), e.g. n_cat_* and n_y* of Aggregate incidents.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Contagens de ocorrências (números inteiros), ex.: n_cat_* e n_y* de Agregar ocorrências.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Total field</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Campo total</translation>
        </message>
        <message>
            <source>The neighbourhood total (n_total). Published and protected too; groups of count fields that add up to it give the row equations checked by the audit.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>O total do bairro (n_total). Também é publicado e protegido; os grupos de campos de contagem que somam esse total dão as equações de linha verificadas pela auditoria.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Suppression threshold</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Limiar de supressão</translation>
        </message>
        <message>
            <source>Counts from 1 to this value minus one are withheld (OECD: 3 to 5; US NCHS: 10).</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Contagens de 1 até este valor menos um são suprimidas (OCDE: 3 a 5; NCHS dos EUA: 10).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Sensitive count fields</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Campos de contagem sensíveis</translation>
        </message>
        <message>
            <source>Count fields of sensitive categories (sexual, domestic, gender-based violence); must be among the count fields.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Campos de contagem de categorias sensíveis (violência sexual, doméstica, de gênero); devem estar entre os campos de contagem.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Threshold for sensitive fields</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Limiar para campos sensíveis</translation>
        </message>
        <message>
            <source>Counts of sensitive fields below this value are withheld.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Contagens de campos sensíveis abaixo deste valor são suprimidas.</translation>
        </message>
        <message>
            <source>Residents per neighbourhood, for the minimum-population rule and, with rounding, for recomputing crude rates.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Habitantes por bairro, para a regra da população mínima e, com arredondamento, para recalcular as taxas brutas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Minimum population</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>População mínima</translation>
        </message>
        <message>
            <source>Neighbourhoods with fewer residents (or none recorded) are withheld entirely (Statistics Canada: 40). Needs the population field; 0 = no rule.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Bairros com menos habitantes (ou sem nenhum registrado) são suprimidos por inteiro (Statistics Canada: 40). Requer o campo de população; 0 = sem regra.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Row-level fields to publish</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Campos de nível de linha a publicar</translation>
        </message>
        <message>
            <source>Fields describing the neighbourhood as a whole (Gi_Bin, Gi_Label, a type name): published, but withheld where the total is withheld.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Campos que descrevem o bairro como um todo (Gi_Bin, Gi_Label, um nome de tipo): publicados, mas suprimidos onde o total é suprimido.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Random rounding base</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Base do arredondamento aleatório</translation>
        </message>
        <message>
            <source>0 = no rounding; 5 = unbiased random rounding to multiples of 5 (Statistics Canada), applied to every published count and total.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>0 = sem arredondamento; 5 = arredondamento aleatório não enviesado para múltiplos de 5 (Statistics Canada), aplicado a toda contagem e total publicados.</translation>
        </message>
        <message>
            <source>With rounding: crude rates rate_x are recomputed per this many residents from the rounded counts.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Com arredondamento: as taxas brutas rate_x são recalculadas por este número de habitantes a partir das contagens arredondadas.</translation>
        </message>
        <message>
            <source>Seed of the rounding and of the point masking: the same seed gives the same release, so a re-run cannot be averaged to undo them.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Semente do arredondamento e do mascaramento dos pontos: a mesma semente dá a mesma divulgação, para que não seja possível fazer a média de novas execuções para desfazê-los.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Incident points to mask</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Pontos de ocorrências a mascarar</translation>
        </message>
        <message>
            <source>Optional incident layer. Its points are published only masked.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Camada de ocorrências opcional. Seus pontos só são publicados mascarados.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Category of the points</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Categoria dos pontos</translation>
        </message>
        <message>
            <source>The only attribute kept with the masked points (no ids, dates or descriptions).</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>O único atributo mantido com os pontos mascarados (sem ids, datas ou descrições).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Minimum displacement (m)</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Deslocamento mínimo (m)</translation>
        </message>
        <message>
            <source>No masked point lies closer than this to its true location.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Nenhum ponto mascarado fica mais perto do que isto da sua localização verdadeira.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Maximum displacement (m)</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Deslocamento máximo (m)</translation>
        </message>
        <message>
            <source>Points move at most this far.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Os pontos se deslocam no máximo esta distância.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Public neighbourhood counts</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Contagens públicas por bairro</translation>
        </message>
        <message>
            <source>The neighbourhoods with the published fields only (see Output fields).</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Os bairros apenas com os campos publicados (ver Campos de saída).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Disclosure report</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Relatório de divulgação</translation>
        </message>
        <message>
            <source>Thresholds, primary and secondary suppressions, audit, rounding and geography.</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Limiares, supressões primárias e secundárias, auditoria, arredondamento e geografia.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>Masked points</source>
            <extracomment>usm:publicrelease parameters</extracomment>
            <translation>Pontos mascarados</translation>
        </message>
        <message>
            <source>The masked incident points (only with an incident layer).</source>
            <extracomment>usm:publicrelease parameters; usm:publicrelease help</extracomment>
            <translation>Os pontos de ocorrências mascarados (somente com uma camada de ocorrências).</translation>
        </message>
        <message>
            <source>Incident data describes victims; for sexual, domestic and gender-based violence a small count in a small neighbourhood, or an exact point, can identify a person. This algorithm prepares one geography for publication. Primary suppression: a count from 1 to the threshold minus one is withheld (0 reveals no one and is published), with its rate, smoothed rate, density and weight fields (rate_x, eb_rate_x, dens_x, w_x for a count n_x), and with the row-level fields you list (a hot-spot label, a z-score) where the neighbourhood's total is withheld. Sensitive categories get a higher threshold. Neighbourhoods with fewer residents than the minimum population get no data.</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Os dados de ocorrências descrevem vítimas; para a violência sexual, doméstica e de gênero, uma contagem pequena em um bairro pequeno, ou um ponto exato, pode identificar uma pessoa. Este algoritmo prepara uma geografia para publicação. Supressão primária: uma contagem de 1 até o limiar menos um é suprimida (0 não revela ninguém e é publicado), junto com seus campos de taxa, taxa suavizada, densidade e peso (rate_x, eb_rate_x, dens_x, w_x para uma contagem n_x), e com os campos de nível de linha que você listar (um rótulo de ponto quente, um escore z) onde o total do bairro é suprimido. Categorias sensíveis recebem um limiar mais alto. Bairros com menos habitantes que a população mínima não recebem dados.</translation>
        </message>
        <message>
            <source>Secondary suppression: city totals are taken as public, and groups of fields that add up to the total field (categories n_cat_*, years n_y*, months, weekdays, hour bands) as row equations; further cells are withheld until no withheld cell can be worked out from the published ones (every equation has 0 or at least 2 withheld cells, then an exact linear-algebra audit). Optional random rounding to a base (unbiased, seeded) applies to every published count; crude rates are then recomputed from the rounded counts and smoothed rates withheld, so that a rate cannot undo the rounding.</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Supressão secundária: os totais da cidade são considerados públicos, e os grupos de campos que somam o campo total (categorias n_cat_*, anos n_y*, meses, dias da semana, faixas horárias) são tratados como equações de linha; células adicionais são suprimidas até que nenhuma célula suprimida possa ser deduzida a partir das publicadas (cada equação tem 0 ou pelo menos 2 células suprimidas, seguida de uma auditoria exata por álgebra linear). O arredondamento aleatório opcional para uma base (não enviesado, com semente) se aplica a toda contagem publicada; as taxas brutas são então recalculadas a partir das contagens arredondadas e as taxas suavizadas são suprimidas, para que uma taxa não possa desfazer o arredondamento.</translation>
        </message>
        <message>
            <source>Points: give the incident layer to publish masked points. Each point is moved in a random direction by a random distance between the minimum and maximum displacement (donut geomasking), so that no published point lies within the minimum distance of a true location; only the category is kept. The disclosure report lists every threshold and count.</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Pontos: informe a camada de ocorrências para publicar pontos mascarados. Cada ponto é deslocado em uma direção aleatória por uma distância aleatória entre o deslocamento mínimo e o máximo (geomascaramento em rosca), de modo que nenhum ponto publicado fique a menos da distância mínima de uma localização verdadeira; apenas a categoria é mantida. O relatório de divulgação lista cada limiar e contagem.</translation>
        </message>
        <message>
            <source>One geography per package: a GeoPackage output records what each public layer was made from (table usm_public_releases: the id field, a digest of the area ids, the count fields with their city totals, the input file name and its SHA-256). Adding a layer to an existing package (ogr:dbname='public.gpkg' table="..." as the output) is refused, with nothing written, when the package already holds a layer of the same data (the same input, or the same city totals of the shared count fields) at another geography (another id field or another set of areas): two overlapping geographies let withheld small counts be recovered by subtraction. Periods belong in one table (count fields n_y2022, n_y2023 with the total), whose row equations the secondary suppression protects.</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Uma geografia por pacote: uma saída GeoPackage registra a partir de que cada camada pública foi produzida (tabela usm_public_releases: o campo de id, um resumo criptográfico (digest) dos ids das áreas, os campos de contagem com seus totais da cidade, o nome do arquivo de entrada e seu SHA-256). Acrescentar uma camada a um pacote existente (ogr:dbname='public.gpkg' table="..." como saída) é recusado, sem nada gravar, quando o pacote já contém uma camada dos mesmos dados (a mesma entrada, ou os mesmos totais da cidade dos campos de contagem em comum) em outra geografia (outro campo de id ou outro conjunto de áreas): duas geografias sobrepostas permitem recuperar contagens pequenas suprimidas por subtração. Os períodos ficam em uma única tabela (campos de contagem n_y2022, n_y2023 com o total), cujas equações de linha a supressão secundária protege.</translation>
        </message>
        <message>
            <source>the neighbourhood id</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>o id do bairro</translation>
        </message>
        <message>
            <source>published counts; NULL where withheld</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>contagens publicadas; NULL onde suprimidas</translation>
        </message>
        <message>
            <source>derived fields of a count n_&lt;x&gt;, NULL where the count is withheld</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>campos derivados de uma contagem n_&lt;x&gt;, NULL onde a contagem é suprimida</translation>
        </message>
        <message>
            <source>as input</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>como na entrada</translation>
        </message>
        <message>
            <source>NULL where the total is withheld</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>NULL onde o total é suprimido</translation>
        </message>
        <message>
            <source>residents; NULL for a withheld neighbourhood</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>habitantes; NULL para um bairro suprimido</translation>
        </message>
        <message>
            <source>residents</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>habitantes</translation>
        </message>
        <message>
            <source>1 = neighbourhood withheld for its population</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>1 = bairro suprimido por causa da sua população</translation>
        </message>
        <message>
            <source>count cells withheld in the row</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>células de contagem suprimidas na linha</translation>
        </message>
        <message>
            <source>Disclosure report (REPORT)</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Relatório de divulgação (REPORT)</translation>
        </message>
        <message>
            <source>what is reported (threshold, primary_suppressions, ...)</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>o que é informado (threshold, primary_suppressions, ...)</translation>
        </message>
        <message>
            <source>its value</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>seu valor</translation>
        </message>
        <message>
            <source>Register in a GeoPackage output (table usm_public_releases)</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Registro em uma saída GeoPackage (tabela usm_public_releases)</translation>
        </message>
        <message>
            <source>the public layer</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>a camada pública</translation>
        </message>
        <message>
            <source>JSON: id field, number of areas, digest of the area ids, count fields and their city totals, input file name and its SHA-256</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>JSON: campo de id, número de áreas, resumo criptográfico dos ids das áreas, campos de contagem e seus totais da cidade, nome do arquivo de entrada e seu SHA-256</translation>
        </message>
        <message>
            <source>Masked points (POINTS_OUTPUT)</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>Pontos mascarados (POINTS_OUTPUT)</translation>
        </message>
        <message>
            <source>the incident's category, if chosen</source>
            <extracomment>usm:publicrelease help</extracomment>
            <translation>a categoria da ocorrência, se escolhida</translation>
        </message>
        <message>
            <source>public release</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>divulgação pública</translation>
        </message>
        <message>
            <source>disclosure</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>divulgação</translation>
        </message>
        <message>
            <source>privacy</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>privacidade</translation>
        </message>
        <message>
            <source>suppression</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>supressão</translation>
        </message>
        <message>
            <source>confidentiality</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>confidencialidade</translation>
        </message>
        <message>
            <source>rounding</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>arredondamento</translation>
        </message>
        <message>
            <source>geomasking</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>geomascaramento</translation>
        </message>
        <message>
            <source>open data</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>dados abertos</translation>
        </message>
        <message>
            <source>victims</source>
            <extracomment>usm:publicrelease tags</extracomment>
            <translation>vítimas</translation>
        </message>
        <message>
            <source>Neighbourhood profiles and atlas</source>
            <extracomment>usm:neighbourhoodprofiles name</extracomment>
            <translation>Perfis de bairro e atlas</translation>
        </message>
        <message>
            <source>One page per neighbourhood for the local safety audit: a map with its hot-spot class and incident density, its indicators against the city and its type, trends, survey results with intervals and data-quality notes, as self-contained HTML pages and a print-ready atlas PDF.</source>
            <extracomment>usm:neighbourhoodprofiles short description; usm:neighbourhoodprofiles help</extracomment>
            <translation>Uma página por bairro para a auditoria local de segurança: um mapa com sua classe de ponto quente e a densidade de ocorrências, seus indicadores comparados com a cidade e com o seu tipo, tendências, resultados da pesquisa com intervalos e notas de qualidade dos dados, como páginas HTML autocontidas e um atlas em PDF pronto para impressão.</translation>
        </message>
        <message>
            <source>Neighbourhood polygons with their figures, e.g. the neighbourhood_summary layer of the full diagnosis, a typology or a public release output.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Polígonos dos bairros com seus números, ex.: a camada neighbourhood_summary do diagnóstico completo, uma saída de tipologia ou de divulgação pública.</translation>
        </message>
        <message>
            <source>Unique code of each neighbourhood; it names the pages (profile_&lt;id&gt;.html).</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Código único de cada bairro; ele dá nome às páginas (profile_&lt;id&gt;.html).</translation>
        </message>
        <message>
            <source>Name field</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Campo de nome</translation>
        </message>
        <message>
            <source>Neighbourhood name shown in the titles. Default: the first of name, nbhd_name, neighbourhood, nombre, nom, nome.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Nome do bairro exibido nos títulos. Padrão: o primeiro entre name, nbhd_name, neighbourhood, nombre, nom, nome.</translation>
        </message>
        <message>
            <source>Neighbourhood type, the comparison group. Default: type_name, else type_id (the Typologies output).</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Tipo do bairro, o grupo de comparação. Padrão: type_name, senão type_id (a saída de Tipologias).</translation>
        </message>
        <message>
            <source>Hot-spot class field</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Campo de classe de ponto quente</translation>
        </message>
        <message>
            <source>Hot-spot class that colours the maps. Default: Gi_Bin (Gi* bins -3..3), else LMI_Type (Local Moran types); without one the maps show the incident density.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Classe de ponto quente que colore os mapas. Padrão: Gi_Bin (faixas Gi* -3..3), senão LMI_Type (tipos de Moran local); sem nenhum deles, os mapas mostram a densidade de ocorrências.</translation>
        </message>
        <message>
            <source>Numeric fields compared with the city and the type. Default: the Urban Safety Monitor fields found (population, n_total, rate_total, eb_rate_total, dens_total, n_cat_*, index, rank, sdg1121, sdg1171_*, income and census shares, street audit figures).</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Campos numéricos comparados com a cidade e com o tipo. Padrão: os campos do Urban Safety Monitor encontrados (population, n_total, rate_total, eb_rate_total, dens_total, n_cat_*, index, rank, sdg1121, sdg1171_*, renda e proporções do censo, números da auditoria de vias).</translation>
        </message>
        <message>
            <source>Period count fields</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Campos de contagem por período</translation>
        </message>
        <message>
            <source>Incident counts per period, in time order, for the trend. Default: the n_y&lt;year&gt; fields, by year.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Contagens de ocorrências por período, em ordem cronológica, para a tendência. Padrão: os campos n_y&lt;year&gt;, por ano.</translation>
        </message>
        <message>
            <source>Survey share fields</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Campos de proporção da pesquisa</translation>
        </message>
        <message>
            <source>Survey shares (0-1). Default: every share_&lt;q&gt; field; intervals from ci_low_&lt;q&gt; and ci_high_&lt;q&gt;.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Proporções da pesquisa (0-1). Padrão: todo campo share_&lt;q&gt;; intervalos a partir de ci_low_&lt;q&gt; e ci_high_&lt;q&gt;.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Incident density raster</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Raster de densidade de ocorrências</translation>
        </message>
        <message>
            <source>Optional kernel density surface (incidents per km², e.g. from Kernel density): each neighbourhood's density is the mean of the cells whose centre lies in it. Without it: the dens_total field, else n_total / area.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Superfície de densidade kernel opcional (ocorrências por km², ex.: de Densidade kernel): a densidade de cada bairro é a média das células cujo centro fica dentro dele. Sem ela: o campo dens_total, senão n_total / área.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Incident accounting table</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Tabela de contabilização das ocorrências</translation>
        </message>
        <message>
            <source>Optional accounting table of Aggregate incidents (item, count): the city's incidents read, assigned, outside and dropped are quoted in the data-quality notes.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Tabela de contabilização opcional de Agregar ocorrências (item, contagem): as ocorrências da cidade lidas, atribuídas, fora e descartadas são citadas nas notas de qualidade dos dados.</translation>
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
            <translation>Título da página de índice, exibido em todas as páginas e no atlas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Atlas layout template (.qpt)</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Modelo de layout do atlas (.qpt)</translation>
        </message>
        <message>
            <source>A print layout template of your own (start from the bundled resources/layouts/neighbourhood_atlas.qpt). Empty: the bundled template.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>Um modelo de layout de impressão próprio (parta do resources/layouts/neighbourhood_atlas.qpt incluído). Vazio: o modelo incluído.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Folder for the HTML profiles</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Pasta para os perfis HTML</translation>
        </message>
        <message>
            <source>index.html and one profile_&lt;id&gt;.html per neighbourhood.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>index.html e um profile_&lt;id&gt;.html por bairro.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Atlas PDF</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Atlas em PDF</translation>
        </message>
        <message>
            <source>The print-ready atlas: one page per neighbourhood. Leave empty to skip it. The same inputs write the same file, byte for byte: its creation date is the SOURCE_DATE_EPOCH environment variable when set, else 1 January 1970.</source>
            <extracomment>usm:neighbourhoodprofiles parameters; usm:neighbourhoodprofiles help</extracomment>
            <translation>O atlas pronto para impressão: uma página por bairro. Deixe vazio para não o produzir. As mesmas entradas escrevem o mesmo arquivo, byte a byte: sua data de criação é a variável de ambiente SOURCE_DATE_EPOCH quando definida; caso contrário, 1 de janeiro de 1970.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Index page</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Página de índice</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Neighbourhood pages</source>
            <extracomment>usm:neighbourhoodprofiles parameters</extracomment>
            <translation>Páginas dos bairros</translation>
        </message>
        <message>
            <source>Each neighbourhood gets an HTML page (profile_&lt;id&gt;.html) that opens offline: every chart and the map are drawn into the page (inline SVG, no script, no internet). The index page (index.html) has a map of the city linking every page and a table of all neighbourhoods, also sorted by each column (index_by_&lt;n&gt;.html). The pages are checked against the layer: every figure carries its field name and exact value.</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>Cada bairro recebe uma página HTML (profile_&lt;id&gt;.html) que abre sem conexão: todos os gráficos e o mapa são desenhados na página (SVG embutido, sem script, sem internet). A página de índice (index.html) tem um mapa da cidade com links para todas as páginas e uma tabela de todos os bairros, também ordenada por cada coluna (index_by_&lt;n&gt;.html). As páginas são conferidas com a camada: cada número traz o nome do seu campo e o valor exato.</translation>
        </message>
        <message>
            <source>The profile shows, for each indicator, the neighbourhood's value, the city median and mean, its percentile rank in the city (the share of neighbourhoods at or below it) and the mean of its type; the counts per period with the city mean and a direction (a least-squares line: within 5% of the mean level it is called stable; this is a description, not a test); the survey shares with their confidence intervals; and the data-quality notes: values missing and why (withheld by a public release, suppressed, a rate without population, NULL in the layer), small survey samples, and the city's incident accounting when its table is given. A missing value is shown as "no data", never as 0, and is left out of the city and type figures.</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>O perfil mostra, para cada indicador, o valor do bairro, a mediana e a média da cidade, seu percentil na cidade (a proporção de bairros com valor igual ou inferior) e a média do seu tipo; as contagens por período com a média da cidade e uma direção (uma reta de mínimos quadrados: dentro de 5% do nível médio é chamada de estável; isto é uma descrição, não um teste); as proporções da pesquisa com seus intervalos de confiança; e as notas de qualidade dos dados: valores ausentes e o motivo (ocultados por uma divulgação pública, suprimidos, uma taxa sem população, NULL na camada), amostras pequenas da pesquisa e a contabilização das ocorrências da cidade quando sua tabela é informada. Um valor ausente é mostrado como "sem dados", nunca como 0, e é deixado de fora dos números da cidade e do tipo.</translation>
        </message>
        <message>
            <source>Fields are found by the names the Urban Safety Monitor writes (population, n_total, rate_total, eb_rate_total, dens_total, n_cat_*, index with index_lo/index_hi, rank, sdg1121, sdg1171_*, n_y&lt;year&gt;, share_*/ci_low_*/ci_high_*, Gi_Bin or LMI_Type, type_name, withheld, n_suppressed, small_sample), so the neighbourhood summary of the full diagnosis, a typology output or a public release output work as they are; any other layer works with the fields named in the parameters.</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>Os campos são encontrados pelos nomes que o Urban Safety Monitor grava (population, n_total, rate_total, eb_rate_total, dens_total, n_cat_*, index com index_lo/index_hi, rank, sdg1121, sdg1171_*, n_y&lt;year&gt;, share_*/ci_low_*/ci_high_*, Gi_Bin ou LMI_Type, type_name, withheld, n_suppressed, small_sample), de modo que o resumo por bairro do diagnóstico completo, uma saída de tipologia ou uma saída de divulgação pública funcionam tal como estão; qualquer outra camada funciona com os campos indicados nos parâmetros.</translation>
        </message>
        <message>
            <source>The atlas PDF has one page per neighbourhood, made by a QGIS print layout driven by an atlas on the neighbourhood layer: the map zooms to the neighbourhood, styled by hot-spot class with the neighbourhood outlined, and the labels are QGIS expressions on the layer's fields. The layout is the template resources/layouts/neighbourhood_atlas.qpt: open it in QGIS's layout designer (Project &gt; Layout Manager &gt; From template), change it and give the edited copy as the layout template. Labels holding [usm:title], [usm:subtitle], [usm:figures], [usm:trend], [usm:survey], [usm:quality] or [usm:footer] get the texts made for the run; any other label or expression is kept as written.</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>O atlas em PDF tem uma página por bairro, produzida por um layout de impressão do QGIS controlado por um atlas sobre a camada de bairros: o mapa dá zoom no bairro, com estilo por classe de ponto quente e o bairro contornado, e os rótulos são expressões do QGIS sobre os campos da camada. O layout é o modelo resources/layouts/neighbourhood_atlas.qpt: abra-o no designer de layout do QGIS (Projeto &gt; Gerenciador de layouts &gt; A partir de modelo), altere-o e informe a cópia editada como modelo de layout. Os rótulos que contêm [usm:title], [usm:subtitle], [usm:figures], [usm:trend], [usm:survey], [usm:quality] ou [usm:footer] recebem os textos produzidos para a execução; qualquer outro rótulo ou expressão é mantido como foi escrito.</translation>
        </message>
        <message>
            <source>Every output is written under a temporary name and moved into place when the whole run has succeeded: a cancelled or failed run leaves the folder and the PDF as they were. Pages of an earlier run in the same folder are replaced when their neighbourhood is in the layer, and left otherwise: use an empty folder for a clean set.</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>Cada saída é gravada com um nome temporário e movida para o lugar quando toda a execução tiver sido bem-sucedida: uma execução cancelada ou com falha deixa a pasta e o PDF como estavam. As páginas de uma execução anterior na mesma pasta são substituídas quando o seu bairro está na camada, e mantidas caso contrário: use uma pasta vazia para um conjunto limpo.</translation>
        </message>
        <message>
            <source>overview map linking every page, and the table of all neighbourhoods</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>mapa geral com links para todas as páginas, e a tabela de todos os bairros</translation>
        </message>
        <message>
            <source>HTML</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>HTML</translation>
        </message>
        <message>
            <source>the same table sorted by its n-th column</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>a mesma tabela ordenada pela sua n-ésima coluna</translation>
        </message>
        <message>
            <source>the profile of one neighbourhood (unsafe characters of the id replaced by _)</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>o perfil de um bairro (caracteres inseguros do id substituídos por _)</translation>
        </message>
        <message>
            <source>Atlas (ATLAS_PDF)</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>Atlas (ATLAS_PDF)</translation>
        </message>
        <message>
            <source>one page per neighbourhood, in id order, numbered</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>uma página por bairro, em ordem de id, numerada</translation>
        </message>
        <message>
            <source>PDF page</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>página PDF</translation>
        </message>
        <message>
            <source>Numeric outputs</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>Saídas numéricas</translation>
        </message>
        <message>
            <source>neighbourhood pages written (HTML and, with ATLAS_PDF, PDF pages)</source>
            <extracomment>usm:neighbourhoodprofiles help</extracomment>
            <translation>páginas de bairros gravadas (HTML e, com ATLAS_PDF, páginas PDF)</translation>
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
            <translation>layout de impressão</translation>
        </message>
        <message>
            <source>local safety audit</source>
            <extracomment>usm:neighbourhoodprofiles tags</extracomment>
            <translation>auditoria local de segurança</translation>
        </message>
        <message>
            <source>publish</source>
            <extracomment>usm:neighbourhoodprofiles tags</extracomment>
            <translation>publicar</translation>
        </message>
        <message>
            <source>dashboard</source>
            <extracomment>usm:neighbourhoodprofiles tags</extracomment>
            <translation>painel</translation>
        </message>
        <message>
            <source>Batch monitor: many cities and years</source>
            <extracomment>usm:batchmonitor name</extracomment>
            <translation>Monitor em lote: muitas cidades e anos</translation>
        </message>
        <message>
            <source>Runs the monitor for every city and year of a configuration file: one GeoPackage per city-year with incident counts, rates, Empirical Bayes rates, Gi* hot spots and the change from the previous year, plus a summary table; in this process or on a Dask cluster.</source>
            <extracomment>usm:batchmonitor short description; usm:batchmonitor help</extracomment>
            <translation>Executa o monitor para cada cidade e ano de um arquivo de configuração: um GeoPackage por cidade-ano com contagens de ocorrências, taxas, taxas por Bayes empírico, pontos quentes Gi* e a variação em relação ao ano anterior, mais uma tabela de resumo; neste processo ou em um cluster Dask.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>Configuration file (TOML or JSON)</source>
            <extracomment>usm:batchmonitor parameters</extracomment>
            <translation>Arquivo de configuração (TOML ou JSON)</translation>
        </message>
        <message>
            <source>The cities, years, fields and options (see the description). Relative paths in it are relative to the file's folder.</source>
            <extracomment>usm:batchmonitor parameters; usm:batchmonitor help</extracomment>
            <translation>As cidades, anos, campos e opções (ver a descrição). Os caminhos relativos nele são relativos à pasta do arquivo.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>Output folder</source>
            <extracomment>usm:batchmonitor parameters</extracomment>
            <translation>Pasta de saída</translation>
        </message>
        <message>
            <source>Folder for the &lt;city&gt;_&lt;year&gt;.gpkg files; empty = the output_folder of the configuration file.</source>
            <extracomment>usm:batchmonitor parameters; usm:batchmonitor help</extracomment>
            <translation>Pasta para os arquivos &lt;city&gt;_&lt;year&gt;.gpkg; vazio = a output_folder do arquivo de configuração.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>Summary table</source>
            <extracomment>usm:batchmonitor parameters</extracomment>
            <translation>Tabela de resumo</translation>
        </message>
        <message>
            <source>One row per city-year: status, incidents read, assigned, outside and dropped, undated incidents of the city, city-wide rate, hot and cold spots, output file, error or warnings.</source>
            <extracomment>usm:batchmonitor parameters; usm:batchmonitor help</extracomment>
            <translation>Uma linha por cidade-ano: situação, ocorrências lidas, atribuídas, fora e descartadas, ocorrências sem data da cidade, taxa de toda a cidade, pontos quentes e frios, arquivo de saída, erro ou avisos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>Dask scheduler</source>
            <extracomment>usm:batchmonitor parameters</extracomment>
            <translation>Agendador Dask</translation>
        </message>
        <message>
            <source>Empty: run in this process. 'local' or 'local:&lt;workers&gt;': a local Dask cluster. An address (tcp://host:8786): a running Dask cluster. Needs dask, distributed and dask-geopandas.</source>
            <extracomment>usm:batchmonitor parameters; usm:batchmonitor help</extracomment>
            <translation>Vazio: executa neste processo. 'local' ou 'local:&lt;workers&gt;': um cluster Dask local. Um endereço (tcp://host:8786): um cluster Dask em execução. Precisa de dask, distributed e dask-geopandas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>City-years run</source>
            <extracomment>usm:batchmonitor parameters</extracomment>
            <translation>Cidades-ano executadas</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>City-years failed</source>
            <extracomment>usm:batchmonitor parameters</extracomment>
            <translation>Cidades-ano com falha</translation>
        </message>
        <message>
            <source>The configuration file (TOML or JSON) names an output folder, defaults, and the cities: for each, the neighbourhoods file (and layer), the id and population fields, the incidents file (and layer), the category and date fields and the years. Each city may override any default. Every problem of the file is listed at once: missing keys, unknown keys (the nearest known key is suggested), files that do not exist, years that are not whole numbers. An example is in the README (section "Batch monitor").</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>O arquivo de configuração (TOML ou JSON) indica uma pasta de saída, valores padrão e as cidades: para cada uma, o arquivo de bairros (e a camada), os campos de id e de população, o arquivo de ocorrências (e a camada), os campos de categoria e de data e os anos. Cada cidade pode substituir qualquer valor padrão. Todos os problemas do arquivo são listados de uma vez: chaves ausentes, chaves desconhecidas (a chave conhecida mais próxima é sugerida), arquivos que não existem, anos que não são números inteiros. Há um exemplo no README (seção "Batch monitor").</translation>
        </message>
        <message>
            <source>For each city-year the incidents dated in that year are counted per neighbourhood with the same core as Aggregate incidents to neighbourhoods (same boundary rule, same accounting: read = assigned + outside + dropped), rates and Empirical Bayes rates are computed, Gi* hot spots of the rate are found (queen neighbours, normal approximation, FDR as in Hot spots), and the change from the previous year of the run is tested (exact conditional Poisson test, FDR, as Compare periods). Each city-year is written to &lt;city&gt;_&lt;year&gt;.gpkg in the output folder (layer neighbourhoods: the input neighbourhoods with every field plus the results; layer accounting), under a temporary name until complete.</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>Para cada cidade-ano, as ocorrências datadas naquele ano são contadas por bairro com o mesmo núcleo de Agregar ocorrências aos bairros (mesma regra de limite, mesma contabilização: lidas = atribuídas + fora + descartadas), as taxas e as taxas por Bayes empírico são calculadas, os pontos quentes Gi* da taxa são encontrados (vizinhos rainha, aproximação normal, FDR como em Pontos quentes), e a variação em relação ao ano anterior da execução é testada (teste de Poisson condicional exato, FDR, como em Comparar períodos). Cada cidade-ano é gravada em &lt;city&gt;_&lt;year&gt;.gpkg na pasta de saída (camada neighbourhoods: os bairros de entrada com todos os campos mais os resultados; camada accounting), com um nome temporário até estar completa.</translation>
        </message>
        <message>
            <source>A city or year that fails (a missing field, a year without incidents, an unreadable file) is reported in the summary with its error, and the others still run; the number of failed city-years is an output and a warning in the log.</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>Uma cidade ou um ano que falha (um campo ausente, um ano sem ocorrências, um arquivo ilegível) é informado no resumo com o seu erro, e os demais continuam sendo executados; o número de cidades-ano com falha é uma saída e um aviso no registro.</translation>
        </message>
        <message>
            <source>Dask scheduler: empty runs everything in this QGIS process. "local" or "local:4" starts a local Dask cluster of 2 (or 4) workers; an address such as tcp://10.0.0.5:8786 sends the work to a running Dask cluster, whose workers must be able to read the input files and import the plugin (its folder's parent on their PYTHONPATH). Cities with "partitions = N" in the configuration have their incidents read in partitions with dask-geopandas (sorted into spatial partitions with "spatial_shuffle = true") and counted partition by partition, so no worker holds a whole city; the others run as one task per city-year. The results are identical to a run in this process. Dask needs the Python packages dask, distributed and dask-geopandas; the log says how to install them when they are missing. Inside QGIS a local cluster's workers are threads of QGIS (QGIS cannot start worker processes); for real parallel speed run the same configuration from the command line (python -m urban_safety_monitor.usm_plugin.batch, see the README).</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>Agendador Dask: vazio executa tudo neste processo do QGIS. "local" ou "local:4" inicia um cluster Dask local de 2 (ou 4) workers; um endereço como tcp://10.0.0.5:8786 envia o trabalho para um cluster Dask em execução, cujos workers precisam conseguir ler os arquivos de entrada e importar o plugin (a pasta pai da sua pasta no PYTHONPATH deles). As cidades com "partitions = N" na configuração têm as suas ocorrências lidas em partições com dask-geopandas (ordenadas em partições espaciais com "spatial_shuffle = true") e contadas partição por partição, de modo que nenhum worker guarda uma cidade inteira; as demais são executadas como uma tarefa por cidade-ano. Os resultados são idênticos aos de uma execução neste processo. O Dask precisa dos pacotes Python dask, distributed e dask-geopandas; o registro diz como instalá-los quando faltam. Dentro do QGIS, os workers de um cluster local são threads do QGIS (o QGIS não pode iniciar processos de worker); para um ganho real de velocidade em paralelo, execute a mesma configuração pela linha de comando (python -m urban_safety_monitor.usm_plugin.batch, ver o README).</translation>
        </message>
        <message>
            <source>Summary table (one row per city-year)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>Tabela de resumo (uma linha por cidade-ano)</translation>
        </message>
        <message>
            <source>city name from the configuration</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>nome da cidade na configuração</translation>
        </message>
        <message>
            <source>year of the incidents</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>ano das ocorrências</translation>
        </message>
        <message>
            <source>ok, warning (written, see message) or failed (nothing written)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>ok, warning (gravado, ver a mensagem) ou failed (nada gravado)</translation>
        </message>
        <message>
            <source>incidents of the city dated in the year</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>ocorrências da cidade datadas no ano</translation>
        </message>
        <message>
            <source>of those, assigned to exactly one neighbourhood</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>destas, atribuídas a exatamente um bairro</translation>
        </message>
        <message>
            <source>of those, outside every neighbourhood</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>destas, fora de todos os bairros</translation>
        </message>
        <message>
            <source>of those, dropped (null or empty geometry, invalid coordinates)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>destas, descartadas (geometria nula ou vazia, coordenadas inválidas)</translation>
        </message>
        <message>
            <source>incidents of the city with a missing or unparsable date (in no year)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>ocorrências da cidade com data ausente ou que não pode ser interpretada (em nenhum ano)</translation>
        </message>
        <message>
            <source>city-wide incidents per rate_per residents (neighbourhoods with a population)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>ocorrências de toda a cidade por rate_per habitantes (bairros com população)</translation>
        </message>
        <message>
            <source>per rate_per residents</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>por rate_per habitantes</translation>
        </message>
        <message>
            <source>neighbourhoods in a Gi* hot spot (Gi_Bin &gt; 0)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>bairros em um ponto quente Gi* (Gi_Bin &gt; 0)</translation>
        </message>
        <message>
            <source>neighbourhoods in a Gi* cold spot (Gi_Bin &lt; 0)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>bairros em um ponto frio Gi* (Gi_Bin &lt; 0)</translation>
        </message>
        <message>
            <source>the year the change columns compare with</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>o ano com o qual as colunas de variação comparam</translation>
        </message>
        <message>
            <source>the city-year's GeoPackage, relative to the output folder</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>o GeoPackage da cidade-ano, relativo à pasta de saída</translation>
        </message>
        <message>
            <source>file name</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>nome de arquivo</translation>
        </message>
        <message>
            <source>the error, or the warnings of the run</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>o erro, ou os avisos da execução</translation>
        </message>
        <message>
            <source>Each &lt;city&gt;_&lt;year&gt;.gpkg, layer neighbourhoods: the input fields plus</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>Cada &lt;city&gt;_&lt;year&gt;.gpkg, camada neighbourhoods: os campos de entrada mais</translation>
        </message>
        <message>
            <source>Gi* z-score of the rate (hot spot field)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>escore z Gi* da taxa (campo de ponto quente)</translation>
        </message>
        <message>
            <source>z</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>z</translation>
        </message>
        <message>
            <source>its p-value (normal approximation)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>seu valor-p (aproximação normal)</translation>
        </message>
        <message>
            <source>permutation pseudo p-value (with permutations &gt; 0)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>pseudo valor-p das permutações (com permutações &gt; 0)</translation>
        </message>
        <message>
            <source>-3..3: cold/hot spot at 99/95/90% confidence, 0 not significant</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>-3..3: ponto frio/quente com 99/95/90% de confiança, 0 não significativo</translation>
        </message>
        <message>
            <source>the bin as text; Isolated without neighbours</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>a faixa em texto; Isolated sem vizinhos</translation>
        </message>
        <message>
            <source>change from the previous year of the run (as usm:compareperiods)</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>variação em relação ao ano anterior da execução (como usm:compareperiods)</translation>
        </message>
        <message>
            <source>various</source>
            <extracomment>usm:batchmonitor help</extracomment>
            <translation>vários</translation>
        </message>
        <message>
            <source>batch</source>
            <extracomment>usm:batchmonitor tags</extracomment>
            <translation>lote</translation>
        </message>
        <message>
            <source>cities</source>
            <extracomment>usm:batchmonitor tags</extracomment>
            <translation>cidades</translation>
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
            <translation>distribuído</translation>
        </message>
        <message>
            <source>rates</source>
            <extracomment>usm:batchmonitor tags</extracomment>
            <translation>taxas</translation>
        </message>
        <message>
            <source>configuration</source>
            <extracomment>usm:batchmonitor tags</extracomment>
            <translation>configuração</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Memory limit (MB) must be a positive number of megabytes; got {value}. The default, 2048, suits most machines.</source>
            <extracomment>processing_algorithms/aggregate_incidents.py; processing_algorithms/kernel_density.py</extracomment>
            <translation>O limite de memória (MB) deve ser um número positivo de megabytes; recebido {value}. O padrão, 2048, serve para a maioria das máquinas.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>Reading neighbourhoods…</source>
            <extracomment>processing_algorithms/aggregate_incidents.py; processing_algorithms/infrastructure_indicators.py; processing_algorithms/interpolate_census.py; processing_algorithms/sdg_indicators.py (+1 more)</extracomment>
            <translation>Lendo os bairros…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/aggregate_survey.py"></location>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>{n} neighbourhood(s) with invalid geometry skipped (Processing's invalid geometry setting) and left out of the output: {ids}</source>
            <extracomment>processing_algorithms/aggregate_incidents.py; processing_algorithms/aggregate_survey.py; processing_algorithms/base/neighbourhoods.py; processing_algorithms/interpolate_census.py</extracomment>
            <translation>{n} bairro(s) com geometria inválida ignorado(s) (configuração de geometria inválida do Processamento) e deixado(s) fora da saída: {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Reading incidents…</source>
            <extracomment>processing_algorithms/aggregate_incidents.py</extracomment>
            <translation>Lendo as ocorrências…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Read {incidents} incidents and {neighbourhoods} neighbourhoods ({path} path).</source>
            <extracomment>processing_algorithms/aggregate_incidents.py</extracomment>
            <translation>Lidas {incidents} ocorrências e {neighbourhoods} bairros (via de leitura {path}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Input fields replaced by new values of the same name: {fields}</source>
            <extracomment>processing_algorithms/aggregate_incidents.py; processing_algorithms/base/neighbourhoods.py; processing_algorithms/base/weights.py; processing_algorithms/street_segment_audit.py</extracomment>
            <translation>Campos de entrada substituídos por novos valores de mesmo nome: {fields}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>{n} incidents assigned to neighbourhoods.</source>
            <extracomment>processing_algorithms/aggregate_incidents.py</extracomment>
            <translation>{n} ocorrências atribuídas a bairros.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Reading and counting {n} incidents in chunks of {rows} ({path} path) to stay under the memory limit…</source>
            <extracomment>processing_algorithms/aggregate_incidents.py</extracomment>
            <translation>Lendo e contando {n} ocorrências em blocos de {rows} (via de leitura {path}) para ficar abaixo do limite de memória…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/aggregate_incidents.py"></location>
            <source>Read {incidents} incidents in chunks and {neighbourhoods} neighbourhoods ({path} path).</source>
            <extracomment>processing_algorithms/aggregate_incidents.py</extracomment>
            <translation>Lidas {incidents} ocorrências em blocos e {neighbourhoods} bairros (via de leitura {path}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>{name}: {part} is not a number of {unit}</source>
            <extracomment>processing_algorithms/base/algorithm.py</extracomment>
            <translation>{name}: {part} não é um número de {unit}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>{name}: {part} is not a number</source>
            <extracomment>processing_algorithms/base/algorithm.py</extracomment>
            <translation>{name}: {part} não é um número</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>{name}: distances must be &gt;= {minimum}, got {value}</source>
            <extracomment>processing_algorithms/base/algorithm.py</extracomment>
            <translation>{name}: as distâncias devem ser &gt;= {minimum}, recebido {value}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>{name}: give at least one band limit</source>
            <extracomment>processing_algorithms/base/algorithm.py</extracomment>
            <translation>{name}: informe pelo menos um limite de faixa</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>Provenance: {algorithm}, plugin {version}, QGIS {qgis}, {n} input layer(s), record in {path}</source>
            <extracomment>processing_algorithms/base/algorithm.py</extracomment>
            <translation>Proveniência: {algorithm}, plugin {version}, QGIS {qgis}, {n} camada(s) de entrada, registro em {path}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/algorithm.py"></location>
            <source>Provenance: {algorithm}, plugin {version}, QGIS {qgis}, {n} input layer(s)</source>
            <extracomment>processing_algorithms/base/algorithm.py</extracomment>
            <translation>Proveniência: {algorithm}, plugin {version}, QGIS {qgis}, {n} camada(s) de entrada</translation>
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
            <translation>Campos de entrada renomeados porque um campo de resultado tem o mesmo nome: {fields}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/monitor.py"></location>
            <source>The id field {field} has duplicated values: {values}; neighbourhood ids must be unique.</source>
            <extracomment>processing_algorithms/base/monitor.py</extracomment>
            <translation>O campo de identificador {field} tem valores duplicados: {values}; os identificadores de bairro devem ser únicos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>Give either population polygons or a population raster, not both.</source>
            <extracomment>processing_algorithms/base/neighbourhoods.py</extracomment>
            <translation>Informe polígonos de população ou um raster de população, não ambos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>The population raster</source>
            <extracomment>processing_algorithms/base/neighbourhoods.py; processing_algorithms/interpolate_census.py</extracomment>
            <translation>O raster de população</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>Population: {cells} raster cells, {total} residents.</source>
            <extracomment>processing_algorithms/base/neighbourhoods.py</extracomment>
            <translation>População: {cells} células de raster, {total} habitantes.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>Choose the population field of the census units.</source>
            <extracomment>processing_algorithms/base/neighbourhoods.py</extracomment>
            <translation>Escolha o campo de população dos setores censitários.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>Population: {pieces} census pieces, {total} residents.</source>
            <extracomment>processing_algorithms/base/neighbourhoods.py</extracomment>
            <translation>População: {pieces} pedaços de setores censitários, {total} habitantes.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/neighbourhoods.py"></location>
            <source>This algorithm needs the population: give census polygons with a population field, or a population raster.</source>
            <extracomment>processing_algorithms/base/neighbourhoods.py</extracomment>
            <translation>Este algoritmo precisa da população: informe polígonos censitários com um campo de população, ou um raster de população.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/streets.py"></location>
            <source>Reading streets…</source>
            <extracomment>processing_algorithms/base/streets.py</extracomment>
            <translation>Lendo as vias…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/streets.py"></location>
            <source>Building the street graph…</source>
            <extracomment>processing_algorithms/base/streets.py</extracomment>
            <translation>Construindo o grafo viário…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>{n} feature(s) with invalid geometry skipped (Processing's invalid geometry setting) and left out of the output: {ids}</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>{n} feição(ões) com geometria inválida ignorada(s) (configuração de geometria inválida do Processamento) e deixada(s) fora da saída: {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>The input layer has no features.</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>A camada de entrada não tem feições.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>{n} features without geometry are left out (NULL results): {ids}</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>{n} feições sem geometria são deixadas de fora (resultados NULL): {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>{n} values of {field} are not numbers and are treated as missing: {ids}</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>{n} valores de {field} não são números e são tratados como ausentes: {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>{n} features have no value of {field} (NULL, NaN or infinite) and are left out of the analysis with NULL results, not 0: {ids}</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>{n} feições não têm valor de {field} (NULL, NaN ou infinito) e são deixadas fora da análise com resultados NULL, não 0: {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>no feature has both a geometry and a value of {field}</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>nenhuma feição tem ao mesmo tempo uma geometria e um valor de {field}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/base/weights.py"></location>
            <source>{field}: values as large as {largest} are divided by 2^{exponent} before the statistics, which do not depend on the scale, so that their squares do not overflow.</source>
            <extracomment>processing_algorithms/base/weights.py</extracomment>
            <translation>{field}: valores de até {largest} são divididos por 2^{exponent} antes das estatísticas, que não dependem da escala, para que seus quadrados não estourem.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>{cities} cities, {city_years} city-years from {path}</source>
            <extracomment>processing_algorithms/batch_monitor.py</extracomment>
            <translation>{cities} cidades, {city_years} cidades-ano de {path}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>Cancelled by the user: no summary table was written; the {n} city-year GeoPackage(s) written before are complete ({files}).</source>
            <extracomment>processing_algorithms/batch_monitor.py</extracomment>
            <translation>Cancelado pelo usuário: a tabela de resumo não foi gravada; os {n} GeoPackage(s) de cidade-ano gravados antes estão completos ({files}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>Cancelled by the user: no summary table was written; the {n} city-year GeoPackage(s) written before are complete.</source>
            <extracomment>processing_algorithms/batch_monitor.py</extracomment>
            <translation>Cancelado pelo usuário: a tabela de resumo não foi gravada; os {n} GeoPackage(s) de cidade-ano gravados antes estão completos.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/batch_monitor.py"></location>
            <source>{failed} of {total} city-years failed; their errors are in the summary table {path}</source>
            <extracomment>processing_algorithms/batch_monitor.py</extracomment>
            <translation>{failed} de {total} cidades-ano falharam; seus erros estão na tabela de resumo {path}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Indicators: {fields} fields, {protective} protective, equal weights, directly under the index.</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>Indicadores: {fields} campos, {protective} de proteção, pesos iguais, diretamente sob o índice.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Placeholders without a field, left out: {names}</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>Marcadores sem campo, deixados de fora: {names}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Catalogue: {path} (version {version}), {n} selected indicators.</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>Catálogo: {path} (versão {version}), {n} indicadores selecionados.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Catalogue: {path} (version not given), {n} selected indicators.</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>Catálogo: {path} (versão não informada), {n} indicadores selecionados.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>No uncertainty analysis (0 Monte Carlo runs).</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>Sem análise de incerteza (0 execuções de Monte Carlo).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>{factor}: first-order {first:.2f}, total {total:.2f} of the variance of the ranks</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>{factor}: primeira ordem {first:.2f}, total {total:.2f} da variância das posições</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/composite_index.py"></location>
            <source>Index of {n} of {total} neighbourhoods written.</source>
            <extracomment>processing_algorithms/composite_index.py</extracomment>
            <translation>Índice de {n} de {total} bairros gravado.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>The incident layer is empty.</source>
            <extracomment>processing_algorithms/emerging_hot_spots.py; processing_algorithms/kernel_density.py; processing_algorithms/optimized_hot_spots.py</extracomment>
            <translation>A camada de ocorrências está vazia.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/emerging_hot_spots.py"></location>
            <source>Incidents: {read} read, {no_geometry} without a location, {outside} outside every location, {no_date} without a date, {bad_date} with an unreadable date, {used} counted in {n_steps} {step} steps ({first} to {last}).</source>
            <extracomment>processing_algorithms/emerging_hot_spots.py</extracomment>
            <translation>Ocorrências: {read} lidas, {no_geometry} sem localização, {outside} fora de toda localização, {no_date} sem data, {bad_date} com data ilegível, {used} contadas em {n_steps} passos do tipo {step} ({first} a {last}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>the diagnosis is written as a GeoPackage: give a .gpkg file name (got {path})</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>o diagnóstico é gravado como GeoPackage: informe um nome de arquivo .gpkg (recebido {path})</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Skipped {step}: {reason}.</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>Etapa {step} ignorada: {reason}.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Time per step: {times}</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>Tempo por etapa: {times}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>== {step}: skipped ({reason})</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>== {step}: ignorada ({reason})</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>{step} done in {seconds:.1f} s</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>{step} concluída em {seconds:.1f} s</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>no census layer with count or rate fields</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>não há camada censitária com campos de contagem ou de taxa</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>no date field</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>não há campo de data</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>needs transit stops with their capacity field, public space and a population source (raster, or census with a population field)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>precisa de pontos de parada de transporte com seu campo de capacidade, espaço público e uma fonte de população (raster, ou censo com um campo de população)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>needs census rates and shares (CENSUS_RATES) to describe the neighbourhoods</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>precisa de taxas e proporções do censo (CENSUS_RATES) para descrever os bairros</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>the risk index needs rates per resident (a census with a population field)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>o índice de risco precisa de taxas por habitante (um censo com um campo de população)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>none of the catalogue's crime and socio-economic indicator fields ({fields} ...) is among the incident counts (a category field and census rates give them)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>nenhum dos campos de indicadores criminais e socioeconômicos do catálogo ({fields} ...) está entre as contagens de ocorrências (um campo de categoria e as taxas do censo os fornecem)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>needs incident counts of at least two years (a date field)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>precisa de contagens de ocorrências de pelo menos dois anos (um campo de data)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>needs survey respondents (SURVEY) and their yes/no fields (SURVEY_FIELDS)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>precisa de respondentes da pesquisa (SURVEY) e de seus campos sim/não (SURVEY_FIELDS)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>the street-segment audit needs streets (STREETS) and street lights (LIGHTS)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>a auditoria de segmentos de via precisa de vias (STREETS) e postes de iluminação (LIGHTS)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>LAND_USE given without LAND_USE_FIELD: the street audit runs without the land-use mix</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>LAND_USE informado sem LAND_USE_FIELD: a auditoria de vias é executada sem a diversidade de usos do solo</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>no facility layers (FACILITIES)</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>não há camadas de equipamentos (FACILITIES)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>neighbourhood_summary: {n} neighbourhoods, {fields} fields from {steps} steps</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>neighbourhood_summary: {n} bairros, {fields} campos de {steps} etapas</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/full_diagnosis.py"></location>
            <source>Diagnosis written to {path}: layers {layers}</source>
            <extracomment>processing_algorithms/full_diagnosis.py</extracomment>
            <translation>Diagnóstico gravado em {path}: camadas {layers}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <source>{field} is significantly spatially clustered (I = {i}, p = {p} &lt;= {alpha}).</source>
            <extracomment>processing_algorithms/global_moran.py</extracomment>
            <translation>{field} é significativamente aglomerado no espaço (I = {i}, p = {p} &lt;= {alpha}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <source>{field} is significantly spatially dispersed (I = {i}, p = {p} &lt;= {alpha}).</source>
            <extracomment>processing_algorithms/global_moran.py</extracomment>
            <translation>{field} é significativamente disperso no espaço (I = {i}, p = {p} &lt;= {alpha}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/global_moran.py"></location>
            <source>No significant spatial autocorrelation of {field} at {alpha} (I = {i}, p = {p}).</source>
            <extracomment>processing_algorithms/global_moran.py</extracomment>
            <translation>Sem autocorrelação espacial significativa de {field} ao nível {alpha} (I = {i}, p = {p}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/hot_spots.py"></location>
            <source>Gi* on {n} features, {weights} weights ({transform}), {permutations} permutations, seed {seed}, {alternative} test, FDR correction</source>
            <extracomment>processing_algorithms/hot_spots.py</extracomment>
            <translation>Gi* sobre {n} feições, pesos {weights} ({transform}), {permutations} permutações, semente {seed}, teste {alternative}, correção FDR</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/hot_spots.py"></location>
            <source>Gi* on {n} features, {weights} weights ({transform}), {permutations} permutations, seed {seed}, {alternative} test</source>
            <extracomment>processing_algorithms/hot_spots.py</extracomment>
            <translation>Gi* sobre {n} feições, pesos {weights} ({transform}), {permutations} permutações, semente {seed}, teste {alternative}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/incidents_vs_environment.py"></location>
            <source>Condition: {field} {operator} {value}; incidents {count}; exposure {exposure}.</source>
            <extracomment>processing_algorithms/incidents_vs_environment.py</extracomment>
            <translation>Condição: {field} {operator} {value}; ocorrências {count}; exposição {exposure}.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Reading the infrastructure layer…</source>
            <extracomment>processing_algorithms/infrastructure_indicators.py</extracomment>
            <translation>Lendo a camada de infraestrutura…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Computing points indicators…</source>
            <extracomment>processing_algorithms/infrastructure_indicators.py</extracomment>
            <translation>Calculando os indicadores de pontos…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Computing lines indicators…</source>
            <extracomment>processing_algorithms/infrastructure_indicators.py</extracomment>
            <translation>Calculando os indicadores de linhas…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <source>Computing polygons indicators…</source>
            <extracomment>processing_algorithms/infrastructure_indicators.py</extracomment>
            <translation>Calculando os indicadores de polígonos…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/infrastructure_indicators.py"></location>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>city {key}: {value}</source>
            <extracomment>processing_algorithms/infrastructure_indicators.py; processing_algorithms/sdg_indicators.py</extracomment>
            <translation>cidade {key}: {value}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Choose at least one extensive or intensive field.</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>Escolha pelo menos um campo extensivo ou intensivo.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>The population raster is not in a projected CRS in metres; warp it to one (Raster &gt; Projections &gt; Warp) so that cell areas are in square metres.</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>O raster de população não está em um SRC projetado em metros; reprojete-o para um (Raster &gt; Projeções &gt; Reprojetar) para que as áreas das células fiquem em metros quadrados.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Dasymetric allocation with {layer} (layers read in {crs}).</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>Alocação dasimétrica com {layer} (camadas lidas em {crs}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Reading census units…</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>Lendo os setores censitários…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>{n} census unit(s) with invalid geometry skipped (Processing's invalid geometry setting); their values are not allocated: {ids}</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>{n} setor(es) censitário(s) com geometria inválida ignorado(s) (configuração de geometrias inválidas do Processamento); seus valores não são alocados: {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>Read {units} census units and {neighbourhoods} neighbourhoods.</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>Lidos {units} setores censitários e {neighbourhoods} bairros.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/interpolate_census.py"></location>
            <source>{variable}: census {census}, neighbourhoods {neighbourhoods} ({note})</source>
            <extracomment>processing_algorithms/interpolate_census.py</extracomment>
            <translation>{variable}: censo {census}, bairros {neighbourhoods} ({note})</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/join_table.py"></location>
            <source>Read {rows} table rows and {neighbourhoods} neighbourhoods.</source>
            <extracomment>processing_algorithms/join_table.py</extracomment>
            <translation>Lidas {rows} linhas da tabela e {neighbourhoods} bairros.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>The surface is always written as a GeoTIFF; the file name does not end in .tif.</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>A superfície é sempre gravada como GeoTIFF; o nome do arquivo não termina em .tif.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>incident weight(s)</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>peso(s) de ocorrências</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Read {n} incidents ({path} path); {points} points with a location.</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>Lidas {n} ocorrências (via de leitura {path}); {points} pontos com localização.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Reading {n} incidents twice in chunks of {rows} ({path} path): the radius is given, so only the grid is kept and the memory is bounded…</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>Lendo {n} ocorrências duas vezes em blocos de {rows} (via de leitura {path}): o raio foi informado, então apenas a grade é mantida e a memória fica limitada…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Reading {n} incidents in chunks of {rows} ({path} path), three or four times: the automatic radius comes from running sums and a histogram of the distances to the mean centre, then the points are binned onto the grid; only the grid is kept and the memory is bounded…</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>A ler {n} incidentes em blocos de {rows} (via {path}), três ou quatro vezes: o raio automático vem de somas acumuladas e de um histograma das distâncias ao centro médio, depois os pontos são agregados na grelha; só a grelha é mantida e a memória fica limitada…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Read {n} incidents in chunks; {points} points in the surface.</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>Lidas {n} ocorrências em blocos; {points} pontos na superfície.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/kernel_density.py"></location>
            <source>Radius {radius} m ({rule}); cell size {cell} m; {rows} x {columns} cells; units: {units}.</source>
            <extracomment>processing_algorithms/kernel_density.py</extracomment>
            <translation>Raio {radius} m ({rule}); tamanho da célula {cell} m; {rows} x {columns} células; unidades: {units}.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/local_moran.py"></location>
            <source>Local Moran's I on {n} features, {weights} weights ({transform}), {permutations} permutations, seed {seed}, significance level {alpha} (FDR)</source>
            <extracomment>processing_algorithms/local_moran.py</extracomment>
            <translation>I de Moran local sobre {n} feições, pesos {weights} ({transform}), {permutations} permutações, semente {seed}, nível de significância {alpha} (FDR)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/local_moran.py"></location>
            <source>Local Moran's I on {n} features, {weights} weights ({transform}), {permutations} permutations, seed {seed}, significance level {alpha}</source>
            <extracomment>processing_algorithms/local_moran.py</extracomment>
            <translation>I de Moran local sobre {n} feições, pesos {weights} ({transform}), {permutations} permutações, semente {seed}, nível de significância {alpha}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>{n} incidents have no usable date in {field} and were left out</source>
            <extracomment>processing_algorithms/near_repeat.py</extracomment>
            <translation>{n} ocorrências não têm data utilizável em {field} e foram deixadas de fora</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>the dates carry no time of day: time differences are whole days</source>
            <extracomment>processing_algorithms/near_repeat.py</extracomment>
            <translation>as datas não trazem hora do dia: as diferenças de tempo são dias inteiros</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>no incident has a usable date in {field}</source>
            <extracomment>processing_algorithms/near_repeat.py</extracomment>
            <translation>nenhuma ocorrência tem data utilizável em {field}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/near_repeat.py"></location>
            <source>{distance}, {time}: Knox ratio {ratio}, p = {p}</source>
            <extracomment>processing_algorithms/near_repeat.py</extracomment>
            <translation>{distance}, {time}: razão de Knox {ratio}, p = {p}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>{n} neighbourhood profiles in {folder}; atlas in {pdf}</source>
            <extracomment>processing_algorithms/neighbourhood_profiles.py</extracomment>
            <translation>{n} perfis de bairro em {folder}; atlas em {pdf}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>{n} neighbourhood profiles in {folder}</source>
            <extracomment>processing_algorithms/neighbourhood_profiles.py</extracomment>
            <translation>{n} perfis de bairro em {folder}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>The density raster</source>
            <extracomment>processing_algorithms/neighbourhood_profiles.py</extracomment>
            <translation>O raster de densidade</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>{n} neighbourhood(s) with invalid geometry skipped (Processing's invalid geometry setting), no profile: {ids}</source>
            <extracomment>processing_algorithms/neighbourhood_profiles.py</extracomment>
            <translation>{n} bairro(s) com geometria inválida ignorado(s) (configuração de geometrias inválidas do Processamento), sem perfil: {ids}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Warning: the atlas has {pages} pages for {n} neighbourhoods.</source>
            <extracomment>processing_algorithms/neighbourhood_profiles.py</extracomment>
            <translation>Aviso: o atlas tem {pages} páginas para {n} bairros.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/optimized_hot_spots.py"></location>
            <source>Read {n} incidents ({path} path).</source>
            <extracomment>processing_algorithms/optimized_hot_spots.py</extracomment>
            <translation>Lidas {n} ocorrências (via de leitura {path}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/project_targets.py"></location>
            <source>type {type}: {change}% ({source})</source>
            <extracomment>processing_algorithms/project_targets.py</extracomment>
            <translation>tipo {type}: {change}% ({source})</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>incident points were given: choose where to write the masked points (POINTS_OUTPUT)</source>
            <extracomment>processing_algorithms/public_release.py</extracomment>
            <translation>foram informados pontos de ocorrências: escolha onde gravar os pontos mascarados (POINTS_OUTPUT)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/public_release.py"></location>
            <source>{conflict}. Nothing was written; {package} is unchanged.</source>
            <extracomment>processing_algorithms/public_release.py</extracomment>
            <translation>{conflict}. Nada foi gravado; {package} não foi alterado.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_resilience.py"></location>
            <source>{key}: give two numbers separated by a comma; got {text}</source>
            <extracomment>processing_algorithms/risk_resilience.py</extracomment>
            <translation>{key}: informe dois números separados por vírgula; recebido {text}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>choose the neighbourhood id field (NEIGHBOURHOOD_ID)</source>
            <extracomment>processing_algorithms/risk_terrain.py; processing_algorithms/street_segment_audit.py</extracomment>
            <translation>escolha o campo de identificador de bairro (NEIGHBOURHOOD_ID)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>Factor layer</source>
            <extracomment>processing_algorithms/risk_terrain.py</extracomment>
            <translation>Camada de fator</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>give at least one candidate factor layer (FACTORS)</source>
            <extracomment>processing_algorithms/risk_terrain.py</extracomment>
            <translation>informe pelo menos uma camada de fator candidato (FACTORS)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>{factor}: {operation} {distance} m, RRV {rrv} (protective), p {p}</source>
            <extracomment>processing_algorithms/risk_terrain.py</extracomment>
            <translation>{factor}: {operation} {distance} m, RRV {rrv} (de proteção), p {p}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/risk_terrain.py"></location>
            <source>{factor}: {operation} {distance} m, RRV {rrv} (risk), p {p}</source>
            <extracomment>processing_algorithms/risk_terrain.py</extracomment>
            <translation>{factor}: {operation} {distance} m, RRV {rrv} (de risco), p {p}</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Computing SDG 11.2.1…</source>
            <extracomment>processing_algorithms/sdg_indicators.py</extracomment>
            <translation>Calculando o ODS 11.2.1…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>Computing SDG 11.7.1…</source>
            <extracomment>processing_algorithms/sdg_indicators.py</extracomment>
            <translation>Calculando o ODS 11.7.1…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/sdg_indicators.py"></location>
            <source>no public space layer given: SDG 11.7.1 fields are NULL</source>
            <extracomment>processing_algorithms/sdg_indicators.py</extracomment>
            <translation>nenhuma camada de espaço público informada: os campos do ODS 11.7.1 são NULL</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>walking distances need the street network layer</source>
            <extracomment>processing_algorithms/service_coverage.py</extracomment>
            <translation>as distâncias a pé precisam da camada da rede viária</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>a street layer was given but the distance is measured in a straight line; choose walking distance to use it</source>
            <extracomment>processing_algorithms/service_coverage.py</extracomment>
            <translation>foi informada uma camada de vias, mas a distância é medida em linha reta; escolha a distância a pé para usá-la</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>Computing coverage within {distance} m ({method})…</source>
            <extracomment>processing_algorithms/service_coverage.py</extracomment>
            <translation>Calculando a cobertura a até {distance} m ({method})…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/service_coverage.py"></location>
            <source>City: {covered} of {population} residents covered (share {share}).</source>
            <extracomment>processing_algorithms/service_coverage.py</extracomment>
            <translation>Cidade: {covered} de {population} habitantes cobertos (proporção {share}).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>Global Empirical Bayes: city rate {rate} per {per}, {n} neighbourhoods used.</source>
            <extracomment>processing_algorithms/smooth_rates.py</extracomment>
            <translation>Bayes empírico global: taxa da cidade {rate} por {per}, {n} bairros usados.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>{n} neighbourhood(s) with a population of 0 or NULL get NULL rates.</source>
            <extracomment>processing_algorithms/smooth_rates.py</extracomment>
            <translation>{n} bairro(s) com população 0 ou NULL recebem taxas NULL.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>{share} of the neighbourhoods have no incident: the smoothing is unreliable with mostly-zero counts; consider a longer period or larger areas.</source>
            <extracomment>processing_algorithms/smooth_rates.py</extracomment>
            <translation>{share} dos bairros não têm ocorrências: a suavização não é confiável com contagens quase todas nulas; considere um período mais longo ou áreas maiores.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>{n} neighbourhood(s) without neighbours: their prior is their own rate.</source>
            <extracomment>processing_algorithms/smooth_rates.py</extracomment>
            <translation>{n} bairro(s) sem vizinhos: sua priori é a própria taxa.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/smooth_rates.py"></location>
            <source>Spatial Empirical Bayes with queen contiguity ({n} neighbours on average).</source>
            <extracomment>processing_algorithms/smooth_rates.py</extracomment>
            <translation>Bayes empírico espacial com contiguidade rainha ({n} vizinhos em média).</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>choose the land-use class field (LAND_USE_FIELD)</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>escolha o campo de classe de uso do solo (LAND_USE_FIELD)</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Reading streets, lights and incidents…</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>Lendo vias, postes de iluminação e ocorrências…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Read {streets} streets, {lights} lights, {incidents} incidents.</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>Lidas {streets} vias, {lights} postes de iluminação, {incidents} ocorrências.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>Building the network and auditing its segments…</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>Construindo a rede e auditando seus segmentos…</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>City: {units} units, {km} km, lit share {share}, {dark} dark units.</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>Cidade: {units} segmentos, {km} km, proporção iluminada {share}, {dark} segmentos escuros.</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>{n} of {total} street lights have {field} = 1 and are used</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>{n} de {total} postes de iluminação têm {field} = 1 e são usados</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/street_segment_audit.py"></location>
            <source>{n} street lights have no usable {field} value and were left out</source>
            <extracomment>processing_algorithms/street_segment_audit.py</extracomment>
            <translation>{n} postes de iluminação não têm valor utilizável de {field} e foram deixados de fora</translation>
        </message>
        <message>
            <location filename="../processing_algorithms/typologies.py"></location>
            <source>Stability: {scheme}.</source>
            <extracomment>processing_algorithms/typologies.py</extracomment>
            <translation>Estabilidade: {scheme}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Warning: {message}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Aviso: {message}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cancelled by the user; no output was written.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Cancelado pelo usuário; nenhuma saída foi gravada.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{algorithm} ran out of memory; try a smaller extent, fewer features or a coarser cell size.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{algorithm} ficou sem memória; tente uma extensão menor, menos feições ou um tamanho de célula maior.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{algorithm} failed: {error}. No output was written. This is a bug in the Urban Safety Monitor if your inputs look right: please report it with the log (the details are in the log's debug lines).</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{algorithm} falhou: {error}. Nenhuma saída foi gravada. Se as suas entradas parecem corretas, trata-se de um erro (bug) do Urban Safety Monitor: informe-o junto com o registro (os detalhes estão nas linhas de depuração do registro).</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} has no coordinate reference system (CRS); set its CRS in the layer properties (Layer Properties &gt; Source &gt; Assigned CRS) and run again.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} não tem sistema de referência de coordenadas (SRC); defina o seu SRC nas propriedades da camada (Propriedades da camada &gt; Fonte &gt; SRC atribuído) e execute novamente.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The layer</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>A camada</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what}: its extent cannot be transformed to longitude/latitude ({error}); check the layer's CRS.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what}: a sua extensão não pode ser transformada para longitude/latitude ({error}); verifique o SRC da camada.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} has an empty or invalid extent.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} tem uma extensão vazia ou inválida.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>the UTM zone of the layer's centre</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>a zona UTM do centro da camada</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>a Lambert azimuthal equal-area projection centred on the layer (it spans {width} x {height} degrees, too wide for one UTM zone)</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>uma projeção azimutal equivalente de Lambert centrada na camada (ela abrange {width} x {height} graus, largo demais para uma única zona UTM)</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>degrees</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>graus</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{crs} measures in {units}, not metres; areas and distances are computed in the local projection {local} ({kind}), and every distance and area parameter and output is in metres.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{crs} mede em {units}, não em metros; áreas e distâncias são calculadas na projeção local {local} ({kind}), e todos os parâmetros e saídas de distância e área estão em metros.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>unknown units</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>unidades desconhecidas</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <location filename="../processing_algorithms/base/monitor.py"></location>
            <location filename="../processing_algorithms/neighbourhood_profiles.py"></location>
            <source>Could not load the layer given for {name}.</source>
            <extracomment>usm_plugin/bridge.py; processing_algorithms/base/monitor.py; processing_algorithms/neighbourhood_profiles.py</extracomment>
            <translation>Não foi possível carregar a camada informada para {name}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The layer given for {name}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>A camada informada para {name}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Field(s) {missing} not found in the layer given for {name}; it has: {available}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Campo(s) {missing} não encontrado(s) na camada informada para {name}; ela tem: {available}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{name}: the fast file reader could not read {path} ({error}); reading through QGIS instead.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{name}: o leitor rápido de arquivos não conseguiu ler {path} ({error}); lendo pelo QGIS.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{name}: {n} feature(s) with invalid geometry skipped (Processing's invalid geometry setting), feature ids {ids}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{name}: {n} feição(ões) com geometria inválida ignorada(s) (configuração de geometria inválida do Processamento), ids das feições {ids}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{name}: reprojected from {source} to {target}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{name}: reprojetada de {source} para {target}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what}: {n} curved geometries (arcs) were converted to straight segments.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what}: {n} geometrias curvas (arcos) foram convertidas em segmentos retos.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what}: {n} geometries had Z (height) or M values, which are not used: they were dropped to 2-D.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what}: {n} geometrias tinham valores Z (altura) ou M, que não são usados: foram reduzidas a 2-D.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{name}: repaired {n} invalid polygon(s) with make_valid (feature id, reason, area change): {details}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{name}: {n} polígono(s) inválido(s) reparado(s) com make_valid (id da feição, motivo, variação de área): {details}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>feature {id}: {reason}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>feição {id}: {reason}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{n} invalid geometries ({listing}). Change the invalid geometry setting of Processing to skip them, or repair them (Fix geometries) first.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{n} geometrias inválidas ({listing}). Altere a configuração de geometria inválida do Processamento para ignorá-las, ou repare-as antes (Corrigir geometrias).</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not load the table given for {name}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Não foi possível carregar a tabela informada para {name}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Field(s) {missing} not found in {name}; it has: {available}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Campo(s) {missing} não encontrado(s) em {name}; há: {available}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not create the output {name}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Não foi possível criar a saída {name}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not write the output {name}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Não foi possível gravar a saída {name}: {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not write features to the output {name}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Não foi possível gravar feições na saída {name}: {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not write features to the output {name}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Não foi possível gravar feições na saída {name}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot write the output {name}: the folder {folder} does not exist.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Não é possível gravar a saída {name}: a pasta {folder} não existe.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot write the output {name} ({path}): the folder or file is not writable. Choose another output location.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Não é possível gravar a saída {name} ({path}): a pasta ou o arquivo não permite gravação. Escolha outro local de saída.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The output {name} is a shapefile, whose field names are cut to 10 characters; {n} field name(s) would be cut and could be confused ({fields}). Write a GeoPackage (.gpkg) instead, which keeps the names.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>A saída {name} é um shapefile, cujos nomes de campo são cortados em 10 caracteres; {n} nome(s) de campo seria(m) cortado(s) e poderia(m) ser confundido(s) ({fields}). Grave um GeoPackage (.gpkg), que mantém os nomes.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The output {name} was not written ({path}).</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>A saída {name} não foi gravada ({path}).</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not move the output {name} into place at {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Não foi possível mover a saída {name} para o seu lugar em {path}: {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} could not be loaded.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what}: falha ao carregar.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} has no band {band}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} não tem a banda {band}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} has cells of type {kind}; a numeric band is needed.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} tem células do tipo {kind}; é necessária uma banda numérica.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} has no cells.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} não tem células.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} could not be read (got {n} bytes).</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what}: falha na leitura (foram obtidos {n} bytes).</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The output folder {folder} does not exist.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>A pasta de saída {folder} não existe.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot write the output {path}: the folder {folder} is not writable. Choose another output location.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Não é possível gravar a saída {path}: a pasta {folder} não permite gravação. Escolha outro local de saída.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot create the raster {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Não é possível criar o raster {path}: {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>GDAL refused it</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>o GDAL o recusou</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot write the raster {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Não é possível gravar o raster {path}: {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not apply the style {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Não foi possível aplicar o estilo {path}: {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{parameter}: field {missing} is not in the layer given for {parent}. Its fields are: {available}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{parameter}: o campo {missing} não está na camada informada para {parent}. Os seus campos são: {available}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The output {name} ({path}) is the file that {inputs} is read from; writing it would replace that file and every layer in it. Choose another file name (inputs are never modified).</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>A saída {name} ({path}) é o arquivo do qual {inputs} é lido; gravá-la substituiria esse arquivo e todas as camadas nele. Escolha outro nome de arquivo (as entradas nunca são modificadas).</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot write the provenance record {path}: the folder is not writable.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Não é possível gravar o registro de proveniência {path}: a pasta não permite gravação.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Provenance not stored in {uri}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Proveniência não guardada em {uri}: {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot create {path}: the folder is not writable.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Não é possível criar {path}: a pasta não permite gravação.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot create the GeoPackage {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Não é possível criar o GeoPackage {path}: {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Could not write {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Não foi possível gravar {path}: {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The layer given for {name} has no features.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>A camada informada para {name} não tem feições.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{n} neighbourhoods with invalid geometry were skipped (Processing's invalid geometry setting) and have no type.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{n} bairros com geometria inválida foram ignorados (configuração de geometria inválida do Processamento) e não têm tipo.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Warning: input fields replaced by the new values: {fields}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Aviso: campos de entrada substituídos pelos novos valores: {fields}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} ({layer}): {n} features without geometry left out</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} ({layer}): {n} feições sem geometria deixadas de fora</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what} ({layer}) must be a point layer.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what} ({layer}) deve ser uma camada de pontos.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{what}: could not load the layer.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{what}: não foi possível carregar a camada.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>Cannot write {path}: {error}</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>Não é possível gravar {path}: {error}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The layer given for {name} is empty: it has no features (none selected).</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>A camada informada para {name} está vazia: não tem feições (nenhuma selecionada).</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The layer given for {name} is empty: it has no features.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>A camada informada para {name} está vazia: não tem feições.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>; {n} more were skipped as invalid</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>; outras {n} foram ignoradas por serem inválidas</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>The layer given for {name} has no geometries to analyse: its {n} feature(s) all have a null or empty geometry{detail}.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>A camada informada para {name} não tem geometrias a analisar: todas as suas {n} feição(ões) têm geometria nula ou vazia{detail}.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{n} not a number (e.g. {examples})</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{n} não numéricos (ex.: {examples})</translation>
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
            <translation>{n} NULL ou em branco</translation>
        </message>
        <message>
            <location filename="../usm_plugin/bridge.py"></location>
            <source>{field}: {counts} {what}: treated as missing, not 0.</source>
            <extracomment>usm_plugin/bridge.py</extracomment>
            <translation>{field}: {counts} ({what}): tratados como ausentes, não como 0.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>no version</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>sem versão</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>version {found}</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>versão {found}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>{package}: the installed package reports {shown}, which cannot be compared with the minimum {minimum}; assuming it is recent enough (if an algorithm fails, install {package}&gt;={minimum})</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>{package}: o pacote instalado informa {shown}, que não pode ser comparado com o mínimo {minimum}; presume-se que seja recente o suficiente (se um algoritmo falhar, instale {package}&gt;={minimum})</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>The Urban Safety Monitor needs Python packages that this QGIS does not have:</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>O Urban Safety Monitor precisa de pacotes Python que este QGIS não tem:</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>installed but cannot be imported ({error})</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>instalado, mas não pode ser importado ({error})</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>not installed</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>não instalado</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>version {found} is too old</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>a versão {found} é antiga demais</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>How to install them into the Python that QGIS uses:</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>Como instalá-los no Python que o QGIS usa:</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>Windows (OSGeo4W Shell, run as administrator): {command}</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>Windows (OSGeo4W Shell, executado como administrador): {command}</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>or:</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>ou:</translation>
        </message>
        <message>
            <location filename="../usm_plugin/dependencies.py"></location>
            <source>Then restart QGIS.</source>
            <extracomment>usm_plugin/dependencies.py</extracomment>
            <translation>Em seguida, reinicie o QGIS.</translation>
        </message>
        <message>
            <location filename="../usm_plugin/provider.py"></location>
            <source>Could not load the Urban Safety Monitor algorithms: {error}</source>
            <extracomment>usm_plugin/provider.py</extracomment>
            <translation>Não foi possível carregar os algoritmos do Urban Safety Monitor: {error}</translation>
        </message>
        <message>
            <source>The print-ready atlas: one page per neighbourhood. Leave empty to skip it.</source>
            <translation type="obsolete">O atlas pronto para impressão: uma página por bairro. Deixe vazio para não gerá-lo.</translation>
        </message>
        <message>
            <source>Memory to aim under, in megabytes. A layer whose whole read would need more (about 230 bytes per incident) is read in chunks, with the same surface. With a radius given, the chunks are read twice (extent, then binning onto the grid) and only the grid is kept: the memory is bounded whatever the number of incidents. With an automatic radius every coordinate and weight is kept (about 40 bytes per incident, as the radius needs all of them at once): this lowers the peak several times but does not bound it; give a radius for layers of tens of millions of incidents.</source>
            <translation type="obsolete">Memória a buscar não ultrapassar, em megabytes. Uma camada cuja leitura completa precisaria de mais (cerca de 230 bytes por ocorrência) é lida em blocos que guardam apenas as coordenadas e o peso (cerca de 40 bytes por ocorrência), com a mesma superfície. A própria superfície precisa de todas as coordenadas, então isso reduz o pico várias vezes, mas não o limita: além de uns 50 milhões de ocorrências a cada 2 GB, forneça mais memória.</translation>
        </message>
        <message>
            <source>Reading {n} incidents in chunks of {rows} (coordinates and weight only) to lower the memory needed; with an automatic radius every coordinate is kept (give a radius to bound the memory)…</source>
            <translation type="obsolete">Lendo {n} ocorrências em blocos de {rows} (apenas coordenadas e peso) para reduzir a memória necessária; com um raio automático todas as coordenadas são mantidas (informe um raio para limitar a memória)…</translation>
        </message>
        <message>
            <source>Runs the whole diagnosis on a city's layers in one go: census interpolation, incidents per neighbourhood with rates, hot spots, clusters, emerging patterns, density and SDG indicators, into one styled GeoPackage and a folder of tables.</source>
            <translation type="obsolete">Executa todo o diagnóstico sobre as camadas de uma cidade de uma só vez: interpolação do censo, ocorrências por bairro com taxas, pontos quentes, aglomerados, padrões emergentes, densidade e indicadores ODS, em um GeoPackage com estilos e uma pasta de tabelas.</translation>
        </message>
        <message>
            <source>Counts per year and the emerging hot spot step need the date of each incident.</source>
            <translation type="obsolete">As contagens por ano e a etapa de pontos quentes emergentes precisam da data de cada ocorrência.</translation>
        </message>
        <message>
            <source>Rates, shares and means, averaged weighted by population.</source>
            <translation type="obsolete">Taxas, proporções e médias, calculadas como médias ponderadas pela população.</translation>
        </message>
        <message>
            <source>The census population count: it gives the rates per resident, the smoothed rates analysed for hot spots and the residents of the SDG indicators.</source>
            <translation type="obsolete">A contagem de população do censo: dá as taxas por habitante, as taxas suavizadas analisadas nos pontos quentes e os habitantes dos indicadores ODS.</translation>
        </message>
        <message>
            <source>Residents per cell: dasymetric census interpolation and the SDG residents.</source>
            <translation type="obsolete">Habitantes por célula: interpolação dasimétrica do censo e os habitantes dos ODS.</translation>
        </message>
        <message>
            <source>For SDG 11.2.1 (with public space, for the SDG step).</source>
            <translation type="obsolete">Para o ODS 11.2.1 (com o espaço público, para a etapa ODS).</translation>
        </message>
        <message>
            <source>Walking distances for the SDG indicators (straight lines without it).</source>
            <translation type="obsolete">Distâncias a pé para os indicadores ODS (linhas retas sem ela).</translation>
        </message>
        <message>
            <source>The density raster, the CSV tables and the provenance records.</source>
            <translation type="obsolete">O raster de densidade, as tabelas CSV e os registros de proveniência.</translation>
        </message>
        <message>
            <source>The steps run in order, each with the settings a first diagnosis needs, and each step's output feeds the next: census variables are interpolated to the neighbourhoods (when a census layer is given), incidents are counted per neighbourhood with rates per 100,000 residents and Empirical Bayes smoothed rates, Gi* hot spots (bins from the z-score, as ArcGIS, FDR-corrected) and Local Moran's I clusters (permutations, as GeoDa) are computed on the smoothed rate (on the density per km² without population), emerging hot spots over the months (with a date field), a kernel density surface, and the SDG 11.2.1 and 11.7.1 indicators (with transit stops, public space and a population source). Steps whose inputs are missing are skipped and listed.</source>
            <translation type="obsolete">As etapas são executadas em ordem, cada uma com as configurações de que um primeiro diagnóstico precisa, e a saída de cada etapa alimenta a seguinte: as variáveis do censo são interpoladas para os bairros (quando uma camada censitária é informada), as ocorrências são contadas por bairro com taxas por 100,000 habitantes e taxas suavizadas por Bayes empírico, os pontos quentes Gi* (faixas a partir do escore z, como no ArcGIS, com correção FDR) e os aglomerados de I de Moran local (permutações, como no GeoDa) são calculados sobre a taxa suavizada (sobre a densidade por km² sem população), os pontos quentes emergentes ao longo dos meses (com um campo de data), uma superfície de densidade kernel e os indicadores ODS 11.2.1 e 11.7.1 (com pontos de parada de transporte, espaço público e uma fonte de população). As etapas cujas entradas faltam são puladas e listadas.</translation>
        </message>
        <message>
            <source>Every vector result is a layer of the output GeoPackage with its style stored in it, so it opens styled in any QGIS. The output folder holds the density GeoTIFF, the accounting and summary tables (CSV) and one provenance record per step plus one for the chain. The GeoPackage is written under a temporary name and moved into place when every step has succeeded: a cancelled or failed run leaves no partial package. Each step can also be run on its own, with every option, from the toolbox.</source>
            <translation type="obsolete">Cada resultado vetorial é uma camada do GeoPackage de saída com seu estilo guardado nele, de modo que abre com estilo em qualquer QGIS. A pasta de saída contém o GeoTIFF de densidade, as tabelas de contabilização e de resumo (CSV) e um registro de proveniência por etapa mais um para a cadeia. O GeoPackage é gravado com um nome temporário e movido para o lugar quando todas as etapas tiverem sido bem-sucedidas: uma execução cancelada ou com falha não deixa pacote parcial. Cada etapa também pode ser executada sozinha, com todas as opções, a partir da caixa de ferramentas.</translation>
        </message>
        <message>
            <source>how each output was made</source>
            <translation type="obsolete">como cada saída foi produzida</translation>
        </message>
        <message>
            <source>Points: give the incident layer to publish masked points. Each point is moved in a random direction by a random distance between the minimum and maximum displacement (donut geomasking), so that no published point lies within the minimum distance of a true location; only the category is kept. The disclosure report lists every threshold and count. Publish one geography per release: a second, overlapping one (or another period) lets small counts be recovered by subtraction.</source>
            <translation type="obsolete">Pontos: informe a camada de ocorrências para publicar pontos mascarados. Cada ponto é deslocado em uma direção aleatória por uma distância aleatória entre o deslocamento mínimo e o máximo (geomascaramento em rosca), de modo que nenhum ponto publicado fique a menos da distância mínima de uma localização verdadeira; apenas a categoria é mantida. O relatório de divulgação lista cada limiar e contagem. Publique uma única geografia por divulgação: uma segunda, sobreposta (ou outro período), permite recuperar contagens pequenas por subtração.</translation>
        </message>
    </context>
</TS>
