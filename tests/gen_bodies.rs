//! Random bodies against an independent oracle (S2.5, S2.6, S2.7, S3.2-S3.6).
//!
//! Each seed gives a body from a small grammar (nested and labelled blocks, `for`,
//! `while`, `loop` with and without a value, `if`, `match` arms, a value `match` whose
//! arms diverge, `let ... else`, `break`/`continue` with and without labels, `break`
//! with a value, `return`, `?` in try mode, `teardown!` with and without awaits,
//! `yield_!`, waits, `tokio::select!` (`biased;`, preconditions, `else`) and
//! `tokio::join!`) and a few consumers: read to the end, read k then `close()` or
//! `cancel()`, give a `next()` up mid-step then `close()` or `cancel()`. All bodies are
//! compiled in one generated crate; its program prints each log, and the oracle
//! (`gen_bodies/oracle.rs`, an interpreter with try/finally semantics written from the
//! SPEC) says what it must be. Waits are pending a fixed number of times; the driver
//! has a poll budget, so a hang is a failure, never a stuck test.
//!
//! - `MANAGED_STREAM_BODIES`: how many random bodies (default 300); the seeds of
//!   `tests/gen_bodies.regressions` always run first.
//! - `MANAGED_STREAM_BODIES_SEED`: the first random seed (default 1,000,000).
//! - `MANAGED_STREAM_BODIES_ONLY=regressions`: only the kept seeds, with one line per
//!   finding saying whether it still fails; `=random`: only the random seeds.
//!
//! A failure prints the seed, the body's source, the consumer, and the expected and
//! actual logs. Log events: `s3` a statement, `t4`/`t4.` a teardown begins/ends, `w5-`
//! a wait done, `w5x` a wait dropped unfinished, `j5` the end of a `join!`'s async
//! block, `b6=7`/`m6=7`/`L6` a value, `item ..`, `end`, `gaveup` (a `next()` given up
//! mid-step), `close`/`cancel` (`=Ok`/`=Err(e)` in try mode), `HANG`, `PANIC ..`.

#[path = "gen_bodies/batch.rs"]
mod batch;
#[path = "gen_bodies/consumer.rs"]
mod consumer;
#[path = "gen_bodies/grammar.rs"]
mod grammar;
#[path = "gen_bodies/oracle.rs"]
mod oracle;
#[path = "gen_bodies/render.rs"]
mod render;

use batch::Case;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Random consumers per body, besides the 25 fixed ones (`consumer::consumers`).
const RANDOM_CONSUMERS: usize = 4;

/// A kept seed and the finding it stands for.
struct Kept {
    seed: u64,
    finding: String,
}

fn kept_seeds() -> Vec<Kept> {
    include_str!("gen_bodies.regressions")
        .lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .filter(|l| !l.is_empty())
        .map(|l| {
            let mut words = l.split_whitespace();
            let seed = words.next().unwrap().parse().expect("a seed");
            let finding = words.next().unwrap_or("-").to_string();
            Kept { seed, finding }
        })
        .collect()
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn case(seed: u64) -> Case {
    Case {
        seed,
        body: grammar::generate(seed),
        consumers: consumer::consumers(seed, RANDOM_CONSUMERS),
    }
}

/// Every mismatch of one case, as a report a person can paste into a test.
fn check(case: &Case, outcome: &batch::Outcome) -> Option<String> {
    let name = case.name();
    let source = render::body_fn(&case.body);
    if let Some(err) = outcome.compile_errors.get(&name) {
        return Some(format!(
            "seed {}: does not compile\n{source}\n{err}",
            case.seed
        ));
    }
    let mut report = String::new();
    for c in &case.consumers {
        let expected = oracle::expected(&case.body, c);
        let actual = outcome.logs.get(&(name.clone(), c.to_string()));
        if actual != Some(&expected) {
            let _ = write!(
                report,
                "  consumer `{c}`\n    expected: {}\n    actual:   {}\n",
                expected.join(" "),
                actual
                    .map(|a| a.join(" "))
                    .unwrap_or_else(|| "<no log>".into())
            );
        }
    }
    (!report.is_empty()).then(|| format!("seed {}:\n{source}\n{report}", case.seed))
}

#[test]
fn random_bodies_match_the_oracle() {
    let only = std::env::var("MANAGED_STREAM_BODIES_ONLY").unwrap_or_default();
    let kept = if only == "random" {
        Vec::new()
    } else {
        kept_seeds()
    };
    let n = if only == "regressions" {
        0
    } else {
        env_u64("MANAGED_STREAM_BODIES", 300)
    };
    let first = env_u64("MANAGED_STREAM_BODIES_SEED", 1_000_000);
    let mut seeds: Vec<u64> = kept.iter().map(|k| k.seed).collect();
    let random: Vec<u64> = (first..first + n).filter(|s| !seeds.contains(s)).collect();
    seeds.extend(random);
    let cases: Vec<Case> = seeds.iter().map(|&s| case(s)).collect();

    let started = std::time::Instant::now();
    let outcome = batch::run("batch", &cases);
    let elapsed = started.elapsed();

    let mut failures: BTreeMap<u64, String> = BTreeMap::new();
    for case in &cases {
        if let Some(report) = check(case, &outcome) {
            failures.insert(case.seed, report);
        }
    }
    println!(
        "{} bodies ({} kept seeds), {} consumers each, built and run in {:.1?}; {} compile errors",
        cases.len(),
        kept.len(),
        cases.first().map_or(0, |c| c.consumers.len()),
        elapsed,
        outcome.compile_errors.len()
    );
    for k in &kept {
        let state = if failures.contains_key(&k.seed) {
            "STILL FAILS"
        } else {
            "passes"
        };
        println!("kept seed {:>10} {:<28} {state}", k.seed, k.finding);
    }
    let new: Vec<u64> = failures
        .keys()
        .copied()
        .filter(|s| !kept.iter().any(|k| k.seed == *s))
        .collect();
    if !new.is_empty() {
        println!("new failing seeds (keep them in tests/gen_bodies.regressions): {new:?}");
    }
    for report in failures.values() {
        println!("{report}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} bodies differ from the oracle",
        failures.len(),
        cases.len()
    );
}
