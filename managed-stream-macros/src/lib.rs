//! The `#[managed_stream]` attribute. An implementation detail of the `managed-stream`
//! crate: depend on that crate, which re-exports the attribute and provides the
//! runtime the generated code needs.
//!
//! The expansion, in the order the code runs: [`args`] reads the options, [`signature`]
//! the fn's arguments, item type and generics, [`body`] splits the body at its
//! `teardown!`s and rewrites `yield_!`, and [`expand`] writes the fn, the struct and
//! its impls.

#![forbid(unsafe_code)]

mod args;
mod body;
mod errors;
mod expand;
mod inline;
mod lower;
mod signature;
#[cfg(test)]
mod snapshot;

use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use quote::quote;
use syn::spanned::Spanned;
use syn::{Attribute, Item, Signature};

use crate::args::Options;
use crate::errors::Errors;

/// Turns a generator-style `async fn` into a managed stream. See the `managed-stream`
/// crate for documentation.
#[proc_macro_attribute]
pub fn managed_stream(args: TokenStream, input: TokenStream) -> TokenStream {
    expand_attribute(args.into(), input.into()).into()
}

/// The attribute on `proc_macro2` tokens, so that tests can expand it.
fn expand_attribute(args: TokenStream2, input: TokenStream2) -> TokenStream2 {
    let mut errors = Errors::default();
    let options = Options::parse(args, &mut errors);
    let mut function = match syn::parse2::<Item>(input.clone()) {
        Ok(Item::Fn(function)) => function,
        Ok(item) => {
            errors.push(syn::Error::new(
                item_keyword_span(&item),
                "`#[managed_stream]` goes on an `async fn` whose body yields the stream's \
                 items with `yield_!`",
            ));
            return with_errors(input, &errors);
        }
        // Not an item at all (e.g. unparsable code): let rustc report the syntax error.
        Err(error) => {
            errors.push(error);
            return with_errors(input, &errors);
        }
    };
    reject_repeated_attribute(&mut function.attrs, &mut errors);
    reject_qualifiers(&mut function.sig, &mut errors);
    if function.sig.asyncness.is_none() {
        errors.push(syn::Error::new(
            function.sig.fn_token.span,
            "`#[managed_stream]` goes on an `async fn`: write `async fn`",
        ));
        // Expand as if `async` were written, so that the body's `yield_!`s and the
        // call sites do not report errors of their own.
        function.sig.asyncness = Some(Default::default());
    }
    let expanded = expand::expand(&options, function, &mut errors);
    with_errors(expanded, &errors)
}

/// Reports a second `#[managed_stream]` on the fn (S6.2) and removes it: expanding the
/// generated fn again would only add confusing errors.
fn reject_repeated_attribute(attrs: &mut Vec<Attribute>, errors: &mut Errors) {
    attrs.retain(|attr| {
        let repeated = attr
            .path()
            .segments
            .last()
            .is_some_and(|last| last.ident == "managed_stream");
        if repeated {
            errors.push(syn::Error::new_spanned(
                attr,
                "`#[managed_stream]` is written twice on this fn: remove one (options go \
                 in one attribute: `#[managed_stream(name = StructName, ?Send)]`)",
            ));
        }
        !repeated
    });
}

/// Reports what the generated fn cannot keep (S6.2): an ABI (it returns a Rust struct
/// and is not `async`) and `const` (a stream is built at run time).
fn reject_qualifiers(sig: &mut Signature, errors: &mut Errors) {
    if let Some(abi) = sig.abi.take() {
        errors.push(syn::Error::new_spanned(
            abi,
            "a `#[managed_stream]` fn cannot have an ABI: it returns a Rust struct. Remove \
             the `extern`, or call the stream from a separate `extern` fn",
        ));
    }
    if let Some(constness) = sig.constness.take() {
        errors.push(syn::Error::new(
            constness.span,
            "a `#[managed_stream]` fn cannot be `const`: its stream runs at run time. \
             Remove the `const`",
        ));
    }
}

/// The tokens, plus one `compile_error!` per error: on bad input the user's item is
/// still emitted (S6.1), so that rust-analyzer keeps completing inside it.
fn with_errors(tokens: TokenStream2, errors: &Errors) -> TokenStream2 {
    let errors = errors.to_compile_errors();
    quote!(#tokens #errors)
}

/// The span of the keyword that says what kind of item this is (`struct`, `impl`, ...).
fn item_keyword_span(item: &Item) -> proc_macro2::Span {
    match item {
        Item::Struct(item) => item.struct_token.span,
        Item::Enum(item) => item.enum_token.span,
        Item::Impl(item) => item.impl_token.span,
        Item::Trait(item) => item.trait_token.span,
        Item::Mod(item) => item.mod_token.span,
        Item::Const(item) => item.const_token.span,
        Item::Static(item) => item.static_token.span,
        Item::Type(item) => item.type_token.span,
        Item::Use(item) => item.use_token.span,
        other => other.span(),
    }
}

/// A managed stream as an expression, like `async_stream::stream!`: the body of a
/// `#[managed_stream]` fn (`yield_!`, `teardown!`, `close()`, `cancel()`, the drop
/// check), returning a `ManagedBox`. The item type comes from the `yield_!`s or from
/// where the stream is used; the body must be `Send`. See the `managed-stream` crate.
#[proc_macro]
pub fn stream(input: TokenStream) -> TokenStream {
    inline::expand(input.into(), false).into()
}

/// [`stream!`] in try mode (S2.7): items are `Result<T, E>`, the body may use `?`,
/// `close()` returns `Result<(), E>`. See the `managed-stream` crate.
#[proc_macro]
pub fn try_stream(input: TokenStream) -> TokenStream {
    inline::expand(input.into(), true).into()
}
