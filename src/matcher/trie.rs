//! The trie of folded forms, walked by hand from a word start.

use super::bytes8;

/// The folded forms as a radix tree (a trie whose chains of single
/// children are one edge), walked anchored: one walk from a word start
/// yields every form that starts there, shortest first.
///
/// The walks never need failure transitions, so an Aho-Corasick
/// automaton (the `aho-corasick` crate's contiguous NFA, which this
/// replaced) computes them for nothing, and for two million forms that
/// and its per-state bookkeeping took most of the build. This tree is
/// built from the sorted forms in one pass per level, linear in their
/// bytes, however many forms share a prefix; chains make most of a long
/// name one comparison of bytes instead of one state per byte, so it is
/// also smaller. A node's children are consecutive nodes, so a node needs
/// no list of child ids, only the first one and the count; their first
/// bytes sit side by side in `labels`, sorted. Nodes with many children
/// (the root, the first letters) get a table of 256 entries: one lookup
/// per byte where nearly every walk passes; the labels of the others are
/// compared eight at a time, in one read.
#[derive(Clone, Debug)]
pub(super) struct Trie {
    nodes: Vec<Node>,
    /// The first byte of the edge into each node.
    labels: Vec<u8>,
    /// The rest of the edges' bytes.
    tails: Vec<u8>,
    /// Tables of 256 child ids (`NONE` for none), for nodes with many
    /// children.
    dense: Vec<u32>,
}

#[derive(Clone, Copy, Debug)]
struct Node {
    /// The bytes of the edge into this node after its label:
    /// `tails[tail..tail + tail_len]`.
    tail: u32,
    tail_len: u32,
    /// The children are `nodes[first_child..first_child + children]`.
    first_child: u32,
    children: u32,
    /// The form that ends here, or `NONE`.
    pattern: u32,
    /// The node's table in `dense` (times 256), or `NONE`.
    dense: u32,
}

const NONE: u32 = u32::MAX;

/// Nodes with at least this many children get a table of 256 entries;
/// the labels of the others fit one eight-byte read. (Two million forms
/// make 2.4 million nodes, 40,000 of them with eight children or more.)
const DENSE_FROM: u32 = 8;

impl Trie {
    /// The tree of `forms`, which must be distinct. Form `i` is reported
    /// as pattern `i`.
    pub(super) fn new(forms: &[&str]) -> Trie {
        let order = sorted(forms);
        // The forms in order, side by side: the build reads them level by
        // level, and scattered strings would cost a cache miss each time.
        let mut arena =
            Vec::with_capacity(forms.iter().map(|f| f.len()).sum());
        let mut offsets = Vec::with_capacity(forms.len() + 1);
        offsets.push(0);
        for &i in &order {
            arena.extend_from_slice(forms[i as usize].as_bytes());
            offsets.push(arena.len());
        }
        let key =
            |i: u32| &arena[offsets[i as usize]..offsets[i as usize + 1]];
        let root = Node {
            tail: 0,
            tail_len: 0,
            first_child: 0,
            children: 0,
            pattern: NONE,
            dense: NONE,
        };
        let mut nodes = vec![root];
        let mut labels = vec![0];
        let mut tails = Vec::new();
        // The sorted forms below each node, and the length of its prefix:
        // nodes are made level by level, so each node's children are made
        // together and sit side by side.
        let mut ranges: Vec<(u32, u32, u32)> =
            vec![(0, order.len() as u32, 0)];
        let mut next = 0;
        while next < nodes.len() {
            let (mut lo, hi, depth) = ranges[next];
            let depth_usize = depth as usize;
            // A form equal to the prefix sorts first; forms are distinct.
            if lo < hi && key(lo).len() == depth_usize {
                nodes[next].pattern = order[lo as usize];
                lo += 1;
            }
            let first_child = nodes.len() as u32;
            let mut a = lo;
            while a < hi {
                let byte = key(a)[depth_usize];
                let mut b = a + 1;
                while b < hi && key(b)[depth_usize] == byte {
                    b += 1;
                }
                // The run's common prefix: its first and last form's.
                let (first, last) = (key(a), key(b - 1));
                let mut end = depth_usize + 1;
                while end < first.len()
                    && end < last.len()
                    && first[end] == last[end]
                {
                    end += 1;
                }
                nodes.push(Node {
                    tail: tails.len() as u32,
                    tail_len: (end - depth_usize - 1) as u32,
                    first_child: 0,
                    children: 0,
                    pattern: NONE,
                    dense: NONE,
                });
                labels.push(byte);
                tails.extend_from_slice(&first[depth_usize + 1..end]);
                ranges.push((a, b, end as u32));
                a = b;
            }
            let children = nodes.len() as u32 - first_child;
            let node = &mut nodes[next];
            node.first_child = first_child;
            node.children = children;
            next += 1;
        }
        drop((ranges, arena, offsets));
        // Room for the last node's children to be read eight labels at a
        // time.
        labels.extend_from_slice(&[0; 7]);
        let mut dense = Vec::new();
        for (i, node) in nodes.iter_mut().enumerate() {
            // The root always: every walk starts there.
            if i == 0 || node.children >= DENSE_FROM {
                let table = dense.len();
                dense.resize(table + 256, NONE);
                for child in node.first_child..node.first_child + node.children
                {
                    dense[table + labels[child as usize] as usize] = child;
                }
                node.dense = table as u32;
            }
        }
        Trie { nodes, labels, tails, dense }
    }

