"""What goes into the PyInstaller bundle, in one place (used by aflastapp.spec and the tests).

Standard library only: the spec imports this inside PyInstaller, the tests import it directly.
Files land where ``aflastapp.resources`` looks for them when frozen: ``resources/…`` and the
licence files at the top of the bundle's data folder (``sys._MEIPASS``).
"""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
APP_NAME = "aflastapp"
BUNDLE_ID = "dk.aflastapp.app"  # macOS CFBundleIdentifier
APP_ID = "dk.aflastapp"  # freedesktop: .desktop file name, hicolor icon name
# AppStream component id (three parts, as `appstreamcli validate --pedantic` wants; the same as macOS)
APPSTREAM_ID = BUNDLE_ID

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
    # Receipts are JPEG, PNG, HEIC or PDF (storage/attachments.sniff); an AVIF photo gets the same
    # "save it as JPEG" message as HEIC. Pillow's AVIF and WebP codecs (7 MB of libraries) and its
    # colour management (lcms2) are not used.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingcms",
    "PIL.ImageCms",
    # no interactive prompt in the app (drops libreadline and libtinfo too)
    "readline",
    # NIS/YP lookups (links libnsl, which PyInstaller and AppImage leave to the system)
    "nis",
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
    "*qt6waylandcompositor*", "*qt6waylandegl*compositor*", "*qt6wlshellintegration*",
    "libqtvirtualkeyboardplugin*", "qtvirtualkeyboardplugin*",
    # Linux platform plugins for embedded devices (no desktop): the app runs on xcb, wayland, offscreen
    "*qt6eglfs*", "libqeglfs*", "libqlinuxfb*", "libqvnc*", "libqvkkhrdisplay*", "libqminimalegl*",
    # Qt's GTK 3 platform theme: it links GTK 3 and through it half a desktop session (GDK, cairo,
    # pango, atk, glib/gio, ...). Without it Qt uses its own Fusion look (and the xdg-desktop-portal
    # theme, which needs only D-Bus) on every desktop.
    "libqgtk3*",
    # TLS and network-status plugins: the app never goes online
    "*qopensslbackend*", "*qcertonlybackend*", "*qschannelbackend*", "*qsecuretransportbackend*",
    "*qnetworklistmanager*", "*qnetworkmanager*", "*qglib*", "*qnlm*", "*qscnetworkreachability*",
    "*qandroidnetworkinformation*", "*qapplenetworkinformation*", "*qconnman*",
    # image formats nothing in the app shows (receipts are stored as JPEG/PNG; icons are SVG)
    "libqtga*", "libqwbmp*", "libqtiff*", "libqwebp*", "qtga*", "qwbmp*", "qtiff*", "qwebp*",
    # Wayland: server-buffer integrations (for a Qt compositor's clients) and shells other than
    # xdg-shell (ivi: cars, fullscreen-shell: kiosks, wl-shell: obsolete, qt-shell: Qt compositors)
    "libdmabuf-server*", "libdrm-egl-server*", "libvulkan-server*", "libshm-emulation-server*",
    "libivi-shell*", "libfullscreen-shell*", "libwl-shell-plugin*", "libqt-shell*",
]

# Plugin folders that are dropped as a whole. Same reasons as above, plus: Linux input devices
# without a desktop (generic: evdev, tuio), a Wayland compositor's server side, QML debugging,
# SQL drivers (the diary is SQLCipher through Python), Lottie animations, Qt Designer.
EXCLUDED_PLUGIN_DIRS = (
    "egldeviceintegrations", "tls", "networkinformation", "generic", "wayland-graphics-integration-server",
    "qmltooling", "sqldrivers", "vectorimageformats", "designer",
)

