#!/usr/bin/env bash
# The test matrix: the plugin on the host's QGIS and on newer QGIS releases in Debian chroot
# "test roots" built with debootstrap from Debian's own packages:
#   host     this machine's QGIS (Debian 12: 3.22)      make test
#   trixie   Debian 13, QGIS 3.40 LTR, Python 3.13       in a chroot
#   sid      Debian unstable, QGIS 3.44, Python 3.14     in a chroot
# In each root the README's commands run unchanged (the Makefile picks the Debian-packages
# route there): `make setup`, `make test` (the whole suite), `make demo` (the demo chain),
# plus a check that qgis_process loads the packaged plugin and lists every algorithm.
#
# Usage (as root, or through sudo; Debian host):
#   .ci/test-matrix.sh                     host, trixie, sid
#   .ci/test-matrix.sh trixie              one root only (names: host trixie sid)
#   USM_TESTROOTS=/path .ci/test-matrix.sh  where the roots are cached
#                                           (default /var/cache/usm-testroots)
#   USM_REBUILD=1                           rebuild the roots from scratch
# Roots are cached between runs (debootstrap once; Debian packages and the venv stay): the
# project is re-copied into <root>/opt/usm each run (its .venv kept). Logs and per-step wall
# times: $USM_TESTROOTS/logs/. The only host package it adds is debootstrap.
set -euo pipefail
cd "$(dirname "$0")/.."
PROJECT=$PWD
CACHE=${USM_TESTROOTS:-/var/cache/usm-testroots}
LOGS=$CACHE/logs
MIRROR=${MIRROR:-$(grep -h "^URIs:" /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1 | awk '{print $2}')}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(host trixie sid)
[ "$(id -u)" = 0 ] || exec sudo -E "$0" "$@"   # debootstrap, chroot and mount need root
mkdir -p "$LOGS"
SUMMARY=()

note() { echo "=== $*"; }

# run_step NAME LOG command...: runs, logs, records wall time and status in the summary
run_step() {
  local name=$1 log=$2 t0=$SECONDS rc=0
  shift 2
  note "$name ($(date -u +%H:%M:%S))"
  "$@" > >(tee "$log") 2>&1 || rc=$?
  SUMMARY+=("$(printf '%-28s %-4s %5d s  %s' "$name" "$([ $rc = 0 ] && echo ok || echo FAIL)" $((SECONDS - t0)) "$log")")
  return $rc
}

in_root() {
  chroot "$ROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin "$@"
}

bootstrap() {
  if [ "${USM_REBUILD:-0}" = 1 ]; then umount_root; rm -rf "$ROOT"; fi
  [ -f "$ROOT/.usm-bootstrapped" ] && { echo "cached: $ROOT"; return 0; }
  command -v debootstrap >/dev/null || \
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends debootstrap >/dev/null
  rm -rf "$ROOT"
  debootstrap --variant=minbase --include=ca-certificates "$SUITE" "$ROOT" "$MIRROR"
  printf 'deb %s %s main\n' "$MIRROR" "$SUITE" > "$ROOT/etc/apt/sources.list"
  printf 'APT::Install-Recommends "false";\n' > "$ROOT/etc/apt/apt.conf.d/99no-recommends"
  # Like the host: a fixed mirror snapshot may be past its Release files' Valid-Until.
  printf 'Acquire::Check-Valid-Until "false";\nAcquire::Check-Date "false";\n' \
    > "$ROOT/etc/apt/apt.conf.d/99no-valid-until"
  touch "$ROOT/.usm-bootstrapped"
}

mount_root() {
  cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
  # pip inside the root trusts what the host's pip trusts
  if [ -f /etc/pip.conf ]; then
    cp /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/usm-host-ca.crt"
    printf '[global]\ncert = /etc/usm-host-ca.crt\n' > "$ROOT/etc/pip.conf"
  fi
  mountpoint -q "$ROOT/proc" || mount -t proc proc "$ROOT/proc"
  mkdir -p "$ROOT/dev/shm"
  mountpoint -q "$ROOT/dev/shm" || mount -t tmpfs -o mode=1777 shm "$ROOT/dev/shm"
}

umount_root() {
  for m in "$ROOT/dev/shm" "$ROOT/proc"; do mountpoint -q "$m" && umount "$m" || true; done
}

base_packages() {
  in_root apt-get update -qq
  in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq make git >/dev/null
}

