"""The validated data/ of the project being built, for every hook (this file is not a hook).

Each hook asks for the content here, so that data/ is validated once per build (the cache lives
in explainer.content) and a problem stops the build the same way whichever hook meets it first:
every problem listed, as `::error` annotations too under GitHub Actions, then a PluginError.
Imported at the top of each hook: MkDocs puts hooks/ on the path only while a hook loads.
"""

from __future__ import annotations

import os
from pathlib import Path

from explainer.annotations import annotations, in_github_actions
from explainer.content import Content, project_content
from explainer.problems import DataError
from explainer.site_languages import configured_languages
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError


def site_content(config: MkDocsConfig) -> Content:
    try:
        return project_content(Path(config.config_file_path).parent, configured_languages(config))
    except DataError as err:
        if in_github_actions(os.environ):
            # Workflow commands are read from standard output.
            print("\n".join(annotations(err.problems)), flush=True)
        raise PluginError(str(err)) from None