# ---------------------------------------------------------------------------------------- Linux
# Libraries a Linux desktop session provides and that must NEVER be in the bundle: bundling them is
# how a bundle breaks on another or newer distribution (ABI- and config-coupled to the running
# session, the graphics driver, the system's fonts, printers and TLS settings), and it makes the
# bundle depend on what happens to be installed on the build machine (GTK 3 pulled 10+ MB of
# GTK/GDK, systemd, gnutls and krb5 in through Qt's GTK theme). The list follows PyInstaller's own
# exclude list (PyInstaller/depend/dylib.py: glibc, the GL/DRM/Wayland/xcb graphics stack) and
# AppImage's excludelist (github.com/AppImageCommunity/pkg2appimage/blob/master/excludelist:
# glibc, libstdc++/libgcc_s, GL, X11, fontconfig/freetype/harfbuzz, expat, zlib, ...) and adds the
# desktop libraries GTK and Qt reach. Each entry is a glob on the file name (.so names only, so
# Windows and macOS are not affected). packaging/build.py fails when one of them is in _internal/.
SYSTEM_LIBRARY_EXCLUDES: dict[str, list[str]] = {
    "glibc and the C/C++ runtime (PyInstaller, AppImage)": [
        "ld-linux*.so*", "libc.so*", "libm.so*", "libmvec.so*", "libdl.so*", "libpthread.so*",
        "librt.so*", "libresolv.so*", "libutil.so*", "libanl.so*", "libBrokenLocale.so*", "libcidn.so*",
        "libnsl.so*", "libnss_*.so*", "libthread_db.so*", "libcrypt.so*", "libstdc++.so*", "libgcc_s.so*",
    ],
    "graphics stack: GL/EGL/GBM/DRM/Vulkan and Wayland (PyInstaller, AppImage)": [
        "libGL.so*", "libGLX*.so*", "libEGL*.so*", "libGLdispatch.so*", "libOpenGL.so*", "libGLES*.so*",
        "libglapi.so*", "libgbm.so*", "libdrm*.so*", "libvulkan.so*", "libwayland-*.so*", "libepoxy.so*",
    ],
    "X11 client libraries (libX11 and friends, libxcb and its protocol extensions)": [
        "libX11*.so*", "libXau.so*", "libXdmcp.so*", "libXext.so*", "libXrender.so*", "libXi.so*",
        "libXfixes.so*", "libXcursor.so*", "libXrandr.so*", "libXinerama.so*", "libXcomposite.so*",
        "libXdamage.so*", "libXtst.so*", "libXft.so*", "libSM.so*", "libICE.so*", "libxshmfence.so*",
        "libxcb.so*", "libxcb-dri*.so*", "libxcb-glx.so*", "libxcb-present.so*", "libxcb-randr.so*",
        "libxcb-render.so*", "libxcb-shape.so*", "libxcb-shm.so*", "libxcb-sync.so*", "libxcb-xfixes.so*",
        "libxcb-xkb.so*", "libxcb-xinput.so*", "libxcb-xinerama.so*", "libxcb-composite.so*",
        "libxcb-damage.so*", "libxcb-dpms.so*", "libxcb-res.so*", "libxcb-screensaver.so*",
        "libxcb-xtest.so*", "libxcb-xv*.so*", "libxcb-record.so*", "libxcb-xf86dri.so*",
    ],
    "fonts and text shaping: fontconfig, freetype, harfbuzz (AppImage; match the system font config)": [
        "libfontconfig.so*", "libfreetype.so*", "libharfbuzz*.so*", "libgraphite2.so*", "libexpat.so*",
        "libpng16.so*", "libbrotli*.so*", "libz.so*", "libbz2.so*",
    ],
    "GTK/GDK and the libraries only GTK reaches (cairo, pango, atk, gdk-pixbuf, fribidi, thai, ...)": [
        "libgtk-*.so*", "libgdk-*.so*", "libgdk_pixbuf*.so*", "libatk*.so*", "libatspi.so*",
        "libcairo*.so*", "libpango*.so*", "libpixman-1.so*", "libthai.so*", "libdatrie.so*",
        "libfribidi.so*", "libcloudproviders.so*", "libtracker-*.so*", "libcolord*.so*", "librsvg-*.so*",
        "liblcms2.so*",
    ],
    "glib/gio/gobject and their own dependencies": [
        "libglib-2.0.so*", "libgio-2.0.so*", "libgobject-2.0.so*", "libgmodule-2.0.so*",
        "libgthread-2.0.so*", "libpcre*.so*", "libmount.so*", "libblkid.so*", "libselinux.so*",
        "libsepol.so*",
    ],
    "D-Bus, systemd and the session: the system's own bus library and logind": [
        "libdbus-1.so*", "libsystemd.so*", "libudev.so*", "libelogind.so*", "libcap.so*", "libgcrypt.so*",
        "libgpg-error.so*", "liblz4.so*", "libapparmor.so*",
    ],
    "TLS, Kerberos and printing: gnutls, krb5, CUPS, avahi (configured by the system, security updates)": [
        "libgnutls*.so*", "libnettle.so*", "libhogweed.so*", "libtasn1.so*", "libp11-kit.so*",
        "libidn2.so*", "libunistring.so*", "libgmp.so*", "libkrb5*.so*", "libk5crypto.so*",
        "libgssapi*.so*", "libcom_err.so*", "libkeyutils.so*", "libcups*.so*", "libavahi-*.so*",
        "libsasl2.so*", "libldap*.so*", "liblber*.so*",
    ],
    "sound and other devices (AppImage)": [
        "libasound.so*", "libjack.so*", "libpipewire-*.so*", "libpulse*.so*", "libusb-1.0.so*",
    ],
}

