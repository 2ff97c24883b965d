//! The body: rewrite every `yield_!` (also inside other macros' tokens, such as
//! `tokio::select!` arms) into an await on the stream's hand-off, check every
//! `teardown!`, then hand the block to [`lower`](crate::lower), which lowers the
//! teardowns into the body's one coroutine. Misplaced `yield_!`, `teardown!` and
//! `return value`, a `?` outside try mode and a bare `yield` become errors spanned on
//! the user's tokens. `#[cfg]` on a `teardown!` or `yield_!` statement is kept.

use proc_macro2::{Delimiter, Group, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote, quote_spanned};
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::visit_mut::{self, VisitMut};
use syn::{Attribute, Block, Expr, Item, Lifetime, Macro, Stmt, Token};

use crate::errors::Errors;
use crate::lower;
use crate::macro_code::MacroCode;
use crate::names::{BODY_LABEL, Names, ending};
use crate::utils::{is_named, is_nested_stream, located_at, mentions, teardown_of};

/// A body after analysis and lowering.
pub(crate) struct SplitBody {
    stmts: Vec<Stmt>,
    /// The label a `yield_!` breaks out of on close (outside every guarded block).
    label: Lifetime,
    label_used: bool,
    /// The paths through which the body named `yield_!` and `teardown!`, as written.
    macro_paths: Vec<TokenStream>,
}

/// Rewrites `block` and lowers its `teardown!`s (see `lower`). Misuse is reported to
/// `errors`; the result is still usable, with each bad piece replaced, so that the
/// generated items keep compiling.
pub(crate) fn analyse(block: Block, names: &Names, errors: &mut Errors) -> SplitBody {
    let label = Lifetime::new(BODY_LABEL, Span::mixed_site());
    let mut rewriter = Rewriter::new(names, Boundary::Body, errors);
    rewriter.label = Some(label.clone());
    let mut block = block;
    for stmt in &mut block.stmts {
        rewriter.visit_stmt_mut(stmt);
    }
    let label_used = rewriter.label_used;
    let mut macro_paths = std::mem::take(&mut rewriter.macro_paths);
    // Without a `teardown!` there is no guard, and lowering changes nothing: every way
    // out it rewrites is one that crosses a guard (compile time, issue 20).
    if rewriter.teardowns {
        lower::lower(&mut block, names, errors);
    }
    let mut seen = Vec::new();
    macro_paths.retain(|path| {
        let key = path.to_string();
        let new = !seen.contains(&key);
        seen.push(key);
        new
    });
    SplitBody {
        stmts: block.stmts,
        label,
        label_used,
        macro_paths,
    }
}