    /// Fills `ends` with `(end, pattern)` of every pattern that starts at
    /// `start` in `haystack`, shortest first.
    #[inline]
    pub(super) fn forms_at(
        &self,
        haystack: &[u8],
        start: usize,
        ends: &mut Vec<(usize, u32)>,
    ) {
        ends.clear();
        let mut node = &self.nodes[0];
        let mut pos = start;
        while let Some(&byte) = haystack.get(pos) {
            let Some(child) = self.child(node, byte) else { return };
            node = &self.nodes[child as usize];
            pos += 1;
            let tail_len = node.tail_len as usize;
            if tail_len > 0 {
                let tail = node.tail as usize;
                let tail = &self.tails[tail..tail + tail_len];
                let Some(text) = haystack.get(pos..pos + tail_len) else {
                    return;
                };
                // The first byte alone first: most walks that fail in a
                // tail fail there, where comparing slices costs more.
                if text[0] != tail[0] || text[1..] != tail[1..] {
                    return;
                }
                pos += tail_len;
            }
            if node.pattern != NONE {
                ends.push((pos, node.pattern));
            }
        }
    }

    /// The child of `node` whose edge starts with `byte`.
    #[inline]
    fn child(&self, node: &Node, byte: u8) -> Option<u32> {
        if node.dense != NONE {
            let child = self.dense[node.dense as usize + usize::from(byte)];
            return (child != NONE).then_some(child);
        }
        // The labels of fewer than eight children in one read: the labels
        // are distinct, so at most one is equal.
        let first = node.first_child as usize;
        let chunk = bytes8::load(&self.labels, first)?;
        // Labels past the last child belong to other nodes.
        let equal =
            bytes8::equal(chunk, byte) & ((1 << (8 * node.children)) - 1);
        (equal != 0)
            .then(|| (first + equal.trailing_zeros() as usize / 8) as u32)
    }
}

