//! A deterministic force-directed layout, for drawing a graph.
//!
//! Nodes repel each other and edges pull their ends together, in the
//! manner of ForceAtlas2: repulsion grows with the product of the two
//! nodes' masses (one plus the degree) over their distance, so hubs push
//! their neighbourhoods apart; an edge pulls with its length times a
//! strength that grows with the logarithm of its weight; a weak gravity
//! that grows with the distance keeps separate
//! components near the others.
//!
//! The repulsion of all pairs would cost `n²` per iteration. A Barnes–Hut
//! quadtree, built again each iteration, lets a node feel a far-away
//! group of nodes as one mass at its centre: `O(n log n)` per iteration,
//! within a few per cent of the exact force (`theta` sets the trade-off).
//!
//! The same input gives the same coordinates, bit for bit: the starting
//! positions come from a fixed seed, the iteration count is fixed, and
//! everything runs in one thread in a fixed order. [`layout`] returns
//! coordinates centred on the origin and scaled into
//! `[-LAYOUT_EXTENT, LAYOUT_EXTENT]`.

/// Coordinates of [`layout`] lie within `[-LAYOUT_EXTENT, LAYOUT_EXTENT]`.
pub const LAYOUT_EXTENT: f64 = 1000.0;

/// How the layout runs.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct LayoutConfig {
    /// Steps of the simulation.
    pub iterations: usize,
    /// Seed of the starting positions.
    pub seed: u64,
    /// Barnes–Hut accuracy: a group of nodes whose cell is smaller than
    /// `theta` times its distance counts as one mass. 0 is exact.
    pub theta: f64,
}

impl Default for LayoutConfig {
    fn default() -> Self {
        LayoutConfig { iterations: 300, seed: 0x6e65_7773, theta: 1.0 }
    }
}

impl LayoutConfig {
    /// Sets the number of steps.
    #[must_use]
    pub fn iterations(mut self, iterations: usize) -> Self {
        self.iterations = iterations;
        self
    }

    /// Sets the seed of the starting positions.
    #[must_use]
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// Sets the Barnes–Hut accuracy (0 computes every pair).
    #[must_use]
    pub fn theta(mut self, theta: f64) -> Self {
        self.theta = theta.max(0.0);
        self
    }
}

/// A position in the plane.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    /// Horizontal coordinate.
    pub x: f64,
    /// Vertical coordinate.
    pub y: f64,
}

/// Repulsion between two nodes of mass 1 at distance 1.
const REPULSION: f64 = 2.0;
/// Pull towards the origin, per unit of mass and distance.
const GRAVITY: f64 = 0.3;
/// Distances below this count as this, so that forces stay finite.
const MIN_DISTANCE: f64 = 0.01;
/// Deeper than this, a quadtree cell holds all its points in one leaf
/// (points that (nearly) coincide would otherwise split forever).
const MAX_DEPTH: u32 = 32;