impl SplitBody {
    /// The body's code, after the macro uses (see DESIGN-NOTES.md, "The shape of the
    /// expansion", and `lower`).
    pub(crate) fn expand(&self, names: &Names) -> TokenStream {
        let stmts = &self.stmts;
        let content = ending(quote!(#(#stmts)*), names);
        let body = if self.label_used {
            let label = &self.label;
            quote! {
                #[allow(unused_labels)]
                #label: { #content }
            }
        } else {
            quote! { { #content } }
        };
        // Name each macro once through the user's own path, so that their
        // `use managed_stream::{teardown, yield_};` counts as used; the macros expand to
        // nothing for this input.
        let paths = &self.macro_paths;
        quote! {
            #(#paths!(@__managed_stream_used);)*
            #body
        }
    }
}

/// The `#[cfg]`s among the attributes of a `teardown!` or `yield_!` statement. Any other
/// attribute there is an error (S6.2): the macro's expansion is not one statement that
/// it could stand on.
fn cfg_attributes(attrs: &[Attribute], what: &str, errors: &mut Errors) -> Vec<Attribute> {
    let mut cfgs = Vec::new();
    for attr in attrs {
        if attr.path().is_ident("cfg") {
            cfgs.push(attr.clone());
        } else {
            errors.push(syn::Error::new_spanned(
                attr,
                format!(
                    "only `#[cfg(...)]` can stand on a `{what}` statement: remove this \
                     attribute (lint levels such as `#[allow(...)]` go on the fn, or on the \
                     statements that need them)"
                ),
            ));
        }
    }
    cfgs
}

fn parse_teardown(mac: &Macro, errors: &mut Errors) -> Block {
    match Block::parse_within.parse2(mac.tokens.clone()) {
        Ok(stmts) => Block {
            brace_token: Default::default(),
            stmts,
        },
        Err(error) => {
            errors.push(error);
            Block {
                brace_token: Default::default(),
                stmts: Vec::new(),
            }
        }
    }
}

/// The nearest construct around the code being visited that `yield_!` cannot cross.
#[derive(Clone, Copy, PartialEq)]
enum Boundary {
    /// The stream's own body: `yield_!` is allowed.
    Body,
    Teardown,
    Closure,
    AsyncBlock,
    Item,
}

impl Boundary {
    fn yield_error(self) -> Option<&'static str> {
        Some(match self {
            Boundary::Body => return None,
            Boundary::Teardown => {
                "`yield_!` cannot be used inside `teardown!`: the stream is ending when a \
                 teardown runs, and its consumer takes no more items. Yield before the \
                 teardown runs"
            }
            Boundary::Closure => {
                "`yield_!` cannot be used inside a closure: the closure may run outside the \
                 stream's body. Yield from the body itself (for example, loop over the \
                 values with `for` instead of a closure)"
            }
            Boundary::AsyncBlock => {
                "`yield_!` cannot be used inside a nested `async` block: the block may run \
                 outside the stream's body. Await its result in the body and yield there"
            }
            Boundary::Item => {
                "`yield_!` cannot be used inside a nested fn or item: only the \
                 `#[managed_stream]` fn's own body can yield"
            }
        })
    }

    /// Whether `return` here leaves a region or teardown of the body (and not a
    /// closure, nested async block or nested fn).
    fn returns_from_body(self) -> bool {
        matches!(self, Boundary::Body | Boundary::Teardown)
    }
}

impl Boundary {
    /// Why a `teardown!` statement cannot stand here, if it cannot (S2.5, S6.2).
    fn teardown_error(self) -> Option<&'static str> {
        Some(match self {
            Boundary::Body => return None,
            Boundary::Teardown => {
                "`teardown!` cannot be used inside another `teardown!`: a teardown runs \
                 once, as its block ends. Register both in the body, one after the other \
                 (they run in reverse order)"
            }
            Boundary::Closure => {
                "`teardown!` cannot be used inside a closure: the closure may run outside \
                 the stream's body. Register the teardown in the body itself"
            }
            Boundary::AsyncBlock => {
                "`teardown!` cannot be used inside a nested `async` block: the block may run \
                 outside the stream's body. Register the teardown in the body itself"
            }
            Boundary::Item => {
                "`teardown!` cannot be used inside a nested fn or item: only the \
                 `#[managed_stream]` fn's own body can register teardowns"
            }
        })
    }
}

/// `teardown!` where it is not a statement of a block.
const TEARDOWN_NOT_A_STATEMENT: &str = "`teardown!` must be a statement of a block in the \
     body: it guards the rest of that block. Write it as a statement, `teardown! { ... }`";

/// `teardown!` inside another macro's tokens.
const TEARDOWN_IN_MACRO: &str = "`teardown!` cannot be used inside another macro's input: \
     it guards the rest of its block, which the macro's expansion hides. Move it out of \
     the macro";

/// A loop or labelled block inside the teardown being rewritten: what a `break` or
/// `continue` there may target without leaving the teardown.
struct TeardownScope {
    label: Option<String>,
    is_loop: bool,
}

/// Why a way out of a teardown is an error (S2.5, S6.2).
const TEARDOWN_CONTROL_FLOW: &str = "a teardown cannot change the body's control flow: it \
     runs while the body leaves its block, and that way out would leave the `teardown!` \
     block itself. Decide before the teardown (in the block it guards); to end the \
     teardown early, put the rest of it in an `if`";

/// Rewrites `yield_!` and `return` in one region or teardown, and reports misuse.
struct Rewriter<'a> {
    names: &'a Names,
    boundary: Boundary,
    /// Inside a teardown: its loops and labelled blocks, innermost last.
    teardown_scopes: Vec<TeardownScope>,
    /// The label of the region being rewritten (`None` in a teardown).
    label: Option<Lifetime>,
    label_used: bool,
    macro_paths: Vec<TokenStream>,
    /// Whether a `teardown!` was rewritten for `lower` to lower.
    teardowns: bool,
    errors: &'a mut Errors,
}

impl<'a> Rewriter<'a> {
    fn new(names: &'a Names, boundary: Boundary, errors: &'a mut Errors) -> Self {
        Self {
            names,
            boundary,
            teardown_scopes: Vec::new(),
            label: None,
            label_used: false,
            macro_paths: Vec::new(),
            teardowns: false,
            errors,
        }
    }

