#!/usr/bin/env bash
# Replays issue 14 item 4's class moves ("api: move internals") on any branch, idempotently:
#   tools/api-move.sh            (from the repository root)
# For each OLD -> NEW it moves the file (if still at OLD), rewrites the package line, rewrites every
# `org.gapsim....OLD` reference to NEW, and adds `import NEW;` to files of OLD's package (main and test, any
# module) that use the simple name and do not import it yet. Then: mvn -B -ntp -q test-compile.
set -euo pipefail
MOVES=(
  "sim-core org.gapsim.scenario.Check org.gapsim.scenario.internal.Check"
  "sim-core org.gapsim.report.AtomicFiles org.gapsim.report.internal.AtomicFiles"
  "sim-core org.gapsim.report.CsvReplicationLog org.gapsim.report.internal.CsvReplicationLog"
  "sim-core org.gapsim.report.ReplicationCsv org.gapsim.report.internal.ReplicationCsv"
  "sim-core org.gapsim.report.Csv org.gapsim.report.internal.Csv"
  "sim-core org.gapsim.random.SubstreamJump org.gapsim.random.internal.SubstreamJump"
  "sim-core org.gapsim.model.Leg org.gapsim.model.internal.Leg"
  "sim-core org.gapsim.experiment.Replicator org.gapsim.experiment.internal.Replicator"
  "sim-core org.gapsim.experiment.LoggingProgress org.gapsim.experiment.internal.LoggingProgress"
  "sim-scenarios org.gapsim.examples.ExampleStudy org.gapsim.scenarios.examples.ExampleStudy"
)
TESTMOVES=(
  "sim-core/src/test/java/org/gapsim/experiment/LoggingProgressTest.java sim-core/src/test/java/org/gapsim/experiment/internal/LoggingProgressTest.java org.gapsim.experiment.internal"
  "sim-core/src/test/java/org/gapsim/examples/ExampleStudyTest.java sim-scenarios/src/test/java/org/gapsim/scenarios/examples/ExampleStudyTest.java org.gapsim.scenarios.examples"
)
# adds `import $2;` before the first import of $1 (or after its package line when it has none)
addimport() {
  if grep -q '^import ' "$1"; then
    awk -v imp="import $2;" 'done==0 && /^import /{print imp; done=1} {print}' "$1" > "$1.tmp"
  else
    awk -v imp="import $2;" 'done==0 && /^package /{print; print ""; print imp; done=1; next} {print}' "$1" > "$1.tmp"
  fi
  mv "$1.tmp" "$1"
}
path() { echo "src/main/java/$(echo "$1" | tr . /).java"; }
for m in "${MOVES[@]}"; do
  read -r newmod old new <<<"$m"
  oldpkg=${old%.*}; simple=${old##*.}; newpkg=${new%.*}
  oldfile=$(ls */"$(path "$old")" 2>/dev/null || true)
  newfile="$newmod/$(path "$new")"
  if [ -n "$oldfile" ]; then
    mkdir -p "$(dirname "$newfile")"
    git mv "$oldfile" "$newfile"
    sed -i "s/^package $oldpkg;/package $newpkg;/" "$newfile"
  fi
  # fully qualified references (imports, Javadoc, strings)
  grep -rlF --include=*.java --include=*.md --include=*.xml "$old" . | grep -v '/target/' | while read -r f; do
    sed -i "s/\b${old//./\\.}\b/$new/g" "$f"; done || true
  # files of the old package that used the simple name without an import
  oldrel=$(echo "$oldpkg" | tr . /)
  for f in $(ls */src/*/java/"$oldrel"/*.java 2>/dev/null); do
    case "$f" in */package-info.java) continue;; esac
    grep -q "\b$simple\b" "$f" || continue
    grep -q "^import $new;" "$f" && continue
    addimport "$f" "$new"
  done
done
git rm -q --ignore-unmatch sim-core/src/main/java/org/gapsim/examples/package-info.java
for t in "${TESTMOVES[@]}"; do
  read -r from to pkg <<<"$t"
  if [ -f "$from" ]; then
    oldpkg=$(sed -n 's/^package \(.*\);/\1/p' "$from")
    mkdir -p "$(dirname "$to")"; git mv "$from" "$to"; sed -i "s/^package .*;/package $pkg;/" "$to"
    sed -i "/^import $pkg\.[A-Za-z]*;$/d" "$to"
    oldrel=$(echo "$oldpkg" | tr . /)
    for c in $(ls */src/main/java/"$oldrel"/*.java */src/test/java/"$oldrel"/*.java 2>/dev/null | xargs -rn1 basename | sed 's/\.java$//' | grep -v package-info | sort -ru); do
      grep -q "\b$c\b" <(grep -v '^import\|^package' "$to") || continue
      addimport "$to" "$oldpkg.$c"
    done
  fi
done
# a moved class imports the types of its old package that it uses
for m in "${MOVES[@]}"; do
  read -r newmod old new <<<"$m"
  oldpkg=${old%.*}; newfile="$newmod/$(path "$new")"
  oldrel=$(echo "$oldpkg" | tr . /)
  for c in $(ls sim-core/src/main/java/"$oldrel"/*.java 2>/dev/null | xargs -rn1 basename | sed 's/\.java$//' | grep -v package-info | sort -r); do
    grep -q "\b$c\b" <(grep -v '^import\|^package' "$newfile") || continue
    grep -q "^import $oldpkg.$c;" "$newfile" && continue
    addimport "$newfile" "$oldpkg.$c"
  done
done
# a class moved after another keeps that other's import: drop imports of a file's own package
for f in $(grep -rl --include=*.java '^import org\.gapsim\..*\.internal\.[A-Z][A-Za-z]*;' . | grep -v /target/); do
  p=$(sed -n 's/^package \(.*\);/\1/p' "$f")
  sed -i "/^import ${p//./\\.}\.[A-Z][A-Za-z]*;\$/d" "$f"
done
