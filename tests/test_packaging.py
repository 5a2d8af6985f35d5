"""The files in packaging/: desktop entry, AppStream, icons, Flatpak, Windows, macOS.

The validators (desktop-file-validate, appstreamcli) are skipped with a reason
when missing on a developer's machine, and fail in CI, where .ci/run installs
them.
"""

from __future__ import annotations

import configparser
import hashlib
import importlib.util
import json
import os
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import tomllib
import types
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from microbreak import APP_ID, __version__
from microbreak.cli import build_parser
from microbreak.infra.paths import app_paths

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
HICOLOR = LINUX / "icons" / "hicolor"
FLATPAK = PACKAGING / "flatpak" / f"{APP_ID}.json"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 96, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

sys.path.insert(0, str(PACKAGING / "tools"))
from update_translations import LANGUAGES  # noqa: E402  # the languages the app ships


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        message = f"needs {name} (apt-get install {package}); .ci/run installs it"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def _desktop_entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser


# -- the desktop entry --------------------------------------------------------


def test_desktop_file_validates() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # no warnings or hints either


def test_desktop_file_names_the_app_and_its_icon_by_the_app_id() -> None:
    entry = _desktop_entry()["Desktop Entry"]
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "microbreak"
    assert entry["Type"] == "Application"
    assert entry["Terminal"] == "false"


def test_desktop_actions_are_real_microbreak_commands() -> None:
    desktop = _desktop_entry()
    actions = [a for a in desktop["Desktop Entry"]["Actions"].split(";") if a]
    assert actions
    parser = build_parser()
    for action in actions:
        command = desktop[f"Desktop Action {action}"]["Exec"].split()
        assert command[0] == "microbreak"
        args = parser.parse_args(command[1:])  # exits (fails the test) if unknown
        assert args.command is not None


def test_desktop_entry_speaks_every_language_the_app_does() -> None:
    desktop = _desktop_entry()
    entry = desktop["Desktop Entry"]
    actions = [f"Desktop Action {a}" for a in entry["Actions"].split(";") if a]
    for lang in LANGUAGES:
        # The name is the program's and stays; the rest is in the language.
        assert entry[f"Name[{lang}]"] == entry["Name"], lang
        for key in ("GenericName", "Comment", "Keywords"):
            assert entry[f"{key}[{lang}]"] != entry[key], (lang, key)
        for action in actions:
            assert desktop[action][f"Name[{lang}]"] != desktop[action]["Name"], (lang, action)


# -- AppStream -------------------------------------------------------------------


def test_metainfo_validates() -> None:
    tool = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Infos are allowed (older appstream does not know <developer> yet), not warnings.
    assert "W:" not in result.stdout, result.stdout
    assert "E:" not in result.stdout, result.stdout


def test_metainfo_matches_the_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("icon") == APP_ID
    assert root.findtext("provides/binary") == "microbreak"
    releases = root.findall("releases/release")
    assert releases, "no <release>"
    assert releases[0].get("version") == __version__
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert root.findtext("project_license") == project["license"]


def test_metainfo_speaks_every_language_the_app_does() -> None:
    root = ET.parse(METAINFO).getroot()

    def by_language(elements: list[ET.Element]) -> dict[str | None, int]:
        counts: dict[str | None, int] = {}
        for element in elements:
            counts[element.get(XML_LANG)] = counts.get(element.get(XML_LANG), 0) + 1
        return counts

    summaries = by_language(root.findall("summary"))
    # Every paragraph and list item of the description, in each language.
    paragraphs = by_language(root.findall("description/p"))
    items = by_language(root.findall("description/ul/li"))
    captions = by_language(root.findall("screenshots/screenshot/caption"))
    for lang in LANGUAGES:
        assert summaries.get(lang) == 1, lang
        assert paragraphs.get(lang) == paragraphs[None], lang
        assert items.get(lang) == items[None], lang
        assert captions.get(lang) == captions[None], lang
    # Every screenshot it advertises is one the screenshot script makes.
    for image in root.findall("screenshots/screenshot/image"):
        assert image.text is not None
        name = image.text.rsplit("/", 1)[1]
        assert (ROOT / "docs" / "screenshots" / name).is_file(), name


