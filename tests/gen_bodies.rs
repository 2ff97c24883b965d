//! Random bodies against an independent oracle (S2.5-S2.7, S3.2-S3.6, S4.1, S5.1).
//!
//! Each seed gives a body from a small grammar (nested and labelled blocks, `for`,
//! `while`, `loop` with and without a value, `if`, `match` arms, a value `match` whose
//! arms diverge, `let ... else`, `break`/`continue` with and without labels, `break`
//! with a value, `return`, `?` in try mode, `teardown!` with and without awaits,
//! `yield_!`, waits, `tokio::select!` (`biased;`, preconditions, `else`, all branches
//! disabled), `futures::select!`/`select_biased!`, `tokio::join!`, `tokio::try_join!`
//! and `futures::join!`, with and without awaits in their tokens) and its consumers:
//! read to the end; read k then `close()`, `cancel()` or drop; give a `next()` up
//! mid-step then `close()`, `cancel()` or drop. All bodies are compiled in one
//! generated crate; its program prints each log, and the oracle (`gen_bodies/oracle.rs`,
//! an interpreter with try/finally semantics written from the SPEC, sharing no code
//! with the macro) says what it must be. Waits are pending a fixed number of times and
//! the driver has a poll budget: a hang is a failure, never a stuck test.
//!
//! - `MANAGED_STREAM_BODIES`: how many random bodies (default 300); the kept cases of
//!   `tests/gen_bodies/kept/` (every failing body found so far, frozen as source with
//!   its expected logs) always run first.
//! - `MANAGED_STREAM_BODIES_SEED`: the first random seed (default 1,000,000).
//! - `MANAGED_STREAM_BODIES_ONLY=kept`: only the kept cases, with one line each saying
//!   whether its finding still fails; `=random`: only the random seeds.
//!
//! A failure prints the seed, the body's source, the consumer, and the expected and
//! actual logs, and writes the case as a kept file to `target/gen_bodies/new-kept/`.
//! Log events: `s3` a statement, `t4`/`t4.` a teardown begins/ends, `w5-` a wait done,
//! `w5x` a wait dropped unfinished, `j5` the end of a join's async block,
//! `b6=7`/`m6=7`/`L6` a value, `item ..`, `end`, `gaveup` (a `next()` given up
//! mid-step), `close`/`cancel` (`=Ok`/`=Err(e)` in try mode), `drop` and `droppanic`
//! (the drop check fired), `PANIC` and `poisoned` (S5.1), `HANG` (the poll budget ran
//! out).

#[path = "gen_bodies/batch.rs"]
mod batch;
#[path = "gen_bodies/consumer.rs"]
mod consumer;
#[path = "gen_bodies/grammar.rs"]
mod grammar;
#[path = "gen_bodies/kept.rs"]
mod kept;
#[path = "gen_bodies/oracle.rs"]
mod oracle;
#[path = "gen_bodies/render.rs"]
mod render;

use batch::{Case, Outcome};
use consumer::Consumer;
use std::fmt::Write;

/// Random consumers per body, besides the 37 fixed ones (`consumer::consumers`).
const RANDOM_CONSUMERS: usize = 4;

/// Each consumer with the log it must give.
type Expectations = Vec<(Consumer, Vec<String>)>;

/// A case with what each of its consumers must log.
struct Checked {
    case: Case,
    /// The seed of a generated body; `None` for a kept case.
    seed: Option<u64>,
    finding: String,
    expect: Expectations,
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn generated(seed: u64) -> Checked {
    let body = grammar::generate(seed);
    let consumers = consumer::consumers(seed, RANDOM_CONSUMERS);
    let expect = consumers
        .iter()
        .map(|c| (*c, oracle::expected(&body, c)))
        .collect();
    Checked {
        case: Case {
            name: format!("b{seed}"),
            body_fn: render::body_fn(&body),
            consumers,
        },
        seed: Some(seed),
        finding: String::new(),
        expect,
    }
}

fn kept_case(k: kept::Kept) -> Checked {
    Checked {
        case: Case {
            name: k.name,
            body_fn: k.body_fn,
            consumers: k.expect.iter().map(|(c, _)| *c).collect(),
        },
        seed: None,
        finding: k.finding,
        expect: k.expect,
    }
}

/// A log as printed (a kept file stores it as one line of words; an event such as
/// `item Ok(3)` holds a space), with each run of drops (`w3x w5x`) sorted: in which
/// order a `select!` or a join drops its futures is the macro's business, not the SPEC's.
fn normalized(log: &[String]) -> String {
    let mut words: Vec<&str> = log.iter().flat_map(|e| e.split_whitespace()).collect();
    // After a drop only whether the drop check fired counts: what the stream's fields
    // log while they are dropped is in no order the SPEC gives.
    if let Some(at) = words.iter().position(|w| *w == "drop") {
        let panicked = words[at..].contains(&"droppanic");
        words.truncate(at + 1);
        if panicked {
            words.push("droppanic");
        }
    }
    let is_drop = |w: &str| w.starts_with('w') && w.ends_with('x');
    let mut out: Vec<&str> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let run = words[i..].iter().take_while(|w| is_drop(w)).count();
        if run == 0 {
            out.push(words[i]);
            i += 1;
        } else {
            let mut drops = words[i..i + run].to_vec();
            drops.sort_unstable();
            out.extend(drops);
            i += run;
        }
    }
    out.join(" ")
}

