"""Which data files there are: one per JSON Schema in data/schemas/ (`<name>.schema.json` is the
schema of `data/<name>.yml`), so that a new kind of fact needs no list to be kept in step."""

from __future__ import annotations

from pathlib import Path

# Definitions shared by the other schemas, not the schema of a data file.
COMMON_SCHEMA = "common.schema.json"
SCHEMA_SUFFIX = ".schema.json"


def data_files(data_dir: Path) -> tuple[str, ...]:
    """The names of the data files (without .yml), in alphabetical order."""
    return tuple(sorted(path.name.removesuffix(SCHEMA_SUFFIX)
                        for path in (data_dir / "schemas").glob(f"*{SCHEMA_SUFFIX}")
                        if path.name != COMMON_SCHEMA))


def edit_url(repository: str, edit_uri: str, data_file: str) -> str:
    """The address at which to edit a data file ('guide'), on the repository's host.

    `edit_uri` is MkDocs' setting, relative to the repository (GitHub: 'edit/<branch>/').
    """
    base = repository.rstrip("/") + "/" + edit_uri.strip("/")
    return f"{base}/data/{data_file}.yml"
