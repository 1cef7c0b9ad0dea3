#!/usr/bin/env bash
# Installs what Duizhao needs to build, test and run on Debian 12, skipping what is already there.
# Run as root (or through sudo). Safe to run again.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config clang-format
    # static analysis of changed files in CI (.clang-tidy, tools/run-clang-tidy-changed.sh)
    clang-tidy
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libxkbcommon-dev
    libicu-dev libopencc-dev opencc libopencc-data libstemmer-dev
    # read aloud (optional at build time; voices come from the system's speech engine);
    # Qt6TextToSpeech's CMake package needs Qt6QmlIntegration from qt6-declarative-dev
    qt6-speech-dev qt6-declarative-dev
    # importers: ZIP (EPUB, DOCX, ODT), HTML5 parsing, PDF text
    libzip-dev libgumbo-dev libpoppler-qt6-dev
    # run: Qt platform plugins and fonts with explicit CJK families
    libxkbcommon-x11-0 libqt6svg6 fonts-noto-cjk fonts-dejavu-core
    # PDF export: AR PL UMing has no glyphs shared with Kangxi radicals (core/export/README-export.md)
    fonts-arphic-uming fonts-wqy-microhei
    # tests and tools
    python3 xvfb xauth poppler-utils libxml2-utils python3-translate
    # packaging: the .deb (CPack, dpkg-shlibdeps) and its checkers (tests/packaging)
    dpkg-dev file lintian desktop-file-utils appstream
    # the real-text alignment benchmark: hunalign's Chinese segmenter (tests/benchmarks/)
    python3-jieba
    # fuzzing: clang with libFuzzer and its sanitizer runtimes (the fuzz preset)
    clang libclang-rt-14-dev
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-build-deps: everything is installed"
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
echo "install-build-deps: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
