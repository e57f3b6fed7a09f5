"""Shared fixtures: where the annotated corpus is, and markers for tests that need it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ZHKG_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "dev"
FOUNDING = CORPUS / "000_7932ba9587a02844.txt"
CLUENER_DEV = SHARED / "data" / "cluener" / "dev.jsonl"

requires_corpus = pytest.mark.skipif(not FOUNDING.exists(), reason=f"annotated corpus not found at {CORPUS}")
