#!/bin/sh
# Writes PNGs of the HTML timetable (forumplan report) of the Taraz and Otpan examples into
# docs/screenshots/ (the Taraz grid and overview also in Kazakh and Russian, --lang kk|ru), rendered by
# headless Chromium from Debian's packages. `make screenshots` runs it.
#
# Usage: scripts/screenshots.sh FORUMPLAN_BINARY
# Chromium: Debian's `chromium` package is installed with apt-get when no browser is found. Ubuntu
# ships Chromium only as a snap (its `chromium-browser` deb is a stub that installs the snap, which
# does not run in containers or without snapd); there, install Google Chrome's .deb or Debian's
# chromium, or set CHROME=/path/to/browser.
set -eu
bin="$1"
out=out/screenshots
shots=docs/screenshots

need() { # need COMMAND PACKAGE: installs PACKAGE with apt-get when COMMAND is missing
	command -v "$1" >/dev/null 2>&1 && return 0
	if ! command -v apt-get >/dev/null 2>&1; then
		echo "screenshots: '$1' is missing; install the package that provides it ($2)." >&2
		exit 2
	fi
	if [ "$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi
	if [ -z "$(apt-cache policy "$2" 2>/dev/null | sed -n 's/^ *Candidate: //p' | grep -v '(none)')" ]; then
		echo "screenshots: apt has no '$2' package here (on Ubuntu Chromium is a snap only); install Google Chrome's .deb or set CHROME." >&2
		exit 2
	fi
	echo "screenshots: installing $2 with apt-get" >&2
	$sudo apt-get update -qq
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

# A browser binary that is not the snap wrapper.
browser="${CHROME:-}"
if [ -z "$browser" ]; then
	for candidate in chromium google-chrome chromium-browser; do
		path="$(command -v "$candidate" 2>/dev/null || true)"
		[ -n "$path" ] || continue
		case "$(readlink -f "$path")" in /snap/*) continue ;; esac
		grep -q "snap" "$path" 2>/dev/null && [ "$(wc -c < "$path")" -lt 4096 ] && continue
		browser="$path"
		break
	done
fi
if [ -z "$browser" ]; then
	need chromium chromium
	browser="$(command -v chromium)"
fi
need pdftoppm poppler-utils

# shot PAGE PNG WIDTH HEIGHT: a screen-sized PNG of a report page.
shot() {
	"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
		--window-size="$3,$4" --screenshot="$2" "file://$PWD/$1" >/dev/null 2>&1
	echo "$2"
}

# printed PAGE PNG: the first printed page (A4 landscape) of a report page, at 100 dpi.
printed() {
	"$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$out/print.pdf" \
		"file://$PWD/$1" >/dev/null 2>&1
	echo "$1: $(pdfinfo "$out/print.pdf" 2>/dev/null | sed -n 's/^Pages: *//p') printed page(s)" >&2
	pdftoppm -f 1 -l 1 -r 100 -png -singlefile "$out/print.pdf" "${2%.png}"
	rm -f "$out/print.pdf"
	echo "$2"
}

mkdir -p "$out" "$shots"
"$bin" report examples/taraz-forum.yaml examples/witnesses/taraz-forum.schedule.yaml --out "$out/taraz" >&2
"$bin" report examples/otpan-rollout.yaml examples/witnesses/otpan-rollout.schedule.yaml --out "$out/otpan" >&2
for lang in kk ru; do
	"$bin" report examples/taraz-forum.yaml examples/witnesses/taraz-forum.schedule.yaml --out "$out/taraz-$lang" --lang "$lang" >&2
done

shot "$out/taraz/days/2019-11-14.html" "$shots/taraz-2019-11-14.png" 1400 850
shot "$out/taraz/days/2019-11-15.html" "$shots/taraz-2019-11-15.png" 1600 1650
printed "$out/taraz/days/2019-11-15.html" "$shots/taraz-2019-11-15-print.png"
shot "$out/taraz/index.html" "$shots/taraz-overview.png" 1200 1350
for lang in kk ru; do
	shot "$out/taraz-$lang/days/2019-11-15.html" "$shots/taraz-2019-11-15-$lang.png" 1600 1650
	shot "$out/taraz-$lang/index.html" "$shots/taraz-overview-$lang.png" 1200 1350
done
shot "$out/otpan/days/2024-10-14.html" "$shots/otpan-2024-10-14.png" 1400 420
shot "$out/otpan/days/2024-10-14/zhanaozen.html" "$shots/otpan-2024-10-14-zhanaozen.png" 1600 960
printed "$out/otpan/days/2024-10-14/aktau.html" "$shots/otpan-2024-10-14-aktau-print.png"
shot "$out/otpan/trainers/abenov-177.html" "$shots/otpan-travelling-trainer.png" 1200 1000
