#!/usr/bin/env python3
"""Extracts the country polygons of the Suwalki Gap region from Natural Earth (via the npm package world-atlas,
ISC licence; Natural Earth itself is public domain) into the small GeoJSON that gapsim ships:
sim-core/src/main/resources/org/gapsim/report/map/borders.geojson.

Usage:  npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
        python3 tools/extract-borders.py package/countries-10m.json > sim-core/src/main/resources/org/gapsim/report/map/borders.geojson

Decodes the TopoJSON arcs (quantized, delta-encoded), keeps Poland, Lithuania, Russia, Belarus and Latvia, clips each
ring to the box 53.0-56.0 N, 19.5-26.0 E (Sutherland-Hodgman), simplifies it (Douglas-Peucker, 0.004 degrees, about
300-400 m) and rounds coordinates to 4 decimals.
"""
import json
import sys

KEEP = {"616": ("PL", "Poland"), "440": ("LT", "Lithuania"), "643": ("RU", "Russia"), "112": ("BY", "Belarus"),
        "428": ("LV", "Latvia")}
BOX = (19.5, 53.0, 26.0, 56.0)  # lon min, lat min, lon max, lat max
TOL = 0.004


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring(arcs, idxs):
    out = []
    for i in idxs:
        pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(pts if not out else pts[1:])
    return out


def clip(poly, edge):
    def inside(p):
        k, v = edge
        return {"l": p[0] >= v, "r": p[0] <= v, "b": p[1] >= v, "t": p[1] <= v}[k]

    def cross(a, b):
        k, v = edge
        if k in "lr":
            t = (v - a[0]) / (b[0] - a[0])
            return (v, a[1] + t * (b[1] - a[1]))
        t = (v - a[1]) / (b[1] - a[1])
        return (a[0] + t * (b[0] - a[0]), v)

    out = []
    for i in range(len(poly)):
        cur, prev = poly[i], poly[i - 1]
        if inside(cur):
            if not inside(prev):
                out.append(cross(prev, cur))
            out.append(cur)
        elif inside(prev):
            out.append(cross(prev, cur))
    return out


def clip_box(poly):
    for edge in (("l", BOX[0]), ("r", BOX[2]), ("b", BOX[1]), ("t", BOX[3])):
        if not poly:
            return []
        poly = clip(poly, edge)
    return poly


def dp(pts, tol):
    if len(pts) < 3:
        return pts
    a, b = pts[0], pts[-1]
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = (dx * dx + dy * dy) ** 0.5
    best, bi = -1, 0
    for i in range(1, len(pts) - 1):
        p = pts[i]
        d = abs(dy * (p[0] - a[0]) - dx * (p[1] - a[1])) / n if n > 0 else ((p[0] - a[0]) ** 2 + (p[1] - a[1]) ** 2) ** 0.5
        if d > best:
            best, bi = d, i
    if best <= tol:
        return [a, b]
    return dp(pts[:bi + 1], tol)[:-1] + dp(pts[bi:], tol)


def main():
    topo = json.load(open(sys.argv[1]))
    arcs = decode_arcs(topo)
    features = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g.get("id") not in KEEP:
            continue
        iso, name = KEEP[g["id"]]
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        out = []
        for poly in polys:
            rings = []
            for r in poly:
                pts = clip_box(ring(arcs, r))
                if len(pts) < 3:
                    continue
                pts = dp(pts + [pts[0]], TOL)
                if len(pts) < 4:
                    continue
                rings.append([[round(x, 4), round(y, 4)] for x, y in pts])
            if rings:
                out.append(rings)
        if out:
            features.append({"type": "Feature", "properties": {"iso": iso, "name": name},
                             "geometry": {"type": "MultiPolygon", "coordinates": out}})
    json.dump({"type": "FeatureCollection",
               "source": "Natural Earth 1:10m admin 0 countries (public domain), via the npm package world-atlas "
                         "2.0.2 (ISC); clipped to 53-56 N, 19.5-26 E and simplified (Douglas-Peucker 0.004 deg) by "
                         "tools/extract-borders.py",
               "features": features}, sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
