//! A generated tree as Rust source: the `#[managed_stream]` fn a user would write.

use super::grammar::{ArmEnd, Body, Cond, JoinKind, JoinMember, Jump, LoopKind, SelectKind, Stmt};
use std::fmt::Write;

/// The body as the `#[managed_stream] pub async fn body(ctx: Ctx)` a user would write.
pub fn body_fn(body: &Body) -> String {
    let item = if body.try_mode {
        "Result<u32, u32>"
    } else {
        "u32"
    };
    let mut out = String::new();
    out.push_str("#[managed_stream]\n");
    let _ = writeln!(out, "pub async fn body(ctx: Ctx) -> {item} {{");
    let mut r = Renderer {
        out: &mut out,
        try_mode: body.try_mode,
    };
    r.stmts(&body.stmts, 1);
    out.push_str("}\n");
    out
}

struct Renderer<'a> {
    out: &'a mut String,
    try_mode: bool,
}

fn cond(c: &Cond) -> String {
    format!("ctx.ch({}, {:#b}, {})", c.id, c.bits, c.len)
}

fn jump(j: &Jump) -> String {
    match j {
        Jump::Return => "return;".into(),
        Jump::Break { to, value } => {
            let label = if to.labelled {
                format!(" 'l{}", to.id)
            } else {
                String::new()
            };
            let value = value.map(|v| format!(" {v}")).unwrap_or_default();
            format!("break{label}{value};")
        }
        Jump::Continue { to } => {
            let label = if to.labelled {
                format!(" 'l{}", to.id)
            } else {
                String::new()
            };
            format!("continue{label};")
        }
    }
}

