#!/usr/bin/env bash
# Lists javadoc's doclint warnings (every group, "missing" included) of the API packages of sim-core,
# sim-scenarios and sim-spark in about a minute, without the full `mvn verify` (which stops at the first module
# with a warning). From the repository root:
#   tools/doclint.sh          each warning, then a count per package
#   tools/doclint.sh --fill   first adds "@param x value of {@link #x()}" to a record constructor's comment for each
#                             "no @param for x" where x is one of the record's components (tools/doclint-fill.py;
#                             comment lines only), then lists what is left (to write by hand)
# The same checks as the root pom's maven-javadoc-plugin: <doclint>all</doclint>, public members, *.internal left
# out. Compiles the modules (target/classes, for the class path of the other modules); installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
MODULES=(sim-core sim-scenarios sim-spark)
if ! mvn -B -ntp -q -Dstyle.color=never -pl "$(IFS=,; echo "${MODULES[*]}")" compile dependency:build-classpath \
    -Dmdep.outputFile=target/doclint-cp.txt > "$tmp/mvn.log" 2>&1; then
  cat "$tmp/mvn.log"; exit 1
fi
lint() {
  : > "$tmp/w.txt"
  for m in "${MODULES[@]}"; do
    # javadoc is given all of a module's API packages at once (it fails on some subsets; ~15 s for sim-core)
    pkgs=$(cd "$m/src/main/java" && find org -name '*.java' -printf '%h\n' | sort -u | grep -v '/internal$' | tr / .)
    # shellcheck disable=SC2086
    javadoc -Xdoclint:all -quiet -public -Xmaxwarns 100000 -Xmaxerrs 100000 -d "$tmp/out-$m" \
        -sourcepath "$m/src/main/java" -cp "$(cat "$m/target/doclint-cp.txt")" $pkgs 2>&1 \
        | grep -E ': (warning|error):' >> "$tmp/w.txt" || true
  done
}
lint
if [[ "${1:-}" == "--fill" ]]; then
  python3 tools/doclint-fill.py < "$tmp/w.txt"
  lint
fi
cat "$tmp/w.txt"
echo "--- per package:"
sed -E 's|^.*/src/main/java/||; s|/[^/]+\.java:.*||; s|/|.|g' "$tmp/w.txt" | sort | uniq -c
echo "total: $(wc -l < "$tmp/w.txt")"
