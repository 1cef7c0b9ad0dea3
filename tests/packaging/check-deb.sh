#!/usr/bin/env bash
# Builds the Debian package from BUILD_DIR with CPack, checks it with lintian,
# desktop-file-validate and appstreamcli, then unpacks it (dpkg-deb -x, which leaves the
# machine as it is) and runs the unpacked programs on SAMPLE.
# Usage: check-deb.sh BUILD_DIR WORK_DIR SAMPLE. Exit 77 (skipped) when a checker is missing.
set -euo pipefail
build_dir=$1 work_dir=$2 sample=$3
id=io.github.duizhao.Duizhao

for tool in cpack lintian desktop-file-validate appstreamcli dpkg-deb dpkg-shlibdeps file; do
    if ! command -v "$tool" >/dev/null; then
        echo "skipped: $tool is not installed (packaging/install-build-deps.sh)"
        exit 77
    fi
done

rm -rf "$work_dir" && mkdir -p "$work_dir"
(cd "$work_dir" && cpack -G DEB --config "$build_dir/CPackConfig.cmake" >cpack.log) ||
    { cat "$work_dir/cpack.log"; exit 1; }
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
deb="$work_dir/duizhao_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { echo "no $deb (Debian file naming)"; ls "$work_dir"; exit 1; }

echo "== control"
dpkg-deb -f "$deb"
control=$(dpkg-deb -f "$deb")
for field in "Section: education" "fonts-arphic-uming" "fonts-dejavu-core" "fonts-wqy-microhei" \
    "Recommends: fonts-noto-cjk, qt6-translations-l10n" "libqt6widgets6" "libopencc1.1"; do
    grep -qF "$field" <<<"$control" || { echo "control lacks: $field"; exit 1; }
done

echo "== lintian"
# Errors and warnings fail (--fail-on); info tags are shown for the record.
lintian --fail-on error,warning --display-info "$deb"

root="$work_dir/root"
dpkg-deb -x "$deb" "$root"
echo "== desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/$id.desktop"
echo "== appstreamcli validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml"

echo "== the unpacked programs"
for program in duizhao duizhao-cli; do
    file "$root/usr/bin/$program" | grep -q ', stripped' || { echo "$program is not stripped"; exit 1; }
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/$program" --version
done
"$root/usr/bin/duizhao-cli" info "$sample" | grep -E 'Editor: +曹川川'
"$root/usr/bin/duizhao-cli" export "$sample" -o "$work_dir/sample.pdf"
# The GUI offscreen on the sample: it must still be running (reading, aligning, painting)
# when timeout stops it after 5 s, not have crashed or exited with an error.
status=0
XDG_CONFIG_HOME="$work_dir/config" QT_QPA_PLATFORM=offscreen timeout 5 "$root/usr/bin/duizhao" "$sample" || status=$?
[ "$status" -eq 124 ] || { echo "the unpacked duizhao exited with $status"; exit 1; }
echo "packaging.deb: $deb passes"
