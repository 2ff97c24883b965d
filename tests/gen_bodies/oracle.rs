//! The oracle: an interpreter of the tree with try/finally semantics, written from the
//! SPEC (S2.5, S2.6, S2.7, S3.2-S3.6), sharing no code with the macro. It plays the body
//! and the consumer together and returns the event log the batch program must print.
//!
//! - A `teardown!` registers a finally for the rest of its block; leaving the block any
//!   way runs the block's teardowns in reverse (S2.5).
//! - `close()` at a `yield_!`: the `yield_!` does not return, the teardowns run. Mid-step:
//!   the step runs on to its next `yield_!`, whose value is dropped (S3.2).
//! - `cancel()` mid-step: the awaited futures are dropped where they wait (those of a
//!   `select!`/`join!` in declaration order), then the teardowns run; a cancel that
//!   arrives while a teardown waits lets it finish, then the body leaves and starts no
//!   new wait (S3.3).
//! - A `?` failure: the teardowns run, then `Err(e)` is the next item, or what the
//!   `close()`/`cancel()` under way returns (S2.7).
//! - A `select!` (tokio's or futures') drops the losing futures before the handler
//!   runs; a join is done when all members are. In which order a macro drops its
//!   futures the SPEC does not say: the test compares each run of `w..x` events as a
//!   set.

use super::consumer::{Consumer, End};
use super::grammar::{ArmEnd, Body, Cond, JoinKind, Jump, LoopKind, Stmt};
use std::collections::HashMap;

/// The expected log of `body` driven by `consumer`.
pub fn expected(body: &Body, consumer: &Consumer) -> Vec<String> {
    let mut m = Machine::new(body.try_mode, consumer);
    let starts =
        !(consumer.take == 0 && matches!(consumer.end, End::Close | End::Cancel | End::Drop));
    if !starts {
        // A never-started stream registered nothing: close() just marks it closed, and
        // a drop is silent (S4.1).
        m.after_the_end();
        return m.events;
    }
    let flow = m.block(&body.stmts);
    m.finish(flow);
    m.events
}

/// How control leaves a statement.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Flow {
    Normal,
    Break(u32, Option<u32>),
    Continue(u32),
    Return,
    Fail(u32),
    /// A close or cancel ends the body (the `yield_!` did not return, or a wait was
    /// dropped by a cancel).
    Stop,
}

/// Where the consumer is.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Phase {
    /// Taking items with `next()`: `left` more, then the consumer's end.
    Taking {
        left: u32,
    },
    /// Polling `next()` at most `left` more times.
    MidStep {
        left: u32,
    },
    Draining,
    Closing,
    Cancelling,
    /// The consumer dropped the stream: nothing of the body runs any more.
    Dropped,
    /// The body panicked: the stream is poisoned, its teardowns skipped (S5.1).
    Panicked,
}

/// A block that is a `break` target: a break to it ends there, with its value.
fn leave_target(id: u32, flow: Flow) -> (Flow, Option<u32>) {
    match flow {
        Flow::Break(to, value) if to == id => (Flow::Normal, value),
        other => (other, None),
    }
}

struct Machine {
    events: Vec<String>,
    phase: Phase,
    end: End,
    try_mode: bool,
    /// How often each condition id was evaluated.
    asked: HashMap<u32, u32>,
    /// Teardowns reached and not yet run to completion (what the drop check sees).
    live: u32,
}

impl Machine {
    fn new(try_mode: bool, consumer: &Consumer) -> Self {
        let phase = match consumer.end {
            End::Drain => Phase::Draining,
            _ if consumer.take > 0 => Phase::Taking {
                left: consumer.take,
            },
            End::MidClose(j) | End::MidCancel(j) | End::MidDrop(j) => Phase::MidStep { left: j },
            End::Close | End::Cancel | End::Drop => Phase::Closing,
        };
        Machine {
            events: Vec::new(),
            phase,
            end: consumer.end,
            try_mode,
            asked: HashMap::new(),
            live: 0,
        }
    }

    fn log(&mut self, e: impl Into<String>) {
        self.events.push(e.into());
    }

    fn item(&self, v: u32, err: bool) -> String {
        match (self.try_mode, err) {
            (false, _) => format!("item {v}"),
            (true, false) => format!("item Ok({v})"),
            (true, true) => format!("item Err({v})"),
        }
    }

