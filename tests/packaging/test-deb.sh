#!/usr/bin/env bash
# Usage: test-deb.sh BUILD_DIR WORK_DIR CPACK VERSION [CMAKE]
# Builds the .deb with CPack, unpacks it with dpkg-deb -x into WORK_DIR/root and checks what a user gets:
# the files of the desktop integration, the package's metadata, and the installed executable working headless.
set -euo pipefail
build=$1 work=$2 cpack=$3 version=$4 cmake=${5:-cmake}
id=io.github.csmworkbench.CsmWorkbench

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $*"; }

rm -rf "$work" && mkdir -p "$work/out" "$work/root" "$work/home"
# cpack installs what the build made; make sure everything that is installed is built (a no-op after a full build).
step "build"
"$cmake" --build "$build" --target csm-workbench csm_man_page >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; fail "build"; }
step "cpack -G DEB"
(cd "$build" && "$cpack" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$work"/out/csm-workbench_*.deb 2>/dev/null | head -n1)
[[ -n "$deb" ]] || fail "no csm-workbench_*.deb in $work/out"
echo "$deb"

step "package metadata"
[[ $(dpkg-deb -f "$deb" Package) == csm-workbench ]] || fail "package name"
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "version $(dpkg-deb -f "$deb" Version) != $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dep in libqt6core6 libqt6widgets6 libsqlite3-0 qt6-qpa-plugins; do
    [[ "$depends" == *"$dep"* ]] || fail "Depends lacks $dep"
done
# One SQLite: the system library through its C API, never Qt SQL (which may bundle a second SQLite).
[[ "$depends" != *libqt6sql* ]] || fail "Depends names Qt SQL"

step "dpkg-deb -x"
dpkg-deb -x "$deb" "$work/root"
root=$work/root
for f in \
    usr/bin/csm-workbench \
    usr/share/applications/$id.desktop \
    usr/share/metainfo/$id.metainfo.xml \
    usr/share/mime/packages/$id.xml \
    usr/share/icons/hicolor/scalable/apps/csm-workbench.svg \
    usr/share/icons/hicolor/16x16/apps/csm-workbench.png \
    usr/share/icons/hicolor/48x48/apps/csm-workbench.png \
    usr/share/icons/hicolor/512x512/apps/csm-workbench.png \
    usr/share/man/man1/csm-workbench.1.gz \
    usr/share/doc/csm-workbench/LICENSE \
    usr/share/doc/csm-workbench/licenses.md; do
    [[ -s "$root/$f" ]] || fail "missing from the package: /$f"
done
[[ -x "$root/usr/bin/csm-workbench" ]] || fail "/usr/bin/csm-workbench is not executable"
libs=$(ldd "$root/usr/bin/csm-workbench")
[[ "$libs" == *libsqlite3.so* ]] || fail "csm-workbench does not link the system SQLite"
[[ "$libs" != *libQt6Sql* ]] || fail "csm-workbench links libQt6Sql"
# --book=%f, not --book %f: started from the menu there is no file, and "--book=" (empty: the last book) is
# valid where a bare "--book" would be an error.
grep -q '^Exec=csm-workbench --book=%f$' "$root/usr/share/applications/$id.desktop" || fail ".desktop Exec line"
grep -q 'application/vnd.csm-workbench.book+sqlite' "$root/usr/share/applications/$id.desktop" ||
    fail ".desktop does not declare the book MIME type"
gzip -t "$root/usr/share/man/man1/csm-workbench.1.gz" || fail "man page is not valid gzip"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" >"$work/appstream.log" 2>&1 ||
        { cat "$work/appstream.log" >&2; fail "appstreamcli validate"; }
fi

step "the installed executable"
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
exe=$root/usr/bin/csm-workbench
out=$("$exe" --version) || fail "--version exited $?"
echo "$out"
[[ "$out" == *"$version"* ]] || fail "--version does not print $version"
"$exe" --help >"$work/help.txt" || fail "--help exited $?"

book=$work/book.sqlite
"$exe" --book "$book" generate --accounts 10 --seed 1 --as-of 2026-06-30 || fail "generate exited $?"
[[ -s "$book" ]] || fail "generate wrote no book"
"$exe" --book "$book" check || fail "check exited $?"
# Every report the installed binary lists runs on the generated book and prints JSON.
"$exe" report --help >"$work/reports.txt" || fail "report --help exited $?"
# Reports that need more than a date get it here (the KPIs are over a period).
report_args() {
    case "$1" in
    kpis) echo --period FY2025 ;;
    esac
}
for name in $(sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p' "$work/reports.txt"); do
    [[ "$name" == qbr ]] && continue # a PDF, below
    # shellcheck disable=SC2046 # the extra arguments are words
    "$exe" --book "$book" report "$name" --as-of 2026-06-30 $(report_args "$name") --format json \
        >"$work/$name.json" ||
        fail "report $name exited $?"
    python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/$name.json" ||
        fail "report $name printed no JSON"
done
# The QBR sheet is a PDF of the accounts asked for: the first account of the health report.
account=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["accounts"][0]["account_id"])' \
    "$work/health.json") || fail "report health listed no account"
"$exe" --book "$book" report qbr --account "$account" --as-of 2026-06-30 --out "$work/qbr.pdf" ||
    fail "report qbr exited $?"
[[ "$(head -c 5 "$work/qbr.pdf")" == "%PDF-" ]] || fail "report qbr wrote no PDF"

step "the desktop application starts from the package"
# (Options with values as --opt=value: the command line takes a bare word for a command.)
"$exe" --book="$book" --as-of=2026-06-30 --screenshot="$work/accounts.png" >"$work/gui.log" 2>&1 &
gui=$!
for _ in $(seq 1 60); do kill -0 $gui 2>/dev/null || break; sleep 0.5; done
if kill -0 $gui 2>/dev/null; then kill $gui; fail "the GUI did not finish its screenshot in 30 s"; fi
status=0
wait $gui || status=$?
[[ $status -eq 0 ]] || { cat "$work/gui.log" >&2; fail "the GUI exited $status"; }
[[ -s "$work/accounts.png" ]] || fail "the GUI wrote no screenshot"

# The MIME package recognises the generated book by its header (application_id "CSMW"), whatever its name.
if command -v update-mime-database >/dev/null && command -v gio >/dev/null &&
    [[ -f /usr/share/mime/packages/freedesktop.org.xml ]]; then
    step "book MIME type"
    mkdir -p "$work/xdg/mime/packages"
    cp /usr/share/mime/packages/freedesktop.org.xml "$root/usr/share/mime/packages/$id.xml" "$work/xdg/mime/packages/"
    update-mime-database "$work/xdg/mime" >/dev/null 2>&1 || fail "update-mime-database rejects the MIME package"
    type=$(XDG_DATA_DIRS=$work/xdg XDG_DATA_HOME=$work/xdg-none gio info -a standard::content-type "$book" |
        sed -n 's/.*content-type: //p')
    [[ "$type" == application/vnd.csm-workbench.book+sqlite ]] || fail "a book is seen as '$type'"
fi
echo "OK: $deb"
