"""Reading a PDF back as a reader would: its text page by page (pypdf), and the fonts it uses."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader


def pages(path: Path) -> list[str]:
    """The text of each page."""
    return [page.extract_text() for page in PdfReader(path).pages]


def lines(path: Path) -> list[str]:
    """Every line of text in the document, stripped, in order."""
    return [line.strip() for text in pages(path) for line in text.splitlines() if line.strip()]


def squashed(text: str) -> str:
    """Text without any white space, so a title wrapped over lines still matches."""
    return re.sub(r"\s+", "", text)


def _spaced(parts: Sequence[str]) -> str:
    return " " + " ".join(" ".join(part.split()) for part in parts) + " "


def has_row(found: Sequence[str], cells: Sequence[str]) -> bool:
    """The cells of a table row appear one after another, whole (pypdf gives a row on one line
    or each cell on a line of its own, depending on how the text was set)."""
    return _spaced(cells) in _spaced(found)


@dataclass(frozen=True, slots=True)
class UsedFont:
    name: str
    subtype: str
    embedded: bool  # a font file stream: /FontFile, /FontFile2 or /FontFile3
    truetype_file: bool  # /FontFile2 in particular


def _resources_fonts(resources: Any) -> Iterator[Any]:
    if resources is None:
        return
    resources = resources.get_object()
    fonts = resources.get("/Font")
    if fonts is not None:
        for font in fonts.get_object().values():
            yield font.get_object()
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for xobject in xobjects.get_object().values():
            yield from _resources_fonts(xobject.get_object().get("/Resources"))


def fonts(path: Path) -> list[UsedFont]:
    """Every font any page (or form on it) refers to."""
    found: dict[str, UsedFont] = {}
    for page in PdfReader(path).pages:
        for font in _resources_fonts(page.get("/Resources")):
            descriptor = font.get("/FontDescriptor")
            descendants = font.get("/DescendantFonts")
            if descriptor is None and descendants is not None:
                descriptor = descendants.get_object()[0].get_object().get("/FontDescriptor")
            keys = set(descriptor.get_object().keys()) if descriptor is not None else set()
            name = str(font.get("/BaseFont"))
            found[name] = UsedFont(
                name,
                str(font.get("/Subtype")),
                bool(keys & {"/FontFile", "/FontFile2", "/FontFile3"}),
                "/FontFile2" in keys,
            )
    return list(found.values())
