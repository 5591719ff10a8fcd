#!/usr/bin/env bash
# checkov (PyPI) over the generated Terraform JSON: every environments/* root and every
# modules-out/* module, with checkov's terraform_json framework and the reviewed skips in
# .checkov.yaml. Fails if any check fails or a folder cannot be scanned.
#
# The virtual environment lives outside the clone, in ${XDG_CACHE_HOME:-~/.cache}/synth-ci/, keyed
# by the pinned version: created on first use (a .complete marker is written last, so a half-made
# one is rebuilt) and shared by every clone on the machine. CHECKOV_VERSION overrides the pin.
set -euo pipefail
cd "$(dirname "$0")/.."

CHECKOV_VERSION="${CHECKOV_VERSION:-3.3.30}"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/synth-ci"
VENV="$CACHE/venv-checkov-$CHECKOV_VERSION"

if [ ! -f "$VENV/.complete" ]; then
  echo "== installing checkov $CHECKOV_VERSION into $VENV"
  mkdir -p "$CACHE"
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "checkov==$CHECKOV_VERSION"
  touch "$VENV/.complete"
fi

shopt -s nullglob
folders=(environments/*/ modules-out/*/)
if [ "${#folders[@]}" -eq 0 ]; then
  echo "checkov: no environments/* or modules-out/* folders; run 'swift run synth --all' first" >&2
  exit 2
fi

checkov() {
  "$VENV/bin/checkov" "$@" --framework terraform_json --skip-download --config-file .checkov.yaml --compact --quiet
}

# One checkov process over every folder (its start-up costs ~4 s, so per folder it took 110 s);
# --skip-download: no policy download from the Bridgecrew platform, the checks are the built-in ones.
arguments=()
for folder in "${folders[@]}"; do arguments+=(-d "${folder%/}"); done
echo "== checkov ${#folders[@]} folders"
if checkov "${arguments[@]}"; then
  echo "checkov: ${#folders[@]} folders, no failed checks"
  exit 0
fi

# Something failed: with several folders checkov names files without their folder, so scan
# each folder again to say which ones fail.
failed=()
for folder in "${folders[@]}"; do
  folder="${folder%/}"
  if ! checkov -d "$folder" > /dev/null 2>&1; then
    echo "== checkov $folder"
    checkov -d "$folder" || true
    failed+=("$folder")
  fi
done
echo "checkov: failed checks in ${failed[*]:-a folder scanned together (see above)}" >&2
exit 1