/// Positions for `nodes` nodes linked by `edges` (`(a, b, weight)`,
/// node indices below `nodes`; self-loops, out-of-range indices and
/// weights that are not positive and finite are left out).
///
/// # Examples
///
/// ```
/// use newsgraph::layout::{layout, LayoutConfig, LAYOUT_EXTENT};
///
/// let points = layout(3, &[(0, 1, 1.0)], &LayoutConfig::default());
/// let d = |a: usize, b: usize| {
///     (points[a].x - points[b].x).hypot(points[a].y - points[b].y)
/// };
/// assert!(d(0, 1) < d(0, 2));
/// assert!(points.iter().all(|p| p.x.abs() <= LAYOUT_EXTENT));
/// ```
#[must_use]
pub fn layout(
    nodes: usize,
    edges: &[(usize, usize, f64)],
    config: &LayoutConfig,
) -> Vec<Point> {
    let edges: Vec<(usize, usize, f64)> = edges
        .iter()
        .filter(|&&(a, b, w)| {
            a != b && a < nodes && b < nodes && w.is_finite() && w > 0.0
        })
        .map(|&(a, b, w)| (a, b, 1.0 + w.ln().max(0.0)))
        .collect();
    let mut mass = vec![1.0; nodes];
    for &(a, b, _) in &edges {
        mass[a] += 1.0;
        mass[b] += 1.0;
    }
    let mut points = start(nodes, config.seed);
    let mut force = vec![Point::default(); nodes];
    let mut tree = QuadTree::default();
    // The largest step a node may take shrinks linearly: large moves untangle
    // early, small ones settle at the end.
    #[allow(clippy::cast_precision_loss)] // node counts far below 2^52
    let first_step = (nodes as f64).sqrt().max(1.0);
    for iteration in 0..config.iterations {
        #[allow(clippy::cast_precision_loss)]
        let cooling = 1.0 - iteration as f64 / config.iterations as f64;
        let max_step = first_step * cooling.max(0.01);
        tree.build(&points, &mass);
        for (i, f) in force.iter_mut().enumerate() {
            let r = tree.repulsion(i, &points, &mass, config.theta);
            let p = points[i];
            // Gravity that grows with the distance (ForceAtlas2's "strong
            // gravity"): small components stay near the large one instead
            // of drifting to the edge, where they would shrink the rest.
            *f = Point {
                x: r.x - GRAVITY * mass[i] * p.x,
                y: r.y - GRAVITY * mass[i] * p.y,
            };
        }
        for &(a, b, strength) in &edges {
            let dx = points[b].x - points[a].x;
            let dy = points[b].y - points[a].y;
            force[a].x += strength * dx;
            force[a].y += strength * dy;
            force[b].x -= strength * dx;
            force[b].y -= strength * dy;
        }
        for ((p, f), m) in points.iter_mut().zip(&force).zip(&mass) {
            // Heavy nodes move slower, as in ForceAtlas2.
            let (mut dx, mut dy) = (f.x / m, f.y / m);
            let length = dx.hypot(dy);
            if !length.is_finite() {
                continue;
            }
            if length > max_step {
                dx *= max_step / length;
                dy *= max_step / length;
            }
            p.x += dx;
            p.y += dy;
        }
    }
    fit(&mut points);
    points
}

/// Starting positions: a sunflower spiral (evenly spread, no two points
/// alike) turned by a seeded random angle per node.
fn start(nodes: usize, seed: u64) -> Vec<Point> {
    const GOLDEN_ANGLE: f64 = 2.399_963_229_728_653;
    (0..nodes)
        .map(|i| {
            #[allow(clippy::cast_precision_loss)] // node counts far below 2^52
            let i_f = i as f64;
            let jitter = unit(splitmix64(seed ^ (i as u64))) - 0.5;
            let radius = (i_f + 0.5).sqrt() * 2.0;
            let angle = i_f * GOLDEN_ANGLE + jitter;
            Point { x: radius * angle.cos(), y: radius * angle.sin() }
        })
        .collect()
}