/// The consumers whose log differs (all of them when the body does not compile), and a
/// report a person can paste into a test; `None` when every log is as expected.
fn check(c: &Checked, outcome: &Outcome) -> Option<(Expectations, String)> {
    let name = &c.case.name;
    let what = match c.seed {
        Some(seed) => format!("seed {seed}"),
        None => format!("kept case {name} ({})", c.finding),
    };
    let source = c.case.body_fn.trim_end();
    if let Some(err) = outcome.compile_errors.get(name) {
        return Some((
            c.expect.clone(),
            format!("{what}: does not compile\n{source}\n{err}"),
        ));
    }
    let mut failed = Vec::new();
    let mut report = String::new();
    for (consumer, expected) in &c.expect {
        let actual = outcome.logs.get(&(name.clone(), consumer.to_string()));
        if actual.map(|a| normalized(a)) != Some(normalized(expected)) {
            failed.push((*consumer, expected.clone()));
            let actual = actual.map_or_else(|| "<no log>".into(), |a| a.join(" "));
            let _ = write!(
                report,
                "  consumer `{consumer}`\n    expected: {}\n    actual:   {actual}\n",
                expected.join(" "),
            );
        }
    }
    (!failed.is_empty()).then(|| (failed, format!("{what}:\n{source}\n{report}")))
}

#[test]
fn random_bodies_match_the_oracle() {
    let only = std::env::var("MANAGED_STREAM_BODIES_ONLY").unwrap_or_default();
    let n = if only == "kept" {
        0
    } else {
        env_u64("MANAGED_STREAM_BODIES", 300)
    };
    let first = env_u64("MANAGED_STREAM_BODIES_SEED", 1_000_000);
    let mut checked: Vec<Checked> = if only == "random" {
        Vec::new()
    } else {
        kept::load().into_iter().map(kept_case).collect()
    };
    let kept_count = checked.len();
    checked.extend((first..first + n).map(generated));

    let cases: Vec<&Case> = checked.iter().map(|c| &c.case).collect();
    let started = std::time::Instant::now();
    let outcome = batch::run("batch", &cases);
    println!(
        "{} bodies ({kept_count} kept), built and run in {:.1?}; {} do not compile",
        checked.len(),
        started.elapsed(),
        outcome.compile_errors.len()
    );

    let mut failures = 0;
    let mut reports = String::new();
    for c in &checked {
        let result = check(c, &outcome);
        if c.seed.is_none() {
            let state = if result.is_some() {
                "STILL FAILS"
            } else {
                "passes"
            };
            println!("kept {:<44} {:<36} {state}", c.case.name, c.finding);
        }
        let Some((failed, report)) = result else {
            continue;
        };
        failures += 1;
        reports.push_str(&report);
        reports.push('\n');
        if let Some(seed) = c.seed {
            let file = kept::propose(seed, &c.case.body_fn, &failed);
            let _ = writeln!(reports, "  (kept file proposed: {})\n", file.display());
        }
    }
    println!("{reports}");
    assert!(
        failures == 0,
        "{failures} of {} bodies differ from the oracle or do not compile",
        checked.len()
    );
}

/// The oracle itself, on trees and logs written by hand from the SPEC: the random test
/// trusts it, so it is checked apart from the library.
mod oracle_by_hand {
    use super::consumer::{Consumer, End};
    use super::grammar::{Body, JoinKind, JoinMember, Jump, LoopKind, Stmt, Target};
    use super::oracle::expected;