    /// The n-th evaluation of condition `c` (n counted per id).
    fn ch(&mut self, c: &Cond) -> bool {
        let n = self.asked.entry(c.id).or_insert(0);
        let bit = (c.bits >> (*n % c.len)) & 1 == 1;
        *n += 1;
        bit
    }

    fn pick(&mut self, id: u32, off: u32, arms: u32) -> u32 {
        let n = self.asked.entry(id).or_insert(0);
        let arm = (*n + off) % arms;
        *n += 1;
        arm
    }

    /// The consumer gives up its `next()` and starts its close or cancel.
    fn give_up(&mut self) {
        self.log("gaveup");
        self.start_ending();
    }

    fn ending_phase(&self) -> Phase {
        match self.end {
            End::Cancel | End::MidCancel(_) => Phase::Cancelling,
            End::Drop | End::MidDrop(_) => Phase::Dropped,
            _ => Phase::Closing,
        }
    }

    /// The consumer starts its close or cancel, or drops the stream: with debug
    /// assertions the drop panics when a reached teardown has not run (S4.1).
    fn start_ending(&mut self) {
        self.phase = self.ending_phase();
        if self.phase == Phase::Dropped {
            self.log("drop");
            if self.live > 0 {
                self.log("droppanic");
            }
        }
    }

    /// The consumer's end once the body has ended by itself.
    fn after_the_end(&mut self) {
        match self.end {
            End::Drop | End::MidDrop(_) => self.log("drop"),
            _ => self.close_result(None),
        }
    }

    /// One poll that returned `Pending`. Returns true when the consumer cancels here
    /// (the awaited future is to be dropped, unless a teardown awaits it).
    fn pending(&mut self) -> bool {
        if let Phase::MidStep { left } = self.phase {
            if left <= 1 {
                self.give_up();
            } else {
                self.phase = Phase::MidStep { left: left - 1 };
            }
        }
        matches!(self.phase, Phase::Cancelling | Phase::Dropped)
    }

    /// The body reaches `yield_!(v)`: true = resume, false = the `yield_!` does not return.
    fn yield_item(&mut self, v: u32, err: bool) -> bool {
        match self.phase {
            Phase::Draining => {
                let e = self.item(v, err);
                self.log(e);
                true
            }
            Phase::Taking { left } => {
                let e = self.item(v, err);
                self.log(e);
                if left > 1 {
                    self.phase = Phase::Taking { left: left - 1 };
                    return true;
                }
                match self.end {
                    End::MidClose(j) | End::MidCancel(j) | End::MidDrop(j) => {
                        self.phase = Phase::MidStep { left: j };
                        true
                    }
                    _ => {
                        self.start_ending();
                        false
                    }
                }
            }
            Phase::MidStep { .. } => {
                let e = self.item(v, err);
                self.log(e);
                self.start_ending();
                false
            }
            Phase::Closing | Phase::Cancelling | Phase::Dropped | Phase::Panicked => false,
        }
    }

    fn close_result(&mut self, err: Option<u32>) {
        let verb = if self.ending_phase() == Phase::Cancelling {
            "cancel"
        } else {
            "close"
        };
        let e = match (self.try_mode, err) {
            (false, _) => verb.to_string(),
            (true, None) => format!("{verb}=Ok"),
            (true, Some(e)) => format!("{verb}=Err({e})"),
        };
        self.log(e);
    }

    /// The body has ended with `flow`: what the consumer sees next.
    fn finish(&mut self, flow: Flow) {
        let err = match flow {
            Flow::Fail(e) => Some(e),
            _ => None,
        };
        match self.phase {
            Phase::Dropped | Phase::Panicked => {}
            Phase::Closing | Phase::Cancelling => self.close_result(err),
            Phase::Draining => {
                if let Some(e) = err {
                    let item = self.item(e, true);
                    self.log(item);
                }
                self.log("end");
            }
            Phase::Taking { left } => {
                let mut left = left;
                if let Some(e) = err {
                    let item = self.item(e, true);
                    self.log(item);
                    left -= 1;
                }
                let mid = matches!(
                    self.end,
                    End::MidClose(_) | End::MidCancel(_) | End::MidDrop(_)
                );
                if left > 0 || mid {
                    self.log("end");
                }
                self.after_the_end();
            }
            Phase::MidStep { .. } => {
                match err {
                    Some(e) => {
                        let item = self.item(e, true);
                        self.log(item);
                    }
                    None => self.log("end"),
                }
                self.after_the_end();
            }
        }
    }