copy_project() {
  # The working tree as it is (tracked and untracked, minus ignored files); the root's .venv
  # and its built roots are kept so `make setup` is quick on a cached root.
  mkdir -p "$ROOT/opt/usm"
  find "$ROOT/opt/usm" -mindepth 1 -maxdepth 1 ! -name .venv -exec rm -rf {} +
  git -C "$PROJECT" ls-files -co --exclude-standard -z | \
    tar -C "$PROJECT" --null -T - -cf - | tar -C "$ROOT/opt/usm" -xf -
  git -C "$PROJECT" log -1 --oneline
}

versions() {
  in_root bash -c 'dpkg-query -W -f="\${Package} \${Version}\n" qgis python3 python3-numpy \
    python3-pandas python3-geopandas python3-shapely python3-pyproj python3-pyogrio \
    python3-rasterio python3-scipy "libgdal3*" "libgeos-c1*" "libproj[0-9]*" 2>/dev/null'
  in_root bash -c 'cd /opt/usm && .venv/bin/python -m pip list 2>/dev/null | grep -iE "^(esda|libpysal|pygeoda|tobler|pyarrow|shapely) "'
}

plugin_lists_every_algorithm() {
  in_root bash -c 'cd /opt/usm && make -s package build/plugins/urban_safety_monitor/metadata.txt >/dev/null
    export QT_QPA_PLATFORM=offscreen QGIS_PLUGINPATH=/opt/usm/build/plugins \
      QGIS_CUSTOM_CONFIG_PATH=/opt/usm/build/qgis-profile \
      PYTHONPATH=$(.venv/bin/python -c "import sysconfig; print(sysconfig.get_paths()[\"purelib\"])")
    /usr/bin/qgis_process.bin --version
    /usr/bin/qgis_process.bin plugins enable urban_safety_monitor >/dev/null 2>&1 || true
    listed=$(/usr/bin/qgis_process.bin list 2>/dev/null | grep -cE "^\s+usm:")
    expected=$(cd build/plugins && python3 -c "from urban_safety_monitor.usm_plugin.provider import algorithm_classes; print(len(algorithm_classes()))")
    echo "qgis_process lists $listed usm: algorithms; the provider registers $expected"
    [ "$listed" = "$expected" ]'
}

run_root() {
  SUITE=$1
  ROOT=$CACHE/$SUITE
  trap 'umount_root' EXIT
  run_step "$SUITE: bootstrap" "$LOGS/$SUITE-bootstrap.log" bootstrap || return 1
  mount_root
  run_step "$SUITE: base packages" "$LOGS/$SUITE-base.log" base_packages || return 1
  run_step "$SUITE: copy project" "$LOGS/$SUITE-copy.log" copy_project || return 1
  run_step "$SUITE: make setup" "$LOGS/$SUITE-setup.log" in_root bash -c 'cd /opt/usm && make setup' || return 1
  in_root apt-get clean   # the .deb cache (~0.5 GB) is not needed once installed
  versions > "$LOGS/$SUITE-versions.txt" 2>&1 || true
  run_step "$SUITE: plugin lists algorithms" "$LOGS/$SUITE-list.log" plugin_lists_every_algorithm || true
  run_step "$SUITE: make demo" "$LOGS/$SUITE-demo.log" in_root env PYTHONWARNINGS=always::DeprecationWarning \
    bash -c 'cd /opt/usm && make demo' || true
  # Deprecation warnings qgis_process printed while running our algorithms, from our code or
  # about QGIS's API (other libraries' own warnings, e.g. geopandas importing shapely.geos on
  # Debian 13, are not ours and are only listed).
  run_step "$SUITE: no deprecation warning" "$LOGS/$SUITE-deprecations.log" \
    bash -c "grep -E 'DeprecationWarning' '$LOGS/$SUITE-demo.log' | sort | uniq -c || true
             ! grep -E 'DeprecationWarning' '$LOGS/$SUITE-demo.log' | grep -E 'urban_safety_monitor|Qgs|parameterAs'" || true
  run_step "$SUITE: make test" "$LOGS/$SUITE-test.log" in_root bash -c \
    'cd /opt/usm && make test PYTEST_ARGS="-rfEs -W always::DeprecationWarning"' || true
  umount_root
  trap - EXIT
}

for target in "${TARGETS[@]}"; do
  case $target in
    host) run_step "host: make test" "$LOGS/host-test.log" make test || true ;;
    trixie|sid) run_root "$target" || true ;;
    *) echo "unknown target $target (host, trixie, sid)"; exit 2 ;;
  esac
done

echo
echo "Test matrix ($(date -u +%F\ %H:%M) UTC; logs in $LOGS):"
printf '%s\n' "${SUMMARY[@]}"
for s in "${SUMMARY[@]}"; do [[ $s == *" FAIL "* ]] && exit 1; done
exit 0
