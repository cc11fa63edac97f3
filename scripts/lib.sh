# Shared by scripts/run, scripts/test and the others: package installation and the build.
# shellcheck shell=bash

KETONG_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KETONG_BUILD=${KETONG_BUILD:-$KETONG_ROOT/build}

# What building and running Ketong needs from Debian 12.
KETONG_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-httpserver-dev
    libqt6opengl6-dev libsodium-dev libxlsxwriter-dev libzip-dev libfreexl-dev libsqlite3-dev libpq-dev libgl-dev
    fonts-noto-cjk fonts-wqy-microhei postgresql-client
)
# What the tests need on top.
KETONG_TEST_PACKAGES=(
    postgresql xvfb xauth sqlite3 poppler-utils unzip imagemagick dpkg-dev desktop-file-utils appstream
)

log() { printf '%s\n' "$*" >&2; }

# ensure_packages PKG… — installs the packages that are missing (apt-get update first), as root or via sudo.
ensure_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { log "Need root or sudo to install: ${missing[*]}"; return 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 || return 1
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
}

# build [extra cmake args…] — configures (once) and builds into $KETONG_BUILD.
build() {
    if [ ! -f "$KETONG_BUILD/build.ninja" ]; then
        cmake -S "$KETONG_ROOT" -B "$KETONG_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKETONG_WERROR=ON "$@" >&2 || return 1
    fi
    cmake --build "$KETONG_BUILD" --parallel "$(nproc)" >&2
}
