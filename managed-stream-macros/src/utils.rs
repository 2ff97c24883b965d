//! Small helpers on tokens and syntax that several steps of the expansion share. A leaf:
//! it imports nothing from the rest of the crate.

use proc_macro2::{Group, Span, TokenStream, TokenTree};
use syn::{Attribute, Expr, Macro, Stmt};

/// Whether `mac` is `name!` or `some::path::name!`.
pub(crate) fn is_named(mac: &Macro, name: &str) -> bool {
    mac.path
        .segments
        .last()
        .is_some_and(|last| last.ident == name)
}

/// Whether `mac` is a nested stream expression, whose `yield_!`s and ways out are its
/// own (like a nested `#[managed_stream]` fn's).
pub(crate) fn is_nested_stream(mac: &Macro) -> bool {
    is_named(mac, "stream") || is_named(mac, "try_stream")
}

/// `teardown! { ... }` as a statement, if `stmt` is one, with its attributes (as the
/// user wrote it, or as `body` leaves it for `lower`: a `Stmt::Macro`).
pub(crate) fn teardown_of(stmt: &Stmt) -> Option<(&[Attribute], &Macro)> {
    match stmt {
        Stmt::Macro(stmt) if is_named(&stmt.mac, "teardown") => Some((&stmt.attrs, &stmt.mac)),
        Stmt::Expr(Expr::Macro(expr), _) if is_named(&expr.mac, "teardown") => {
            Some((&expr.attrs, &expr.mac))
        }
        _ => None,
    }
}

/// Whether `tokens` (searched recursively) hold one of `words`, or a `?` when
/// `question` is set.
pub(crate) fn mentions(tokens: &TokenStream, words: &[&str], question: bool) -> bool {
    tokens.clone().into_iter().any(|tree| match tree {
        TokenTree::Ident(ident) => words.iter().any(|word| ident == word),
        TokenTree::Punct(punct) => question && punct.as_char() == '?',
        TokenTree::Group(group) => mentions(&group.stream(), words, question),
        TokenTree::Literal(_) => false,
    })
}

/// `tokens`, reported at `span` (hygiene unchanged): errors about a generated `break`
/// then point at the user's `yield_!`.
pub(crate) fn located_at(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tree| {
            if let TokenTree::Group(group) = &tree {
                let mut group = Group::new(group.delimiter(), located_at(group.stream(), span));
                group.set_span(span);
                tree = TokenTree::Group(group);
            }
            tree.set_span(tree.span().located_at(span));
            tree
        })
        .collect()
}
