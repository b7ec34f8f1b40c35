#!/usr/bin/env bash
# Regenerates the README's figures under docs/images/ from the built jar (needs Debian's chromium for the
# report screenshot). Usage: mvn -q -B -pl sim-scenarios -am package -DskipTests && bash tools/regenerate-images.sh
set -euo pipefail
cd "$(dirname "$0")/.."
jar=sim-scenarios/target/gapsim.jar
out=docs/images
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
java -jar "$jar" map --package full+east-shield --out "$out/suwalki-map.svg"
java -jar "$jar" replay --package full --replication 17 --out "$out/replay-full-17.svg"
java -jar "$jar" run --quiet --out "$tmp/study" > /dev/null
cp "$tmp/study/slowdown-boxplot.png" "$out/slowdown-boxplot.png"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$tmp/profile" \
  --window-size=1300,2600 --screenshot="$out/report.png" "file://$tmp/study/report.html" 2> /dev/null
echo "wrote $out/suwalki-map.svg, replay-full-17.svg, replay-full-17-timeline.svg, slowdown-boxplot.png, report.png"