# System libraries (from the build machine's /usr/lib) that the bundle may carry, and why. Anything
# else that PyInstaller finds in a system folder is dropped: the desktop-session libraries above
# always, and any other system library that nothing kept in the bundle needs (prune_unreached), so
# the file list does not depend on what else is installed on the build machine.
BUNDLED_SYSTEM_LIBRARIES: dict[str, list[str]] = {
    "Qt's X11 platform plugin: the xcb-util family and xkbcommon-x11 (libxcb-cursor0 and "
    "libxcb-icccm4 are not installed on a stock Ubuntu 22.04; they need only the system's libxcb)": [
        "libxcb-cursor.so*", "libxcb-icccm.so*", "libxcb-image.so*", "libxcb-keysyms.so*",
        "libxcb-render-util.so*", "libxcb-util.so*", "libxcb-ewmh.so*", "libxkbcommon-x11.so*",
        "libxkbcommon.so*",
    ],
    "Python's own extension modules as the build machine's Python links them (ssl, hashlib, ctypes, "
    "lzma, sqlite3, readline, ...); a Python that links them statically (uv's, CI) ships none": [
        "libssl.so*", "libcrypto.so*", "libffi.so*", "liblzma.so*", "libsqlite3.so*", "libreadline.so*",
        "libncursesw.so*", "libtinfo.so*", "libmpdec.so*", "libuuid.so*", "libgdbm*.so*",
    ],
    "zstd: Qt's core library decompresses its resources with it": ["libzstd.so*"],
}

SYSTEM_LIBRARY_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/")

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


# ------------------------------------------------------------------------- hermetic Linux bundle


def _match(name: str, groups: dict[str, list[str]]) -> str | None:
    for why, patterns in groups.items():
        if any(fnmatch.fnmatchcase(name, pat) for pat in patterns):
            return why
    return None


def desktop_library(name: str) -> str | None:
    """Why the library file ``name`` must never be bundled (a desktop session provides it), or None."""
    return _match(name, SYSTEM_LIBRARY_EXCLUDES)


def bundled_system_library(name: str) -> str | None:
    """Why the system library ``name`` may be bundled, or None when it may not."""
    if desktop_library(name):
        return None
    return _match(name, BUNDLED_SYSTEM_LIBRARIES)


def is_system_path(src: str) -> bool:
    """A library PyInstaller found in the build machine's system folders (not in a wheel or Python)."""
    return src.startswith(SYSTEM_LIBRARY_DIRS) and "/python" not in src and "site-packages" not in src


def elf_needed(path: str | Path) -> list[str]:
    """The DT_NEEDED entries (direct dependencies) of an ELF shared library or executable."""
    import struct

    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF":
        return []
    is64 = data[4] == 2
    end = "<" if data[5] == 1 else ">"
    if is64:
        e_phoff, = struct.unpack_from(end + "Q", data, 0x20)
        e_phentsize, e_phnum = struct.unpack_from(end + "HH", data, 0x36)
    else:
        e_phoff, = struct.unpack_from(end + "I", data, 0x1C)
        e_phentsize, e_phnum = struct.unpack_from(end + "HH", data, 0x2A)
    loads: list[tuple[int, int, int]] = []  # (vaddr, offset, filesz)
    dynamic: tuple[int, int] | None = None
    for i in range(e_phnum):
        off = e_phoff + i * e_phentsize
        if is64:
            p_type, _fl, p_offset, p_vaddr, _pa, p_filesz = struct.unpack_from(end + "IIQQQQ", data, off)
        else:
            p_type, p_offset, p_vaddr, _paddr, p_filesz = struct.unpack_from(end + "IIIII", data, off)
        if p_type == 1:  # PT_LOAD
            loads.append((p_vaddr, p_offset, p_filesz))
        elif p_type == 2:  # PT_DYNAMIC
            dynamic = (p_offset, p_filesz)
    if dynamic is None:
        return []
    entry = struct.Struct(end + ("qQ" if is64 else "iI"))
    needed: list[int] = []
    strtab_vaddr = None
    for off in range(dynamic[0], dynamic[0] + dynamic[1], entry.size):
        tag, val = entry.unpack_from(data, off)
        if tag == 0:  # DT_NULL
            break
        if tag == 1:  # DT_NEEDED
            needed.append(val)
        elif tag == 5:  # DT_STRTAB (a virtual address)
            strtab_vaddr = val
    if strtab_vaddr is None:
        return []
    strtab = next((strtab_vaddr - va + fo for va, fo, sz in loads if va <= strtab_vaddr < va + sz), None)
    if strtab is None:
        return []
    names = []
    for idx in needed:
        start = strtab + idx
        names.append(data[start:data.index(b"\0", start)].decode("utf-8", "replace"))
    return names


