"""What goes into the PyInstaller bundle, in one place (used by aflastapp.spec and the tests).

Standard library only: the spec imports this inside PyInstaller, the tests import it directly.
Files land where ``aflastapp.resources`` looks for them when frozen: ``resources/…`` and the
licence files at the top of the bundle's data folder (``sys._MEIPASS``).
"""

from __future__ import annotations

import fnmatch
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
APP_NAME = "aflastapp"
BUNDLE_ID = "dk.aflastapp.app"  # macOS CFBundleIdentifier
APP_ID = "dk.aflastapp"  # freedesktop: .desktop / AppStream id, hicolor icon name

# Files under resources/ that the running app does not read, and why. Everything else is shipped.
RESOURCE_EXCLUDES: dict[str, str] = {
    "i18n/*.ts": "translation sources; the app loads the compiled .qm files",
    "linux/*": "freedesktop files: installed next to the bundle (share/), not read by the app",
    "**/.gitkeep": "placeholders",
    "**/README*": "notes for developers",
}

# Shown by the About dialog; found through aflastapp.resources.licence_path.
LICENCE_FILES = ("LICENSE", "THIRD_PARTY_LICENSES.md")

# The entry point: keyring backends come from the keyring hook (copy_metadata + submodules).
HIDDEN_IMPORTS = [
    "aflastapp.cli",
    # The GUI is imported lazily by the CLI (fast start); make sure all of it is bundled.
    "aflastapp.gui.app",
    "aflastapp.gui.about",
    # holidays imports country modules by name at run time.
    "holidays.countries.denmark",
    # sqlcipher3's C extension is imported from its dbapi2 module.
    "sqlcipher3.dbapi2",
]
HIDDEN_IMPORT_PACKAGES = [
    # every module of the app, including views imported on first use
    "aflastapp",
]

# Data files of dependencies that no PyInstaller hook collects: {package: glob patterns}.
# holidays reads its holiday names through gettext; the app asks only for Denmark.
PACKAGE_DATA: dict[str, list[str]] = {
    "holidays": ["locale/*/LC_MESSAGES/DK.mo"],
}

# Python modules the app never uses (some are reachable through optional imports of dependencies).
EXCLUDES = [
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data", "test",
    "unittest.test", "distutils", "setuptools", "pkg_resources", "pip",
    "numpy", "pandas", "matplotlib", "IPython", "scipy", "cairo", "rlPyCairo", "pyphen", "uharfbuzz",
    "pytest", "_pytest", "pytestqt", "hypothesis", "pyinstrument", "mypy", "ruff", "tests",
    "PIL.ImageTk", "PIL.ImageQt",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtWebView",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.Qt3DInput", "PySide6.Qt3DLogic",
    "PySide6.Qt3DAnimation", "PySide6.Qt3DExtras",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuick3D", "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets", "PySide6.QtQuickTest",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtSpatialAudio",
    "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtGraphsWidgets",
    "PySide6.QtBluetooth", "PySide6.QtNfc", "PySide6.QtPositioning", "PySide6.QtLocation",
    "PySide6.QtSensors", "PySide6.QtSerialPort", "PySide6.QtSerialBus", "PySide6.QtNetworkAuth",
    "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtStateMachine", "PySide6.QtSql",
    "PySide6.QtTest", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtTextToSpeech", "PySide6.QtHttpServer",
    "PySide6.QtAxContainer", "PySide6.QtConcurrent", "PySide6.QtXml",
    # Python bindings nobody imports (their Qt libraries stay: QtPdf and QtGui link to them).
    # QtDBus stays: gui/lock.py listens for the screen lock on Linux through it.
    "PySide6.QtNetwork",
]

