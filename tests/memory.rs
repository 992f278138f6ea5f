//! Memory stays flat on one huge document: extracted in blocks and added
//! to a graph block by block, a document needs a small multiple of its
//! own size, whatever its shape. Heap bytes are counted by a global
//! allocator, so the test holds on any machine.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use newsgraph::{CooccurrenceGraph, Extractor, Gazetteer};

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call goes to the system allocator unchanged; the counts
// are only read.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as the caller promised for `layout`.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed)
                + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        // SAFETY: `p` came from `alloc` with this layout.
        unsafe { System.dealloc(p, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most heap bytes that extracting `text` into a graph, in blocks of
/// `block` bytes, needs beyond what was in use before.
fn peak_extra(extractor: &Extractor, text: &str, block: usize) -> usize {
    let before = IN_USE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let mut graph = CooccurrenceGraph::default();
    let mut document = graph.document(Some("huge"), None, text);
    extractor.extract_blocks(text, block, |x| document.add_block(&x));
    document.finish();
    assert!(graph.edge_count() > 0);
    PEAK.load(Ordering::Relaxed) - before
}

#[test]
fn a_huge_document_needs_a_small_multiple_of_its_size() {
    let extractor = Extractor::new(Gazetteer::builtin()).unwrap();
    // What the first extraction builds once (the cue words' automaton)
    // is no part of any document's cost.
    peak_extra(&extractor, "Poetin zei in Moskou dat Iran helpt.", 1024);
    // Each shape at n and 2n units: twice the text needs hardly more.
    type Make = fn(usize) -> String;
    let cases: [(&str, usize, Make); 3] = [
        ("short lines", 30_000, |n| {
            "Rutte in Den Haag\nPoetin en Xi\n".repeat(n)
        }),
        ("no newlines", 25_000, |n| {
            "Vladimir Poetin sprak in Moskou met Iran. ".repeat(n)
        }),
        ("discovered names", 20_000, |n| {
            "Volgens woordvoerder Jan de Vries zei Rutte niets.\n".repeat(n)
        }),
    ];
    for (name, n, make) in cases {
        let (small, large) = (make(n), make(2 * n));
        let block = 64 * 1024;
        let extra_small = peak_extra(&extractor, &small, block);
        let extra_large = peak_extra(&extractor, &large, block);
        let times = extra_large as f64 / large.len() as f64;
        eprintln!(
            "{name}: {} bytes, peak {extra_small} more; {} bytes, peak \
             {extra_large} more ({times:.2}x)",
            small.len(),
            large.len()
        );
        assert!(times < 2.0, "{name}: {times:.2}x the text");
        let growth = extra_large.saturating_sub(extra_small) as f64
            / (large.len() - small.len()) as f64;
        assert!(growth < 0.25, "{name}: grows {growth:.2} bytes a byte");
    }
}
