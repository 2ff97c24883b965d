//! The tree of a generated body, and a seeded generator of random trees.
//!
//! Every node carries a small id, unique in its body, that names it in the event log
//! (`s3`, `t4`, `w5-`) and in the source (`'l6:`). Conditions are deterministic: a
//! condition with id `c` looks at how often it was asked before (see `oracle::Fixture`).

/// A generated body: its statements and whether it runs in try mode (S2.7).
#[derive(Clone, Debug)]
pub struct Body {
    pub try_mode: bool,
    pub stmts: Vec<Stmt>,
}

/// Where a `break`/`continue` goes: the id of a loop or labelled block, and whether the
/// source names it with its label (`false`: an unlabelled jump to the innermost loop).
#[derive(Clone, Copy, Debug)]
pub struct Target {
    pub id: u32,
    pub labelled: bool,
}

/// A statement that leaves its block; always the last statement of a block.
#[derive(Clone, Debug)]
pub enum Jump {
    Break { to: Target, value: Option<u32> },
    Continue { to: Target },
    Return,
}

/// A deterministic condition: true on the n-th evaluation when bit `n % len` of `bits`
/// is set.
#[derive(Clone, Copy, Debug)]
pub struct Cond {
    pub id: u32,
    pub bits: u32,
    pub len: u32,
}

/// What kind of loop, with how many rounds it runs at most.
#[derive(Clone, Copy, Debug)]
pub enum LoopKind {
    For,
    While,
    /// `loop`, left by a counter check; `value` = the fallback `break` value when the
    /// loop is in value position (`let b = loop { .. }`).
    Loop {
        value: Option<u32>,
    },
}

/// One select branch: a wait of `k` pendings, an optional precondition, a handler.
#[derive(Clone, Debug)]
pub struct Branch {
    pub wait: u32,
    pub k: u32,
    pub precond: Option<Cond>,
    pub handler: Vec<Stmt>,
}

/// One member of a join: a bare wait, or an `async` block that waits then logs; in a
/// `try_join!`, `fails` makes it end with `Err(wait)`.
#[derive(Clone, Debug)]
pub struct JoinMember {
    pub wait: u32,
    pub k: u32,
    pub in_async_block: bool,
    pub fails: bool,
}

/// Which select macro: tokio's (`biased;`, preconditions, `else`), or futures'
/// (`select!`, `select_biased!` when biased).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SelectKind {
    Tokio,
    Futures,
}

/// Which join macro.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum JoinKind {
    Tokio,
    TokioTry,
    Futures,
}

/// How an arm of a value `match` ends: with a value, or by leaving (it diverges).
#[derive(Clone, Debug)]
pub enum ArmEnd {
    Value(u32),
    Diverge(Jump),
}

#[derive(Clone, Debug)]
pub enum Stmt {
    /// `ctx.log("s{id}")`
    Log(u32),
    /// `yield_!(id)`; `err` (try mode only) yields a non-fatal `Err(id)`.
    Yield {
        id: u32,
        err: bool,
    },
    /// `W::new(&ctx, id, k).await`: pending `k` times, then ready.
    Wait {
        id: u32,
        k: u32,
    },
    /// `teardown! { log t{id}; [wait]; log t{id}. }`
    Teardown {
        id: u32,
        wait: Option<(u32, u32)>,
    },
    /// `{ .. }` or `'l{id}: { .. }`
    Block {
        id: u32,
        labelled: bool,
        body: Vec<Stmt>,
    },
    /// `let b{id}: u32 = 'l{id}: { body; tail };` then logs `b{id}={value}`
    ValueBlock {
        id: u32,
        body: Vec<Stmt>,
        tail: u32,
    },
    /// A loop of at most `n` rounds; `labelled` gives it `'l{id}:`.
    Loop {
        id: u32,
        kind: LoopKind,
        n: u32,
        labelled: bool,
        body: Vec<Stmt>,
    },
    If {
        cond: Cond,
        then: Vec<Stmt>,
        els: Vec<Stmt>,
    },
    /// `match ctx.pick(id, off, arms.len()) { 0 => .., 1 => .., _ => .. }`
    Match {
        id: u32,
        off: u32,
        arms: Vec<Vec<Stmt>>,
    },
    /// `let m{id}: u32 = match .. { i => { body; value or jump } };` then logs `m{id}=..`
    MatchValue {
        id: u32,
        off: u32,
        arms: Vec<(Vec<Stmt>, ArmEnd)>,
    },
    /// `let Some(v) = ctx.opt(cond) else { els; jump };` then logs `L{id}`
    LetElse {
        cond: Cond,
        els: Vec<Stmt>,
        jump: Jump,
    },
    /// `ctx.check(cond)?;` (try mode): fails with `Err(cond.id)` when the condition holds.
    Try(Cond),
    Jump(Jump),
    Select {
        kind: SelectKind,
        biased: bool,
        branches: Vec<Branch>,
        els: Option<Vec<Stmt>>,
    },
    Join {
        kind: JoinKind,
        members: Vec<JoinMember>,
    },
}