# Qt shared libraries / plugins that PyInstaller's Qt hooks may still pull in and the app does not
# need (matched against the file name, case-insensitively, on every platform).
EXCLUDED_BINARY_PATTERNS = [
    "*qt6quick*", "*qt6qml*", "*qt6webengine*", "*qt63d*", "*qt6designer*", "*qt6multimedia*",
    "*qt6virtualkeyboard*", "*qt6charts*", "*qt6datavisualization*", "*qt6graphs*", "*qt6pdfquick*",
    "*qt6shadertools*", "*qt6labs*", "*qt6lottie*", "*qt6spatialaudio*", "*qt6texttospeech*",
    "*qt6quickcontrols2*", "*qt6sql*", "*qt6test*", "*qt6help*", "*qt6uitools*",
    "libqtvirtualkeyboardplugin*", "qtvirtualkeyboardplugin*",
    # Linux plugins for embedded devices and for a GTK theme whose libraries are not bundled anyway
    "*qt6eglfs*", "libqeglfs*", "libqgtk3*", "libqlinuxfb*", "libqvnc*", "libqvkkhrdisplay*",
    # ...and the system libraries only that GTK theme plugin links to (nothing else in the bundle does)
    "libatk-1.0.so*", "libcairo.so*", "libcairo-gobject.so*", "libpango-1.0.so*", "libpangocairo-1.0.so*",
    "libpangoft2-1.0.so*", "libgdk_pixbuf-2.0.so*", "libthai.so*", "libdatrie.so*", "libpixman-1.so*",
    "libfribidi.so*",
    # TLS and network-status plugins: the app never goes online
    "*qopensslbackend*", "*qcertonlybackend*", "*qschannelbackend*", "*qsecuretransportbackend*",
    "*qnetworklistmanager*", "*qnetworkmanager*", "*qglib*", "*qnlm*", "*qscnetworkreachability*",
    "*qandroidnetworkinformation*", "*qapplenetworkinformation*",
]

# Plugin folders that are dropped as a whole (same reasons as above).
EXCLUDED_PLUGIN_DIRS = ("egldeviceintegrations", "tls", "networkinformation")

# Qt's own translations: only the app's languages.
QT_TRANSLATION_LANGUAGES = ("da", "en")


def excluded_resource(rel: str) -> str | None:
    """Why the file at ``resources/<rel>`` is not shipped, or None when it is."""
    for pat, why in RESOURCE_EXCLUDES.items():
        if pat.startswith("**/"):
            if fnmatch.fnmatch(Path(rel).name, pat[3:]):
                return why
        elif fnmatch.fnmatch(rel, pat):
            return why
    return None


def resource_files(repo: Path = REPO) -> list[Path]:
    """Every file under resources/ that ships, as paths relative to resources/."""
    root = repo / "resources"
    files = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        rel = path.relative_to(root)
        if excluded_resource(rel.as_posix()) is None:
            files.append(rel)
    return files


def datas(repo: Path = REPO) -> list[tuple[str, str]]:
    """PyInstaller ``datas``: (source file, destination folder inside the bundle)."""
    result = [(str(repo / "resources" / rel), str(Path("resources") / rel.parent))
              for rel in resource_files(repo)]
    result += [(str(repo / name), ".") for name in LICENCE_FILES]
    return result


def binary_excluded(dest_name: str) -> bool:
    """True for a bundled file (binary or data, by its destination path) the app does not need."""
    path = Path(dest_name)
    name = path.name.lower()
    if any(fnmatch.fnmatch(name, pat) for pat in EXCLUDED_BINARY_PATTERNS):
        return True
    parts = [p.lower() for p in path.parts]
    if "plugins" in parts and any(d in parts for d in EXCLUDED_PLUGIN_DIRS):
        return True
    if "translations" in parts and name.endswith(".qm") and parts[0] == "pyside6":
        lang = name.removesuffix(".qm").rsplit("_", 1)[-1]
        return lang not in QT_TRANSLATION_LANGUAGES
    return False


def package_datas() -> list[tuple[str, str]]:
    """PyInstaller ``datas`` for PACKAGE_DATA: (source file, destination folder)."""
    import importlib.util

    result = []
    for package, patterns in PACKAGE_DATA.items():
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            raise ModuleNotFoundError(package)
        root = Path(spec.origin).parent
        for pattern in patterns:
            for f in sorted(root.glob(pattern)):
                result.append((str(f), str(Path(package) / f.relative_to(root).parent)))
    return result


def holidays_locale_wanted(dest_name: str) -> bool:
    """Of holidays' translations keep only Denmark's (the only country the app asks for)."""
    parts = Path(dest_name).parts
    if len(parts) >= 2 and parts[0] == "holidays" and parts[1] == "locale":
        return Path(dest_name).name == "DK.mo"
    return True
