"""Plugin metadata and shipped documentation: what QGIS's plugin manager reads from the zip.

The zip's metadata.txt is parsed with QGIS's own parser (pyplugin_installer's
``Plugins.getInstalledPlugin`` and ``qgis.utils.findPlugins``); contact fields never hold a
placeholder; a release build refuses unset ones; the changelog comes from CHANGELOG.md; every
algorithm of ``algorithm_classes()`` has a help page in the zip built from its own metadata.
"""

import configparser
import html
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_ZIP = ROOT / "packaging" / "build_zip.py"
sys.path.insert(0, str(ROOT / "packaging"))
import plugin_metadata  # noqa: E402

PLACEHOLDER_DOMAIN = re.compile(r"example\.(org|com|net)|\.invalid\b|\.example\b|localhost",
                                re.IGNORECASE)
CONTACT_ENV = ("USM_EMAIL", "USM_HOMEPAGE", "USM_TRACKER", "USM_REPOSITORY")


def _clean_env(**values):
    env = {k: v for k, v in os.environ.items() if k not in CONTACT_ENV}
    env.update(values)
    return env


def _run_build(target, *args, env=None):
    return subprocess.run([sys.executable, str(BUILD_ZIP), str(target), *args],
                          env=env or _clean_env(), capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The development zip (no contact fields set, empty release.cfg) unpacked as QGIS
    installs it: (plugin folder, zip file)."""
    base = tmp_path_factory.mktemp("zip")
    config = base / "release.cfg"
    config.write_text("[release]\n", encoding="utf-8")
    done = _run_build(base / "usm.zip", "--config", str(config))
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(base / "usm.zip") as archive:
        archive.extractall(base / "plugins")
    return base / "plugins" / "urban_safety_monitor", base / "usm.zip"


# ---- metadata policy ---------------------------------------------------------------------

def test_changelog_starts_at_the_metadata_version_and_every_version_lists_changes():
    releases = plugin_metadata.read_changelog()
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    assert releases[0].version == parser["general"]["version"] == "0.2.0"
    assert [r.version for r in releases] == ["0.2.0", "0.1.0"]
    for release in releases:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", release.date), release
        assert release.groups and all(items for _, items in release.groups), release.version


def test_changelog_parser_reads_groups_bullets_and_continuations(tmp_path):
    path = tmp_path / "CHANGELOG.md"
    path.write_text("# Changelog\nintro\n\n## 1.1.0 - 2030-01-02\n### Maps\n- one `code`\n"
                    "  continued\n- two Gi* **bold**\n\n## 1.0.0 - 2030-01-01\n- first\n",
                    encoding="utf-8")
    releases = plugin_metadata.read_changelog(path)
    assert [(r.version, r.date) for r in releases] == [("1.1.0", "2030-01-02"), ("1.0.0", "2030-01-01")]
    assert releases[0].groups == [("Maps", ["one `code` continued", "two Gi* **bold**"])]
    assert plugin_metadata.changelog_text(releases) == (
        "1.1.0 (2030-01-02)\nMaps:\n- one code continued\n- two Gi* bold\n1.0.0 (2030-01-01)\n- first")
    path.write_text("## next version\n- x\n", encoding="utf-8")
    with pytest.raises(ValueError, match="X.Y.Z"):
        plugin_metadata.read_changelog(path)


@pytest.mark.parametrize("key, value", [
    ("email", "usm-dev@example.org"), ("email", "someone@EXAMPLE.COM"), ("email", "not an email"),
    ("email", "dev@usm.invalid"), ("homepage", "https://example.net/usm"),
    ("repository", "https://github.example/usm"), ("tracker", "http://localhost:8000/issues"),
    ("tracker", "https://usm.test/issues"), ("repository", "ftp://github.com/a/b"),
    ("repository", "TO BE SET"), ("repository", "https://github.com/your-org/usm"),
    ("homepage", "https://192.168.1.10/usm"), ("email", "@USM_EMAIL@"),
])
def test_placeholders_and_malformed_contacts_are_refused(key, value):
    assert plugin_metadata.placeholder_problem(key, value), value
    assert plugin_metadata.contact_problems({key: value}, release=False)


@pytest.mark.parametrize("key, value", [
    ("email", "seguridad@municipio.gob.ar"), ("repository", "https://github.com/city/usm-qgis"),
    ("tracker", "https://gitlab.com/city/usm/-/issues"), ("homepage", "https://usm.city.org/"),
])
def test_real_looking_contacts_pass(key, value):
    assert plugin_metadata.placeholder_problem(key, value) is None


def test_repository_metadata_and_release_cfg_hold_no_made_up_address():
    for path in (ROOT / "metadata.txt", ROOT / "packaging" / "release.cfg"):
        text = path.read_text(encoding="utf-8")
        assert not PLACEHOLDER_DOMAIN.search(text), path
        assert "github.com/urban-safety-monitor" not in text, path
    fields = plugin_metadata.contact_fields({}, ROOT / "packaging" / "release.cfg")
    assert plugin_metadata.contact_problems(fields, release=False) == []


def test_contact_fields_come_from_the_environment_before_the_config(tmp_path):
    config = tmp_path / "release.cfg"
    config.write_text("[release]\nemail = a@city.org\ntracker = https://git.city.org/usm/issues\n",
                      encoding="utf-8")
    fields = plugin_metadata.contact_fields({"USM_EMAIL": "b@city.org"}, config)
    assert fields == {"email": "b@city.org", "homepage": "", "repository": "",
                      "tracker": "https://git.city.org/usm/issues"}


def test_release_build_refuses_unset_contacts_and_writes_nothing(tmp_path):
    config = tmp_path / "release.cfg"
    config.write_text("[release]\nemail =\n", encoding="utf-8")
    target = tmp_path / "release.zip"
    done = _run_build(target, "--release", "--config", str(config))
    assert done.returncode == 2
    for variable in ("USM_EMAIL", "USM_TRACKER", "USM_REPOSITORY"):
        assert variable in done.stderr
    assert "Traceback" not in done.stderr
    assert not target.exists() and not list(tmp_path.glob("*.part"))


def test_any_build_refuses_a_placeholder_contact(tmp_path):
    target = tmp_path / "dev.zip"
    done = _run_build(target, "--config", str(tmp_path / "none.cfg"),
                      env=_clean_env(USM_EMAIL="usm-dev@example.org"))
    assert done.returncode == 2 and "example.org" in done.stderr
    assert not target.exists()


def test_release_build_ships_the_contacts_with_the_homepage_defaulting_to_the_repository(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.html").write_text("<html></html>", encoding="utf-8")
    target = tmp_path / "release.zip"
    env = _clean_env(USM_EMAIL="seguridad@municipio.gob.ar",
                     USM_TRACKER="https://git.municipio.gob.ar/usm/issues",
                     USM_REPOSITORY="https://git.municipio.gob.ar/usm")
    done = _run_build(target, "--release", "--docs", str(docs), "--config",
                      str(tmp_path / "none.cfg"), env=env)
    assert done.returncode == 0, done.stderr
    text = zipfile.ZipFile(target).read("urban_safety_monitor/metadata.txt").decode("utf-8")
    general = configparser.ConfigParser(interpolation=None)
    general.read_string(text)
    general = general["general"]
    assert general["email"] == "seguridad@municipio.gob.ar"
    assert general["repository"] == general["homepage"] == "https://git.municipio.gob.ar/usm"
    assert general["tracker"] == "https://git.municipio.gob.ar/usm/issues"


# ---- the zip as QGIS reads it --------------------------------------------------------------

def test_qgis_plugin_manager_reads_the_shipped_metadata(qgis_app, installed):
    plugin_dir, _ = installed
    sys.path.append("/usr/share/qgis/python")
    from pyplugin_installer.installer_data import Plugins
    from qgis.utils import findPlugins

    parsed = dict(findPlugins(str(plugin_dir.parent)))
    assert parsed["urban_safety_monitor"] is not None       # QGIS's configparser read it
    plugin = Plugins().getInstalledPlugin("urban_safety_monitor", str(plugin_dir), False)
    assert plugin["error"] == "", plugin["error_details"]
    assert plugin["version_installed"] == "0.2.0"
    assert plugin["name"] == "Urban Safety Monitor"
    assert plugin["changelog"].splitlines()[0].startswith("0.2.0")
    assert "0.1.0" in plugin["changelog"] and "usm:publicrelease" in plugin["changelog"]
    assert Path(plugin["icon"]).exists()
    # a development build: no contact set, so no link at all rather than a made-up one
    for key in ("author_email", "homepage", "tracker", "code_repository"):
        assert plugin[key] == "", key
    for key in plugin_metadata.REQUIRED_FIELDS:
        assert parsed["urban_safety_monitor"].get("general", key).strip(), key
    text = (plugin_dir / "metadata.txt").read_text(encoding="utf-8")
    assert not PLACEHOLDER_DOMAIN.search(text)


def _words(text):
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def test_about_names_every_toolbox_group_and_the_changelog_every_algorithm(qgis_app, installed):
    """The about text walks through the toolbox groups the algorithms use (a new group needs a
    sentence there); CHANGELOG.md names every algorithm id (a new algorithm needs a line), and
    names no algorithm that does not exist."""
    from urban_safety_monitor.processing_algorithms.base.algorithm import GROUPS
    from urban_safety_monitor.usm_plugin.provider import algorithm_classes

    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string((installed[0] / "metadata.txt").read_text(encoding="utf-8"))
    about = _words(parser["general"]["about"])
    classes = algorithm_classes()
    for group_id in {cls.GROUP_ID for cls in classes}:
        assert _words(GROUPS[group_id]) in about, f"metadata.txt's about: no word on {GROUPS[group_id]!r}"
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    ids = {cls.ALGORITHM_ID for cls in classes}
    for algorithm_id in sorted(ids):
        assert f"usm:{algorithm_id}" in changelog, (
            f"CHANGELOG.md does not mention usm:{algorithm_id}: add a line to its first version")
    for named in re.findall(r"usm:(\w+)", changelog + parser["general"]["about"]):
        assert named in ids, named


# ---- shipped documentation ---------------------------------------------------------------

def _page_text(archive, name):
    return archive.read(f"urban_safety_monitor/docs/{name}").decode("utf-8")


def test_every_algorithm_has_a_page_built_from_its_own_metadata(qgis_app, installed):
    from urban_safety_monitor.usm_plugin.provider import algorithm_classes

    archive = zipfile.ZipFile(installed[1])
    index = _page_text(archive, "index.html")
    pages = {n.rsplit("/", 1)[1] for n in archive.namelist() if "/docs/" in n}
    classes = algorithm_classes()
    assert pages == {f"{c.ALGORITHM_ID}.html" for c in classes} | {"index.html", "changelog.html"}
    for algorithm_class in classes:
        algorithm = algorithm_class()
        algorithm.initAlgorithm({})
        name = f"{algorithm.name()}.html"
        page = html.unescape(_page_text(archive, name))
        assert f'href="{name}"' in index, name
        assert algorithm.displayName() in page and f"usm:{algorithm.name()}" in page
        assert " ".join(algorithm.shortDescription().split()) in page
        for parameter in algorithm.parameterDefinitions():
            assert parameter.name() in page, (name, parameter.name())
            assert parameter.help() and parameter.help() in page, (name, parameter.name())
        for field, meaning, unit in algorithm.OUTPUT_FIELDS:
            assert field in page and meaning in page, (name, field)
        for reference in algorithm.REFERENCES:
            assert reference in page, (name, reference)
        command = page.split("<pre>")[1].split("</pre>")[0]
        assert command.startswith(f"qgis_process run usm:{algorithm.name()} --")
    for name in pages:   # self-contained: nothing loaded from elsewhere, links stay inside
        raw = _page_text(archive, name)
        for pattern in ("<script", "<link", "<img", "<iframe", "src=", "url(", "@import"):
            assert pattern not in raw, (name, pattern)
        for target in re.findall(r'href="([^"]+)"', raw):
            assert target in pages, (name, target)


def test_example_command_names_the_parameters_without_a_default(qgis_app):
    import build_docs
    from urban_safety_monitor.processing_algorithms.hot_spots import HotSpotsAlgorithm

    algorithm = HotSpotsAlgorithm()
    algorithm.initAlgorithm({})
    command = build_docs.example_command(algorithm)
    keys = re.findall(r"(\w+)=", command)
    assert keys == ["INPUT", "FIELD", "OUTPUT"], command
    assert "PROVENANCE" not in command      # an optional output, off by default


def test_help_url_is_the_shipped_page_or_nothing(qgis_app, tmp_path, monkeypatch):
    from qgis.PyQt.QtCore import QUrl
    from urban_safety_monitor.processing_algorithms.base import algorithm as base
    from urban_safety_monitor.processing_algorithms.hot_spots import HotSpotsAlgorithm

    monkeypatch.setattr(base, "PLUGIN_DIR", str(tmp_path))
    algorithm = HotSpotsAlgorithm()
    assert algorithm.helpUrl() == ""               # a source checkout before `make docs`
    (tmp_path / "docs").mkdir()
    page = tmp_path / "docs" / "hotspots.html"
    page.write_text("<html></html>", encoding="utf-8")
    url = algorithm.helpUrl()
    assert url.startswith("file://") and QUrl(url).toLocalFile() == str(page)
    assert algorithm.shortHelpString().startswith("<p>")   # the dialog's help panel unchanged


def test_percent_signs_reach_qgis_intact_and_a_lone_one_in_the_source_is_refused():
    source = (ROOT / "metadata.txt").read_text(encoding="utf-8")
    releases = [plugin_metadata.Release("0.2.0", "2030-01-01", [("", ["-50% by 2030"])])]
    text = plugin_metadata.render_metadata(source, {}, releases)
    qgis_style = configparser.ConfigParser()          # QGIS's parser: with interpolation
    qgis_style.read_string(text)
    assert qgis_style.get("general", "changelog").endswith("- -50% by 2030")
    broken = source.replace("about=", "about=50% of incidents ")
    with pytest.raises(plugin_metadata.ReleaseError, match="about cannot be read by QGIS"):
        plugin_metadata.render_metadata(broken, {}, releases)


def test_release_url_check_refuses_links_that_do_not_answer():
    source = (ROOT / "metadata.txt").read_text(encoding="utf-8")
    releases = plugin_metadata.read_changelog()
    fields = {"email": "seguridad@municipio.gob.ar",
              "tracker": "https://git.municipio.gob.ar/usm/issues",
              "repository": "https://git.municipio.gob.ar/usm"}
    answers = {"https://git.municipio.gob.ar/usm": 200,
               "https://git.municipio.gob.ar/usm/issues": 404}
    asked = []

    def fetch(url):
        asked.append(url)
        if url not in answers:
            raise OSError("name not known")
        return answers[url]

    with pytest.raises(plugin_metadata.ReleaseError, match="tracker=.* answers HTTP 404"):
        plugin_metadata.render_metadata(source, fields, releases, release=True,
                                        check_urls=True, fetch=fetch)
    assert sorted(set(asked)) == sorted(answers)     # homepage defaulted to the repository
    answers["https://git.municipio.gob.ar/usm/issues"] = 200
    text = plugin_metadata.render_metadata(source, fields, releases, release=True,
                                           check_urls=True, fetch=fetch)
    assert "tracker=https://git.municipio.gob.ar/usm/issues" in text
    fields["repository"] = "https://gone.municipio.gob.ar/usm"
    with pytest.raises(plugin_metadata.ReleaseError, match="cannot be reached"):
        plugin_metadata.render_metadata(source, fields, releases, release=True,
                                        check_urls=True, fetch=fetch)