/// A well-mixed 64-bit hash of `x` (Steele, Lea and Flood's SplitMix64).
fn splitmix64(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A number in `[0, 1)` from the top 53 bits of `x`.
fn unit(x: u64) -> f64 {
    #[allow(clippy::cast_precision_loss)] // 53 bits fit a double exactly
    let top = (x >> 11) as f64;
    top / (1u64 << 53) as f64
}

/// Centres the points on the origin and scales them into
/// `[-LAYOUT_EXTENT, LAYOUT_EXTENT]`; a point that went astray (not
/// finite) is put at the origin.
fn fit(points: &mut [Point]) {
    for p in points.iter_mut() {
        if !p.x.is_finite() || !p.y.is_finite() {
            *p = Point::default();
        }
    }
    let (mut min_x, mut max_x) = (f64::INFINITY, f64::NEG_INFINITY);
    let (mut min_y, mut max_y) = (f64::INFINITY, f64::NEG_INFINITY);
    for p in points.iter() {
        min_x = min_x.min(p.x);
        max_x = max_x.max(p.x);
        min_y = min_y.min(p.y);
        max_y = max_y.max(p.y);
    }
    let (cx, cy) = ((min_x + max_x) / 2.0, (min_y + max_y) / 2.0);
    let half = ((max_x - min_x).max(max_y - min_y) / 2.0).max(f64::EPSILON);
    for p in points.iter_mut() {
        p.x = ((p.x - cx) / half * LAYOUT_EXTENT)
            .clamp(-LAYOUT_EXTENT, LAYOUT_EXTENT);
        p.y = ((p.y - cy) / half * LAYOUT_EXTENT)
            .clamp(-LAYOUT_EXTENT, LAYOUT_EXTENT);
    }
}

/// A cell of the quadtree: a square with the total mass of the points in
/// it at their centre of mass.
#[derive(Clone, Copy, Debug)]
struct Cell {
    center: Point,
    mass: f64,
    /// Lower left corner and side of the square.
    x0: f64,
    y0: f64,
    size: f64,
    /// Index of the first child in `QuadTree::cells` (four in a row), or
    /// 0 for a leaf.
    children: u32,
    /// A leaf's points: `order[first..first + count]`.
    first: u32,
    count: u32,
}

/// The Barnes–Hut tree, with its storage kept from one iteration to the
/// next.
#[derive(Debug, Default)]
struct QuadTree {
    cells: Vec<Cell>,
    /// Point indices, grouped so that every cell's points are contiguous.
    order: Vec<u32>,
    stack: Vec<u32>,
    /// Point and cell interactions summed so far: the cost, for tests.
    interactions: u64,
}

impl QuadTree {
    fn build(&mut self, points: &[Point], mass: &[f64]) {
        self.cells.clear();
        self.order.clear();
        self.order.extend(
            (0..points.len()).map(|i| u32::try_from(i).expect("< 2^32 nodes")),
        );
        if points.is_empty() {
            return;
        }
        let (mut x0, mut y0) = (f64::INFINITY, f64::INFINITY);
        let (mut x1, mut y1) = (f64::NEG_INFINITY, f64::NEG_INFINITY);
        for p in points {
            x0 = x0.min(p.x);
            y0 = y0.min(p.y);
            x1 = x1.max(p.x);
            y1 = y1.max(p.y);
        }
        let size = (x1 - x0).max(y1 - y0).max(MIN_DISTANCE) * 1.000_001;
        self.cells.push(self.cell(
            points,
            mass,
            0,
            points.len(),
            x0,
            y0,
            size,
        ));
        self.split(0, points, mass, 0);
    }

    /// A leaf over `order[lo..hi]`, with its mass and centre.
    #[allow(clippy::too_many_arguments)]
    fn cell(
        &self,
        points: &[Point],
        mass: &[f64],
        lo: usize,
        hi: usize,
        x0: f64,
        y0: f64,
        size: f64,
    ) -> Cell {
        let (mut m, mut x, mut y) = (0.0, 0.0, 0.0);
        for &i in &self.order[lo..hi] {
            let i = i as usize;
            m += mass[i];
            x += mass[i] * points[i].x;
            y += mass[i] * points[i].y;
        }
        let center = if m > 0.0 {
            Point { x: x / m, y: y / m }
        } else {
            Point { x: x0 + size / 2.0, y: y0 + size / 2.0 }
        };
        Cell {
            center,
            mass: m,
            x0,
            y0,
            size,
            children: 0,
            first: u32::try_from(lo).expect("< 2^32 nodes"),
            count: u32::try_from(hi - lo).expect("< 2^32 nodes"),
        }
    }

    /// Splits a cell of more than one point into four quadrants, and
    /// those again, down to one point a leaf.
    fn split(
        &mut self,
        at: usize,
        points: &[Point],
        mass: &[f64],
        depth: u32,
    ) {
        let Cell { x0, y0, size, first, count, .. } = self.cells[at];
        if count <= 1 || depth >= MAX_DEPTH {
            return;
        }
        let (lo, hi) = (first as usize, (first + count) as usize);
        let half = size / 2.0;
        let (mx, my) = (x0 + half, y0 + half);
        let order = &mut self.order[lo..hi];
        let left = partition(order, |i| points[i as usize].x < mx);
        let bottom_left =
            partition(&mut order[..left], |i| points[i as usize].y < my);
        let bottom_right =
            partition(&mut order[left..], |i| points[i as usize].y < my);
        let bounds = [
            (lo, lo + bottom_left, x0, y0),
            (lo + bottom_left, lo + left, x0, my),
            (lo + left, lo + left + bottom_right, mx, y0),
            (lo + left + bottom_right, hi, mx, my),
        ];
        let children = self.cells.len();
        for (a, b, cx, cy) in bounds {
            let cell = self.cell(points, mass, a, b, cx, cy, half);
            self.cells.push(cell);
        }
        self.cells[at].children =
            u32::try_from(children).expect("< 2^32 cells");
        for child in children..children + 4 {
            self.split(child, points, mass, depth + 1);
        }
    }

    /// The repulsion that node `i` feels from all others.
    fn repulsion(
        &mut self,
        i: usize,
        points: &[Point],
        mass: &[f64],
        theta: f64,
    ) -> Point {
        let mut force = Point::default();
        if self.cells.is_empty() {
            return force;
        }
        let p = points[i];
        let push = |force: &mut Point, other: Point, other_mass: f64, j| {
            let (mut dx, mut dy) = (p.x - other.x, p.y - other.y);
            let mut d = dx.hypot(dy);
            if d < MIN_DISTANCE {
                // Coincident points part in a direction fixed by their
                // indices, so that the result stays deterministic.
                #[allow(clippy::cast_precision_loss)] // small indices
                let angle = (i * 7 + j) as f64;
                (dx, dy, d) = (angle.cos(), angle.sin(), MIN_DISTANCE);
            }
            // ForceAtlas2's repulsion, m_i m_j / d, along the unit vector
            // (dx, dy) / d.
            let f = REPULSION * mass[i] * other_mass / (d * d);
            force.x += dx * f;
            force.y += dy * f;
        };
        self.stack.clear();
        self.stack.push(0);
        while let Some(at) = self.stack.pop() {
            let cell = self.cells[at as usize];
            if cell.count == 0 {
                continue;
            }
            if cell.children == 0 {
                let (lo, hi) =
                    (cell.first as usize, (cell.first + cell.count) as usize);
                for &j in &self.order[lo..hi] {
                    let j = j as usize;
                    if j != i {
                        push(&mut force, points[j], mass[j], j);
                        self.interactions += 1;
                    }
                }
                continue;
            }
            let d = (p.x - cell.center.x).hypot(p.y - cell.center.y);
            let inside = p.x >= cell.x0
                && p.x < cell.x0 + cell.size
                && p.y >= cell.y0
                && p.y < cell.y0 + cell.size;
            if !inside && cell.size < theta * d {
                push(&mut force, cell.center, cell.mass, 0);
                self.interactions += 1;
            } else {
                self.stack.extend(cell.children..cell.children + 4);
            }
        }
        force
    }
}

/// Moves the elements for which `keep` holds to the front and returns
/// how many there are (the order within each part is not kept).
fn partition(slice: &mut [u32], keep: impl Fn(u32) -> bool) -> usize {
    let mut front = 0;
    for i in 0..slice.len() {
        if keep(slice[i]) {
            slice.swap(front, i);
            front += 1;
        }
    }
    front
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distance(points: &[Point], a: usize, b: usize) -> f64 {
        (points[a].x - points[b].x).hypot(points[a].y - points[b].y)
    }

    /// Two cliques of `size` nodes, joined by one edge between node 0 and
    /// node `size`.
    fn two_cliques(size: usize) -> Vec<(usize, usize, f64)> {
        let mut edges = Vec::new();
        for group in [0, size] {
            for a in group..group + size {
                for b in a + 1..group + size {
                    edges.push((a, b, 2.0));
                }
            }
        }
        edges.push((0, size, 1.0));
        edges
    }

    /// A ring of `n` nodes with chords: a sparse graph of one component.
    fn ring(n: usize) -> Vec<(usize, usize, f64)> {
        (0..n)
            .flat_map(|i| [(i, (i + 1) % n, 1.0), (i, (i * 7 + 3) % n, 3.0)])
            .collect()
    }

    #[test]
    fn same_input_same_coordinates_bit_for_bit() {
        let edges = ring(300);
        let config = LayoutConfig::default().iterations(60);
        let a = layout(300, &edges, &config);
        let b = layout(300, &edges, &config);
        let bits = |p: &[Point]| -> Vec<(u64, u64)> {
            p.iter().map(|p| (p.x.to_bits(), p.y.to_bits())).collect()
        };
        assert_eq!(bits(&a), bits(&b));
        let other = layout(300, &edges, &config.seed(7));
        assert_ne!(bits(&a), bits(&other), "the seed matters");
    }

    #[test]
    fn linked_nodes_end_closer_than_unlinked_ones() {
        let size = 12;
        let points = layout(2 * size, &two_cliques(size), &Default::default());
        let (mut inside, mut across) = ((0.0, 0), (0.0, 0));
        for a in 0..2 * size {
            for b in a + 1..2 * size {
                let d = distance(&points, a, b);
                if (a < size) == (b < size) {
                    inside = (inside.0 + d, inside.1 + 1);
                } else {
                    across = (across.0 + d, across.1 + 1);
                }
            }
        }
        let inside = inside.0 / f64::from(inside.1);
        let across = across.0 / f64::from(across.1);
        assert!(inside * 2.0 < across, "inside {inside}, across {across}");
        // A node linked to nothing ends further from a pair than the pair's
        // own distance.
        let points = layout(3, &[(0, 1, 1.0)], &Default::default());
        assert!(distance(&points, 0, 1) < distance(&points, 0, 2));
        assert!(distance(&points, 0, 1) < distance(&points, 1, 2));
    }

    #[test]
    fn coordinates_are_finite_and_bounded_for_any_input() {
        type Edges = Vec<(usize, usize, f64)>;
        let rows: [(&str, usize, Edges); 8] = [
            ("empty", 0, vec![]),
            ("one node", 1, vec![]),
            ("no edges", 50, vec![]),
            ("self-loop only", 2, vec![(1, 1, 5.0)]),
            ("out of range", 2, vec![(0, 9, 1.0)]),
            (
                "bad weights",
                3,
                vec![
                    (0, 1, f64::NAN),
                    (1, 2, f64::INFINITY),
                    (0, 2, -1.0),
                    (0, 2, 0.0),
                ],
            ),
            ("huge weight", 2, vec![(0, 1, 1e300)]),
            ("star", 400, (1..400).map(|i| (0, i, 1e6)).collect()),
        ];
        for (name, n, edges) in rows {
            let points = layout(n, &edges, &Default::default());
            assert_eq!(points.len(), n, "{name}");
            for p in &points {
                assert!(p.x.is_finite() && p.y.is_finite(), "{name}: {p:?}");
                assert!(
                    p.x.abs() <= LAYOUT_EXTENT && p.y.abs() <= LAYOUT_EXTENT,
                    "{name}: {p:?}"
                );
            }
        }
    }

    #[test]
    fn the_layout_fills_its_extent() {
        let points = layout(100, &ring(100), &Default::default());
        let max = points.iter().map(|p| p.x.abs().max(p.y.abs()));
        let max = max.fold(0.0, f64::max);
        assert!((max - LAYOUT_EXTENT).abs() < 1e-9, "{max}");
    }

    #[test]
    fn barnes_hut_repulsion_is_close_to_the_exact_sum() {
        let points = start(2000, 1);
        let mass: Vec<f64> =
            (0..2000).map(|i| 1.0 + f64::from(i % 5)).collect();
        let mut tree = QuadTree::default();
        tree.build(&points, &mass);
        for i in [0, 17, 999, 1999] {
            let exact = tree.repulsion(i, &points, &mass, 0.0);
            let approx = tree.repulsion(i, &points, &mass, 0.5);
            let error = (exact.x - approx.x).hypot(exact.y - approx.y);
            let size = exact.x.hypot(exact.y);
            assert!(error < 0.05 * size, "node {i}: {error} of {size}");
        }
        // With theta 0, the tree sums every pair.
        let mut brute = Point::default();
        for j in 1..2000 {
            let (dx, dy) =
                (points[0].x - points[j].x, points[0].y - points[j].y);
            let d2 = dx * dx + dy * dy;
            brute.x += REPULSION * dx * mass[0] * mass[j] / d2;
            brute.y += REPULSION * dy * mass[0] * mass[j] / d2;
        }
        let exact = tree.repulsion(0, &points, &mass, 0.0);
        assert!((exact.x - brute.x).abs() < 1e-9 * brute.x.abs().max(1.0));
        assert!((exact.y - brute.y).abs() < 1e-9 * brute.y.abs().max(1.0));
    }

    #[test]
    fn repulsion_costs_log_n_interactions_per_node() {
        // Interactions per node on spread points: about 35 for 1,000
        // nodes and 55 for 16,000 (theta 1), growing
        // with log n, where all pairs would be n - 1.
        let per_node = |n: usize| {
            let points = start(n, 3);
            let mass = vec![1.0; n];
            let mut tree = QuadTree::default();
            tree.build(&points, &mass);
            for i in 0..n {
                tree.repulsion(i, &points, &mass, 1.0);
            }
            #[allow(clippy::cast_precision_loss)]
            let average = tree.interactions as f64 / n as f64;
            average
        };
        let (small, large) = (per_node(1_000), per_node(16_000));
        assert!(large < 120.0, "{large} interactions per node");
        assert!(large < 2.0 * small, "{small} at 1,000, {large} at 16,000");
    }

    #[test]
    fn coincident_points_do_not_split_forever() {
        let points = vec![Point { x: 1.0, y: 1.0 }; 5000];
        let mass = vec![1.0; 5000];
        let mut tree = QuadTree::default();
        tree.build(&points, &mass);
        let f = tree.repulsion(0, &points, &mass, 1.0);
        assert!(f.x.is_finite() && f.y.is_finite());
    }
}
