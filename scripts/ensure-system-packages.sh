#!/usr/bin/env bash
# Installs the Debian packages the browser and server tests drive, when they
# are missing: Chromium (never a downloaded browser build), nginx for the
# deploy-configuration test, libxml2's xmllint for the Akoma Ntoso check,
# poppler-utils (pdfinfo, pdftotext) to read the PDFs the print test makes, and
# a Java runtime for the Nu HTML Checker (vnu.jar from npm; its own Java
# download is turned off in package.json's allowScripts).
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
dpkg -s fonts-noto-core >/dev/null 2>&1 || need+=(fonts-noto-core)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${need[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
