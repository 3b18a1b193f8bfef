"""Build the site next to the last good one, and put it in place only when the build succeeded.

A failed build (bad data, a broken template, a warning under --strict) leaves the previous site
folder exactly as it was: MkDocs writes into a fresh folder beside it, and the two are swapped
by renaming, which is instantaneous on one file system.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path


def _swap_in(new: Path, site_dir: Path) -> None:
    if not site_dir.exists():
        new.rename(site_dir)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.old-", dir=site_dir.parent))
    old.rmdir()
    site_dir.rename(old)
    try:
        new.rename(site_dir)
    except OSError:
        old.rename(site_dir)
        raise
    shutil.rmtree(old)


def build_site(root: Path, site_dir: Path, *, mkdocs_args: Sequence[str] = (),
               env: Mapping[str, str] | None = None) -> int:
    """Run `mkdocs build --strict` for the project in `root`; returns MkDocs' exit status."""
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    # Beside the site, so that the final rename never crosses file systems.
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.new-", dir=site_dir.parent))
    try:
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict",
             "-f", str(root / "mkdocs.yml"), "-d", str(staging), *mkdocs_args],
            cwd=root, env={**os.environ, **(env or {})}, check=False,
        )
        if result.returncode == 0:
            _swap_in(staging, site_dir)
        return result.returncode
    finally:
        shutil.rmtree(staging, ignore_errors=True)