    fn within(&mut self, boundary: Boundary, visit: impl FnOnce(&mut Self)) {
        let outer = std::mem::replace(&mut self.boundary, boundary);
        visit(self);
        self.boundary = outer;
    }

    /// Checks and rewrites a `teardown! { ... }` statement; `lower` lowers it later.
    fn rewrite_teardown(&mut self, attrs: &[Attribute], mac: &Macro) -> Stmt {
        let path = &mac.path;
        let cfgs = cfg_attributes(attrs, "teardown!", self.errors);
        self.macro_paths.push(quote!(#(#cfgs)* #path));
        if let Some(message) = self.boundary.teardown_error() {
            let error = self.error(syn::Error::new(path.span(), message));
            return Stmt::Expr(Expr::Verbatim(error), Some(Default::default()));
        }
        self.teardowns = true;
        let mut block = parse_teardown(mac, self.errors);
        let outer_scopes = std::mem::take(&mut self.teardown_scopes);
        self.within(Boundary::Teardown, |v| v.visit_block_mut(&mut block));
        self.teardown_scopes = outer_scopes;
        let stmts = &block.stmts;
        Stmt::Macro(syn::StmtMacro {
            attrs: cfgs,
            mac: Macro {
                path: mac.path.clone(),
                bang_token: mac.bang_token,
                delimiter: syn::MacroDelimiter::Brace(Default::default()),
                tokens: quote!(#(#stmts)*),
            },
            semi_token: None,
        })
    }

    /// Visits a loop or labelled block inside a teardown, as a scope that its `break`s
    /// and `continue`s may target.
    fn within_teardown_scope(&mut self, scope: TeardownScope, expr: &mut Expr) {
        self.teardown_scopes.push(scope);
        visit_mut::visit_expr_mut(self, expr);
        self.teardown_scopes.pop();
    }

    /// Whether a `break` (`is_continue` false) or `continue` with `label` stays inside
    /// the teardown being rewritten.
    fn stays_in_teardown(&self, label: Option<&Lifetime>, is_continue: bool) -> bool {
        let label = label.map(|label| label.ident.to_string());
        self.teardown_scopes.iter().any(|scope| match &label {
            None => scope.is_loop,
            Some(label) => scope.label.as_ref() == Some(label) && (scope.is_loop || !is_continue),
        })
    }

    /// Reports a way out of a teardown (S6.2), spanned on its keyword.
    fn teardown_way_out(&mut self, keyword: &str, span: Span) -> Expr {
        let message = format!("`{keyword}` inside `teardown!`: {TEARDOWN_CONTROL_FLOW}");
        Expr::Verbatim(self.error(syn::Error::new(span, message)))
    }

    /// `yield_!(item)` in the body (S2.4): its hand-off, `#[cfg]`s kept (S6.2).
    fn rewrite_yield(&mut self, mac: &syn::ExprMacro) -> Expr {
        let path = &mac.mac.path;
        let cfgs = cfg_attributes(&mac.attrs, "yield_!", self.errors);
        self.macro_paths.push(quote!(#(#cfgs)* #path));
        let span = mac.mac.path.span();
        let delimiter = mac.mac.delimiter.span().join();
        let expansion = self.expand_yield(span, delimiter, mac.mac.tokens.clone());
        // `#[cfg(..)] yield_!(x);` (S6.2): the `#[cfg]` stays on the statement.
        Expr::Verbatim(quote!(#(#cfgs)* #expansion))
    }

    /// The unstable `yield` keyword (S2.4): an error that says to write `yield_!`.
    fn reject_bare_yield(&mut self, bare: &syn::ExprYield) -> Expr {
        let message = self.boundary.yield_error().unwrap_or(
            "a managed stream hands out its items with `yield_!`, not the unstable \
             `yield`: write `yield_!(item)`",
        );
        let error = syn::Error::new(bare.yield_token.span, message);
        let tokens = bare.expr.as_ref().map(|value| {
            let mut value = (**value).clone();
            self.visit_expr_mut(&mut value);
            value.into_token_stream()
        });
        Expr::Verbatim(self.rejected_yield(error, tokens.unwrap_or_default()))
    }

    /// A `?` outside try mode (S2.7): an error that says how to turn try mode on; the
    /// operand is kept so that the code around it still type-checks.
    fn reject_question_mark(&mut self, question: &mut syn::ExprTry) -> Expr {
        self.visit_expr_mut(&mut question.expr);
        let message = if self.names.inline {
            "`?` needs try mode: write `try_stream! { ... }`, whose items are \
             `Result<T, E>` (a failing `?` then ends the stream with `Err(e)` as \
             its last item)"
        } else if self.names.try_off {
            "`?` needs try mode, which `#[managed_stream(try = false)]` turns off: \
             remove `try = false` to use `?` with a `Result` item type"
        } else {
            "`?` needs try mode, and the item type is not written as a `Result`. \
             Declare it as `Result<T, E>` (a failing `?` then ends the stream with \
             `Err(e)` as its last item), or, when it is a `Result` under another \
             name, turn try mode on with `#[managed_stream(try)]`"
        };
        let error = syn::Error::new(question.question_token.span, message);
        let span = error.span();
        self.errors.push(error);
        Expr::Verbatim(unwrap_for_recovery(&question.expr, span))
    }

    /// The code for `yield_!(tokens)`, or an error expression.
    fn expand_yield(
        &mut self,
        mac_span: Span,
        delimiter_span: Span,
        tokens: TokenStream,
    ) -> TokenStream {
        if let Some(message) = self.boundary.yield_error() {
            return self.rejected_yield(syn::Error::new(mac_span, message), tokens);
        }
        let args = match Punctuated::<Expr, Token![,]>::parse_terminated.parse2(tokens.clone()) {
            Ok(args) => args,
            Err(error) => return self.error(error),
        };
        if args.len() != 1 {
            let span = match args.iter().nth(1) {
                Some(extra) => extra.span(),
                None => delimiter_span,
            };
            let message = match args.len() {
                0 => "`yield_!` needs the item to hand out, as in `yield_!(item)`".to_owned(),
                n => format!(
                    "`yield_!` takes exactly one item, as in `yield_!(item)`; it was given {n}. \
                     To hand out several, use one `yield_!` each, or a tuple"
                ),
            };
            return self.rejected_yield(syn::Error::new(span, message), tokens);
        }
        let mut item = args.into_iter().next().expect("one argument");
        self.visit_expr_mut(&mut item);
        if self.names.discard_yields {
            return quote_spanned! {mac_span=> { let _ = #item; } };
        }
        let private = &self.names.private;
        // The yielder, reported at the `yield_!` (same hygiene), for errors such as a
        // `yield_!` that another macro moves out of the body.
        let mut yielder = self.names.yielder.clone();
        yielder.set_span(yielder.span().located_at(mac_span));
        let done = located_at(self.names.done.clone(), mac_span);
        let mut label = self.label.clone().expect("a region has a label");
        label
            .ident
            .set_span(label.ident.span().located_at(mac_span));
        label.apostrophe = label.apostrophe.located_at(mac_span);
        self.label_used = true;
        // On close, `return` leaves the body through its teardowns (S3.2): `lower`
        // routes it through every guarded block it crosses. The dead `break 'label`
        // names the body's label, which cannot be reached across a closure or async
        // block, so a `yield_!` that another macro moves into one fails to compile
        // (async-stream#106). Generated tokens are reported at the `yield_!` but marked
        // as macro output, so that lints (clippy's too) treat them as generated code.
        let span = Span::mixed_site().located_at(mac_span);
        quote_spanned! {span=>
            {
                match #private::Yielder::yield_(#yielder, #item).await {
                    #private::Resume::Continue => {}
                    #private::Resume::Leave => {
                        if false {
                            break #label #done;
                        }
                        return #done;
                    }
                }
            }
        }
    }

    /// Reports a misplaced or malformed `yield_!`, keeping its argument in the output so
    /// that the variables it uses do not warn as unused.
    fn rejected_yield(&mut self, error: syn::Error, tokens: TokenStream) -> TokenStream {
        let span = error.span();
        self.errors.push(error);
        if tokens.is_empty() {
            return quote_spanned! {span=> () };
        }
        quote_spanned! {span=> { let _ = (#tokens,); } }
    }

    fn error(&mut self, error: syn::Error) -> TokenStream {
        let span = error.span();
        self.errors.push(error);
        quote_spanned! {span=> () }
    }

    /// Rewrites a macro's tokens as code, when they parse as a `select!` or as
    /// expressions: a `return` in them is then the body's (`return;` in try mode,
    /// S2.6, S2.7), checked like any other. Returns whether they parsed.
    fn rewrite_parsed(&mut self, mac: &mut Macro) -> bool {
        let Some(mut code) = MacroCode::parse(mac) else {
            return false;
        };
        for expr in code.exprs_mut() {
            self.visit_expr_mut(expr);
        }
        mac.tokens = code.into_token_stream();
        true
    }

    /// Rewrites `yield_!` inside another macro's tokens, which syn cannot parse as code
    /// (for example `tokio::select!` arms). Nested groups are searched too.
    fn rewrite_tokens(&mut self, tokens: TokenStream) -> TokenStream {
        let mut out: Vec<TokenTree> = Vec::new();
        let mut iter = tokens.into_iter().peekable();
        while let Some(tree) = iter.next() {
            match tree {
                TokenTree::Ident(ident) if ident == "yield_" || ident == "teardown" => {
                    let is_call =
                        matches!(iter.peek(), Some(TokenTree::Punct(p)) if p.as_char() == '!');
                    if !is_call {
                        out.push(TokenTree::Ident(ident));
                        continue;
                    }
                    let bang = iter.next().expect("peeked");
                    let Some(TokenTree::Group(group)) =
                        iter.next_if(|t| matches!(t, TokenTree::Group(_)))
                    else {
                        out.push(TokenTree::Ident(ident));
                        out.push(bang);
                        continue;
                    };
                    let mut path = strip_path_prefix(&mut out);
                    path.push(TokenTree::Ident(ident.clone()));
                    self.macro_paths.push(path.into_iter().collect());
                    let expansion = if ident == "yield_" {
                        self.expand_yield(ident.span(), group.delim_span().join(), group.stream())
                    } else {
                        // A block, not `()`: the macro's input may go on after it, as
                        // after a statement.
                        let span = ident.span();
                        self.errors.push(syn::Error::new(span, TEARDOWN_IN_MACRO));
                        quote_spanned! {span=> {} }
                    };
                    out.push(TokenTree::Group(Group::new(Delimiter::None, expansion)));
                }
                TokenTree::Group(group) => {
                    let mut rewritten =
                        Group::new(group.delimiter(), self.rewrite_tokens(group.stream()));
                    rewritten.set_span(group.span());
                    out.push(TokenTree::Group(rewritten));
                }
                other => out.push(other),
            }
        }
        out.into_iter().collect()
    }
}

/// Stands for `operand?` once that `?` was reported: it has the type `operand?` would
/// have (`T` of a `Result<T, _>` or an `Option<T>`), so that no type error follows.
fn unwrap_for_recovery(operand: &Expr, span: Span) -> TokenStream {
    let span = Span::mixed_site().located_at(span);
    quote_spanned! {span=>
        {
            trait __MsUnwrap {
                type Output;
                fn __ms_unwrap(self) -> Self::Output;
            }
            impl<T, E> __MsUnwrap for ::core::result::Result<T, E> {
                type Output = T;
                fn __ms_unwrap(self) -> T {
                    ::core::unreachable!()
                }
            }
            impl<T> __MsUnwrap for ::core::option::Option<T> {
                type Output = T;
                fn __ms_unwrap(self) -> T {
                    ::core::unreachable!()
                }
            }
            __MsUnwrap::__ms_unwrap(#operand)
        }
    }
}

/// Removes and returns a `path::to::` prefix just pushed before a macro name, such as
/// the `managed_stream::` of `managed_stream::yield_!(x)`.
fn strip_path_prefix(out: &mut Vec<TokenTree>) -> Vec<TokenTree> {
    let mut start = out.len();
    loop {
        let ends_with_colons = start >= 2
            && matches!(&out[start - 1], TokenTree::Punct(p) if p.as_char() == ':')
            && matches!(&out[start - 2], TokenTree::Punct(p) if p.as_char() == ':');
        if !ends_with_colons {
            return out.split_off(start);
        }
        start -= 2;
        if start > 0 && matches!(out[start - 1], TokenTree::Ident(_)) {
            start -= 1;
        }
    }
}

impl VisitMut for Rewriter<'_> {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        match expr {
            Expr::Macro(mac) if is_named(&mac.mac, "yield_") => {
                *expr = self.rewrite_yield(mac);
            }
            Expr::Macro(mac) if is_named(&mac.mac, "teardown") => {
                let path = &mac.mac.path;
                self.macro_paths.push(quote!(#path));
                *expr = Expr::Verbatim(self.error(syn::Error::new(
                    mac.mac.path.span(),
                    TEARDOWN_NOT_A_STATEMENT,
                )));
            }
            Expr::Closure(_) => {
                self.within(Boundary::Closure, |v| visit_mut::visit_expr_mut(v, expr))
            }
            // S2.5, S6.2: a teardown's own loops and labelled blocks, and the ways out
            // that would leave it.
            Expr::ForLoop(_) | Expr::While(_) | Expr::Loop(_) | Expr::Block(_)
                if self.boundary == Boundary::Teardown =>
            {
                let (label, is_loop) = match &*expr {
                    Expr::ForLoop(e) => (e.label.as_ref(), true),
                    Expr::While(e) => (e.label.as_ref(), true),
                    Expr::Loop(e) => (e.label.as_ref(), true),
                    Expr::Block(e) => (e.label.as_ref(), false),
                    _ => unreachable!("matched above"),
                };
                let scope = TeardownScope {
                    label: label.map(|label| label.name.ident.to_string()),
                    is_loop,
                };
                self.within_teardown_scope(scope, expr);
            }
            Expr::Break(way_out)
                if self.boundary == Boundary::Teardown
                    && !self.stays_in_teardown(way_out.label.as_ref(), false) =>
            {
                *expr = self.teardown_way_out("break", way_out.break_token.span);
            }
            Expr::Continue(way_out)
                if self.boundary == Boundary::Teardown
                    && !self.stays_in_teardown(way_out.label.as_ref(), true) =>
            {
                *expr = self.teardown_way_out("continue", way_out.continue_token.span);
            }
            Expr::Return(way_out) if self.boundary == Boundary::Teardown => {
                *expr = self.teardown_way_out("return", way_out.return_token.span);
            }
            Expr::Async(_) => {
                self.within(Boundary::AsyncBlock, |v| visit_mut::visit_expr_mut(v, expr))
            }
            // S2.4: the unstable `yield` keyword.
            Expr::Yield(bare) if self.boundary.returns_from_body() => {
                *expr = self.reject_bare_yield(bare);
            }
            // S2.7: `?` needs try mode, where the body evaluates to a `Result`.
            Expr::Try(question) if self.boundary.returns_from_body() && !self.names.try_mode => {
                *expr = self.reject_question_mark(question);
            }
            Expr::Return(ret) if self.boundary.returns_from_body() => {
                match &ret.expr {
                    Some(value) if !self.names.try_mode => {
                        let error = syn::Error::new(
                            value.span(),
                            "a managed stream's body does not return a value: items are \
                             handed out with `yield_!`. Write `yield_!(value); return;`",
                        );
                        *expr = Expr::Verbatim(self.error(error));
                        return;
                    }
                    // Try mode: the body evaluates to `Result<(), E>` (S2.7, S2.6).
                    None if self.names.try_mode => {
                        let done = &self.names.done;
                        let span = ret.return_token.span;
                        *expr = Expr::Verbatim(quote_spanned! {span=> return #done });
                        return;
                    }
                    _ => {}
                }
                visit_mut::visit_expr_mut(self, expr);
            }
            _ => visit_mut::visit_expr_mut(self, expr),
        }
    }

    fn visit_stmt_mut(&mut self, stmt: &mut Stmt) {
        if let Some((attrs, mac)) = teardown_of(stmt) {
            let (attrs, mac) = (attrs.to_vec(), mac.clone());
            *stmt = self.rewrite_teardown(&attrs, &mac);
            return;
        }
        if let Stmt::Macro(mac) = stmt {
            if is_named(&mac.mac, "yield_") || is_named(&mac.mac, "teardown") {
                let semi = mac.semi_token;
                let mut expr = Expr::Macro(syn::ExprMacro {
                    attrs: std::mem::take(&mut mac.attrs),
                    mac: mac.mac.clone(),
                });
                self.visit_expr_mut(&mut expr);
                *stmt = Stmt::Expr(expr, semi.or_else(|| Some(Default::default())));
                return;
            }
        }
        visit_mut::visit_stmt_mut(self, stmt);
    }

    fn visit_item_mut(&mut self, item: &mut Item) {
        // A nested `#[managed_stream]` fn yields its own items: its attribute expands it.
        if let Item::Fn(function) = item {
            let is_managed = function.attrs.iter().any(|attr| {
                attr.path()
                    .segments
                    .last()
                    .is_some_and(|last| last.ident == "managed_stream")
            });
            if is_managed {
                return;
            }
        }
        self.within(Boundary::Item, |v| visit_mut::visit_item_mut(v, item));
    }

    fn visit_macro_mut(&mut self, mac: &mut Macro) {
        if is_nested_stream(mac) {
            return;
        }
        if mentions(&mac.tokens, &["return"], false) && self.rewrite_parsed(mac) {
            return;
        }
        mac.tokens = self.rewrite_tokens(std::mem::take(&mut mac.tokens));
    }
}
