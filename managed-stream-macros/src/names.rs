//! How the generated code spells the runtime and the body's locals, shared by every
//! step of the expansion (`body`, `lower`, `expand`, `inline`).

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// How the generated code spells the runtime and the body's locals.
pub(crate) struct Names {
    /// Path of the runtime's `__private` module.
    pub(crate) private: TokenStream,
    /// The body's `Yielder` (mixed-site: invisible to user code).
    pub(crate) yielder: Ident,
    /// The expression a region evaluates to when it ends without error: nothing (a
    /// unit block), or `done::<Result<(), E>>()` in try mode.
    pub(crate) done: TokenStream,
    /// Whether the item type is a `Result` (S2.7).
    pub(crate) try_mode: bool,
    /// Try mode is off by `#[managed_stream(try = false)]`.
    pub(crate) try_off: bool,
    /// The item type could not be named (an error was reported): `yield_!` evaluates
    /// its argument and drops it, so that no further errors follow.
    pub(crate) discard_yields: bool,
    /// The body is a `stream! { ... }` expression, not an attributed fn's.
    pub(crate) inline: bool,
}

/// The body's label, which every `yield_!` names in a dead `break`: a `yield_!` that
/// another macro moves into a closure or an `async` block cannot reach it, and rustc's
/// error names the label, so the name says what is wrong (S6.2): "use of unreachable
/// label `'yield_must_stay_in_the_stream_body`" (mixed-site: user labels never clash
/// with it).
pub(crate) const BODY_LABEL: &str = "'yield_must_stay_in_the_stream_body";

/// The user's statements as the end of a region or teardown, evaluating to the body
/// output. A body that ends in an endless `loop` must not warn about generated code
/// after it: in plain mode the user's block is the value itself; in try mode rustc
/// reports unreachable code once per block, at the first unreachable statement, which
/// is the generated `let` that allows it.
pub(crate) fn ending(stmts: TokenStream, names: &Names) -> TokenStream {
    if !names.try_mode {
        return quote! { { #stmts } };
    }
    let done = &names.done;
    let value = Ident::new("__ms_done", Span::mixed_site());
    quote! {
        { #stmts }
        #[allow(unreachable_code)]
        let #value = #done;
        #value
    }
}
