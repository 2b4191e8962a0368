//! World geometry for the map: Natural Earth 1:50m countries from world-atlas 2.0.2
//! (`assets/world-atlas`, ISC; Natural Earth is public domain), decoded from TopoJSON here,
//! numeric ISO ids mapped to alpha-2 with keshvar, projected with Equal Earth.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::error::{Error, Result};

static TOPOLOGY: &str = include_str!("../../assets/world-atlas/countries-50m.json");

/// One country of the geometry, projected (Equal Earth on the unit sphere, y upwards).
#[derive(Debug, Clone, PartialEq)]
pub struct WorldCountry {
    /// ISO alpha-2 (upper case); `None` for the few areas without an ISO code (Kosovo…).
    pub alpha2: Option<String>,
    /// The English name in the geometry file.
    pub name: String,
    /// Rings, exterior and holes mixed: draw with the even-odd rule.
    pub rings: Vec<Vec<(f64, f64)>>,
    /// Centroid of the largest ring, for markers.
    pub anchor: (f64, f64),
}

/// Equal Earth projection (Šavrič, Patterson & Jenny, 2018, "The Equal Earth map
/// projection", IJGIS 33:3), unit sphere, longitude and latitude in degrees:
/// θ = asin(√3/2 · sin φ); x = 2√3 λ cos θ / (3 (9A₄θ⁸ + 7A₃θ⁶ + 3A₂θ² + A₁));
/// y = A₄θ⁹ + A₃θ⁷ + A₂θ³ + A₁θ.
pub fn equal_earth(lon: f64, lat: f64) -> (f64, f64) {
    const A1: f64 = 1.340264;
    const A2: f64 = -0.081106;
    const A3: f64 = 0.000893;
    const A4: f64 = 0.003796;
    let (lambda, phi) = (lon.to_radians(), lat.to_radians());
    let m = 3f64.sqrt() / 2.0;
    let theta = (m * phi.sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = lambda * theta.cos() / (m * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    (x, y)
}

#[derive(Deserialize)]
struct Topology {
    transform: Transform,
    arcs: Vec<Vec<[f64; 2]>>,
    objects: HashMap<String, Collection>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    arcs: serde_json::Value,
    id: Option<String>,
    #[serde(default)]
    properties: HashMap<String, serde_json::Value>,
}

/// Every country of the geometry, decoded once.
pub fn world_countries() -> Result<&'static [WorldCountry]> {
    static WORLD: OnceLock<std::result::Result<Vec<WorldCountry>, String>> = OnceLock::new();
    WORLD
        .get_or_init(|| decode(TOPOLOGY))
        .as_deref()
        .map_err(Error::internal)
}

fn decode(json: &str) -> std::result::Result<Vec<WorldCountry>, String> {
    let topo: Topology = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let [sx, sy] = topo.transform.scale;
    let [tx, ty] = topo.transform.translate;
    // Arcs are delta-encoded quantised positions.
    let arcs: Vec<Vec<(f64, f64)>> = topo
        .arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0.0, 0.0);
            arc.iter()
                .map(|[dx, dy]| {
                    x += dx;
                    y += dy;
                    (x * sx + tx, y * sy + ty)
                })
                .collect()
        })
        .collect();
    let by_numeric: HashMap<usize, String> = keshvar::CountryIterator::new()
        .filter_map(|c| {
            Some((
                c.number().parse().ok()?,
                c.alpha2().to_string().to_uppercase(),
            ))
        })
        .collect();
    let countries = topo.objects.get("countries").ok_or("no countries object")?;
    let mut out = Vec::new();
    for g in &countries.geometries {
        let polygons: Vec<Vec<Vec<i64>>> = match g.kind.as_deref() {
            Some("Polygon") => {
                vec![serde_json::from_value(g.arcs.clone()).map_err(|e| e.to_string())?]
            }
            Some("MultiPolygon") => {
                serde_json::from_value(g.arcs.clone()).map_err(|e| e.to_string())?
            }
            _ => continue,
        };
        let mut rings: Vec<Vec<(f64, f64)>> = Vec::new();
        for ring in polygons.iter().flatten() {
            let mut points: Vec<(f64, f64)> = Vec::new();
            for &index in ring {
                // A negative index ~i is arc i reversed.
                let (i, reversed) = if index < 0 {
                    (!index, true)
                } else {
                    (index, false)
                };
                let arc = arcs.get(i as usize).ok_or("arc index out of range")?;
                let mut pts = arc.clone();
                if reversed {
                    pts.reverse();
                }
                // Consecutive arcs share their end point.
                let skip = usize::from(!points.is_empty());
                points.extend(pts.into_iter().skip(skip));
            }
            if points.len() >= 3 {
                for piece in split_antimeridian(points) {
                    rings.push(
                        piece
                            .into_iter()
                            .map(|(lon, lat)| equal_earth(lon, lat))
                            .collect::<Vec<_>>(),
                    );
                }
            }
        }
        let alpha2 =
            g.id.as_deref()
                .and_then(|id| id.parse::<usize>().ok())
                .and_then(|n| by_numeric.get(&n).cloned());
        let name = g
            .properties
            .get("name")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_owned();
        let anchor = rings
            .iter()
            .map(|r| centroid(r))
            .max_by(|a, b| a.2.total_cmp(&b.2))
            .map(|(x, y, _)| (x, y))
            .unwrap_or_default();
        out.push(WorldCountry {
            alpha2,
            name,
            rings,
            anchor,
        });
    }
    Ok(out)
}

