"""The validated data/ of the project being built, for every hook (this file is not a hook).

Each hook asks for the content here, so that data/ is validated once per build (the cache lives
in explainer.content) and a problem stops the build the same way whichever hook meets it first:
every problem listed, as `::error` annotations too under GitHub Actions, then a PluginError.

Under `mkdocs serve` a problem does not stop the build: MkDocs would keep every request waiting
until the next good build, with the message only in the terminal. The build goes on without
the content instead (`site_content` gives None, and each hook leaves its part out), every page
shows the problems (hooks/content.py), and the next change to data/ rebuilds the site, which
the served page reloads by itself.
Imported at the top of each hook: MkDocs puts hooks/ on the path only while a hook loads.
"""

from __future__ import annotations

import os
from pathlib import Path

from explainer.annotations import annotations, in_github_actions
from explainer.content import Content, project_content
from explainer.problems import DataError, Problem
from explainer.site_languages import configured_languages
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

log = get_plugin_logger("explainer")


class _State:
    """Set once per process by hooks/content.py's on_startup; kept across `serve` rebuilds."""

    serving = False
    problems: list[Problem] = []


STATE = _State()


def site_content(config: MkDocsConfig) -> Content | None:
    """The content; None only under `mkdocs serve` when data/ has problems (see
    `serving_problems`)."""
    try:
        content = project_content(Path(config.config_file_path).parent,
                                  configured_languages(config))
    except DataError as err:
        if STATE.serving:
            if err.problems != STATE.problems:
                # Logged as errors would stop a strict build: this one must go on.
                log.info("data/ has problems; the served pages list them:\n%s", err)
            STATE.problems = err.problems
            return None
        if in_github_actions(os.environ):
            # Workflow commands are read from standard output.
            print("\n".join(annotations(err.problems)), flush=True)
        raise PluginError(str(err)) from None
    STATE.problems = []
    return content


def serving_problems() -> list[Problem]:
    """The problems that the served pages show instead of the site (none outside `serve`)."""
    return STATE.problems if STATE.serving else []