# -- icons ------------------------------------------------------------------------


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_icon_at_every_size(size: int) -> None:
    path = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert path.is_file(), f"missing {path}: run packaging/make_icons.py"
    assert _png_size(path) == (size, size)


def test_svg_icons_are_the_app_s_own() -> None:
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    symbolic = HICOLOR / "symbolic" / "apps" / f"{APP_ID}-symbolic.svg"
    icons = ROOT / "resources" / "icons"
    # Copies made by packaging/make_icons.py; an edited source needs a re-run.
    assert scalable.read_bytes() == (icons / "microbreak.svg").read_bytes()
    assert symbolic.read_bytes() == (icons / "microbreak-symbolic.svg").read_bytes()
    for path in (scalable, symbolic):
        assert ET.parse(path).getroot().tag == "{http://www.w3.org/2000/svg}svg"


def test_symbolic_icon_is_one_flat_grey() -> None:
    # Desktops recolour symbolic icons; they must use one colour, GNOME's #bebebe.
    text = (HICOLOR / "symbolic" / "apps" / f"{APP_ID}-symbolic.svg").read_text()
    colours = {c.lower() for c in _hex_colours(text)}
    assert colours == {"#bebebe"}


def _hex_colours(text: str) -> list[str]:
    return re.findall(r"#[0-9a-fA-F]{6}\b", text)


