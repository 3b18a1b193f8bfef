"""`explainer check --publish` (the deploy workflow's first step) refuses the placeholders a
public site must not show, each at its file and line: the example address in site_url (printed
on link previews, share links and the handouts' QR codes) and a publisher not yet named."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, copy_project, load_yaml
from explainer.cli import main


def _project(tmp_path: Path, site_url: str, publisher: str) -> Path:
    """A copy of the project served at `site_url`, its publisher's name line set to
    `publisher` (YAML, as written after `name:`)."""
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        load_yaml(config)["site_url"], site_url), encoding="utf-8")
    site = project / "data" / "site.yml"
    text = site.read_text(encoding="utf-8")
    start = text.index("  name:", text.index("publisher:"))
    end = text.index("\n", start)
    site.write_text(f"{text[:start]}  name: {publisher}{text[end:]}", encoding="utf-8")
    return project


def test_placeholders_stop_publishing(tmp_path: Path, capsys) -> None:
    project = _project(tmp_path, "https://linkedin-ia.example.org/", "null")
    assert main(["--root", str(project), "check", "--publish"]) == 1
    err = capsys.readouterr().err
    line = (project / "mkdocs.yml").read_text(encoding="utf-8").splitlines().index(
        "site_url: https://linkedin-ia.example.org/") + 1
    assert f"mkdocs.yml:{line}:1: site_url: 'https://linkedin-ia.example.org/' is not the " \
        "site's public address" in err
    assert "data/site.yml:" in err and "publisher.name: no publisher is named" in err
    assert err.strip().endswith("2 placeholder(s) left: not ready to publish.")


def test_a_named_publisher_at_a_real_address_can_publish(tmp_path: Path, capsys) -> None:
    project = _project(tmp_path, "https://linkedin-ia.fr/", '"Association Exemple"')
    assert main(["--root", str(project), "check", "--publish"]) == 0, capsys.readouterr().err


def test_the_deploy_workflow_checks_before_building() -> None:
    steps = load_yaml(ROOT / ".github" / "workflows" / "deploy.yml")["jobs"]["build"]["steps"]
    runs = [step.get("run") for step in steps if "run" in step]
    assert runs.index("make check-publish") < runs.index("make build")
