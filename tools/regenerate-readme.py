#!/usr/bin/env python3
"""Regenerates the README's study tables (summer, thaw, frozen), its validation table and docs/data-farming.md's two
sweep outputs from the built jar. Prose is left to the author: the script prints what it replaced.
Usage: mvn -q -B -pl sim-scenarios -am package -DskipTests && python3 tools/regenerate-readme.py [--skip-sweeps]"""
import os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "sim-scenarios", "target", "gapsim.jar")


def gapsim(*args):
    with tempfile.TemporaryDirectory() as out:
        cmd = ["java", "-jar", JAR, *args]
        if args[0] in ("run", "sweep"):
            cmd += ["-q", "--out", os.path.join(out, "o")]
        r = subprocess.run(cmd, capture_output=True, text=True, cwd=out)
        if r.returncode != 0:
            sys.exit("failed: " + " ".join(cmd) + "\n" + r.stderr)
        return r.stdout


def study_block(text):
    """The console table from its first line to the '! more than' note (two lines) or the blank line after it."""
    lines = text.splitlines()
    end = next(i for i in range(9, len(lines)) if lines[i].strip() == "")
    return "\n".join(lines[:end])


def season_block(text):
    lines = text.splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("Package "))
    end = next(i for i in range(start, len(lines)) if lines[i].strip() == "")
    block = lines[start:end]
    # the README keeps only the note's first line under the season tables
    return "\n".join(block[:-1] if block[-1].startswith("  figure") else block)


def replace_block(doc, after_marker, new, nth=0):
    """Replaces the contents of the first fenced block (``` ... ```) after the nth occurrence of after_marker."""
    pos = -1
    for _ in range(nth + 1):
        pos = doc.index(after_marker, pos + 1)
    a = doc.index("```\n", pos + len(after_marker)) + 4
    b = doc.index("\n```", a)
    return doc[:a] + new + doc[b:]


def main():
    skip_sweeps = "--skip-sweeps" in sys.argv
    readme_path = os.path.join(ROOT, "README.md")
    doc = open(readme_path).read()
    summer = gapsim("run")
    doc = replace_block(doc, "## What the default study says", study_block(summer))
    doc = replace_block(doc, "\nThaw:\n", season_block(gapsim("run", "--season", "thaw")))
    doc = replace_block(doc, "\nFrozen:\n", season_block(gapsim("run", "--season", "frozen")))
    val = gapsim("validate-history")
    rows = [l for l in val.splitlines() if l.startswith("| V")]
    summary = next(l for l in val.splitlines() if "checks pass" in l)
    lines = doc.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith("| V")]
    lines[idx[0]:idx[-1] + 1] = rows
    for i, l in enumerate(lines):
        if re.match(r"^\d+ of \d+ checks pass; replications", l):
            lines[i] = summary
    doc = "\n".join(lines)
    open(readme_path, "w").write(doc)
    print(summer)
    print(val)
    if skip_sweeps:
        return
    df_path = os.path.join(ROOT, "docs", "data-farming.md")
    df = open(df_path).read()
    s1 = gapsim("sweep", "--factor", "doctrine.smokeKillFactor=0.1:0.9",
                "--factor", "doctrine.reconDetectionProbability=0.2:0.9",
                "--factor", "doctrine.decisionDelayScale=0.5:2", "--points", "9", "--replications", "100")
    s2 = gapsim("sweep", "--factor", "doctrine.manualUnderFireFactor=0.05:0.5",
                "--factor", "doctrine.lanesPerObstacle=1:3", "--factor", "doctrine.abortLossFraction=0:0.5",
                "--packages", "isr,full,at-mines,bridges", "--points", "9", "--replications", "100")
    df = replace_block(df, "## Example: the Suwalki Gap study", s1.rstrip("\n"))
    df = replace_block(df, "--packages isr,full,at-mines,bridges --points 9 --replications 100\n```\n", s2.rstrip("\n"))
    open(df_path, "w").write(df)
    print(s1)
    print(s2)


if __name__ == "__main__":
    main()