/// SplitMix64: a seed gives the same body on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x005e_edb0_d1e5)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u32) -> u32 {
        (self.next_u64() % u64::from(n.max(1))) as u32
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < percent
    }
}

/// What encloses the statement being generated: jumps may only go to these.
#[derive(Clone, Copy, Debug)]
enum Scope {
    Loop {
        id: u32,
        labelled: bool,
        value: bool,
    },
    LabelledBlock {
        id: u32,
        value: bool,
    },
}

/// The generator's state while it builds one body.
struct Gen {
    rng: Rng,
    next_id: u32,
    /// Statements left to place; keeps bodies small enough to read.
    fuel: u32,
    try_mode: bool,
    scopes: Vec<Scope>,
    /// Inside a `select!` handler: `teardown!` there is refused with a clear error (a
    /// macro's expansion would hide the block it guards), so none is generated.
    in_macro: u32,
}

/// Builds the body of `seed`.
pub fn generate(seed: u64) -> Body {
    let mut rng = Rng::new(seed);
    let try_mode = rng.chance(50);
    let fuel = 6 + rng.below(22);
    let mut g = Gen {
        rng,
        next_id: 0,
        fuel,
        try_mode,
        scopes: Vec::new(),
        in_macro: 0,
    };
    let guarded = g.rng.chance(60);
    let mut stmts = g.block(0, false);
    if guarded {
        // Most of the body under a teardown: every wait in it is a cancellation point.
        stmts.insert(0, g.teardown());
    }
    Body { try_mode, stmts }
}

impl Gen {
    fn id(&mut self) -> u32 {
        self.next_id += 1;
        self.next_id
    }

    fn cond(&mut self) -> Cond {
        let len = 1 + self.rng.below(4);
        let bits = self.rng.below(1 << len);
        Cond {
            id: self.id(),
            bits,
            len,
        }
    }

    /// A block of statements; `must_jump` ends it with a jump (a diverging block).
    /// A `teardown!` never ends a block (S2.5: it would guard nothing).
    fn block(&mut self, depth: u32, must_jump: bool) -> Vec<Stmt> {
        let mut out = Vec::new();
        let n = 1 + self.rng.below(4);
        for _ in 0..n {
            if self.fuel == 0 {
                break;
            }
            self.fuel -= 1;
            let stmt = self.stmt(depth);
            let is_jump = matches!(stmt, Stmt::Jump(_));
            out.push(stmt);
            if is_jump {
                return out;
            }
        }
        if matches!(out.last(), Some(Stmt::Teardown { .. }) | None) {
            out.push(Stmt::Log(self.id()));
        }
        if must_jump || self.rng.chance(12) {
            out.push(Stmt::Jump(self.jump()));
        }
        out
    }

