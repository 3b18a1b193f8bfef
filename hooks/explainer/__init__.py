"""Turn the YAML facts in data/ into the explainer's pages, one language at a time.

Pure functions only: nothing here imports MkDocs, so that the content survives a change of
site engine. The MkDocs adapters live in hooks/*.py.
"""
