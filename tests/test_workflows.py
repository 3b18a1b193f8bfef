"""The GitHub workflows pass actionlint, pin every action by commit and grant least privilege."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, load_yaml

ACTIONLINT = Path(sys.executable).parent / "actionlint"
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def _actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(ACTIONLINT), "-no-color", "-oneline", *map(str, files)],
                          capture_output=True, text=True, cwd=ROOT, check=False)


def test_workflows_pass_actionlint() -> None:
    result = _actionlint(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n"
                      "    steps:\n      - run: echo ${{ github.nope }}\n", encoding="utf-8")
    result = _actionlint(broken)
    assert result.returncode == 1 and "nope" in result.stdout


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_actions_are_pinned_and_permissions_minimal(workflow: Path) -> None:
    text = workflow.read_text(encoding="utf-8")
    config = load_yaml(workflow)
    assert config["permissions"] == {}
    for name, job in config["jobs"].items():
        assert "permissions" in job, name
    for uses in re.findall(r"uses:\s*(\S+)", text):
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", uses), uses
    for step in (s for job in config["jobs"].values() for s in job.get("steps", [])):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False


def test_pull_requests_check_data_build_and_test() -> None:
    config = load_yaml(ROOT / ".github" / "workflows" / "pull-request.yml")
    runs = {name: " ".join(s.get("run", "") for s in job["steps"])
            for name, job in config["jobs"].items()}
    assert "make check" in runs["data-check"]
    assert "make build" in runs["site"]
    assert "make test" in runs["tests"]


def test_issue_form_asks_for_the_page_and_sources() -> None:
    form = load_yaml(ROOT / ".github" / "ISSUE_TEMPLATE" / "fact-wrong.yml")
    ids = {field.get("id") for field in form["body"]}
    assert {"page", "wrong", "right", "sources"} <= ids