    fn stmt(&mut self, depth: u32) -> Stmt {
        let nested = depth < 3;
        loop {
            let stmt = match self.rng.below(20) {
                0 => Stmt::Log(self.id()),
                1 if nested => self.select(depth),
                2..=4 => Stmt::Yield {
                    id: self.id(),
                    err: self.try_mode && self.rng.chance(15),
                },
                5 | 6 => Stmt::Wait {
                    id: self.id(),
                    k: self.rng.below(4),
                },
                7..=9 if self.in_macro == 0 => self.teardown(),
                10 if nested => self.plain_block(depth),
                11 if nested => self.value_block(depth),
                12 | 13 if nested => self.a_loop(depth),
                14 if nested => Stmt::If {
                    cond: self.cond(),
                    then: self.block(depth + 1, false),
                    els: self.block(depth + 1, false),
                },
                15 if nested => self.a_match(depth),
                16 if nested => self.let_else(depth),
                17 if self.try_mode => Stmt::Try(self.cond()),
                18 if nested => self.select(depth),
                19 => self.join(),
                _ => continue,
            };
            return stmt;
        }
    }

    fn teardown(&mut self) -> Stmt {
        let id = self.id();
        let wait = if self.rng.chance(50) {
            Some((self.id(), self.rng.below(3)))
        } else {
            None
        };
        Stmt::Teardown { id, wait }
    }

    fn plain_block(&mut self, depth: u32) -> Stmt {
        let id = self.id();
        let labelled = self.rng.chance(50);
        if labelled {
            self.scopes.push(Scope::LabelledBlock { id, value: false });
        }
        let body = self.block(depth + 1, false);
        if labelled {
            self.scopes.pop();
        }
        Stmt::Block { id, labelled, body }
    }

    fn value_block(&mut self, depth: u32) -> Stmt {
        let id = self.id();
        self.scopes.push(Scope::LabelledBlock { id, value: true });
        let body = self.block(depth + 1, false);
        self.scopes.pop();
        Stmt::ValueBlock {
            id,
            body,
            tail: self.rng.below(50),
        }
    }

    fn a_loop(&mut self, depth: u32) -> Stmt {
        let id = self.id();
        let kind = match self.rng.below(4) {
            0 => LoopKind::For,
            1 => LoopKind::While,
            2 => LoopKind::Loop { value: None },
            _ => LoopKind::Loop {
                value: Some(self.rng.below(50)),
            },
        };
        let labelled = self.rng.chance(50);
        let value = matches!(kind, LoopKind::Loop { value: Some(_) });
        self.scopes.push(Scope::Loop {
            id,
            labelled,
            value,
        });
        let body = self.block(depth + 1, false);
        self.scopes.pop();
        Stmt::Loop {
            id,
            kind,
            n: self.rng.below(4),
            labelled,
            body,
        }
    }

    fn a_match(&mut self, depth: u32) -> Stmt {
        let id = self.id();
        let n = 2 + self.rng.below(2);
        let off = self.rng.below(n);
        if self.rng.chance(50) {
            let arms = (0..n).map(|_| self.block(depth + 1, false)).collect();
            return Stmt::Match { id, off, arms };
        }
        let arms = (0..n)
            .map(|_| {
                let mut body = self.block(depth + 1, false);
                if matches!(body.last(), Some(Stmt::Jump(_))) {
                    body.push(Stmt::Log(self.id()));
                }
                let end = if self.rng.chance(50) {
                    ArmEnd::Value(self.rng.below(50))
                } else {
                    ArmEnd::Diverge(self.jump())
                };
                (body, end)
            })
            .collect();
        Stmt::MatchValue { id, off, arms }
    }

    fn let_else(&mut self, depth: u32) -> Stmt {
        let cond = self.cond();
        let mut els = self.block(depth + 1, false);
        if matches!(els.last(), Some(Stmt::Jump(_))) {
            els.pop();
        }
        if matches!(els.last(), Some(Stmt::Teardown { .. }) | None) {
            els.push(Stmt::Log(self.id()));
        }
        Stmt::LetElse {
            cond,
            els,
            jump: self.jump(),
        }
    }