def filter_system_libraries(
    binaries: list[tuple[str, str, str]],
) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """Linux: the PyInstaller ``binaries`` without desktop-session and unreached system libraries.

    Returns the kept entries and {dropped destination: why}. A system library is kept only when it is
    in BUNDLED_SYSTEM_LIBRARIES and a kept binary needs it (directly or through another kept one).
    Raises ValueError for a system library that something kept needs but that is neither allowed
    nor a desktop library: it must be classified in this file first.
    """
    src_of = {dest: src for dest, src, _kind in binaries}
    by_name: dict[str, list[str]] = {}
    for dest in src_of:
        by_name.setdefault(Path(dest).name, []).append(dest)
    system = {dest for dest, src in src_of.items() if is_system_path(src)}
    dropped: dict[str, str] = {}
    for dest in sorted(system):
        why = desktop_library(Path(dest).name)
        if why:
            dropped[dest] = why
    roots = [dest for dest in src_of if dest not in system]
    seen = set(roots)
    reached: set[str] = set()
    unclassified: dict[str, str] = {}
    todo = list(roots)
    while todo:
        dest = todo.pop()
        src = src_of[dest]
        if not Path(src).is_file():
            continue
        for needed in elf_needed(src):
            for dep in by_name.get(needed, []):
                if dep in seen:
                    continue
                if dep in system:
                    if desktop_library(needed):
                        continue
                    if bundled_system_library(needed) is None:
                        unclassified[needed] = Path(dest).name
                        continue
                    reached.add(dep)
                seen.add(dep)
                todo.append(dep)
    if unclassified:
        raise ValueError("system libraries neither allowed nor excluded in bundle_plan.py: "
                         + ", ".join(f"{d} (needed by {n})" for d, n in sorted(unclassified.items())))
    for dest in sorted(system - reached):
        dropped.setdefault(dest, "nothing kept in the bundle needs it")
    kept = [b for b in binaries if b[0] not in dropped]
    return kept, dropped


# auditwheel/delocate give the private copies of libraries inside a wheel a hash in the name
# (libharfbuzz-fb49c9fc.so.0...): they never clash with the system's and are not system libraries.
_WHEEL_PRIVATE_COPY = re.compile(r"-[0-9a-f]{8}\.so(\.|$)")

# Libraries the bundle must carry on every build machine, so the file list does not depend on
# what is installed there (Qt's X11 plugin needs them; Debian/Ubuntu package names to install).
REQUIRED_SYSTEM_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
}


def hermetic_violations(internal: Path) -> list[str]:
    """Files in the built bundle's ``_internal/`` that a desktop session provides (must be none).

    Qt's plugins (``plugins/``) and the renamed private copies inside wheels are not system
    libraries and are not matched by name; everything else is.
    """
    found = []
    for path in sorted(internal.rglob("*")):
        rel = path.relative_to(internal)
        if not (path.is_file() or path.is_symlink()) or ".so" not in path.name:
            continue
        if "plugins" in rel.parts or _WHEEL_PRIVATE_COPY.search(path.name):
            continue
        why = desktop_library(path.name)
        if why:
            found.append(f"{rel.as_posix()} ({why})")
    return found


def missing_required_libraries(internal: Path) -> dict[str, str]:
    """REQUIRED_SYSTEM_LIBRARIES that are not at the top of ``_internal/``: {library: package}."""
    return {lib: pkg for lib, pkg in REQUIRED_SYSTEM_LIBRARIES.items() if not (internal / lib).exists()}