/// A ring that crosses the ±180° meridian (Fiji, Chukotka) made continuous, then cut
/// into its parts on each side, so that no edge runs across the whole map.
fn split_antimeridian(ring: Vec<(f64, f64)>) -> Vec<Vec<(f64, f64)>> {
    if !ring.windows(2).any(|w| (w[1].0 - w[0].0).abs() > 180.0) {
        return vec![ring];
    }
    let mut shift = 0.0;
    let mut unwrapped = Vec::with_capacity(ring.len());
    for (i, &(lon, lat)) in ring.iter().enumerate() {
        if i > 0 {
            let jump = lon - ring[i - 1].0;
            if jump > 180.0 {
                shift -= 360.0;
            } else if jump < -180.0 {
                shift += 360.0;
            }
        }
        unwrapped.push((lon + shift, lat));
    }
    let mut out = Vec::new();
    for offset in [-360.0, 0.0, 360.0] {
        let moved: Vec<(f64, f64)> = unwrapped.iter().map(|&(x, y)| (x + offset, y)).collect();
        let piece = clip(&clip(&moved, -180.0, false), 180.0, true);
        if piece.len() >= 3 {
            out.push(piece);
        }
    }
    out
}

/// Sutherland–Hodgman: the part of `ring` with longitude ≤ `at` (`keep_below`) or ≥ `at`.
fn clip(ring: &[(f64, f64)], at: f64, keep_below: bool) -> Vec<(f64, f64)> {
    let inside = |p: &(f64, f64)| if keep_below { p.0 <= at } else { p.0 >= at };
    let mut out = Vec::new();
    for (i, p) in ring.iter().enumerate() {
        let q = &ring[(i + 1) % ring.len()];
        if inside(p) {
            out.push(*p);
        }
        if inside(p) != inside(q) {
            let t = (at - p.0) / (q.0 - p.0);
            out.push((at, p.1 + t * (q.1 - p.1)));
        }
    }
    out
}

/// Centroid and absolute area of a ring (shoelace formula).
fn centroid(ring: &[(f64, f64)]) -> (f64, f64, f64) {
    let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for (i, &(x0, y0)) in ring.iter().enumerate() {
        let (x1, y1) = ring[(i + 1) % ring.len()];
        let cross = x0 * y1 - x1 * y0;
        a += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
    }
    if a.abs() < 1e-12 {
        let n = ring.len() as f64;
        let (sx, sy) = ring
            .iter()
            .fold((0.0, 0.0), |(sx, sy), p| (sx + p.0, sy + p.1));
        return (sx / n, sy / n, 0.0);
    }
    (cx / (3.0 * a), cy / (3.0 * a), (a / 2.0).abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Extents published with the projection: half-width 2.706629 (λ = 180°, φ = 0) and
    /// half-height 1.317362 (φ = 90°) on the unit sphere (ratio about 2.05:1).
    #[test]
    fn equal_earth_matches_published_extents() {
        let (x, y) = equal_earth(180.0, 0.0);
        assert!((x - 2.706629).abs() < 1e-5, "{x}");
        assert!(y.abs() < 1e-12);
        let (x, y) = equal_earth(0.0, 90.0);
        assert!(x.abs() < 1e-12);
        assert!((y - 1.317362).abs() < 1e-5, "{y}");
        let (x, y) = equal_earth(-90.0, -45.0);
        assert!(x < 0.0 && y < 0.0);
    }

    #[test]
    fn the_geometry_has_the_small_states() {
        let world = world_countries().expect("geometry");
        let codes: Vec<&str> = world.iter().filter_map(|c| c.alpha2.as_deref()).collect();
        assert!(codes.len() >= 200, "{}", codes.len());
        for small in ["CV", "KM", "MU", "SC", "SG", "MT", "BH", "FR", "SN"] {
            assert!(codes.contains(&small), "{small}");
        }
        let fr = world
            .iter()
            .find(|c| c.alpha2.as_deref() == Some("FR"))
            .expect("France");
        // Metropolitan France, not French Guiana, carries the marker.
        let (lon_x, lat_y) = equal_earth(2.5, 46.5);
        assert!((fr.anchor.0 - lon_x).abs() < 0.05 && (fr.anchor.1 - lat_y).abs() < 0.05);
        // No ring edge spans half the map (antimeridian crossings are cut).
        let (half, _) = equal_earth(180.0, 0.0);
        for c in world {
            for ring in &c.rings {
                for w in ring.windows(2) {
                    assert!((w[1].0 - w[0].0).abs() < half, "{}", c.name);
                }
            }
        }
    }
}