def test_windows_ico_holds_the_sizes_windows_asks_for() -> None:
    data = (PACKAGING / "windows" / "microbreak.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 24, 32, 48, 256} <= sizes


def test_macos_icns_holds_png_elements() -> None:
    data = (PACKAGING / "macos" / "microbreak.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    kinds = set()
    offset = 8
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        assert data[offset + 8 : offset + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.add(kind)
        offset += length
    assert {b"icp4", b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds


# -- Flatpak -----------------------------------------------------------------------

# Each permission, and why the app needs it (packaging/README.md has the same
# table). Portals need no permission: the heads-up with buttons goes through the
# notification portal inside Flatpak (platform/portal_heads_up.py), "Start at
# login" through the Background portal (platform/autostart.py), GNOME's Do Not
# Disturb through the Settings portal (platform/busy_dbus.py).
FLATPAK_FINISH_ARGS = {
    "--share=ipc": "X11 shared memory (Qt's xcb backend)",
    "--socket=wayland": "its windows on Wayland",
    "--socket=fallback-x11": "its windows on X11 only when there is no Wayland",
    "--socket=pulseaudio": "the chimes (libpulse-simple, or QtMultimedia as the fallback)",
    "--filesystem=xdg-run/speech-dispatcher:ro": "spoken guidance: speech-dispatcher's socket",
    "--talk-name=org.freedesktop.Notifications": (
        "plain notifications (platform/notify_freedesktop.py has no portal path) and "
        "KDE's Do Not Disturb (its Inhibited property)"
    ),
    "--talk-name=org.kde.StatusNotifierWatcher": "the tray icon (StatusNotifierItem)",
    "--talk-name=org.gnome.Mutter.IdleMonitor": "idle time on GNOME",
    "--talk-name=org.freedesktop.ScreenSaver": "idle time and lock on KDE and others",
    "--talk-name=org.gnome.ScreenSaver": "screen lock (ActiveChanged) on GNOME",
    "--talk-name=org.gnome.SessionManager": "a video or slides inhibit idleness: GNOME Wayland",
    "--talk-name=org.freedesktop.PowerManagement.Inhibit": "the same on KDE",
    "--system-talk-name=org.freedesktop.login1": "PrepareForSleep: sleep counts as a break",
}
SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _flatpak() -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads(FLATPAK.read_text())
    return manifest


def _flatpak_module(name: str) -> dict[str, Any]:
    module: dict[str, Any] = next(m for m in _flatpak()["modules"] if m["name"] == name)
    return module


def _update_manifest() -> Any:
    path = PACKAGING / "flatpak" / "update_manifest.py"
    spec = importlib.util.spec_from_file_location("update_manifest", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_flatpak_manifest_parses_and_asks_for_exactly_what_the_app_needs() -> None:
    manifest = json.loads(FLATPAK.read_text())
    assert manifest["id"] == APP_ID
    assert manifest["runtime"] == "org.kde.Platform"
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert manifest["base-version"] == manifest["runtime-version"]
    assert manifest["command"] == "microbreak"
    assert sorted(manifest["finish-args"]) == sorted(FLATPAK_FINISH_ARGS)
    # Nothing broad: no files but speech-dispatcher's socket folder (read-only),
    # no whole session bus, no network, no devices.
    for arg in manifest["finish-args"]:
        assert not arg.startswith(("--socket=session-bus", "--share=network", "--device"))
        if arg.startswith("--filesystem"):
            assert arg == "--filesystem=xdg-run/speech-dispatcher:ro"


def test_flatpak_python_wheels_are_the_locked_ones() -> None:
    manifest = json.loads(FLATPAK.read_text())
    lock = tomllib.loads((ROOT / "uv.lock").read_text())
    locked = {
        wheel["url"]: wheel["hash"].removeprefix("sha256:")
        for package in lock["package"]
        for wheel in package.get("wheels", [])
    }
    deps = next(m for m in manifest["modules"] if m["name"] == "python3-dependencies")
    urls = [s["url"] for s in deps["sources"]]
    for source in deps["sources"]:
        assert locked.get(source["url"]) == source["sha256"], source["url"]
    names = {url.rsplit("/", 1)[1].split("-")[0].lower().replace("_", "-") for url in urls}
    # The app's own non-Qt dependencies (PySide6 comes from the BaseApp).
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {
        d.split(">")[0].split("<")[0].split("=")[0].strip().lower()
        for d in project["dependencies"]
        if not d.lower().startswith("pyside6")
    }
    assert wanted <= names, wanted - names


def test_flatpak_installs_the_desktop_files_it_names() -> None:
    manifest = json.loads(FLATPAK.read_text())
    app = next(m for m in manifest["modules"] if m["name"] == "microbreak")
    commands = "\n".join(app["build-commands"]).replace("${FLATPAK_ID}", APP_ID)
    for path in (DESKTOP, METAINFO, PACKAGING / "flatpak" / "microbreak.sh"):
        assert str(path.relative_to(ROOT)) in commands
        assert path.is_file()


def test_flatpak_app_id_is_the_desktop_file_s_and_the_metainfo_s() -> None:
    manifest = _flatpak()
    assert manifest["id"] == DESKTOP.name.removesuffix(".desktop") == APP_ID
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == manifest["id"]
    assert root.findtext("launchable") == f"{manifest['id']}.desktop"


def test_flatpak_builds_from_checksummed_downloads_only() -> None:
    # Flathub refuses a local folder; every source is fetched and checked.
    for module in _flatpak()["modules"]:
        for source in module["sources"]:
            assert source["type"] in ("archive", "file"), (module["name"], source)
            assert source["url"].startswith("https://"), source
            assert SHA256.match(source["sha256"]), source
    app = _flatpak_module("microbreak")
    assert [s["url"] for s in app["sources"]] == [
        "https://github.com/microbreak/microbreak/releases/download/"
        f"v{__version__}/microbreak-{__version__}.tar.gz"
    ]


def test_flatpak_builder_reads_the_manifest(tmp_path: Path) -> None:
    # Not in .ci/run's packages (it pulls in flatpak and ostree): checked where
    # a developer has it; the tests above check the same fields without it.
    tool = shutil.which("flatpak-builder")
    if tool is None:
        pytest.skip("needs flatpak-builder (apt-get install flatpak-builder)")
    result = subprocess.run(
        [tool, "--show-manifest", str(FLATPAK)],
        cwd=tmp_path,  # it leaves a .flatpak-builder folder where it runs
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == APP_ID


def test_update_manifest_points_the_app_at_a_release_sdist(tmp_path: Path) -> None:
    sdist = tmp_path / "microbreak-9.8.7.tar.gz"
    with tarfile.open(sdist, "w:gz") as tar:
        tar.add(ROOT / "LICENSE", arcname="microbreak-9.8.7/LICENSE")
    manifest = tmp_path / "manifest.json"
    manifest.write_text(FLATPAK.read_text())
    script = PACKAGING / "flatpak" / "update_manifest.py"
    done = subprocess.run(
        [sys.executable, str(script), str(sdist), "--manifest", str(manifest)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    after = json.loads(manifest.read_text())
    app = next(m for m in after["modules"] if m["name"] == "microbreak")
    assert app["sources"] == [
        {
            "type": "archive",
            "url": "https://github.com/microbreak/microbreak/releases/download/"
            "v9.8.7/microbreak-9.8.7.tar.gz",
            "sha256": hashlib.sha256(sdist.read_bytes()).hexdigest(),
        }
    ]
    # Nothing else moved: the permissions and the wheels are as they were.
    before = _flatpak()
    assert after["finish-args"] == before["finish-args"]
    assert after["modules"][0] == before["modules"][0]


def test_update_manifest_refuses_a_file_that_is_not_an_sdist(tmp_path: Path) -> None:
    wheel = tmp_path / "microbreak-0.1.0-py3-none-any.whl"
    wheel.write_bytes(b"PK")
    manifest = tmp_path / "manifest.json"
    manifest.write_text(FLATPAK.read_text())
    with pytest.raises(ValueError, match="not a microbreak sdist"):
        _update_manifest().point_at(json.loads(manifest.read_text()), wheel)


@pytest.mark.slow
def test_flatpak_build_commands_install_the_app_from_the_sdist(tmp_path: Path) -> None:
    """The app module's own commands, run on a real sdist (no sandbox, no runtime)."""
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("needs uv to build the sdist")
    subprocess.run(
        [uv, "build", "--sdist", "-q", "-o", str(tmp_path / "dist")], cwd=ROOT, check=True
    )
    (sdist,) = (tmp_path / "dist").glob("microbreak-*.tar.gz")
    with tarfile.open(sdist) as tar:
        tar.extractall(tmp_path / "src", filter="data")
    (source,) = (tmp_path / "src").iterdir()  # flatpak-builder strips this top folder
    dest = tmp_path / "app"
    env = {**os.environ, "FLATPAK_DEST": str(dest), "FLATPAK_ID": APP_ID}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"  # python3
    for command in _flatpak_module("microbreak")["build-commands"]:
        subprocess.run(["sh", "-c", command], cwd=source, env=env, check=True)
    assert (dest / "bin" / "microbreak").stat().st_mode & 0o111
    assert (dest / "share" / "applications" / f"{APP_ID}.desktop").is_file()
    assert (dest / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (dest / "share/icons/hicolor/256x256/apps" / f"{APP_ID}.png").is_file()
    (package,) = dest.glob("lib/python3*/site-packages/microbreak")
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import microbreak, microbreak.infra.resources as r; print(microbreak.__file__)",
        ],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(package.parent), "PYTHONSAFEPATH": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr
    assert Path(probe.stdout.strip()).parent == package  # not the checkout's
    assert (package / "resources" / "translations").is_dir()


def test_inside_flatpak_the_control_socket_lives_where_instances_meet(tmp_path: Path) -> None:
    env = {"FLATPAK_ID": APP_ID, "XDG_RUNTIME_DIR": str(tmp_path)}
    assert app_paths(env).runtime_dir == tmp_path / "app" / APP_ID
    assert app_paths({"XDG_RUNTIME_DIR": str(tmp_path)}).runtime_dir != tmp_path / "app" / APP_ID


# -- Windows and macOS ------------------------------------------------------------


def test_inno_setup_script_installs_per_user() -> None:
    script = (PACKAGING / "windows" / "microbreak.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert r"Software\Microsoft\Windows\CurrentVersion\Run" in script  # start at login
    assert "Tasks: startatlogin" in script  # ... only if ticked
    assert r"{group}\{#AppName}" in script  # Start menu entry
    assert r"..\..\dist\microbreak\*" in script  # the onedir build


# The app's languages (resources/translations) and Inno Setup's bundled
# translation for each (compiler:Languages\<Name>.isl, as of Inno Setup 7.0.2);
# None: Inno has none, Setup shows English there.
INNO_LANGUAGES: dict[str, str | None] = {
    "ar": "Arabic",
    "cs": "Czech",
    "da": "Danish",
    "de": "German",
    "es": "Spanish",
    "fr": "French",
    "he": "Hebrew",
    "hu": "Hungarian",
    "id": None,
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "nl": "Dutch",
    "pl": "Polish",
    "pt_BR": "BrazilianPortuguese",
    "ru": "Russian",
    "sv": "Swedish",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "zh_CN": "ChineseSimplified",
}
# Messages every bundled .isl defines ([CustomMessages] of Default.isl).
INNO_STANDARD_MESSAGES = {"LaunchProgram", "UninstallProgram", "NameAndVersion"}


def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    text = (PACKAGING / "windows" / "microbreak.iss").read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        elif current:
            sections[current].append(line)
    return sections


def _iss_entry(line: str) -> dict[str, str]:
    """``Name: "x"; Flags: a b`` as a dict (values unquoted)."""
    fields = {}
    for part in re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line):
        key, value = part
        value = value.strip()
        if value.startswith('"'):
            value = value[1:-1].replace('""', '"')
        fields[key] = value
    return fields


def _app_languages() -> set[str]:
    ts = (ROOT / "resources" / "translations").glob("microbreak_*.ts")
    return {p.stem.removeprefix("microbreak_") for p in ts} - {"en"}


def test_inno_setup_speaks_every_app_language_it_has_a_translation_for() -> None:
    entries = [_iss_entry(line) for line in _iss_sections()["Languages"]]
    files = {e["Name"]: e["MessagesFile"] for e in entries}
    assert files.pop("english") == "compiler:Default.isl"
    bundled = {isl.lower(): isl for isl in INNO_LANGUAGES.values() if isl}
    for name, messages in files.items():
        assert name in bundled, name
        assert messages == f"compiler:Languages\\{bundled[name]}.isl"
    unknown = _app_languages() - set(INNO_LANGUAGES)
    assert not unknown, f"add them to INNO_LANGUAGES (and the .iss): {unknown}"
    wanted = {isl.lower() for lang in _app_languages() if (isl := INNO_LANGUAGES[lang])}
    assert wanted <= set(files), wanted - set(files)


def test_inno_setup_custom_messages_exist_in_every_language() -> None:
    sections = _iss_sections()
    languages = {_iss_entry(line)["Name"] for line in sections["Languages"]}
    messages: dict[str, dict[str, str]] = {}
    for line in sections["CustomMessages"]:
        key, value = line.split("=", 1)
        language, name = key.split(".", 1)
        assert language in languages, key
        messages.setdefault(name, {})[language] = value
    text = (PACKAGING / "windows" / "microbreak.iss").read_text(encoding="utf-8")
    used = set(re.findall(r"\{cm:(\w+)", text))
    assert used - INNO_STANDARD_MESSAGES == set(messages)
    for name, by_language in messages.items():
        assert set(by_language) == languages, (name, languages - set(by_language))
        placeholders = set(re.findall(r"%\d", by_language["english"]))
        for language, value in by_language.items():
            assert value.strip(), (name, language)
            assert set(re.findall(r"%\d", value)) == placeholders, (name, language)
    # No English text left where Setup shows it.
    for section in ("Tasks", "Icons", "Run"):
        for line in sections[section]:
            entry = _iss_entry(line)
            for key in ("Description", "GroupDescription", "Comment"):
                if key in entry:
                    assert entry[key].startswith("{cm:"), line


def test_inno_setup_installs_both_programs() -> None:
    sections = _iss_sections()
    text = (PACKAGING / "windows" / "microbreak.iss").read_text(encoding="utf-8")
    assert '#define AppExe "microbreak.exe"' in text
    assert '#define AppCliExe "microbreak-cli.exe"' in text
    # The whole onedir folder, where the spec puts both executables.
    (files,) = [_iss_entry(line) for line in sections["Files"]]
    assert files["Source"] == r"..\..\dist\microbreak\*"
    assert "recursesubdirs" in files["Flags"]
    # The Start menu starts the windowed one; the uninstaller asks the console
    # one to quit a running app (Setup waits for it).
    assert any(r"{app}\{#AppExe}" in line for line in sections["Icons"])
    (quit_entry,) = [_iss_entry(line) for line in sections["UninstallRun"]]
    assert quit_entry["Filename"] == r"{app}\{#AppCliExe}"
    assert quit_entry["Parameters"] == "quit"


def _run_spec(platform: str, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Execute the PyInstaller spec with stand-ins; return the EXE()s COLLECT got."""

    class Analysis:
        def __init__(self, *_args: object, **_kwargs: object) -> None:
            self.binaries: list[tuple[str, str, str]] = []
            self.datas: list[tuple[str, str, str]] = []
            self.scripts = ["launcher"]
            self.pure: list[object] = []

    collected: list[dict[str, Any]] = []

    def exe(*_args: object, **kwargs: Any) -> dict[str, Any]:
        return kwargs

    def collect(*args: Any, **_kwargs: object) -> None:
        collected.extend(a for a in args if isinstance(a, dict))

    spec = PACKAGING / "pyinstaller" / "microbreak.spec"
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec inserts the root
    namespace = {
        "SPECPATH": str(spec.parent),
        "Analysis": Analysis,
        "PYZ": lambda *_a, **_k: object(),
        "EXE": exe,
        "COLLECT": collect,
        "BUNDLE": lambda *_a, **_k: object(),
        "__name__": "__main__",
    }
    exec(compile(spec.read_text(), str(spec), "exec"), namespace)
    return collected


def test_pyinstaller_spec_builds_a_console_companion_on_windows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gui, cli = _run_spec("win32", monkeypatch)
    assert (gui["name"], gui["console"]) == ("microbreak", False)
    assert (cli["name"], cli["console"]) == ("microbreak-cli", True)
    assert gui["icon"] == cli["icon"] == [str(PACKAGING / "windows" / "microbreak.ico")]
    # One shared folder: neither carries the libraries itself.
    assert gui["exclude_binaries"] is True
    assert cli["exclude_binaries"] is True


def test_pyinstaller_spec_builds_one_console_program_on_linux(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The Linux branch prunes Qt libraries with PyInstaller's own ldd reader;
    # PyInstaller is not in the dev group, and nothing was collected anyway.
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda _path: []  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", bindepend)
    (only,) = _run_spec("linux", monkeypatch)
    assert (only["name"], only["console"]) == ("microbreak", True)


def test_pyinstaller_spec_builds_one_app_on_macos(monkeypatch: pytest.MonkeyPatch) -> None:
    (only,) = _run_spec("darwin", monkeypatch)
    assert (only["name"], only["console"]) == ("microbreak", False)


def test_macos_info_plist_hides_the_dock_icon() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as fh:
        info = plistlib.load(fh)
    assert info["LSUIElement"] is True
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["NSHighResolutionCapable"] is True
    assert info["NSRequiresAquaSystemAppearance"] is False
    assert info["CFBundleShortVersionString"] == __version__


def test_macos_entitlements_are_only_what_the_hardened_runtime_needs() -> None:
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as fh:
        entitlements = plistlib.load(fh)
    # ctypes/libffi; nothing for JIT, foreign libraries, devices or the sandbox.
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True}


def test_make_dmg_signs_for_notarization() -> None:
    script = (PACKAGING / "macos" / "make_dmg.sh").read_text()
    sign = re.search(r"^codesign --force --deep .*?\"\$APP\"$", script, re.M | re.S)
    assert sign is not None
    for flag in ("--options runtime", '"$TIMESTAMP"', '--entitlements "$ENTITLEMENTS"'):
        assert flag in sign.group(0), flag
    assert "ENTITLEMENTS=packaging/macos/entitlements.plist" in script
    # A real identity gets a secure timestamp; ad hoc cannot have one.
    timestamps = 'if [ "$IDENTITY" = "-" ]; then\n  TIMESTAMP=--timestamp=none\nelse\n'
    assert timestamps + "  TIMESTAMP=--timestamp\n" in script
    notarize = script.split('if [ "$NOTARIZE" = yes ]; then', 1)[1]
    for step in ("xcrun notarytool submit", "--wait", "xcrun stapler staple", "stapler validate"):
        assert step in notarize, step
    # Nothing goes to Apple unless asked for (the guard above).
    code = script.split("set -eu", 1)[1]
    assert "xcrun" not in code.split('if [ "$NOTARIZE" = yes ]; then', 1)[0]


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"APPLE_ID": "a@example.org"}, "notarization needs CODESIGN_IDENTITY"),
        ({"NOTARY_PROFILE": "microbreak"}, "notarization needs CODESIGN_IDENTITY"),
        (
            {"APPLE_ID": "a@example.org", "CODESIGN_IDENTITY": "Developer ID Application: X"},
            "APPLE_ID needs APPLE_TEAM_ID and APPLE_APP_PASSWORD",
        ),
    ],
)
def test_make_dmg_refuses_to_notarize_without_what_it_needs(
    env: dict[str, str], message: str
) -> None:
    # Stops before building anything (the checks come first), so it runs here.
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"APPLE_ID", "NOTARY_PROFILE", "CODESIGN_IDENTITY", "APPLE_TEAM_ID"}
    }
    done = subprocess.run(
        ["sh", str(PACKAGING / "macos" / "make_dmg.sh")],
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert message in done.stderr


def test_pyinstaller_spec_ships_resources_and_the_plyer_backends() -> None:
    spec = (PACKAGING / "pyinstaller" / "microbreak.spec").read_text()
    assert '"microbreak/resources"' in spec
    for backend in ("linux", "win", "macosx"):
        assert f"plyer.platforms.{backend}.notification" in spec
    assert "PySide6.QtWebEngineCore" in spec  # excluded
    assert "Info.plist" in spec


# -- the Linux per-user installer ---------------------------------------------------


def test_install_script_installs_and_uninstalls_a_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    exe = bundle / "microbreak"
    exe.write_text(f"#!/bin/sh\necho 'microbreak {__version__}'\n")
    exe.chmod(0o755)
    prefix = tmp_path / "prefix"
    script = str(LINUX / "install.sh")
    done = subprocess.run(
        ["sh", script, "--prefix", str(prefix), str(bundle)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f"microbreak {__version__} installed" in done.stdout
    installed = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    text = installed.read_text()
    assert f"Exec={prefix}/lib/microbreak/microbreak\n" in text
    assert f"Exec={prefix}/lib/microbreak/microbreak break-now\n" in text
    assert (prefix / "bin" / "microbreak").resolve() == (
        prefix / "lib" / "microbreak" / "microbreak"
    )
    assert (prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in PNG_SIZES:
        assert (prefix / "share/icons/hicolor" / f"{size}x{size}/apps/{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(installed)], capture_output=True, text=True, check=False
        )
        assert check.returncode == 0, check.stdout

    gone = subprocess.run(
        ["sh", script, "--prefix", str(prefix), "--uninstall"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert gone.returncode == 0, gone.stderr
    # Only the desktop's shared caches (update-desktop-database) may stay.
    caches = {"mimeinfo.cache", "icon-theme.cache"}
    left = [
        p for p in prefix.rglob("*") if (p.is_file() and p.name not in caches) or p.is_symlink()
    ]
    assert left == [], left


def test_install_script_says_when_there_is_no_bundle(tmp_path: Path) -> None:
    result = subprocess.run(
        ["sh", str(LINUX / "install.sh"), "--prefix", str(tmp_path), str(tmp_path / "nothing")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "no microbreak bundle found" in result.stderr


def test_readme_shows_real_screenshots() -> None:
    readme = (ROOT / "README.md").read_text()
    images = re.findall(r"!\[[^\]]+\]\(([^)]+)\)", readme)
    assert {"docs/screenshots/break-window.png", "docs/screenshots/tray-menu.png"} <= set(images)
    for image in images:
        width, height = _png_size(ROOT / image)
        assert width > 100
        assert height > 80


# -- Debian package (packaging/deb; built, installed and removed by .ci/run) -----


def _licence_words(text: str) -> list[str]:
    return text.replace("\n .\n", "\n").split()


def test_deb_copyright_carries_the_repository_licence() -> None:
    licence = (ROOT / "LICENSE").read_text()
    body = licence.split("Permission is hereby granted", 1)[1]
    copyright_file = (PACKAGING / "deb" / "copyright").read_text()
    expat = copyright_file.split("License: Expat\n Permission is hereby granted", 1)[1]
    assert _licence_words(expat) == _licence_words(body)


def test_every_lintian_override_says_why() -> None:
    lines = (PACKAGING / "deb" / "lintian-overrides").read_text().splitlines()
    overrides = [i for i, line in enumerate(lines) if line.startswith("microbreak: ")]
    assert overrides
    for i in overrides:
        # Each override sits in a block that starts with a comment.
        j = i
        while j > 0 and lines[j - 1].startswith("microbreak: "):
            j -= 1
        assert j > 0, f"no reason above: {lines[i]}"
        assert lines[j - 1].startswith("#"), f"no reason above: {lines[i]}"
