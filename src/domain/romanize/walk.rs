//! The walk through a key's units that tells whether, and how far, a query can be spelled
//! by their readings.
use super::PhoneticKey;

/// Matching one query from one starting unit after another, with room kept between starts:
/// the (unit, bytes of the query used) states already reached, and those still to follow.
#[derive(Debug, Default)]
pub struct Walk {
    width: usize,
    seen: Vec<bool>,
    stack: Vec<(usize, usize)>,
}

impl Walk {
    /// Room for a key of `units` units and a query of `query_len` bytes.
    pub fn reset(&mut self, units: usize, query_len: usize) {
        self.width = query_len + 1;
        self.seen.clear();
        self.seen.resize((units + 1) * self.width, false);
    }

    /// Whether `query` can be used up when matching begins at unit `start`: `None` if it
    /// cannot, else whether some way of using it up ends at the key's last unit. Only the
    /// first unit can start a whole match, so from any other the first way found will do.
    pub fn reach_from(&mut self, key: &PhoneticKey, start: usize, query: &[u8]) -> Option<bool> {
        let last = key.units.len();
        let mut ends = Ends {
            last,
            want_whole: start == 0,
            found: false,
        };
        self.seen.fill(false);
        self.stack.clear();
        self.stack.push((start, 0));
        while let Some((unit, used)) = self.stack.pop() {
            let slot = unit * self.width + used;
            if self.seen.get(slot).is_none_or(|seen| *seen) {
                continue;
            }
            self.seen[slot] = true;
            if used == query.len() {
                if ends.reached(unit) {
                    return Some(unit == last);
                }
                continue;
            }
            let Some(current) = key.units.get(unit) else {
                continue;
            };
            let rest = &query[used..];
            for reading in &current.readings {
                for step in steps(reading.as_bytes(), rest) {
                    if !step.partial {
                        self.stack.push((unit + 1, used + step.len));
                    } else if ends.reached(unit + 1) {
                        return Some(unit + 1 == last);
                    }
                }
            }
        }
        ends.found.then_some(false)
    }
}

/// The units at which a walk has used the query up.
struct Ends {
    last: usize,
    want_whole: bool,
    found: bool,
}

impl Ends {
    /// Notes an end; true when the walk need look no further.
    fn reached(&mut self, end: usize) -> bool {
        self.found = true;
        end == self.last || !self.want_whole
    }
}

#[derive(Clone, Copy)]
struct Step {
    len: usize,
    /// The query ends inside this reading: what a clerk has typed so far.
    partial: bool,
}

/// The ways one reading can consume the start of `rest`: the whole syllable, its initial
/// (`zh`/`ch`/`sh` count as one), or, when the query ends here, any prefix of the syllable.
fn steps(reading: &[u8], rest: &[u8]) -> impl Iterator<Item = Step> {
    let step = |len, partial| Step { len, partial };
    let syllable = rest
        .starts_with(reading)
        .then(|| step(reading.len(), false));
    let initial = (reading.len() > 1 && rest.first() == reading.first()).then(|| step(1, false));
    let digraph = reading.len() > 2 && matches!(&reading[..2], b"zh" | b"ch" | b"sh");
    let digraph = (digraph && rest.starts_with(&reading[..2])).then(|| step(2, false));
    let typed_so_far =
        (rest.len() < reading.len() && reading.starts_with(rest)).then(|| step(rest.len(), true));
    [syllable, initial, digraph, typed_so_far]
        .into_iter()
        .flatten()
}
