#!/usr/bin/env bash
# Validates manifest.xml against the Office add-in XSDs with xmllint.
#
# Usage: scripts/validate-manifest.sh [manifest]   (default: manifest.xml at the repository root)
# MANIFEST_SCHEMA_DIR overrides where the XSDs are; by default they are the shared copy beside the
# repository (../shared/schemas/office-addin-manifest), which is not part of the project, so a checkout
# without it skips rather than fails. See PROVENANCE.md there for how the 2019 schemas were patched.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
manifest="${1:-$repo_root/manifest.xml}"
schema_dir="${MANIFEST_SCHEMA_DIR:-$repo_root/../shared/schemas/office-addin-manifest}"

if [[ ! -d "$schema_dir" ]]; then
  echo "validate-manifest: SKIPPED, no schema directory at $schema_dir (set MANIFEST_SCHEMA_DIR to use another)."
  exit 0
fi
schema_dir="$(cd "$schema_dir" && pwd)"
schema="$schema_dir/OfficeAppManifestV1_1.xsd"
if [[ ! -f "$schema" ]]; then
  echo "validate-manifest: $schema_dir exists but has no OfficeAppManifestV1_1.xsd." >&2
  exit 2
fi
if [[ ! -f "$manifest" ]]; then
  echo "validate-manifest: no manifest at $manifest." >&2
  exit 2
fi

if ! command -v xmllint >/dev/null 2>&1; then
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "validate-manifest: xmllint not found; installing libxml2-utils."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq libxml2-utils >/dev/null
    if ! command -v xmllint >/dev/null 2>&1; then
      echo "validate-manifest: installed libxml2-utils, but xmllint is still not on PATH." >&2
      exit 2
    fi
  else
    echo "validate-manifest: xmllint not found. Install it (Debian/Ubuntu: apt-get install libxml2-utils)." >&2
    exit 2
  fi
fi

if output="$(xmllint --noout --schema "$schema" "$manifest" 2>&1)"; then
  echo "validate-manifest: OK, $manifest is valid against $schema"
else
  echo "$output" >&2
  echo "validate-manifest: FAILED, $manifest does not match the Office add-in manifest schema (errors above)." >&2
  exit 1
fi
