//! The expression form, `stream! { ... }` and `try_stream! { ... }`:
//! the same body as an attributed fn's (`yield_!`, `teardown!` in any block, `?` in try
//! mode), checked and lowered by [`body`](crate::body), built into the runtime's
//! `ManagedBox`. The item type is inferred from the `yield_!`s, or from where the
//! stream is used.

use proc_macro2::{Delimiter, Ident, Span, TokenStream, TokenTree};
use quote::quote;
use syn::parse::Parser;
use syn::{Block, Stmt};

use crate::body;
use crate::errors::Errors;
use crate::names::Names;

/// Expands `($crate) body` of `stream!` (`try_mode` false) or `try_stream!`: the
/// runtime's `macro_rules!` wrapper passes its own path, so that the runtime is found
/// under a renamed dependency, as `async_stream` does.
pub(crate) fn expand(input: TokenStream, try_mode: bool) -> TokenStream {
    let mut errors = Errors::default();
    let (krate, input) = split_crate_path(input);
    let stmts = match Block::parse_within.parse2(input) {
        Ok(stmts) => stmts,
        Err(error) => {
            errors.push(error);
            Vec::<Stmt>::new()
        }
    };
    let private = quote!(#krate::__private);
    let yielder = Ident::new("__ms_yielder", Span::mixed_site());
    let names = Names {
        // Typed by the yielder: no item type is written here to name it by.
        done: if try_mode {
            quote!(#private::done_for(#yielder))
        } else {
            TokenStream::new()
        },
        private: private.clone(),
        yielder: yielder.clone(),
        try_mode,
        try_off: false,
        discard_yields: false,
        inline: true,
    };
    let block = Block {
        brace_token: Default::default(),
        stmts,
    };
    let body = body::analyse(block, &names, &mut errors).expand(&names);
    let constructor = if try_mode {
        quote!(inline_try_send)
    } else {
        quote!(inline_send)
    };
    let errors = errors.to_compile_errors();
    // The constructors are `unsafe fn`s (the runtime's `raw.rs`, invariant 4: the
    // `Yielder` stays in the body); the body is built outside the `unsafe` block, which
    // has the macro's span, so that `#![forbid(unsafe_code)]` accepts it.
    let make_body = Ident::new("__ms_make_body", Span::mixed_site());
    quote! {
        {
            #errors
            let #make_body = move |#yielder| async move { #body };
            unsafe { #private::#constructor(#make_body) }
        }
    }
}

/// Splits the `($crate)` group that the runtime's wrapper puts first from the body.
/// Without one (the proc macro called directly), the runtime is `::managed_stream`.
fn split_crate_path(input: TokenStream) -> (TokenStream, TokenStream) {
    let mut tokens = input.clone().into_iter();
    match tokens.next() {
        Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Parenthesis => {
            (group.stream(), tokens.collect())
        }
        _ => (quote!(::managed_stream), input),
    }
}
