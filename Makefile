# Urban Safety Monitor -- everything a developer, a CI run or a curious planner needs.
#
#   make demo      run the main job on the bundled demo city (installs what it needs)
#   make test      run all tests (installs what it needs)
#   make setup     QGIS from Debian's packages (if missing), .venv, Python dependencies
#   make package   build dist/urban_safety_monitor.zip for QGIS's "Install from ZIP"
#   make release   the same, refusing unset or unreachable contacts (USM_EMAIL, USM_TRACKER, USM_REPOSITORY)
#   make docs      the HTML help pages into docs/ (each algorithm's Help button opens its page)
#   make translations  update i18n/usm_*.ts from the code and the algorithms (CONTRIBUTING.md)
#   make deploy    install that zip into a QGIS profile (QGIS_PROFILE=...)
#   make bench     benchmarks against QGIS, PySAL, GeoDa, tobler, networkx (minutes)
#   make test-matrix  the tests on this QGIS and, in cached Debian chroots, on QGIS 3.40 and 3.44

SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV        := .venv
PY          := $(VENV)/bin/python
SYSTEM_PY   := /usr/bin/python3
QGIS_PROCESS_BIN := /usr/bin/qgis_process.bin
PLUGIN      := urban_safety_monitor
ZIP         := dist/$(PLUGIN).zip
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default

DEMO_GPKG   := sample_layers/demo_city.gpkg
DEMO_OUT    := build/demo
# The layer the demo's profiles are made from: the full diagnosis's one row per neighbourhood.
PROFILES_INPUT := $(DEMO_OUT)/full_diagnosis.gpkg|layername=neighbourhood_summary
# qgis_process runs the *packaged* plugin in a throw-away profile, with the venv's packages.
QGIS_ENV = QT_QPA_PLATFORM=offscreen QGIS_PLUGINPATH=$(CURDIR)/build/plugins \
           QGIS_CUSTOM_CONFIG_PATH=$(CURDIR)/build/qgis-profile \
           PYTHONPATH=$$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
QGIS_PROCESS = $(QGIS_ENV) $(QGIS_PROCESS_BIN)

# Two ways to install, chosen from the Debian release (/etc/os-release), same commands:
#  compile  Debian 12 (QGIS 3.22): shapely, pyogrio, rasterio (and pyproj if needed) are
#           compiled against QGIS's own GEOS, PROJ and GDAL (packaging/constraints-debian12.txt).
#  debian   Debian 13 and newer (QGIS 3.40+): Debian's own python3-* packages are recent
#           enough and built against the same libraries as QGIS; nothing is compiled and pip
#           only adds the test-only references Debian lacks (packaging/constraints-debian13.txt).
OS_CODENAME := $(shell . /etc/os-release 2>/dev/null && echo $$VERSION_CODENAME)
SETUP_ROUTE ?= $(if $(filter trixie forky duke sid,$(OS_CODENAME)),debian,compile)
ifeq ($(SETUP_ROUTE),debian)
CONSTRAINTS := packaging/constraints-debian13.txt
else
CONSTRAINTS := packaging/constraints-debian12.txt
endif
# Debian's packages for the debian route: the plugin's dependencies and the tests' references
# that Debian has (proj-bin: without it Debian's pyproj in a venv finds no PROJ data).
DEBIAN_PY_PACKAGES := python3-numpy python3-scipy python3-pandas python3-geopandas \
  python3-shapely python3-pyproj python3-rasterio python3-sklearn python3-pytest \
  python3-networkx python3-statsmodels proj-bin
DEBIAN_PY_OPTIONAL := python3-pyogrio python3-pyarrow

.PHONY: help setup qgis venv demo test test-core test-matrix package release docs deploy bench batch clean \
        translations translation-tools regen

