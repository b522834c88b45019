"""Editor support: JSON Schema for every content file, written by `briefing schema` and by
`briefing new` (with the yaml-language-server line and VS Code's settings), checked with the
`jsonschema` package as an editor would check the files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from generator.content.json_schema import SCHEMAS, modeline, schema_for, schema_texts
from generator.content.problems import Problems
from generator.content.yamlsource import read_yaml
from generator.site.scaffold import scaffold
from tests.conftest import REPO, run_briefing

MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")


def _data(path: Path):
    doc = read_yaml(path, Problems())
    assert doc is not None, path
    return doc.data


def _validator(schema_file: Path) -> jsonschema.Draft202012Validator:
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_new_briefing_validates_against_its_own_schemas(tmp_path: Path) -> None:
    project = scaffold(tmp_path / "new", source="briefing==0.1.0")
    yaml_files = sorted((project / "content").rglob("*.yaml"))
    assert len(yaml_files) == 4
    for path in yaml_files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        found = MODELINE.match(first)
        assert found, f"{path}: no yaml-language-server line"
        schema_file = (path.parent / found.group(1)).resolve()
        assert schema_file.is_file(), schema_file
        errors = list(_validator(schema_file).iter_errors(_data(path)))
        assert errors == [], f"{path}: {[e.message for e in errors]}"
    # VS Code maps every content file (new ones too) to the same schemas.
    settings = json.loads((project / ".vscode/settings.json").read_text(encoding="utf-8"))
    mapped = {glob for globs in settings["yaml.schemas"].values() for glob in globs}
    assert {"content/facts/*.yaml", "content/articles/*.yaml", "content/outlets.yaml",
            "content/briefing.yaml"} <= mapped
    for schema in settings["yaml.schemas"]:
        assert (project / schema).is_file(), schema
    # And the folder is a briefing that checks.
    proc = run_briefing(project, "check")
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.slow  # measured over two seconds: a whole briefing or another process
def test_example_content_validates_and_mistakes_do_not(tmp_path: Path) -> None:
    proc = run_briefing(REPO, "schema", "-o", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    written = sorted(p.name for p in tmp_path.glob("*.json"))
    assert written == sorted(e.name for e in SCHEMAS)
    assert all(Path(line).is_file() for line in proc.stdout.split())
    checked = 0
    cyclone = REPO / "tests/fixtures/cyclone"  # moments, units, running figures, terms
    for root, path in [(REPO, p) for p in sorted((REPO / "content").rglob("*.yaml"))] + [
            (cyclone, p) for p in sorted((cyclone / "content").rglob("*.yaml"))]:
        entry = schema_for(path.relative_to(root).as_posix())
        assert entry is not None, path
        validator = _validator(tmp_path / entry.name)
        assert list(validator.iter_errors(_data(path))) == [], path
        checked += 1
    assert checked >= 9 + 15
    facts = _validator(tmp_path / "fact-sheet.schema.json")
    good = {"events": [{"id": "e", "title": "T", "date": "2017-08", "reports": [
        {"article": "a", "quote": "q", "date_text": "on Wednesday"}]}],
        "figures": [{"id": "f", "label": "L", "reports": [
            {"article": "a", "quote": "q", "value": [300, 310], "approx": "about"}]}]}
    assert list(facts.iter_errors(good)) == []
    misspelt = {"events": [{"id": "e", "title": "T", "date": "2017-08", "reprots": []}]}
    messages = " ".join(e.message for e in facts.iter_errors(misspelt))
    assert "reprots" in messages and "'reports' is a required property" in messages
    bad_id = {"figures": [{"id": "Bad Id", "label": "L", "reports": [
        {"article": "a", "quote": "q", "value": "three hundred"}]}]}
    assert len(list(facts.iter_errors(bad_id))) == 2
    outlets = _validator(tmp_path / "outlets.schema.json")
    assert list(outlets.iter_errors({"outlets": [{"id": "x", "name": "X", "kind": "tabloid"}]}))


@pytest.mark.parametrize(("path", "line"), [
    ("content/facts/events.yaml", "# yaml-language-server: $schema=../../schemas/"
                                  "fact-sheet.schema.json"),
    ("content/articles/a.yaml", "# yaml-language-server: $schema=../../schemas/"
                                "article.schema.json"),
    ("content/briefing.yaml", "# yaml-language-server: $schema=../schemas/briefing.schema.json"),
    ("content/articles/a.txt", ""),
    ("mkdocs.yml", ""),
])
def test_modeline_points_at_the_schema_from_the_file(path: str, line: str) -> None:
    assert modeline(path) == line


def test_committed_schemas_are_current() -> None:
    """`schemas/` in the repository (what editors and other tools can point at) is what
    `briefing schema` writes from the models now."""
    for name, text in schema_texts().items():
        assert (REPO / "schemas" / name).read_text(encoding="utf-8") == text, (
            f"schemas/{name} is out of date: run `briefing schema`")