    /// A select whose winner never depends on the order tokio polls its branches:
    /// distinct pending counts, or `biased;`.
    fn select(&mut self, depth: u32) -> Stmt {
        let kind = if self.rng.chance(30) {
            SelectKind::Futures
        } else {
            SelectKind::Tokio
        };
        let biased = self.rng.chance(30);
        let n = 2 + self.rng.below(2);
        let mut ks: Vec<u32> = (0..4).collect();
        let mut branches = Vec::new();
        for i in 0..n {
            let k = if biased {
                self.rng.below(3)
            } else {
                ks.remove(self.rng.below(ks.len() as u32) as usize)
            };
            let wait = self.id();
            let precond = if kind == SelectKind::Tokio && i > 0 && self.rng.chance(25) {
                Some(self.cond())
            } else {
                None
            };
            self.in_macro += 1;
            let handler = self.block(depth + 1, false);
            self.in_macro -= 1;
            branches.push(Branch {
                wait,
                k,
                precond,
                handler,
            });
        }
        if kind == SelectKind::Tokio && self.rng.chance(25) {
            let c = self.cond();
            branches[0].precond = Some(c);
        }
        let all_guarded = branches.iter().all(|b| b.precond.is_some());
        self.in_macro += 1;
        let els = if all_guarded || (kind == SelectKind::Tokio && self.rng.chance(20)) {
            Some(self.block(depth + 1, false))
        } else {
            None
        };
        self.in_macro -= 1;
        if kind == SelectKind::Tokio && els.is_none() && self.rng.chance(8) {
            // Every branch disabled and no `else`: the select panics, as it does in
            // plain async code (S3.3, S5.1).
            for b in &mut branches {
                let id = self.id();
                b.precond = Some(Cond {
                    id,
                    bits: 0,
                    len: 1,
                });
            }
        }
        Stmt::Select {
            kind,
            biased,
            branches,
            els,
        }
    }

    fn join(&mut self) -> Stmt {
        let kind = match self.rng.below(3) {
            0 => JoinKind::Tokio,
            1 => JoinKind::TokioTry,
            _ => JoinKind::Futures,
        };
        let n = 2 + self.rng.below(2);
        let mut ks: Vec<u32> = (0..4).collect();
        let mut members: Vec<JoinMember> = (0..n)
            .map(|_| JoinMember {
                wait: self.id(),
                k: ks.remove(self.rng.below(ks.len() as u32) as usize),
                in_async_block: self.rng.chance(40),
                fails: false,
            })
            .collect();
        if kind == JoinKind::TokioTry && self.rng.chance(50) {
            let i = self.rng.below(n) as usize;
            members[i].fails = true;
        }
        Stmt::Join { kind, members }
    }

    /// A jump valid here: `return`, or a `break`/`continue` to an enclosing target.
    fn jump(&mut self) -> Jump {
        let mut options = vec![Jump::Return];
        let mut crossed_labelled_block = false;
        let mut innermost_loop = true;
        for scope in self.scopes.iter().rev() {
            match *scope {
                Scope::Loop {
                    id,
                    labelled,
                    value,
                } => {
                    let unlabelled_ok = innermost_loop && !crossed_labelled_block;
                    for labelled_jump in [false, true] {
                        if (labelled_jump && !labelled) || (!labelled_jump && !unlabelled_ok) {
                            continue;
                        }
                        let to = Target {
                            id,
                            labelled: labelled_jump,
                        };
                        let value = value.then(|| self.rng.below(50));
                        options.push(Jump::Break { to, value });
                        options.push(Jump::Continue { to });
                    }
                    innermost_loop = false;
                }
                Scope::LabelledBlock { id, value } => {
                    crossed_labelled_block = true;
                    let to = Target { id, labelled: true };
                    let value = value.then(|| self.rng.below(50));
                    options.push(Jump::Break { to, value });
                }
            }
        }
        let pick = self.rng.below(options.len() as u32) as usize;
        options.swap_remove(pick)
    }
}