/// The indices of `forms` in byte order. Most comparisons are settled by
/// the first eight bytes, compared as one number held beside the index
/// (in cache, no call to compare strings); only equal prefixes compare
/// the strings.
fn sorted(forms: &[&str]) -> Vec<u32> {
    let prefix = |form: &str| {
        let mut bytes = [0u8; 8];
        let head = &form.as_bytes()[..form.len().min(8)];
        bytes[..head.len()].copy_from_slice(head);
        u64::from_be_bytes(bytes)
    };
    let mut keyed: Vec<(u64, u32)> = forms
        .iter()
        .enumerate()
        .map(|(i, form)| (prefix(form), i as u32))
        .collect();
    // A shorter form's zero padding sorts before any byte, as the end of
    // a string does; a NUL byte ties with padding, and the strings settle
    // it.
    keyed.sort_unstable_by(|a, b| {
        a.0.cmp(&b.0).then_with(|| {
            forms[a.1 as usize].as_bytes().cmp(forms[b.1 as usize].as_bytes())
        })
    });
    keyed.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every form that starts at `start`, by the trie and by brute force.
    fn check(forms: &[&str], haystack: &str, start: usize) {
        let trie = Trie::new(forms);
        let mut ends = Vec::new();
        trie.forms_at(haystack.as_bytes(), start, &mut ends);
        let mut want: Vec<(usize, u32)> = forms
            .iter()
            .enumerate()
            .filter(|(_, f)| {
                haystack.as_bytes()[start..].starts_with(f.as_bytes())
            })
            .map(|(i, f)| (start + f.len(), i as u32))
            .collect();
        want.sort_unstable();
        assert_eq!(ends, want, "{forms:?} in {haystack:?} at {start}");
    }

    #[test]
    fn finds_every_form_at_a_start_shortest_first() {
        // (forms, haystack, start)
        let cases: &[(&[&str], &str, usize)] = &[
            (
                &["new", "new york", "new york city", "york"],
                "in new york city",
                3,
            ),
            (&["new", "new york", "new york city", "york"], "in new york", 3),
            (&["new york city"], "in new york", 3),
            (&["new york city"], "new yorker", 0),
            (&["a", "ab", "abc", "abd", "b"], "abd", 0),
            (&["a", "ab", "abc", "abd", "b"], "abd", 1),
            (&["paris", "parijs", "parma"], "parijs", 0),
            (&["paris", "parijs", "parma"], "par", 0),
            (&["zoë", "zoe"], "zoë!", 0),
            (&[], "anything", 0),
            (&["a\0", "a", "a\0b", "ab"], "a\0b", 0),
            (
                &["abcdefgh1", "abcdefgh", "abcdefgh12", "abcdefgg"],
                "abcdefgh12",
                0,
            ),
            (&["x"], "", 0),
            // Seven children: one read of labels; the last one found, and
            // labels of the next node (`b…`) not taken for its own.
            (&["ab", "ac", "ad", "ae", "af", "ag", "ah", "bi", "bj"], "ah", 0),
            (&["ab", "ac", "ad", "ae", "af", "ag", "ah", "bi", "bj"], "ai", 0),
            // Eight: a table.
            (&["ab", "ac", "ad", "ae", "af", "ag", "ah", "ai"], "ai", 0),
            (&["ab", "ac", "ad", "ae", "af", "ag", "ah", "ai"], "aj", 0),
            // Labels that are UTF-8 bytes.
            (&["\u{e9}t\u{e9}", "\u{e8}re", "\u{e0}"], "\u{e8}re!", 0),
        ];
        for &(forms, haystack, start) in cases {
            check(forms, haystack, start);
        }
    }

    #[test]
    fn many_children_use_a_table() {
        // 26 × 26 two-letter forms plus their first letters: dense nodes.
        let owned: Vec<String> = (b'a'..=b'z')
            .flat_map(|a| {
                (b'a'..=b'z')
                    .map(move |b| String::from_utf8(vec![a, b]).unwrap())
                    .chain(std::iter::once(String::from(a as char)))
            })
            .collect();
        let forms: Vec<&str> = owned.iter().map(String::as_str).collect();
        let trie = Trie::new(&forms);
        assert!(trie.dense.len() >= 27 * 256, "{}", trie.dense.len());
        for haystack in ["qz", "aa", "z", "zz!", "!a"] {
            check(&forms, haystack, 0);
        }
    }
}
