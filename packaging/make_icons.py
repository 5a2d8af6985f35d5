"""Make every packaged icon from the two SVGs in resources/icons/.

    uv run python packaging/make_icons.py

Writes (and overwrites) the committed files:

  packaging/linux/icons/hicolor/scalable/apps/<APP_ID>.svg          the app icon
  packaging/linux/icons/hicolor/symbolic/apps/<APP_ID>-symbolic.svg  the symbolic one
  packaging/linux/icons/hicolor/<N>x<N>/apps/<APP_ID>.png            N = 16 ... 512
  packaging/windows/microbreak.ico                                   16 ... 256, PNG entries
  packaging/macos/microbreak.icns                                    16 ... 1024, PNG entries

PNGs are drawn by Qt's own SVG renderer, offscreen, so no display and no
image tool is needed. Run it again after changing an SVG; tests check that
the copies match their source and that every size is there.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.microbreak.Microbreak"
ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 96, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types holding PNG data, by pixel size (Apple's "ic" types).
ICNS_TYPES = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
    1024: b"ic10",
}


def render_png(svg: Path, size: int) -> bytes:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; str works
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNGs (Windows Vista and later read these)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns whose elements are PNGs."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
        for size, png in sorted(pngs.items())
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    icon_svg = SOURCE / "microbreak.svg"
    symbolic_svg = SOURCE / "microbreak-symbolic.svg"

    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    symbolic = HICOLOR / "symbolic" / "apps" / f"{APP_ID}-symbolic.svg"
    for src, dest in ((icon_svg, scalable), (symbolic_svg, symbolic)):
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
        print(dest.relative_to(ROOT))

    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = render_png(icon_svg, size)
        return cache[size]

    for size in PNG_SIZES:
        dest = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(png(size))
        print(dest.relative_to(ROOT))

    windows = ROOT / "packaging" / "windows" / "microbreak.ico"
    windows.parent.mkdir(parents=True, exist_ok=True)
    windows.write_bytes(ico({s: png(s) for s in ICO_SIZES}))
    print(windows.relative_to(ROOT))

    macos = ROOT / "packaging" / "macos" / "microbreak.icns"
    macos.parent.mkdir(parents=True, exist_ok=True)
    macos.write_bytes(icns({s: png(s) for s in ICNS_TYPES}))
    print(macos.relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