    /// A wait of `k` pendings. Outside a teardown a cancel drops it (false: the body
    /// stops); inside one it runs to completion.
    fn wait(&mut self, id: u32, k: u32, in_teardown: bool) -> bool {
        for _ in 0..k {
            if self.pending() && (!in_teardown || self.phase == Phase::Dropped) {
                self.log(format!("w{id}x"));
                return false;
            }
        }
        self.log(format!("w{id}-"));
        true
    }

    /// Runs a block: its statements, then its teardowns in reverse, whatever way it ends.
    fn block(&mut self, stmts: &[Stmt]) -> Flow {
        let mut teardowns: Vec<(u32, Option<(u32, u32)>)> = Vec::new();
        let mut flow = Flow::Normal;
        for s in stmts {
            if let Stmt::Teardown { id, wait } = s {
                teardowns.push((*id, *wait));
                self.live += 1;
                continue;
            }
            flow = self.stmt(s);
            if flow != Flow::Normal {
                break;
            }
        }
        for (id, wait) in teardowns.into_iter().rev() {
            if matches!(self.phase, Phase::Dropped | Phase::Panicked) {
                // The stream is gone or poisoned: nothing more of it runs.
                return Flow::Stop;
            }
            self.log(format!("t{id}"));
            if let Some((w, k)) = wait {
                if !self.wait(w, k, true) {
                    return Flow::Stop;
                }
            }
            self.log(format!("t{id}."));
            self.live -= 1;
        }
        // A cancel that arrived while a teardown ran: the body leaves (S3.3).
        let going_on = matches!(flow, Flow::Normal | Flow::Break(..) | Flow::Continue(_));
        if self.phase == Phase::Cancelling && going_on {
            return Flow::Stop;
        }
        flow
    }

    fn stmt(&mut self, s: &Stmt) -> Flow {
        match s {
            Stmt::Log(id) => self.log(format!("s{id}")),
            Stmt::Yield { id, err } => {
                if !self.yield_item(*id, *err) {
                    return Flow::Stop;
                }
            }
            Stmt::Wait { id, k } => {
                if !self.wait(*id, *k, false) {
                    return Flow::Stop;
                }
            }
            Stmt::Teardown { .. } => unreachable!("registered by block()"),
            Stmt::Block { id, body, .. } => return leave_target(*id, self.block(body)).0,
            Stmt::ValueBlock { id, body, tail } => {
                let (flow, value) = leave_target(*id, self.block(body));
                if flow != Flow::Normal {
                    return flow;
                }
                self.log(format!("b{id}={}", value.unwrap_or(*tail)));
            }
            Stmt::Loop {
                id, kind, n, body, ..
            } => return self.a_loop(*id, *kind, *n, body),
            Stmt::If { cond, then, els } => {
                let branch = if self.ch(cond) { then } else { els };
                return self.block(branch);
            }
            Stmt::Match { id, off, arms } => {
                let arm = self.pick(*id, *off, arms.len() as u32) as usize;
                return self.block(&arms[arm]);
            }
            Stmt::MatchValue { id, off, arms } => {
                let arm = self.pick(*id, *off, arms.len() as u32) as usize;
                let (stmts, end) = &arms[arm];
                let mut with_end = stmts.clone();
                let value = match end {
                    ArmEnd::Value(v) => Some(*v),
                    ArmEnd::Diverge(j) => {
                        with_end.push(Stmt::Jump(j.clone()));
                        None
                    }
                };
                let flow = self.block(&with_end);
                if flow != Flow::Normal {
                    return flow;
                }
                self.log(format!("m{id}={}", value.expect("a diverging arm left")));
            }
            Stmt::LetElse { cond, els, jump } => {
                if self.ch(cond) {
                    self.log(format!("L{}", cond.id));
                } else {
                    let mut with_jump = els.clone();
                    with_jump.push(Stmt::Jump(jump.clone()));
                    return self.block(&with_jump);
                }
            }
            Stmt::Try(cond) => {
                if self.ch(cond) {
                    return Flow::Fail(cond.id);
                }
            }
            Stmt::Jump(j) => {
                return match j {
                    Jump::Return => Flow::Return,
                    Jump::Break { to, value } => Flow::Break(to.id, *value),
                    Jump::Continue { to } => Flow::Continue(to.id),
                };
            }
            Stmt::Select {
                kind: _,
                biased: _,
                branches,
                els,
            } => return self.select(branches, els.as_deref()),
            Stmt::Join { kind, members } => return self.join(*kind, members),
        }
        Flow::Normal
    }

