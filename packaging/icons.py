"""The application icon for the installers, rendered from ``resources/icons/commandpost.svg``.

PNG files at the sizes desktops ask for (the Linux icon theme), and one Windows ``.ico`` holding
16, 24, 32, 48, 64, 128 and 256 pixels. Qt renders every size from the SVG (so small sizes are
drawn small, not scaled down from a big bitmap) and Qt's PNG writer encodes each; the ``.ico``
is the documented container around those PNG images (Windows Vista and later read PNG entries;
Qt's own ICO writer stores one image per file). Needs a Qt GUI application: offscreen is enough.
"""

from __future__ import annotations

import struct
from pathlib import Path

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at ``size`` × ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG image Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stub says bytes
        raise ValueError(f"the {size} px icon could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file holding the PNG ``images`` (by size in pixels)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    directory, payload = b"", b""
    offset = len(header) + 16 * len(images)
    for size, png in sorted(images.items()):
        edge = 0 if size >= 256 else size  # 0 stands for 256
        directory += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + directory + payload


def make_icons(svg: Path, out: Path) -> dict[str, Path]:
    """``commandpost-<size>.png`` for each of :data:`PNG_SIZES`, ``commandpost.ico`` and the SVG
    itself, in ``out``; the files by name."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])  # noqa: F841  (kept alive while rendering)
    out.mkdir(parents=True, exist_ok=True)
    made: dict[str, Path] = {}
    pngs = {size: render_png(svg, size) for size in PNG_SIZES}
    for size, data in pngs.items():
        path = out / f"commandpost-{size}.png"
        path.write_bytes(data)
        made[path.name] = path
    ico = out / "commandpost.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    made[ico.name] = ico
    scalable = out / "commandpost.svg"
    scalable.write_bytes(svg.read_bytes())
    made[scalable.name] = scalable
    return made