impl Renderer<'_> {
    fn line(&mut self, indent: usize, text: &str) {
        for _ in 0..indent {
            self.out.push_str("    ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn stmts(&mut self, stmts: &[Stmt], indent: usize) {
        for s in stmts {
            self.stmt(s, indent);
        }
    }

    /// `head {` + the statements + `}` + `tail`.
    fn braced(&mut self, indent: usize, head: &str, body: &[Stmt], tail: &str) {
        self.line(indent, &format!("{head}{{"));
        self.stmts(body, indent + 1);
        self.line(indent, &format!("}}{tail}"));
    }

    fn stmt(&mut self, s: &Stmt, i: usize) {
        match s {
            Stmt::Log(id) => self.line(i, &format!("ctx.log(\"s{id}\");")),
            Stmt::Yield { id, err } => {
                let item = match (self.try_mode, err) {
                    (false, _) => format!("{id}"),
                    (true, false) => format!("Ok({id})"),
                    (true, true) => format!("Err({id})"),
                };
                self.line(i, &format!("yield_!({item});"));
            }
            Stmt::Wait { id, k } => self.line(i, &format!("W::new(&ctx, {id}, {k}).await;")),
            Stmt::Teardown { id, wait } => {
                self.line(i, "teardown! {");
                self.line(i + 1, &format!("ctx.log(\"t{id}\");"));
                if let Some((w, k)) = wait {
                    self.line(i + 1, &format!("W::new(&ctx, {w}, {k}).await;"));
                }
                self.line(i + 1, &format!("ctx.log(\"t{id}.\");"));
                self.line(i, "}");
            }
            Stmt::Block { id, labelled, body } => {
                let head = if *labelled {
                    format!("'l{id}: ")
                } else {
                    String::new()
                };
                self.braced(i, &head, body, "");
            }
            Stmt::ValueBlock { id, body, tail } => {
                self.line(i, &format!("let b{id}: u32 = 'l{id}: {{"));
                self.stmts(body, i + 1);
                self.line(i + 1, &format!("{tail}"));
                self.line(i, "};");
                self.line(i, &format!("ctx.log(format!(\"b{id}={{b{id}}}\"));"));
            }
            Stmt::Loop {
                id,
                kind,
                n,
                labelled,
                body,
            } => self.a_loop(i, *id, *kind, *n, *labelled, body),
            Stmt::If { cond: c, then, els } => {
                self.line(i, &format!("if {} {{", cond(c)));
                self.stmts(then, i + 1);
                self.braced(i, "} else ", els, "");
            }
            Stmt::Match { id, off, arms } => {
                self.line(
                    i,
                    &format!("match ctx.pick({id}, {off}, {}) {{", arms.len()),
                );
                for (n, arm) in arms.iter().enumerate() {
                    let pat = if n + 1 == arms.len() {
                        "_".to_string()
                    } else {
                        n.to_string()
                    };
                    self.braced(i + 1, &format!("{pat} => "), arm, "");
                }
                self.line(i, "}");
            }
            Stmt::MatchValue { id, off, arms } => {
                self.line(
                    i,
                    &format!(
                        "let m{id}: u32 = match ctx.pick({id}, {off}, {}) {{",
                        arms.len()
                    ),
                );
                for (n, (arm, end)) in arms.iter().enumerate() {
                    let pat = if n + 1 == arms.len() {
                        "_".to_string()
                    } else {
                        n.to_string()
                    };
                    self.line(i + 1, &format!("{pat} => {{"));
                    self.stmts(arm, i + 2);
                    match end {
                        ArmEnd::Value(v) => self.line(i + 2, &format!("{v}")),
                        ArmEnd::Diverge(j) => self.line(i + 2, &jump(j)),
                    }
                    self.line(i + 1, "}");
                }
                self.line(i, "};");
                self.line(i, &format!("ctx.log(format!(\"m{id}={{m{id}}}\"));"));
            }
            Stmt::LetElse {
                cond: c,
                els,
                jump: j,
            } => {
                let id = c.id;
                self.line(
                    i,
                    &format!(
                        "let Some(v{id}) = ctx.opt({}, {:#b}, {}) else {{",
                        id, c.bits, c.len
                    ),
                );
                self.stmts(els, i + 1);
                self.line(i + 1, &jump(j));
                self.line(i, "};");
                self.line(i, &format!("ctx.log(format!(\"L{{v{id}}}\"));"));
            }
            Stmt::Try(c) => self.line(
                i,
                &format!("ctx.check({}, {:#b}, {})?;", c.id, c.bits, c.len),
            ),
            Stmt::Jump(j) => self.line(i, &jump(j)),
            Stmt::Select {
                kind,
                biased,
                branches,
                els,
            } => self.select(i, *kind, *biased, branches, els.as_deref()),
            Stmt::Join { kind, members } => {
                let parts: Vec<String> = members.iter().map(|m| join_member(*kind, m)).collect();
                let parts = parts.join(", ");
                let line = match kind {
                    JoinKind::Tokio => format!("tokio::join!({parts});"),
                    JoinKind::Futures => format!("futures::join!({parts});"),
                    JoinKind::TokioTry if self.try_mode => format!("tokio::try_join!({parts})?;"),
                    JoinKind::TokioTry => format!("let _ = tokio::try_join!({parts});"),
                };
                self.line(i, &line);
            }
        }
    }

    fn select(
        &mut self,
        i: usize,
        kind: SelectKind,
        biased: bool,
        branches: &[super::grammar::Branch],
        els: Option<&[Stmt]>,
    ) {
        let (head, fuse) = match (kind, biased) {
            (SelectKind::Tokio, _) => ("tokio::select! {", ""),
            (SelectKind::Futures, false) => ("futures::select! {", ".fuse()"),
            (SelectKind::Futures, true) => ("futures::select_biased! {", ".fuse()"),
        };
        self.line(i, head);
        if biased && kind == SelectKind::Tokio {
            self.line(i + 1, "biased;");
        }
        for b in branches {
            let pre = b
                .precond
                .map(|c| format!(", if {}", cond(&c)))
                .unwrap_or_default();
            let head = format!("_ = W::new(&ctx, {}, {}){fuse}{pre} => ", b.wait, b.k);
            self.braced(i + 1, &head, &b.handler, "");
        }
        if let Some(els) = els {
            self.braced(i + 1, "else => ", els, "");
        }
        self.line(i, "}");
    }

    fn a_loop(&mut self, i: usize, id: u32, kind: LoopKind, n: u32, labelled: bool, body: &[Stmt]) {
        let label = if labelled {
            format!("'l{id}: ")
        } else {
            String::new()
        };
        match kind {
            LoopKind::For => self.braced(i, &format!("{label}for _ in 0..{n} "), body, ""),
            LoopKind::While => {
                self.line(i, &format!("let mut c{id} = 0;"));
                self.line(i, &format!("{label}while c{id} < {n} {{"));
                self.line(i + 1, &format!("c{id} += 1;"));
                self.stmts(body, i + 1);
                self.line(i, "}");
            }
            LoopKind::Loop { value } => {
                self.line(i, &format!("let mut c{id} = 0;"));
                let (head, brk, tail) = match value {
                    Some(v) => (
                        format!("let b{id}: u32 = {label}loop {{"),
                        format!("break {v};"),
                        "};",
                    ),
                    None => (format!("{label}loop {{"), "break;".to_string(), "}"),
                };
                self.line(i, &head);
                self.line(i + 1, &format!("c{id} += 1;"));
                self.line(i + 1, &format!("if c{id} > {n} {{ {brk} }}"));
                self.stmts(body, i + 1);
                self.line(i, tail);
                if value.is_some() {
                    self.line(i, &format!("ctx.log(format!(\"b{id}={{b{id}}}\"));"));
                }
            }
        }
    }
}

fn join_member(kind: JoinKind, m: &JoinMember) -> String {
    let (w, id, k) = (m.wait, m.wait, m.k);
    match (kind, m.in_async_block) {
        (JoinKind::TokioTry, true) => {
            let end = if m.fails {
                format!("Err::<(), u32>({id})")
            } else {
                "Ok::<(), u32>(())".to_string()
            };
            format!("async {{ W::new(&ctx, {w}, {k}).await; ctx.log(\"j{id}\"); {end} }}")
        }
        (JoinKind::TokioTry, false) if m.fails => format!("W::new(&ctx, {w}, {k}).fail({id})"),
        (JoinKind::TokioTry, false) => format!("W::new(&ctx, {w}, {k}).ok()"),
        (_, true) => format!("async {{ W::new(&ctx, {w}, {k}).await; ctx.log(\"j{id}\"); }}"),
        (_, false) => format!("W::new(&ctx, {w}, {k})"),
    }
}
