//! The lowering of `teardown!` (S2.5) into the body's one coroutine.
//!
//! A `teardown!` may stand in any block of the body's own control flow. The block
//!
//! ```text
//! { before; teardown! { T } rest; tail }
//! ```
//!
//! becomes, in spirit,
//!
//! ```text
//! { before;
//!   register(y);
//!   let exit = 'guard: { tail_slot = Some({ rest; tail }); 0 };
//!   let failed = Teardown::new(y, async { T }).await;   // never interrupted
//!   match exit { 0 => tail_slot, 1 => <leave the body>, k => <the k-th way out> } }
//! ```
//!
//! Every way out of `rest` that crosses the teardown (`break` and `continue` to a loop
//! or block outside it, `return`, `?`, a close at a `yield_!`, a cancel at an await)
//! is rewritten into `break 'guard k`; after the teardown the same way out is taken
//! again from there, where it may cross the next teardown out. So teardowns run in
//! reverse order, once each, however control leaves, and a `yield_!` costs the same
//! whatever number of teardowns is registered: no teardown is polled per item.
//!
//! The rest of the block is stored whole in the tail slot, `Some({ rest; tail })`, so
//! the block keeps its type: its value, or `!` when it diverges (S2.5). After the
//! teardown, a cancel that arrived meanwhile leaves at once, whatever the exit (S3.3:
//! nothing new after a cancel).
//!
//! Inside a guarded block, each `.await` is a cancellation point (`Cancellable`), so
//! `cancel()` stops the body where it waits (S3.3). A macro call that may wait where
//! the lowering cannot see (`select!`, `join!`, `try_join!`, any macro whose tokens
//! hold an `.await`) becomes a region: a `Cancellable` `async` block around the call,
//! its tokens as the user wrote them apart from the ways out, each a `return` of an
//! exit code taken again after the block. Awaits outside every guarded block need no
//! such point: with nothing registered, a cancel just drops the body.
//!
//! A macro whose tokens hold a `return`, `break`, `continue` or `?` inside a guarded
//! block has them lowered when its tokens parse as a `select!` or as expressions, and
//! is a compile error otherwise: that way out would skip the teardown.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use syn::parse::{ParseStream, Parser};
use syn::spanned::Spanned;
use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr, Item, Lifetime, Macro, Stmt};

use crate::errors::Errors;
use crate::macro_code::MacroCode;
use crate::names::{BODY_LABEL, Names, ending};
use crate::utils::{is_named, is_nested_stream, located_at, mentions, teardown_of};

/// Lowers every `teardown!` statement in `block` (already checked and rewritten by
/// `body`), and every way out of the blocks they guard.
pub(crate) fn lower(block: &mut Block, names: &Names, errors: &mut Errors) {
    let mut lowering = Lowering {
        names,
        frames: Vec::new(),
        guards: 0,
        at_body_end: true,
        errors,
    };
    lowering.visit_block_mut(block);
}

/// The predicates of the `#[cfg]`s on a `teardown!` statement.
fn cfg_predicates(stmt: &Stmt) -> Vec<TokenStream> {
    let Stmt::Macro(stmt) = stmt else {
        return Vec::new();
    };
    stmt.attrs
        .iter()
        .filter_map(|attr| match &attr.meta {
            syn::Meta::List(list) if list.path.is_ident("cfg") => Some(list.tokens.clone()),
            _ => None,
        })
        .collect()
}

