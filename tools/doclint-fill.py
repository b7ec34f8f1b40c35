#!/usr/bin/env python3
"""Reads javadoc -Xdoclint warnings on stdin (tools/doclint.sh --fill runs it) and, for each "no @param for x" on a
constructor of a record with a component x, adds "@param x value of {@link #x()}" to that constructor's doc comment
(compact canonical constructors and the older overloads alike: the component is documented once, at the record's
@param). Changes comment lines only; leaves every other warning, and a constructor without a doc comment, to be
written by hand. Prints what it did and what it skipped on stderr."""
import collections
import re
import sys


def components(src, cls):
    """The component names of record cls in src, or None."""
    m = re.search(r'\brecord ' + cls + r'\s*(<[^>]*>)?\s*\(', src)
    if not m:
        return None
    i, depth, cur, names = m.end(), 1, '', []
    while depth:
        ch = src[i]
        depth += ch in '(<' and 1 or (ch in ')>' and -1 or 0)
        if (ch == ',' and depth == 1) or depth == 0:
            if cur.strip():
                names.append(cur.split()[-1])
            cur = ''
        else:
            cur += ch
        i += 1
    return names


def main():
    sites = collections.OrderedDict()
    for line in sys.stdin:
        m = re.match(r'(.*\.java):(\d+): warning: no @param for (\w+)', line)
        if m:
            sites.setdefault((m.group(1), int(m.group(2))), []).append(m.group(3))
    by_file = collections.defaultdict(list)
    for (f, l), names in sites.items():
        by_file[f].append((l, names))
    done = 0
    for f, items in by_file.items():
        src = open(f, encoding='utf-8').read().split('\n')
        text = '\n'.join(src)
        for l, names in sorted(items, reverse=True):   # bottom-up: earlier line numbers stay valid
            decl = src[l - 1]
            m = re.match(r'\s*public (\w+)\s*[({]', decl)
            comps = components(text, m.group(1)) if m else None
            if not comps or not all(n in comps for n in names):
                print(f'skipped {f}:{l} (not a record constructor, or not its components): {names}', file=sys.stderr)
                continue
            j = l - 2
            while src[j].strip().startswith('@'):
                j -= 1
            if not src[j].strip().endswith('*/'):
                print(f'skipped {f}:{l} (no doc comment)', file=sys.stderr)
                continue
            ind = re.match(r'\s*', decl).group(0)
            tags = [f'{ind} * @param {n} value of {{@link #{n}()}}' for n in names]
            s = src[j].strip()
            if s.startswith('/**'):                      # one-line comment: open it up
                body = s[3:-2].strip()
                head = [f'{ind} * {body}'] + ([f'{ind} *'] if not body.startswith('@') else [])
                src[j:j + 1] = [f'{ind}/**'] + (tags + head if body.startswith('@') else head + tags) + [f'{ind} */']
            else:
                k = j
                while not src[k].strip().startswith('/**'):
                    k -= 1
                first_tag = next((q for q in range(k, j) if re.match(r'\s*\*\s*@', src[q])), None)
                if first_tag is None:
                    src[j:j] = ([f'{ind} *'] if src[j - 1].strip() != '*' else []) + tags
                else:
                    src[first_tag:first_tag] = tags
            done += 1
            print(f'filled {f}:{l}: {" ".join(names)}', file=sys.stderr)
        open(f, 'w', encoding='utf-8').write('\n'.join(src))
    print(f'{done} constructors filled', file=sys.stderr)


if __name__ == '__main__':
    main()