# Translations: i18n/usm_<lang>.ts (in the repository) compiled to .qm by Qt's lrelease: Debian
# package qttools5-dev-tools (Debian 12 and 13; the binary is /usr/lib/qt5/bin/lrelease, on
# Debian 12 also /usr/bin/lrelease through qtchooser), else qt6-l10n-tools (Qt 6's lrelease).
# pylupdate5 (pyqt5-dev-tools) or pylupdate6 (pyqt6-dev-tools) cross-checks the extraction of
# packaging/i18n.py (optional).
TRANSLATION_PACKAGES := qttools5-dev-tools qt6-l10n-tools
TRANSLATION_OPTIONAL := pyqt5-dev-tools pyqt6-dev-tools
LRELEASE ?= $(firstword $(wildcard /usr/lib/qt5/bin/lrelease /usr/lib/*/qt5/bin/lrelease) \
              $(shell command -v lrelease-qt5 lrelease 2>/dev/null) \
              $(wildcard /usr/lib/qt6/bin/lrelease /usr/lib/*/qt6/bin/lrelease))
TS_FILES := $(wildcard i18n/usm_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

help:
	@sed -n '2,12p' Makefile | sed 's/^# \{0,1\}//'

# ---------------------------------------------------------------- installation

qgis:
	@echo "Setup route for Debian '$(OS_CODENAME)': $(SETUP_ROUTE)"
	@if ! dpkg -s qgis python3-qgis python3-venv >/dev/null 2>&1 || [ ! -x $(QGIS_PROCESS_BIN) ]; then \
	  echo "Installing QGIS from Debian's packages..."; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq qgis python3-qgis python3-venv >/dev/null; \
	fi
ifeq ($(SETUP_ROUTE),debian)
	@# Debian 13+: the Python dependencies from Debian, nothing to compile.
	@if ! dpkg -s $(DEBIAN_PY_PACKAGES) >/dev/null 2>&1; then \
	  echo "Installing the Python dependencies from Debian's packages..."; \
	  optional=$$(for p in $(DEBIAN_PY_OPTIONAL); do apt-cache show $$p >/dev/null 2>&1 && echo $$p; done); \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(DEBIAN_PY_PACKAGES) $$optional >/dev/null; \
	fi
else
	@# Headers to build the GEOS/PROJ/GDAL wrappers against QGIS's own libraries (see below).
	@if ! dpkg -s libgeos-dev libproj-dev libgdal-dev python3-dev >/dev/null 2>&1; then \
	  echo "Installing GEOS, PROJ and GDAL headers..."; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libgeos-dev libproj-dev libgdal-dev python3-dev build-essential >/dev/null; \
	fi
endif
	@$(SYSTEM_PY) -c 'import qgis.core' 2>/dev/null || { echo "python3-qgis is not importable"; exit 1; }

# lrelease (to build the .qm files of `make package`) and a pylupdate where Debian has one: the
# first package of each list that this release has.
translation-tools:
	@if [ -z "$(LRELEASE)" ]; then \
	  echo "Installing Qt's translation tools (lrelease)..."; \
	  $(SUDO) apt-get update -qq; \
	  first() { for p in "$$@"; do apt-cache show $$p >/dev/null 2>&1 && { echo $$p; return; }; done; }; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq \
	    $$(first $(TRANSLATION_PACKAGES)) $$(first $(TRANSLATION_OPTIONAL)) >/dev/null; \
	fi

# shapely, pyproj, pyogrio and rasterio are compiled against the system's GEOS, PROJ and GDAL,
# the ones QGIS itself uses: binary wheels carry their own copies, and two copies of a C
# library in one QGIS process crash it (see packaging/constraints-debian12.txt).
# pyproj comes from Debian (python3-pyproj, installed with QGIS) unless a newer one is needed.
NATIVE_FROM_SOURCE := --no-binary shapely,pyproj,pyogrio,rasterio,fiona
ifeq ($(SETUP_ROUTE),debian)
# Every Python distribution Debian installed is pinned (build/debian-pins.txt, written by
# packaging/debian_pins.py), so pip never replaces one of Debian's packages by a wheel.
PIP_INSTALL = $(PY) -m pip install -q $(NATIVE_FROM_SOURCE) -c $(CONSTRAINTS) -c build/debian-pins.txt
else
PIP_INSTALL = $(PY) -m pip install -q $(NATIVE_FROM_SOURCE) -c $(CONSTRAINTS)
endif

$(VENV)/.installed: requirements.txt requirements-dev.txt $(CONSTRAINTS)
	@[ -x $(PY) ] || $(SYSTEM_PY) -m venv --system-site-packages $(VENV)
ifeq ($(SETUP_ROUTE),debian)
	@mkdir -p build
	$(PY) packaging/debian_pins.py build/debian-pins.txt
	@echo "Installing the test-only Python references Debian lacks into $(VENV)..."
else
	$(PY) -m pip install -q --upgrade pip
	@echo "Installing Python dependencies into $(VENV) (compiling the GEOS/PROJ/GDAL wrappers takes a few minutes the first time)..."
endif
ifeq ($(SETUP_ROUTE),debian)
	@# A reference without a wheel for a brand-new Python (pygeoda on Debian sid's 3.14) must
	@# not block the rest: one by one, and say which are missing (their tests are skipped).
	$(PIP_INSTALL) -r requirements-dev.txt || { \
	  echo "Installing the requirements one by one..."; \
	  for req in $$(sed -e 's/#.*//' -e '/^-r/d' requirements.txt requirements-dev.txt); do \
	    $(PIP_INSTALL) "$$req" >/dev/null 2>&1 || echo "NOT INSTALLED: $$req (the tests that need it are skipped)"; \
	  done; }
else
	$(PIP_INSTALL) -r requirements-dev.txt
endif
	@touch $@

$(VENV)/.bench-installed: $(VENV)/.installed requirements-bench.txt
	$(PIP_INSTALL) -r requirements-bench.txt || echo "Some optional benchmark peers did not install; their benchmarks are skipped."
	@touch $@

venv: qgis translation-tools $(VENV)/.installed

setup: venv

# ---------------------------------------------------------------- packaging

package: $(ZIP)

# The compiled translations the zip ships (i18n/*.qm, not in git).
i18n/%.qm: i18n/%.ts
	@if [ -z "$(LRELEASE)" ]; then \
	  echo "lrelease (Qt's translation compiler) is missing: install the Debian package" \
	       "qttools5-dev-tools (sudo apt-get install qttools5-dev-tools; make setup does it)"; exit 1; fi
	@$(LRELEASE) -silent $< -qm $@

# Update the .ts files from the code and the algorithms' metadata (keeps translations).
translations: venv
	QT_QPA_PLATFORM=offscreen $(PY) packaging/i18n.py

# What is generated from the algorithms' own declarations after adding or changing one:
# README.md's algorithm table and the .ts files (tests fail while either is stale).
regen: venv
	QT_QPA_PLATFORM=offscreen $(PY) packaging/algorithm_table.py
	QT_QPA_PLATFORM=offscreen $(PY) packaging/i18n.py


PLUGIN_SOURCES := $(shell find usm_plugin processing_algorithms resources sample_layers -type f -not -path '*/__pycache__/*' 2>/dev/null) \
  __init__.py metadata.txt CHANGELOG.md LICENSE
PACKAGING := packaging/build_zip.py packaging/build_docs.py packaging/plugin_metadata.py packaging/release.cfg

# The zip's metadata.txt gets its changelog from CHANGELOG.md and its contact fields from
# USM_EMAIL, USM_HOMEPAGE, USM_TRACKER, USM_REPOSITORY or packaging/release.cfg; its help pages
# are generated afresh from the algorithms (packaging/plugin_metadata.py, build_docs.py).
$(ZIP): $(PLUGIN_SOURCES) $(PACKAGING) $(QM_FILES)
	@$(SYSTEM_PY) packaging/build_zip.py $(ZIP) >/dev/null
	@echo "Built $(ZIP) ($$(du -h $(ZIP) | cut -f1)); install it with Plugins > Manage and Install Plugins > Install from ZIP"

release: $(QM_FILES)
	@$(SYSTEM_PY) packaging/build_zip.py --release --check-urls $(ZIP) >/dev/null
	@echo "Built release $(ZIP) ($$(du -h $(ZIP) | cut -f1))"

docs: docs/index.html

docs/index.html: $(PLUGIN_SOURCES) $(PACKAGING)
	@QT_QPA_PLATFORM=offscreen $(SYSTEM_PY) packaging/build_docs.py docs

build/plugins/$(PLUGIN)/metadata.txt: $(ZIP)
	@rm -rf build/plugins && mkdir -p build/plugins
	@cd build/plugins && $(SYSTEM_PY) -m zipfile -e ../../$(ZIP) .
	@touch $@

deploy: $(ZIP)
	@mkdir -p "$(QGIS_PROFILE)/python/plugins"
	@rm -rf "$(QGIS_PROFILE)/python/plugins/$(PLUGIN)"
	@cd "$(QGIS_PROFILE)/python/plugins" && $(SYSTEM_PY) -m zipfile -e $(CURDIR)/$(ZIP) .
	@echo "Installed into $(QGIS_PROFILE)/python/plugins/$(PLUGIN); enable it in QGIS's Plugin Manager."

# ---------------------------------------------------------------- the demo

demo: setup build/plugins/$(PLUGIN)/metadata.txt
	@rm -rf $(DEMO_OUT) && mkdir -p $(DEMO_OUT)
	@$(QGIS_PROCESS) plugins enable $(PLUGIN) >/dev/null 2>&1 || true  # fails when already enabled
	@echo
	@echo "== 1/11 Interpolate census data to neighbourhoods (demo city: Villa Segura; dasymetric, 100 m population raster) =="
	$(QGIS_PROCESS) run usm:interpolatecensus -- \
	  CENSUS='$(DEMO_GPKG)|layername=census_units' CENSUS_ID=census_id \
	  NEIGHBOURHOODS='$(DEMO_GPKG)|layername=neighbourhoods' NEIGHBOURHOOD_ID=nbhd_id \
	  'EXTENSIVE_FIELDS=population;households;unemployed' \
	  'INTENSIVE_FIELDS=income_mean;unemployment_rate;youth_share;informal_share' \
	  INTENSIVE_WEIGHT=1 POPULATION_FIELD=population \
	  POPULATION_RASTER=sample_layers/population_100m.tif \
	  OUTPUT=$(DEMO_OUT)/neighbourhoods_census.gpkg TOTALS=$(DEMO_OUT)/census_totals.csv \
	  DIAGNOSTICS=$(DEMO_OUT)/census_diagnostics.csv
	@echo
	@echo "== 2/11 Aggregate incidents to neighbourhoods (rates per 100,000 residents, Empirical Bayes smoothing) =="
	$(QGIS_PROCESS) run usm:aggregateincidents -- \
	  INCIDENTS='$(DEMO_GPKG)|layername=incidents' \
	  NEIGHBOURHOODS=$(DEMO_OUT)/neighbourhoods_census.gpkg NEIGHBOURHOOD_ID=nbhd_id \
	  CATEGORY_FIELD=category DATE_FIELD=occurred_at PERIODS=0,3 \
	  'DISAGGREGATE_FIELDS=victim_sex;victim_age_group' \
	  POPULATION_FIELD=population RATE_PER=1 SMOOTH_RATES=1 \
	  OUTPUT=$(DEMO_OUT)/incident_counts.gpkg ACCOUNTING=$(DEMO_OUT)/incident_accounting.csv \
	  FIELD_NAMES=$(DEMO_OUT)/incident_field_names.csv
	@echo
	@echo "== 3/11 Neighbourhood typologies (k chosen from 2..10 by three criteria, 100 stability re-runs) and targets by type =="
	$(QGIS_PROCESS) run usm:typologies -- \
	  INPUT=$(DEMO_OUT)/incident_counts.gpkg ID_FIELD=nbhd_id \
	  'FIELDS=income_mean;unemployment_rate;youth_share;informal_share;eb_rate_total' \
	  METHOD=0 K=0 SEED=1 POPULATION_FIELD=population STABILITY_RUNS=100 \
	  OUTPUT=$(DEMO_OUT)/typologies.gpkg K_TABLE=$(DEMO_OUT)/typology_k_selection.csv \
	  PROFILES=$(DEMO_OUT)/typology_profiles.csv HTML=$(DEMO_OUT)/typology_summary.html
	$(QGIS_PROCESS) run usm:projecttargets -- \
	  INPUT=$(DEMO_OUT)/typologies.gpkg ID_FIELD=nbhd_id TYPE_FIELD=type_id \
	  BASELINE_FIELD=eb_rate_total REPRESENTATIVE_FIELD=is_representative CITY_CHANGE=-50 \
	  OUTPUT=$(DEMO_OUT)/typology_targets.gpkg BY_TYPE=$(DEMO_OUT)/typology_targets_by_type.csv
	@echo
	@echo "== 4/11 The monitor: a risk index with Monte Carlo uncertainty, 2021 vs 2023, the path to -50% by 2030 =="
	$(QGIS_PROCESS) run usm:compositeindex -- \
	  INPUT=$(DEMO_OUT)/incident_counts.gpkg ID_FIELD=nbhd_id \
	  SELECT=crime_violence,socioeconomic_risk SKIP_MISSING=1 ORIENTATION=1 RUNS=1000 SEED=1 \
	  OUTPUT=$(DEMO_OUT)/risk_index.gpkg SENSITIVITY=$(DEMO_OUT)/index_sensitivity.csv \
	  REPORT=$(DEMO_OUT)/index_report.csv
	$(QGIS_PROCESS) run usm:compareperiods -- INPUT=$(DEMO_OUT)/incident_counts.gpkg ID_FIELD=nbhd_id \
	  'COUNT_FIELDS=n_y2021;n_y2022;n_y2023' POPULATION_FIELD=population \
	  OUTPUT=$(DEMO_OUT)/change_2021_2023.gpkg CITY=$(DEMO_OUT)/change_city.csv
	$(QGIS_PROCESS) run usm:targettrajectory -- INPUT=$(DEMO_OUT)/incident_counts.gpkg ID_FIELD=nbhd_id \
	  'COUNT_FIELDS=n_y2021;n_y2022;n_y2023' REDUCTION=50 TARGET_YEAR=2030 \
	  OUTPUT=$(DEMO_OUT)/target_2030.gpkg CITY_PATH=$(DEMO_OUT)/target_city_path.csv
	@echo
	@echo "== 5/11 Hot spots (Getis-Ord Gi*) of the Empirical Bayes incident rate, FDR-corrected =="
	@echo "   (significance from the z-score's normal approximation, as ArcGIS; the 999 permutations"
	@echo "    are still run and their pseudo p-values written to Gi_PSim for comparison)"
	$(QGIS_PROCESS) run usm:hotspots -- \
	  INPUT=$(DEMO_OUT)/incident_counts.gpkg ID_FIELD=nbhd_id FIELD=eb_rate_total \
	  POPULATION_FIELD=population WEIGHTS=0 INFERENCE=1 PERMUTATIONS=999 SEED=1 FDR=1 \
	  OUTPUT=$(DEMO_OUT)/hot_spots_eb_rate.gpkg
	@echo
	@echo "== 6/11 Kernel density surface of incidents (100 m cells, 500 m quartic kernel) =="
	$(QGIS_PROCESS) run usm:kerneldensity -- \
	  INPUT='$(DEMO_GPKG)|layername=incidents' CELL_SIZE=100 RADIUS=500 KERNEL=0 \
	  OUTPUT=$(DEMO_OUT)/incident_density.tif
	@echo
	@echo "== 7/11 SDG 11.2.1 (access to public transport) and 11.7.1 (public space) indicators =="
	$(QGIS_PROCESS) run usm:sdgindicators -- \
	  NEIGHBOURHOODS='$(DEMO_GPKG)|layername=neighbourhoods' NEIGHBOURHOOD_ID=nbhd_id \
	  POPULATION_RASTER=sample_layers/population_100m.tif \
	  STOPS='$(DEMO_GPKG)|layername=transit_stops' CAPACITY_FIELD=capacity \
	  PUBLIC_SPACE='$(DEMO_GPKG)|layername=public_space' OPEN_FIELD=open_public \
	  STREETS='$(DEMO_GPKG)|layername=streets' \
	  OUTPUT=$(DEMO_OUT)/sdg_indicators.gpkg CITY=$(DEMO_OUT)/sdg_city_summary.csv
	@echo
	@echo "== 8/11 Street-segment audit (CPTED): lighting and dark gaps, dead ends, land-use mix, incidents at night =="
	$(QGIS_PROCESS) run usm:streetsegmentaudit -- \
	  STREETS='$(DEMO_GPKG)|layername=streets' 'STREET_FIELDS=name;road_class;lit' \
	  LIGHTS='$(DEMO_GPKG)|layername=street_lights' LIGHT_FIELD=working \
	  INCIDENTS='$(DEMO_GPKG)|layername=incidents' DATE_FIELD=occurred_at CATEGORY_FIELD=category \
	  NEIGHBOURHOODS='$(DEMO_GPKG)|layername=neighbourhoods' NEIGHBOURHOOD_ID=nbhd_id \
	  LAND_USE='$(DEMO_GPKG)|layername=land_use' LAND_USE_FIELD=land_use \
	  GENERATORS='$(DEMO_GPKG)|layername=transit_stops' GENERATORS='$(DEMO_GPKG)|layername=schools' \
	  OUTPUT=$(DEMO_OUT)/street_segments.gpkg \
	  NEIGHBOURHOOD_OUTPUT=$(DEMO_OUT)/street_audit_neighbourhoods.gpkg \
	  ACCOUNTING=$(DEMO_OUT)/street_audit_accounting.csv
	@echo
	@echo "== 9/11 Public release of the incident counts (threshold 5, secondary suppression, audit) =="
	$(QGIS_PROCESS) run usm:publicrelease -- \
	  INPUT=$(DEMO_OUT)/incident_counts.gpkg ID_FIELD=nbhd_id \
	  'COUNT_FIELDS=n_cat_assault;n_cat_burglary;n_cat_domestic_violence;n_cat_harassment;n_cat_homicide;n_cat_robbery;n_cat_sexual_violence;n_cat_theft' \
	  TOTAL_FIELD=n_total 'SENSITIVE_FIELDS=n_cat_sexual_violence;n_cat_domestic_violence' SENSITIVE_THRESHOLD=10 \
	  POPULATION_FIELD=population MIN_POPULATION=40 \
	  OUTPUT=$(DEMO_OUT)/public_incident_counts.gpkg REPORT=$(DEMO_OUT)/disclosure_report.csv
	@echo
	@echo "== 10/11 The full diagnosis in one run: every step above and more into one styled GeoPackage with a neighbourhood summary =="
	$(QGIS_PROCESS) run usm:fulldiagnosis -- \
	  NEIGHBOURHOODS='$(DEMO_GPKG)|layername=neighbourhoods' NEIGHBOURHOOD_ID=nbhd_id \
	  INCIDENTS='$(DEMO_GPKG)|layername=incidents' CATEGORY_FIELD=category DATE_FIELD=occurred_at \
	  CENSUS='$(DEMO_GPKG)|layername=census_units' CENSUS_ID=census_id \
	  'CENSUS_COUNTS=population;households;unemployed' \
	  'CENSUS_RATES=income_mean;unemployment_rate;youth_share;informal_share' \
	  POPULATION_FIELD=population POPULATION_RASTER=sample_layers/population_100m.tif \
	  STOPS='$(DEMO_GPKG)|layername=transit_stops' CAPACITY_FIELD=capacity \
	  PUBLIC_SPACE='$(DEMO_GPKG)|layername=public_space' OPEN_FIELD=open_public \
	  STREETS='$(DEMO_GPKG)|layername=streets' \
	  LIGHTS='$(DEMO_GPKG)|layername=street_lights' LIGHT_FIELD=working \
	  LAND_USE='$(DEMO_GPKG)|layername=land_use' LAND_USE_FIELD=land_use \
	  SURVEY='$(DEMO_GPKG)|layername=survey_respondents' 'SURVEY_FIELDS=feels_unsafe_night;victim_last_year' \
	  FACILITIES='$(DEMO_GPKG)|layername=police_posts' FACILITIES='$(DEMO_GPKG)|layername=schools' \
	  FACILITIES='$(DEMO_GPKG)|layername=health_centres' \
	  OUTPUT_GPKG=$(DEMO_OUT)/full_diagnosis.gpkg OUTPUT_FOLDER=$(DEMO_OUT)/full_diagnosis
	@echo "== 11/11 Neighbourhood profiles (one HTML page each + index) and the atlas PDF (one page each) =="
	$(QGIS_PROCESS) run usm:neighbourhoodprofiles -- \
	  INPUT='$(PROFILES_INPUT)' ID_FIELD=nbhd_id TITLE='Villa Segura: neighbourhood profiles' \
	  ACCOUNTING=$(DEMO_OUT)/incident_accounting.csv DENSITY=$(DEMO_OUT)/incident_density.tif \
	  OUTPUT_FOLDER=$(DEMO_OUT)/profiles ATLAS_PDF=$(DEMO_OUT)/atlas.pdf
	@echo
	@for f in neighbourhoods_census.gpkg census_totals.csv census_diagnostics.csv incident_counts.gpkg \
	  incident_accounting.csv incident_field_names.csv hot_spots_eb_rate.gpkg incident_density.tif \
	  sdg_indicators.gpkg sdg_city_summary.csv public_incident_counts.gpkg disclosure_report.csv \
	  typologies.gpkg typology_k_selection.csv typology_profiles.csv typology_summary.html \
	  typology_targets.gpkg typology_targets_by_type.csv risk_index.gpkg index_sensitivity.csv \
	  index_report.csv change_2021_2023.gpkg change_city.csv target_2030.gpkg target_city_path.csv \
	  street_segments.gpkg street_audit_neighbourhoods.gpkg street_audit_accounting.csv \
	  full_diagnosis.gpkg full_diagnosis/incident_density.tif full_diagnosis/typology_summary.html \
	  full_diagnosis/provenance_chain.json \
	  profiles/index.html atlas.pdf; do \
	  [ -s $(DEMO_OUT)/$$f ] || { echo "Missing demo output: $(DEMO_OUT)/$$f"; exit 1; }; done
	@echo "Demo outputs are in $(CURDIR)/$(DEMO_OUT):"
	@echo "  neighbourhoods_census.gpkg   census variables interpolated to the 250 neighbourhoods"
	@echo "  census_totals.csv            census vs neighbourhood totals (population, households, unemployed)"
	@echo "  census_diagnostics.csv       census units without raster mass, gaps, overlaps"
	@echo "  incident_counts.gpkg         incidents per neighbourhood: counts, rate_*, eb_rate_* per 100,000"
	@echo "  incident_accounting.csv      every incident accounted for: read = assigned + outside + dropped"
	@echo "  incident_field_names.csv     which category or value each n_* field counts"
	@echo "  typologies.gpkg              neighbourhood types (type_id, type_name), stability, representatives"
	@echo "  typology_k_selection.csv     pseudo-F, silhouette and Davies-Bouldin for every k tried"
	@echo "  typology_profiles.csv        each type's size, population, indicator means, R2, naming rule"
	@echo "  typology_summary.html        profile heat table, box plots, k chart (open in a browser)"
	@echo "  typology_targets.gpkg        -50% targets projected to every neighbourhood by type"
	@echo "  typology_targets_by_type.csv the targets summarised per type"
	@echo "  risk_index.gpkg              composite risk index at every level, with rank intervals"
	@echo "  index_sensitivity.csv        which choice moves the index most (Sobol indices)"
	@echo "  change_2021_2023.gpkg        significant increases and decreases (exact test, FDR)"
	@echo "  target_2030.gpkg             on or off track to halving incidents by 2030"
	@echo "  hot_spots_eb_rate.gpkg       Gi* z-scores and confidence bins (Gi_Bin -3..3) of eb_rate_total"
	@echo "  incident_density.tif         incidents per km2 (GeoTIFF, EPSG:32630)"
	@echo "  sdg_indicators.gpkg          SDG 11.2.1 and 11.7.1 shares per neighbourhood"
	@echo "  sdg_city_summary.csv         the city-wide SDG values"
	@echo "  street_segments.gpkg         every street segment: lit share, longest dark gap, incidents at night"
	@echo "  street_audit_neighbourhoods.gpkg  the segment audit rolled up per neighbourhood"
	@echo "  public_incident_counts.gpkg  counts safe to publish (small counts withheld, none recoverable)"
	@echo "  disclosure_report.csv        thresholds, primary and secondary suppressions, audit"
	@echo "  full_diagnosis.gpkg          the whole diagnosis in one styled GeoPackage: a layer per step and"
	@echo "                               neighbourhood_summary, one row per neighbourhood with every step's key figures"
	@echo "  full_diagnosis/              its density GeoTIFF, tables, typology summary (HTML), provenance records"
	@echo "  profiles/index.html          a page per neighbourhood: map, indicators vs city and type, trends, quality"
	@echo "  atlas.pdf                    the print-ready atlas, one page per neighbourhood"
	@echo "Open them in QGIS: drag the files onto the map canvas (or Layer > Add Layer > Add Vector"
	@echo "Layer / Add Raster Layer; add the .csv files as tables), next to the demo city's own layers"
	@echo "in $(DEMO_GPKG). Every output opens styled: the GeoPackages carry their style in their"
	@echo "layer_styles table and the GeoTIFF a .qml beside it."

# ---------------------------------------------------------------- batch monitor
# Many cities and years from one configuration file, outside QGIS (usm_plugin/batch; README
# "Batch monitor"): make batch CONFIG=monitor.toml BATCH_ARGS="--dask local:2 --partitions 4"
BATCH_CONFIG ?= resources/batch/example_monitor.toml
BATCH_ARGS ?=
batch: setup
	@mkdir -p build/importroot && ln -sfn $(CURDIR) build/importroot/$(PLUGIN)
	PYTHONPATH=$(CURDIR)/build/importroot $(PY) -m $(PLUGIN).usm_plugin.batch $(or $(CONFIG),$(BATCH_CONFIG)) $(BATCH_ARGS)

# ---------------------------------------------------------------- tests and benchmarks

PYTEST_ARGS ?=
test: setup build/plugins/$(PLUGIN)/metadata.txt
	$(PY) -m pytest -q $(PYTEST_ARGS)

test-core: venv
	$(PY) -m pytest -q tests/core

bench: setup $(VENV)/.bench-installed build/plugins/$(PLUGIN)/metadata.txt
	@for script in benchmarks/bench_*.py; do \
	  echo "== $$script"; QT_QPA_PLATFORM=offscreen $(PY) $$script || exit 1; done

# The suite on this machine's QGIS and, in Debian chroots built with debootstrap and cached in
# /var/cache/usm-testroots (USM_TESTROOTS=...), on QGIS 3.40 (trixie) and 3.44 (sid); needs root
# (sudo) and network access to a Debian mirror. TEST_MATRIX="trixie" runs one root only.
TEST_MATRIX ?= host trixie sid
test-matrix:
	.ci/test-matrix.sh $(TEST_MATRIX)

clean:
	rm -rf build dist docs