    fn a_loop(&mut self, id: u32, kind: LoopKind, n: u32, body: &[Stmt]) -> Flow {
        let fallback = match kind {
            LoopKind::Loop { value } => value,
            _ => None,
        };
        let mut value = fallback;
        for _ in 0..n {
            match self.block(body) {
                Flow::Normal => {}
                Flow::Continue(to) if to == id => {}
                Flow::Break(to, v) if to == id => {
                    value = v;
                    break;
                }
                other => return other,
            }
        }
        if let (LoopKind::Loop { value: Some(_) }, Some(v)) = (kind, value) {
            self.log(format!("b{id}={v}"));
        }
        Flow::Normal
    }

    /// tokio::select!: preconditions, then rounds of polls until the branch with the
    /// fewest pendings is ready (ties: the first, under `biased;`); every other future
    /// is dropped (declaration order) before the handler runs.
    fn select(&mut self, branches: &[super::grammar::Branch], els: Option<&[Stmt]>) -> Flow {
        let enabled: Vec<bool> = branches
            .iter()
            .map(|b| b.precond.map(|c| self.ch(&c)).unwrap_or(true))
            .collect();
        let winner = (0..branches.len())
            .filter(|&i| enabled[i])
            .min_by_key(|&i| (branches[i].k, i));
        let Some(w) = winner else {
            for b in branches {
                self.log(format!("w{}x", b.wait));
            }
            let Some(els) = els else {
                // tokio's select! panics; the stream is poisoned: `next()` gives
                // `None`, a drop is silent (S5.1).
                self.log("PANIC");
                self.log("poisoned");
                self.phase = Phase::Panicked;
                return Flow::Stop;
            };
            return self.block(els);
        };
        for _ in 0..branches[w].k {
            if self.pending() {
                for b in branches {
                    self.log(format!("w{}x", b.wait));
                }
                return Flow::Stop;
            }
        }
        self.log(format!("w{}-", branches[w].wait));
        for (i, b) in branches.iter().enumerate() {
            if i != w {
                self.log(format!("w{}x", b.wait));
            }
        }
        self.block(&branches[w].handler)
    }

    /// A join: every member is polled each round; member i is done in round k_i
    /// (distinct counts); a cancel drops those not done. `try_join!` ends at a failing
    /// member: the others are dropped, then its `?` fails (try mode) or its `Err` is
    /// ignored (`let _ =`).
    fn join(&mut self, kind: JoinKind, members: &[super::grammar::JoinMember]) -> Flow {
        let rounds = members.iter().map(|m| m.k).max().unwrap_or(0);
        let mut done = vec![false; members.len()];
        let mut started = vec![true; members.len()];
        for round in 0..=rounds {
            for (i, m) in members.iter().enumerate() {
                if m.k != round {
                    continue;
                }
                done[i] = true;
                self.log(format!("w{}-", m.wait));
                if m.in_async_block {
                    self.log(format!("j{}", m.wait));
                }
                if kind == JoinKind::TokioTry && m.fails {
                    if round == 0 {
                        // The first poll goes in order and stops at the failure: an
                        // `async` member after it never ran, so it made no wait.
                        for (j, later) in members.iter().enumerate().skip(i + 1) {
                            started[j] = !later.in_async_block;
                        }
                    }
                    self.drop_unfinished(members, &done, &started);
                    return if self.try_mode {
                        Flow::Fail(m.wait)
                    } else {
                        Flow::Normal
                    };
                }
            }
            if round < rounds && self.pending() {
                self.drop_unfinished(members, &done, &started);
                return Flow::Stop;
            }
        }
        Flow::Normal
    }

    /// The members' waits dropped unfinished (an `async` member that never ran made none).
    fn drop_unfinished(
        &mut self,
        members: &[super::grammar::JoinMember],
        done: &[bool],
        started: &[bool],
    ) {
        for (i, m) in members.iter().enumerate() {
            if !done[i] && started[i] {
                self.log(format!("w{}x", m.wait));
            }
        }
    }
}
