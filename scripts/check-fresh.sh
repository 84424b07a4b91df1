#!/usr/bin/env bash
# Proves that scripts/install-deps.sh is complete on a bare Debian 12 machine.
#
# Builds a minimal Debian 12 root with debootstrap (only "Essential: yes" packages and apt),
# copies the tracked sources into it, runs scripts/install-deps.sh there through chroot (so
# nothing installed on this machine can hide a missing package) and configures the project
# with the dev preset. With --build it also compiles the application.
#
# Usage (as root): scripts/check-fresh.sh [--build] [--keep]
#   ARCHBENCH_FRESH_DIR   work folder (default /var/tmp/archbench-fresh); the pristine
#                         debootstrap root is cached there as base.tar.gz, every run
#                         unpacks a new copy of it
#   ARCHBENCH_MIRROR      Debian mirror (default: the first one apt on this machine uses)
set -euo pipefail
cd "$(dirname "$0")/.."

build=0
keep=0
for arg in "$@"; do
  case "$arg" in
    --build) build=1 ;;
    --keep) keep=1 ;;
    *) echo "usage: scripts/check-fresh.sh [--build] [--keep]" >&2; exit 2 ;;
  esac
done

if [[ $(id -u) -ne 0 ]]; then
  echo "check-fresh: needs root (debootstrap and chroot)" >&2
  exit 2
fi

work=${ARCHBENCH_FRESH_DIR:-/var/tmp/archbench-fresh}
mirror=${ARCHBENCH_MIRROR:-$(grep -hoE '^(URIs:|deb) +https?://[^ ]+' \
  /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
  | head -n 1 | awk '{print $2}' || true)}
mirror=${mirror:-http://deb.debian.org/debian}
mkdir -p "$work"

if ! command -v debootstrap >/dev/null; then
  echo "check-fresh: installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
fi

base="$work/base.tar.gz"
if [[ ! -s "$base" ]]; then
  echo "check-fresh: building a minimal Debian 12 root from $mirror (cached in $base)"
  rm -rf "$work/base"
  debootstrap --variant=minbase bookworm "$work/base" "$mirror" >"$work/debootstrap.log" 2>&1 || {
    tail -n 20 "$work/debootstrap.log" >&2
    echo "check-fresh: debootstrap failed (log: $work/debootstrap.log)" >&2
    exit 1
  }
  tar -C "$work/base" -czf "$base.part" . && mv "$base.part" "$base"
  rm -rf "$work/base"
fi

root="$work/root.$$"
cleanup() {
  umount "$root/proc" 2>/dev/null || true
  umount "$root/dev" 2>/dev/null || true
  if [[ $keep -eq 0 ]]; then rm -rf "$root"; else echo "check-fresh: root kept in $root"; fi
}
trap cleanup EXIT
mkdir -p "$root"
tar -C "$root" -xzf "$base"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

# Packages must not start services in the chroot (postgresql-15 would start a server that
# keeps the chroot's /proc busy): the standard policy-rc.d answer "not now".
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"

# The sources as a clone would see them: tracked files plus the uncommitted changes.
mkdir -p "$root/src"
git ls-files -z --cached --others --exclude-standard \
  | tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -C "$root/src" -xf -

steps='scripts/install-deps.sh && cmake --preset dev -DARCHBENCH_BUILD_TESTS=OFF -DARCHBENCH_BUILD_BENCHMARKS=OFF'
if [[ $build -eq 1 ]]; then
  steps="$steps && cmake --build --preset dev --target archbench"
fi
echo "check-fresh: in a bare Debian 12 root: $steps"
if chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
     /bin/bash -c "cd /src && $steps" >"$work/chroot.log" 2>&1; then
  tail -n 3 "$work/chroot.log"
  echo "check-fresh: passed: install-deps is complete for a bare Debian 12 (log: $work/chroot.log)"
else
  tail -n 30 "$work/chroot.log" >&2
  echo "check-fresh: FAILED on a bare Debian 12 (log: $work/chroot.log)" >&2
  exit 1
fi