    fn body(try_mode: bool, stmts: Vec<Stmt>) -> Body {
        Body { try_mode, stmts }
    }

    fn log(b: &Body, take: u32, end: End) -> String {
        expected(b, &Consumer { take, end }).join(" ")
    }

    fn teardown(id: u32, wait: Option<(u32, u32)>) -> Stmt {
        Stmt::Teardown { id, wait }
    }

    /// `for _ in 0..3 { teardown! { t1; wait 2 (1 pending) } yield_!(3); }`
    fn teardown_per_iteration() -> Body {
        body(
            false,
            vec![Stmt::Loop {
                id: 9,
                kind: LoopKind::For,
                n: 3,
                labelled: false,
                body: vec![teardown(1, Some((2, 1))), Stmt::Yield { id: 3, err: false }],
            }],
        )
    }

    #[test]
    fn s3_3_a_cancel_while_a_teardown_waits_lets_it_finish_then_leaves() {
        let b = teardown_per_iteration();
        assert_eq!(
            log(&b, 1, End::MidCancel(1)),
            "item 3 t1 gaveup w2- t1. cancel"
        );
    }

    #[test]
    fn s3_2_a_close_mid_step_runs_on_to_the_next_yield_whose_value_is_dropped() {
        let b = teardown_per_iteration();
        assert_eq!(
            log(&b, 1, End::MidClose(1)),
            "item 3 t1 gaveup w2- t1. t1 w2- t1. close"
        );
    }

    #[test]
    fn s2_5_read_to_the_end_runs_each_iterations_teardown() {
        let b = teardown_per_iteration();
        assert_eq!(
            log(&b, 0, End::Drain),
            "item 3 t1 w2- t1. item 3 t1 w2- t1. item 3 t1 w2- t1. end"
        );
    }

    #[test]
    fn s3_3_a_cancel_drops_every_future_of_a_join_where_it_waits() {
        let members = vec![
            JoinMember {
                wait: 2,
                k: 1,
                in_async_block: false,
                fails: false,
            },
            JoinMember {
                wait: 3,
                k: 2,
                in_async_block: true,
                fails: false,
            },
        ];
        let b = body(
            false,
            vec![
                teardown(1, None),
                Stmt::Join {
                    kind: JoinKind::Tokio,
                    members,
                },
                Stmt::Yield { id: 4, err: false },
            ],
        );
        assert_eq!(
            log(&b, 0, End::MidCancel(1)),
            "gaveup w2x w3x t1 t1. cancel"
        );
        assert_eq!(
            log(&b, 0, End::MidCancel(2)),
            "w2- gaveup w3x t1 t1. cancel"
        );
        assert_eq!(
            log(&b, 0, End::MidClose(1)),
            "gaveup w2- w3- j3 t1 t1. close"
        );
    }

    #[test]
    fn s2_7_a_question_mark_runs_the_teardowns_then_yields_the_error_then_ends() {
        let fail = super::grammar::Cond {
            id: 5,
            bits: 1,
            len: 1,
        };
        let b = body(
            true,
            vec![
                teardown(1, None),
                Stmt::Yield { id: 2, err: false },
                Stmt::Try(fail),
                Stmt::Yield { id: 3, err: false },
            ],
        );
        assert_eq!(log(&b, 0, End::Drain), "item Ok(2) t1 t1. item Err(5) end");
        assert_eq!(
            log(&b, 1, End::MidClose(1)),
            "item Ok(2) t1 t1. item Err(5) close=Ok"
        );
        assert_eq!(log(&b, 1, End::Close), "item Ok(2) t1 t1. close=Ok");
        assert_eq!(log(&b, 0, End::Close), "close=Ok", "never started (S3.2)");
    }

    #[test]
    fn s2_5_a_labelled_break_with_a_value_leaves_through_the_teardowns_it_crosses() {
        let b = body(
            false,
            vec![Stmt::ValueBlock {
                id: 7,
                body: vec![
                    teardown(1, None),
                    Stmt::Block {
                        id: 8,
                        labelled: false,
                        body: vec![
                            teardown(2, None),
                            Stmt::Jump(Jump::Break {
                                to: Target {
                                    id: 7,
                                    labelled: true,
                                },
                                value: Some(42),
                            }),
                        ],
                    },
                    Stmt::Log(3),
                ],
                tail: 0,
            }],
        );
        assert_eq!(log(&b, 0, End::Drain), "t2 t2. t1 t1. b7=42 end");
    }
}
