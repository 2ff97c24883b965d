//! The consumers a body is driven by: read to the end; read `take` items then `close()`
//! or `cancel()`; or read `take` items, then poll `next()` at most `j` more times, give
//! it up mid-step and `close()` or `cancel()` (S3.2, S3.3).

use super::grammar::Rng;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    Drain,
    Close,
    Cancel,
    MidClose(u32),
    MidCancel(u32),
    /// Drops the stream (S4.1: with debug assertions, a panic when a reached teardown
    /// has not run).
    Drop,
    MidDrop(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Consumer {
    pub take: u32,
    pub end: End,
}

/// The form the batch program parses: `drain`, `take 2 close`, `take 0 mid 3 cancel`.
impl fmt::Display for Consumer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.end {
            End::Drain => write!(f, "drain"),
            End::Close => write!(f, "take {} close", self.take),
            End::Cancel => write!(f, "take {} cancel", self.take),
            End::MidClose(j) => write!(f, "take {} mid {j} close", self.take),
            End::MidCancel(j) => write!(f, "take {} mid {j} cancel", self.take),
            End::Drop => write!(f, "take {} drop", self.take),
            End::MidDrop(j) => write!(f, "take {} mid {j} drop", self.take),
        }
    }
}

impl std::str::FromStr for Consumer {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let words: Vec<&str> = s.split_whitespace().collect();
        let num = |w: &str| w.parse::<u32>().map_err(|e| format!("{s:?}: {e}"));
        let end = |verb: &str, mid: Option<u32>| match (verb, mid) {
            ("close", None) => Ok(End::Close),
            ("cancel", None) => Ok(End::Cancel),
            ("close", Some(j)) => Ok(End::MidClose(j)),
            ("cancel", Some(j)) => Ok(End::MidCancel(j)),
            ("drop", None) => Ok(End::Drop),
            ("drop", Some(j)) => Ok(End::MidDrop(j)),
            _ => Err(format!("not a consumer: {s:?}")),
        };
        match words.as_slice() {
            ["drain"] => Ok(Consumer {
                take: 0,
                end: End::Drain,
            }),
            ["take", n, verb] => Ok(Consumer {
                take: num(n)?,
                end: end(verb, None)?,
            }),
            ["take", n, "mid", j, verb] => Ok(Consumer {
                take: num(n)?,
                end: end(verb, Some(num(j)?))?,
            }),
            _ => Err(format!("not a consumer: {s:?}")),
        }
    }
}

/// The consumers of one body: read to the end; every early end for `take` 0 to 2
/// (`close()`, `cancel()`, a drop, or a `next()` given up after 1 to 3 pendings, then
/// any of those); and `random` more that read further.
pub fn consumers(seed: u64, random: usize) -> Vec<Consumer> {
    let mut out = vec![Consumer {
        take: 0,
        end: End::Drain,
    }];
    for take in 0..3 {
        let mids = (1..4).flat_map(|j| [End::MidClose(j), End::MidCancel(j), End::MidDrop(j)]);
        for end in [End::Close, End::Cancel, End::Drop].into_iter().chain(mids) {
            out.push(Consumer { take, end });
        }
    }
    let mut rng = Rng::new(seed.wrapping_mul(31).wrapping_add(7));
    let wanted = out.len() + random;
    while out.len() < wanted {
        let take = 3 + rng.below(6);
        let j = 1 + rng.below(6);
        let end = match rng.below(6) {
            0 => End::Close,
            1 => End::Cancel,
            2 | 3 => End::MidClose(j),
            _ => End::MidCancel(j),
        };
        let c = Consumer { take, end };
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}