/// `#[cfg(..)] teardown! { .. }` (S6.2): configured out, the block runs as if the
/// teardown were not written. The attribute that keeps the registration and the
/// teardown (`#[cfg(all(..))]`, or nothing), and the statement that stands in for the
/// teardown's result when it is configured out.
fn cfg_switch(
    teardown: &Stmt,
    private: &TokenStream,
    yielder: &Ident,
    failed: &Ident,
) -> (TokenStream, Option<TokenStream>) {
    let cfgs = cfg_predicates(teardown);
    if cfgs.is_empty() {
        return (quote!(), None);
    }
    (
        quote!(#[cfg(all(#(#cfgs),*))]),
        Some(quote! {
            #[cfg(not(all(#(#cfgs),*)))]
            let #failed = #private::no_failure(#yielder);
        }),
    )
}

/// What encloses the code being lowered, innermost last.
enum Frame {
    /// `loop`, `while` or `for`, with its label.
    Loop(Option<Lifetime>),
    /// A labelled block.
    Block(Lifetime),
    /// The rest of a block after a `teardown!`.
    Guard(Guard),
}

struct Guard {
    label: Lifetime,
    /// The ways out that cross this guard, other than leaving the body; exit code
    /// `2 + index`.
    exits: Vec<Exit>,
    /// A region (a macro call that may wait, run as a cancellable `async` block), not a
    /// teardown's block: a way out is a `return` from the block, with its exit code.
    region: bool,
}

impl Guard {
    /// Leaves the guarded block (or region) with exit `code`.
    fn jump(&self, code: u32, span: Span) -> TokenStream {
        if self.region {
            quote_spanned! {span=>
                return ::core::ops::ControlFlow::Break(#code)
            }
        } else {
            let label = &self.label;
            quote_spanned! {span=> break #label #code }
        }
    }
}

/// A `break` or `continue` that crosses a guard.
struct Exit {
    kind: ExitKind,
    label: Option<Lifetime>,
    /// Where a `break value` leaves its value while the teardown runs.
    slot: Option<Ident>,
}

#[derive(Clone, Copy, PartialEq)]
enum ExitKind {
    Break,
    Continue,
}

/// Exit code of running off the end of the guarded block.
const NORMAL: u32 = 0;
/// Exit code of leaving the body (`return`, `?`, close, cancel).
const LEAVE: u32 = 1;

struct Lowering<'a> {
    names: &'a Names,
    frames: Vec<Frame>,
    /// Guards made so far, for unique labels.
    guards: usize,
    /// Whether the block about to be visited ends the body when it runs off its end
    /// (the body's own block, and the rest of it after a teardown).
    at_body_end: bool,
    errors: &'a mut Errors,
}

impl Lowering<'_> {
    /// Whether a teardown guards the code here (a region is always inside one).
    fn in_guard(&self) -> bool {
        self.frames
            .iter()
            .any(|frame| matches!(frame, Frame::Guard(_)))
    }

    /// Whether the code here is inside a region, whose own cancellation point covers
    /// every wait in it.
    fn in_region(&self) -> bool {
        self.frames
            .iter()
            .any(|frame| matches!(frame, Frame::Guard(guard) if guard.region))
    }

    fn innermost_guard(&mut self) -> Option<&mut Guard> {
        self.frames.iter_mut().rev().find_map(|frame| match frame {
            Frame::Guard(guard) => Some(guard),
            _ => None,
        })
    }

    /// How code here leaves the body: into the innermost guard, or out of the body.
    fn leave(&mut self, span: Span) -> TokenStream {
        let done = &self.names.done;
        match self.innermost_guard() {
            Some(guard) => guard.jump(LEAVE, span),
            None => quote_spanned! {span=> return #done },
        }
    }

    /// The index of the frame that `break`/`continue` with `label` targets.
    fn target(&self, label: Option<&Lifetime>) -> Option<usize> {
        self.frames.iter().rposition(|frame| match (frame, label) {
            (Frame::Loop(_), None) => true,
            (Frame::Loop(Some(own)) | Frame::Block(own), Some(label)) => own.ident == label.ident,
            _ => false,
        })
    }

    /// Rewrites a `break` or `continue` that crosses a guard; `None` if none is crossed.
    fn lower_exit(
        &mut self,
        kind: ExitKind,
        label: Option<&Lifetime>,
        value: Option<Expr>,
        span: Span,
    ) -> Option<TokenStream> {
        // A label the body does not define (an error rustc reports) is left alone.
        let target = self.target(label)?;
        let crosses = self.frames[target + 1..]
            .iter()
            .any(|frame| matches!(frame, Frame::Guard(_)));
        if !crosses {
            return None;
        }
        let guard = self.innermost_guard().expect("a guard is crossed");
        let valued = value.is_some();
        let index = match guard.exits.iter().position(|exit| {
            exit.kind == kind
                && exit.slot.is_some() == valued
                && exit.label.as_ref().map(|l| l.ident.to_string())
                    == label.map(|l| l.ident.to_string())
        }) {
            Some(index) => index,
            None => {
                let slot = valued.then(|| {
                    Ident::new(
                        &format!("{}_value{}", guard.label.ident, guard.exits.len()),
                        Span::mixed_site(),
                    )
                });
                guard.exits.push(Exit {
                    kind,
                    label: label.cloned(),
                    slot,
                });
                guard.exits.len() - 1
            }
        };
        let code = 2 + index as u32;
        let jump = guard.jump(code, span);
        let slot = guard.exits[index].slot.clone();
        Some(match (slot, value) {
            (Some(slot), Some(value)) => quote_spanned! {span=>
                {
                    #slot = ::core::option::Option::Some(#value);
                    #jump
                }
            },
            _ => jump,
        })
    }

    /// Lowers a block whose own statements include a `teardown!`: the statements before
    /// it as they are, the rest as a guarded block the teardown runs after.
    fn lower_guarded_block(&mut self, block: &mut Block, at_body_end: bool) {
        let (mut before, teardown, mut rest) = self.split_at_teardown(block);
        for stmt in &mut before {
            self.visit_inner_stmt(stmt);
        }
        let span = teardown_of(&teardown).map_or_else(Span::call_site, |(_, mac)| mac.span());
        if rest.stmts.is_empty() {
            self.errors.push(syn::Error::new(
                span,
                "`teardown!` must be followed by the code it guards: it runs when the rest \
                 of its block ends, and here nothing follows it. Move it above that code, \
                 or put its statements at the end of the block",
            ));
        }
        let (id, guard) = self.lower_guarded_rest(&mut rest, at_body_end);
        let lowered = self.make_guarded_code(id, &guard, &teardown, &rest, span, at_body_end);
        // The lowered code stays tokens, as one block that ends the block (its value is
        // the block's): parsing it back would parse the rest of the block again, and
        // the rest of each enclosing guarded block once more (compile time, issue 20).
        block.stmts = before;
        block
            .stmts
            .push(Stmt::Expr(Expr::Verbatim(quote!({ #lowered })), None));
    }

    /// Splits `block` at its first `teardown!`: the statements before it, the teardown,
    /// and the rest of the block.
    fn split_at_teardown(&mut self, block: &mut Block) -> (Vec<Stmt>, Stmt, Block) {
        let stmts = std::mem::take(&mut block.stmts);
        let position = stmts
            .iter()
            .position(|stmt| teardown_of(stmt).is_some())
            .expect("the block has a teardown");
        let mut stmts = stmts.into_iter();
        let before: Vec<Stmt> = stmts.by_ref().take(position).collect();
        let teardown = stmts.next().expect("the teardown statement");
        let rest = Block {
            brace_token: block.brace_token,
            stmts: stmts.collect(),
        };
        (before, teardown, rest)
    }

    /// Lowers the rest of a guarded block inside a new guard frame, which collects its
    /// ways out; returns the guard's number and the guard.
    fn lower_guarded_rest(&mut self, rest: &mut Block, at_body_end: bool) -> (usize, Guard) {
        // Names unique to this guard: a nested guard's value lands in its own slots.
        let id = self.guards;
        self.guards += 1;
        let label = Lifetime::new(&format!("'__ms_guard{id}"), Span::mixed_site());
        self.frames.push(Frame::Guard(Guard {
            label,
            exits: Vec::new(),
            region: false,
        }));
        self.at_body_end = at_body_end;
        self.visit_block_mut(rest);
        let Some(Frame::Guard(guard)) = self.frames.pop() else {
            unreachable!("frames are balanced")
        };
        (id, guard)
    }

    /// The statements that replace a guarded block from its `teardown!` on: register,
    /// run the rest to an exit code, run the teardown, take the exit again.
    fn make_guarded_code(
        &mut self,
        id: usize,
        guard: &Guard,
        teardown: &Stmt,
        rest: &Block,
        span: Span,
        at_body_end: bool,
    ) -> TokenStream {
        let Names {
            private, yielder, ..
        } = self.names;
        let label = &guard.label;
        let teardown_body = teardown_block(teardown, self.names, self.errors);
        let teardown_body = ending(teardown_body, self.names);
        let exit = Ident::new(&format!("__ms_exit{id}"), Span::mixed_site());
        let tail_slot = Ident::new(&format!("__ms_tail{id}"), Span::mixed_site());
        let failed = Ident::new(&format!("__ms_failed{id}"), Span::mixed_site());
        let slots = guard.exits.iter().filter_map(|exit| exit.slot.as_ref());
        let rest_stmts = &rest.stmts;
        let tail_value = take_slot(&tail_slot);
        // After the teardown: each way out again, from here; first of all, a cancel
        // that arrived meanwhile (S3.3: nothing new after a cancel).
        let leave = self.leave(span);
        let arms = self.exits_again(guard, span);
        let on_failure = self.on_failure(&exit, &failed, at_body_end);
        let exit_decl = if self.names.try_mode {
            quote! { let mut #exit: u32 }
        } else {
            quote! { let #exit: u32 }
        };
        let (when, unless) = cfg_switch(teardown, private, yielder, &failed);
        // The rest of the block is one block expression, stored whole in the tail
        // slot: its type is the block's own, `!` included when it diverges (S2.5).
        quote_spanned! {span=>
            #when
            #private::register(#yielder);
            let mut #tail_slot = ::core::option::Option::None;
            #(let mut #slots = ::core::option::Option::None;)*
            #[allow(unreachable_code, unused_braces)]
            #exit_decl = #label: {
                #tail_slot = ::core::option::Option::Some({ #(#rest_stmts)* });
                #NORMAL
            };
            #when
            #[allow(unreachable_code)]
            let #failed = #private::Teardown::new(#yielder, async { #teardown_body }).await;
            #unless
            #on_failure
            match #exit {
                _ if #private::cancelling(#yielder) => #leave,
                #NORMAL => #tail_value,
                #LEAVE => #leave,
                #(#arms)*
                _ => ::core::unreachable!(),
            }
        }
    }

    /// A `break` (S2.5): the dead `break` of a `yield_!` inside a region leaves the
    /// body; one that crosses a guard becomes that guard's exit. `None`: unchanged.
    fn lower_break(&mut self, break_expr: &mut syn::ExprBreak) -> Option<TokenStream> {
        if let Some(value) = &mut break_expr.expr {
            self.visit_expr_mut(value);
        }
        let span = break_expr.break_token.span;
        let to_body = break_expr
            .label
            .as_ref()
            .is_some_and(|label| format!("'{}", label.ident) == BODY_LABEL);
        if to_body && self.in_region() {
            // The dead `break` of a `yield_!` (see `body`), which cannot name
            // the body's label from inside the region's block.
            return Some(self.leave(span));
        }
        let label = break_expr.label.clone();
        let value = break_expr.expr.as_deref().cloned();
        self.lower_exit(ExitKind::Break, label.as_ref(), value, span)
    }

    /// A `return` inside a guard leaves the body through the guards, its value (in try
    /// mode, an error) recorded first. `None`: unchanged.
    fn lower_return(&mut self, return_expr: &mut syn::ExprReturn) -> Option<TokenStream> {
        if let Some(value) = &mut return_expr.expr {
            self.visit_expr_mut(value);
        }
        if !self.in_guard() {
            return None;
        }
        let span = return_expr.return_token.span;
        let leave = self.leave(span);
        let Names {
            private, yielder, ..
        } = self.names;
        let done = self.names.done.to_string();
        Some(match &return_expr.expr {
            // `return done()` (a `yield_!` that saw a close): nothing to record.
            Some(value) if value.to_token_stream().to_string() == done => leave,
            Some(value) if self.names.try_mode => quote_spanned! {span=>
                {
                    #private::record(#yielder, #value);
                    #leave
                }
            },
            _ => leave,
        })
    }

    /// A `?` inside a guard in try mode (S2.7): a failure is recorded and leaves the body
    /// through the guards. `None`: unchanged.
    fn lower_try(&mut self, try_expr: &mut syn::ExprTry) -> Option<TokenStream> {
        self.visit_expr_mut(&mut try_expr.expr);
        if !self.in_guard() || !self.names.try_mode {
            return None;
        }
        let span = try_expr.question_token.span;
        let leave = self.leave(span);
        let Names {
            private, yielder, ..
        } = self.names;
        let inner = &try_expr.expr;
        let value = Ident::new("__ms_value", Span::mixed_site());
        let error = Ident::new("__ms_error", Span::mixed_site());
        Some(quote_spanned! {span=>
            match #inner {
                ::core::result::Result::Ok(#value) => #value,
                ::core::result::Result::Err(#error) => {
                    #private::record_error(#yielder, #error);
                    #leave
                }
            }
        })
    }

    /// An `.await` inside a guard (not a region's, not a `yield_!`'s hand-off) is a
    /// cancellation point (S3.3): a cancel leaves the body there. `None`: unchanged.
    fn lower_await(&mut self, await_expr: &mut syn::ExprAwait) -> Option<TokenStream> {
        self.visit_expr_mut(&mut await_expr.base);
        if !self.in_guard() || self.in_region() || is_yield_hand_off(&await_expr.base) {
            return None;
        }
        let span = await_expr.await_token.span;
        let leave = self.leave(span);
        let Names {
            private, yielder, ..
        } = self.names;
        let base = &await_expr.base;
        let value = Ident::new("__ms_value", Span::mixed_site());
        Some(quote_spanned! {span=>
            match #private::Cancellable::new(#yielder, #base).await {
                ::core::option::Option::Some(#value) => #value,
                ::core::option::Option::None => #leave,
            }
        })
    }

    /// The arms that take each way out of `guard` again, from after it: through the
    /// next guard out, or as the `break`/`continue` the user wrote.
    fn exits_again(&mut self, guard: &Guard, span: Span) -> Vec<TokenStream> {
        let mut arms = Vec::new();
        for (index, exit) in guard.exits.iter().enumerate() {
            let code = 2 + index as u32;
            let label = exit.label.as_ref();
            let value = exit.slot.as_ref().map(|slot| -> Expr {
                let value = take_slot(slot);
                syn::parse_quote!(#value)
            });
            let again = self
                .lower_exit(exit.kind, label, value.clone(), span)
                .unwrap_or_else(|| match exit.kind {
                    ExitKind::Break => quote! { break #label #value },
                    ExitKind::Continue => quote! { continue #label },
                });
            arms.push(quote! { #code => #again, });
        }
        arms
    }

    /// S2.7: a teardown's error is the next item when the body goes on, and is queued
    /// for the end when the body leaves.
    fn on_failure(&self, exit: &Ident, failed: &Ident, at_body_end: bool) -> TokenStream {
        let Names {
            private,
            yielder,
            try_mode,
            ..
        } = self.names;
        if !*try_mode {
            return quote! { let _ = #failed; };
        }
        // Running off the end of the body's own block ends the body too: the error is
        // queued, and comes out as an item before the end.
        let ends = if at_body_end {
            quote! { #exit == #LEAVE || #exit == #NORMAL }
        } else {
            quote! { #exit == #LEAVE }
        };
        let error = Ident::new("__ms_error", Span::mixed_site());
        quote! {
            if let ::core::option::Option::Some(#error) = #failed {
                if #ends || #private::closing(#yielder) {
                    #private::record_error(#yielder, #error);
                } else {
                    match #private::Yielder::yield_error(#yielder, #error).await {
                        #private::Resume::Continue => {}
                        #private::Resume::Leave => #exit = #LEAVE,
                    }
                }
            }
        }
    }

    /// Lowers a macro call inside a guarded block. One that may wait where the
    /// lowering cannot see becomes a region (see [`Self::region`]), whose expression is
    /// returned to stand for the call; otherwise the ways out in its tokens are lowered
    /// in place, and tokens without any are left as the user wrote them (S2.5: an
    /// `assert!` message or a `stringify!` is the same with or without a teardown).
    fn lower_macro(&mut self, mac: &mut Macro) -> Option<TokenStream> {
        if is_nested_stream(mac) || is_named(mac, "stringify") || !self.in_guard() {
            return None;
        }
        if !self.in_region() && may_wait(mac) {
            return Some(self.region(mac));
        }
        // Outside a region, an `.await` here is lowered as a cancellation point.
        if mentions(&mac.tokens, &["return", "break", "continue", "await"], true) {
            self.lower_in_place(mac);
        }
        None
    }

    /// A macro call that may wait where the lowering cannot see (`select!`, `join!`,
    /// any macro holding an `.await`), run as a region: a cancellable `async` block,
    /// so that a cancel drops it where it waits (S3.3), checked before each poll (a
    /// ready branch of a `biased;` select does not run its handler after a cancel).
    /// What the macro does without a cancel is unchanged: its tokens are the user's,
    /// apart from the ways out in them (`break`, `continue`, `return`, `?`, a close at
    /// a `yield_!`), which leave the block with an exit code, taken again after it.
    ///
    /// ```text
    /// { let outcome = Cancellable::new(y, async { ControlFlow::Continue(m!(..)) }).await;
    ///   match outcome { Some(Continue(value)) => value, None => <leave the body>,
    ///                   Some(Break(k)) => <the k-th way out> } }
    /// ```
    fn region(&mut self, mac: &mut Macro) -> TokenStream {
        let span = mac.path.span();
        self.frames.push(Frame::Guard(Guard {
            label: Lifetime::new("'__ms_region", Span::mixed_site()),
            exits: Vec::new(),
            region: true,
        }));
        if mentions(&mac.tokens, WAYS_OUT, true) {
            self.lower_in_place(mac);
        }
        let Some(Frame::Guard(region)) = self.frames.pop() else {
            unreachable!("frames are balanced")
        };
        let Names {
            private, yielder, ..
        } = self.names;
        let leave = self.leave(span);
        let arms = self.exits_again(&region, span);
        let slots = region.exits.iter().filter_map(|exit| exit.slot.as_ref());
        let outcome = Ident::new("__ms_outcome", Span::mixed_site());
        let code = Ident::new("__ms_code", Span::mixed_site());
        let value = Ident::new("__ms_value", Span::mixed_site());
        let flow = quote!(::core::ops::ControlFlow);
        quote_spanned! {span=>
            {
                #(let mut #slots = ::core::option::Option::None;)*
                #[allow(unreachable_code)]
                let #outcome = #private::Cancellable::new(#yielder, async {
                    #flow::Continue(#mac)
                })
                .await;
                match #outcome {
                    ::core::option::Option::Some(#flow::Continue(#value)) => #value,
                    ::core::option::Option::Some(#flow::Break(#code)) => match #code {
                        #LEAVE => #leave,
                        #(#arms)*
                        _ => ::core::unreachable!(),
                    },
                    ::core::option::Option::None => #leave,
                }
            }
        }
    }

    /// Lowers a macro's tokens in place, parsed as a `select!` or as expressions;
    /// tokens that are neither cannot hold a way out (S6.2).
    fn lower_in_place(&mut self, mac: &mut Macro) {
        let Some(mut code) = MacroCode::parse(mac) else {
            if mentions(&mac.tokens, WAYS_OUT, true) {
                self.errors.push(syn::Error::new(
                    mac.path.span(),
                    "this macro's input is not Rust expressions, so a `return`, `break`, \
                     `continue`, `?` or `yield_!` inside it cannot be routed through the \
                     `teardown!` around it: move that code out of the macro",
                ));
            }
            return;
        };
        for expr in code.exprs_mut() {
            self.visit_expr_mut(expr);
        }
        mac.tokens = code.into_token_stream();
    }

    /// Visits a statement that is not the last of its block: a region that stands for
    /// a statement macro (`tokio::select! { .. }` without a `;`) gets the `;` that such
    /// a statement implies.
    fn visit_inner_stmt(&mut self, stmt: &mut Stmt) {
        self.visit_stmt_mut(stmt);
        if let Stmt::Expr(Expr::Verbatim(_), semi @ None) = stmt {
            *semi = Some(Default::default());
        }
    }
}

/// The ways out of a block that a macro's tokens may hold (besides `?`).
const WAYS_OUT: &[&str] = &["return", "break", "continue"];

/// Whether a macro call may wait where the lowering cannot see: the waiting macros of
/// tokio and futures (even with no `.await` in their tokens), and any macro whose
/// tokens hold an `.await` (a `yield_!` included), except those whose expansion
/// cannot move into a block: `pin!` declares bindings for the code after it, and
/// `format_args!`'s value borrows what its arguments create. Those are lowered in
/// place.
fn may_wait(mac: &Macro) -> bool {
    const WAITING: &[&str] = &["select", "select_biased", "join", "try_join"];
    const IN_PLACE: &[&str] = &["pin", "pin_mut", "format_args"];
    if WAITING.iter().any(|name| is_named(mac, name)) {
        return true;
    }
    !IN_PLACE.iter().any(|name| is_named(mac, name)) && mentions(&mac.tokens, &["await"], false)
}

/// The statements of a `teardown! { ... }` statement (already parsed by `body`). A
/// last expression that may have a value is checked to be `()` (S6.2: the error says
/// to add the `;`, or to pass an error on with `?` in try mode).
fn teardown_block(stmt: &Stmt, names: &Names, errors: &mut Errors) -> TokenStream {
    let Some((_, mac)) = teardown_of(stmt) else {
        return TokenStream::new();
    };
    let mut stmts = match Block::parse_within.parse2(mac.tokens.clone()) {
        Ok(stmts) => stmts,
        Err(error) => {
            errors.push(error);
            Vec::new()
        }
    };
    let last = stmts.pop();
    let last = match last {
        Some(Stmt::Expr(value, None)) if may_have_a_value(&value) => {
            let private = &names.private;
            let span = value.span();
            let check = located_at(quote!(#private::teardown_end), span);
            quote_spanned! {span=> #check(#value) }
        }
        other => other.into_token_stream(),
    };
    quote!(#(#stmts)* #last)
}

/// Whether the last expression of a block may have a value other than `()` that the
/// writer forgot to drop (a call, an await, a path, ...), as opposed to one that is
/// `()` or diverges by its form (`if`, `match`, a block, a loop, a macro).
fn may_have_a_value(expr: &Expr) -> bool {
    matches!(
        expr,
        Expr::Await(_)
            | Expr::Call(_)
            | Expr::MethodCall(_)
            | Expr::Path(_)
            | Expr::Field(_)
            | Expr::Index(_)
            | Expr::Lit(_)
            | Expr::Binary(_)
            | Expr::Unary(_)
            | Expr::Reference(_)
            | Expr::Cast(_)
            | Expr::Try(_)
            | Expr::Struct(_)
            | Expr::Array(_)
    )
}

/// The value in a slot that is known to hold one.
fn take_slot(slot: &Ident) -> TokenStream {
    let value = Ident::new("__ms_value", Span::mixed_site());
    quote! {
        match #slot {
            ::core::option::Option::Some(#value) => #value,
            ::core::option::Option::None => ::core::unreachable!(),
        }
    }
}

/// Whether `expr` is the hand-off of a `yield_!` (which checks the close signal itself).
fn is_yield_hand_off(expr: &Expr) -> bool {
    let Expr::Call(call) = expr else {
        return false;
    };
    let Expr::Path(path) = &*call.func else {
        return false;
    };
    let mut segments = path.path.segments.iter().rev();
    matches!(
        (segments.next(), segments.next()),
        (Some(last), Some(ty)) if ty.ident == "Yielder" && (last.ident == "yield_" || last.ident == "yield_error")
    )
}

impl VisitMut for Lowering<'_> {
    fn visit_block_mut(&mut self, block: &mut Block) {
        let at_body_end = std::mem::replace(&mut self.at_body_end, false);
        if block.stmts.iter().any(|stmt| teardown_of(stmt).is_some()) {
            self.lower_guarded_block(block, at_body_end);
            return;
        }
        let last = block.stmts.len().saturating_sub(1);
        for (index, stmt) in block.stmts.iter_mut().enumerate() {
            if index == last {
                self.visit_stmt_mut(stmt);
            } else {
                self.visit_inner_stmt(stmt);
            }
        }
    }

    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        match expr {
            // Their own control flow: nothing in them leaves the body's blocks.
            Expr::Closure(_) | Expr::Async(_) | Expr::Const(_) => {}
            Expr::ForLoop(for_loop) => {
                self.visit_expr_mut(&mut for_loop.expr);
                self.frames
                    .push(Frame::Loop(for_loop.label.as_ref().map(|l| l.name.clone())));
                self.visit_block_mut(&mut for_loop.body);
                self.frames.pop();
            }
            Expr::While(while_loop) => {
                self.frames.push(Frame::Loop(
                    while_loop.label.as_ref().map(|l| l.name.clone()),
                ));
                self.visit_expr_mut(&mut while_loop.cond);
                self.visit_block_mut(&mut while_loop.body);
                self.frames.pop();
            }
            Expr::Loop(loop_expr) => {
                self.frames.push(Frame::Loop(
                    loop_expr.label.as_ref().map(|l| l.name.clone()),
                ));
                self.visit_block_mut(&mut loop_expr.body);
                self.frames.pop();
            }
            Expr::Block(block) if block.label.is_some() => {
                let label = block
                    .label
                    .as_ref()
                    .map(|l| l.name.clone())
                    .expect("checked");
                self.frames.push(Frame::Block(label));
                self.visit_block_mut(&mut block.block);
                self.frames.pop();
            }
            Expr::Break(break_expr) => {
                if let Some(lowered) = self.lower_break(break_expr) {
                    *expr = Expr::Verbatim(lowered);
                }
            }
            Expr::Continue(continue_expr) => {
                let span = continue_expr.continue_token.span;
                let label = continue_expr.label.clone();
                if let Some(lowered) =
                    self.lower_exit(ExitKind::Continue, label.as_ref(), None, span)
                {
                    *expr = Expr::Verbatim(lowered);
                }
            }
            Expr::Return(return_expr) => {
                if let Some(lowered) = self.lower_return(return_expr) {
                    *expr = Expr::Verbatim(lowered);
                }
            }
            Expr::Try(try_expr) => {
                if let Some(lowered) = self.lower_try(try_expr) {
                    *expr = Expr::Verbatim(lowered);
                }
            }
            Expr::Await(await_expr) => {
                if let Some(lowered) = self.lower_await(await_expr) {
                    *expr = Expr::Verbatim(lowered);
                }
            }
            Expr::Macro(mac) => {
                if let Some(region) = self.lower_macro(&mut mac.mac) {
                    let attrs = &mac.attrs;
                    *expr = Expr::Verbatim(quote!(#(#attrs)* #region));
                }
            }
            Expr::Verbatim(tokens) => {
                // Generated code (a `yield_!`'s hand-off, maybe under a `#[cfg]`) is
                // lowered like the user's.
                let parser = |input: ParseStream| {
                    let attrs = input.call(syn::Attribute::parse_outer)?;
                    let expr: Expr = input.parse()?;
                    Ok((attrs, expr))
                };
                if let Ok((attrs, mut parsed)) = parser.parse2(tokens.clone()) {
                    self.visit_expr_mut(&mut parsed);
                    *tokens = quote!(#(#attrs)* #parsed);
                }
            }
            _ => visit_mut::visit_expr_mut(self, expr),
        }
    }

    fn visit_stmt_mut(&mut self, stmt: &mut Stmt) {
        match stmt {
            Stmt::Macro(mac) => {
                if let Some(region) = self.lower_macro(&mut mac.mac) {
                    let attrs = &mac.attrs;
                    let semi = mac.semi_token;
                    *stmt = Stmt::Expr(Expr::Verbatim(quote!(#(#attrs)* #region)), semi);
                }
            }
            _ => visit_mut::visit_stmt_mut(self, stmt),
        }
    }

    fn visit_item_mut(&mut self, _: &mut Item) {}
}
