//! The signature: arguments, item type, generics and lifetimes of the annotated fn, and
//! what the generated struct needs from them.
//!
//! - Elided lifetimes in argument types (`&str`, `Foo<'_>`) get names (`'life0`, ...)
//!   so that the struct can carry them (S2.3: `Words<'life0>`).
//! - The struct's captures marker names every lifetime, type and const parameter, so
//!   the borrow checker, variance and drop check see what the body may borrow.
//! - The compiler proves the body borrows nothing else: the driver requires `F: 's`
//!   for a lifetime `'s` that all of them outlive (`'static`, the one lifetime, or a
//!   fresh `'__ms` bounded by all of them).

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::visit_mut::{self, VisitMut};
use syn::{
    FnArg, GenericParam, Generics, Ident, Lifetime, LifetimeParam, Pat, PathArguments, ReturnType,
    Signature, Token, Type, parse_quote,
};

use crate::errors::Errors;

/// An argument of the annotated fn, as the generated fn takes it and the body binds it.
pub(crate) struct Argument {
    /// The generated fn's parameter (`conn: Conn`, or `__arg1: (u32, u32)`).
    pub(crate) param: TokenStream,
    /// The body's first statement for it (`let conn = conn;`), which moves it into the
    /// body so that it is dropped when the body ends, as in an `async fn`.
    pub(crate) rebind: TokenStream,
}

/// What the expansion needs to know of the signature.
pub(crate) struct Shape {
    pub(crate) item: Type,
    pub(crate) try_mode: bool,
    /// The struct's generics: the fn's own, plus named elided lifetimes.
    pub(crate) generics: Generics,
    /// The generated fn's generics: the struct's, plus the `'__ms` check lifetime when
    /// one is needed.
    pub(crate) fn_generics: Generics,
    /// The lifetime `'s` with `F: 's` checked at construction.
    pub(crate) body_lifetime: Lifetime,
    /// Type of the captures marker.
    pub(crate) captures: TokenStream,
    pub(crate) arguments: Vec<Argument>,
}

/// Analyses `sig`, rewriting its argument types to name elided lifetimes.
pub(crate) fn analyse(sig: &mut Signature, errors: &mut Errors) -> Shape {
    let mut namer = LifetimeNamer::new(&sig.generics);
    let mut arguments = Vec::new();
    for (index, input) in sig.inputs.iter_mut().enumerate() {
        match input {
            FnArg::Receiver(receiver) => {
                errors.push(syn::Error::new(
                    receiver.span(),
                    "`#[managed_stream]` on methods is not supported yet: make it a free \
                     `async fn` that takes the value as an ordinary argument",
                ));
            }
            FnArg::Typed(arg) => {
                namer.visit_type_mut(&mut arg.ty);
                arguments.push(argument(index, &arg.attrs, &arg.pat, &arg.ty));
            }
        }
    }
    let mut item: Type = match &sig.output {
        ReturnType::Default => parse_quote!(()),
        ReturnType::Type(_, ty) => (**ty).clone(),
    };
    let try_mode = is_result(&item);
    let mut output_namer = OutputLifetimes::new(&namer, errors);
    output_namer.visit_type_mut(&mut item);

    let mut generics = sig.generics.clone();
    for lifetime in &namer.elided {
        generics
            .params
            .push(GenericParam::Lifetime(LifetimeParam::new(lifetime.clone())));
    }
    sort_params(&mut generics);

    let lifetimes: Vec<&Lifetime> = generics.lifetimes().map(|param| &param.lifetime).collect();
    let types: Vec<&Ident> = generics.type_params().map(|param| &param.ident).collect();
    let consts: Vec<&Ident> = generics.const_params().map(|param| &param.ident).collect();
    let captures = quote! {
        (#(::core::marker::PhantomData<&#lifetimes ()>,)*
         #(::core::marker::PhantomData<#types>,)*
         #([(); #consts],)*)
    };

    let mut fn_generics = generics.clone();
    let body_lifetime = match (lifetimes.as_slice(), types.is_empty()) {
        ([], true) => Lifetime::new("'static", Span::call_site()),
        ([only], true) => (*only).clone(),
        _ => {
            let check = namer.fresh("__ms");
            let where_clause = fn_generics.make_where_clause();
            for lifetime in &lifetimes {
                where_clause
                    .predicates
                    .push(parse_quote!(#lifetime: #check));
            }
            for ty in &types {
                where_clause.predicates.push(parse_quote!(#ty: #check));
            }
            fn_generics
                .params
                .insert(0, GenericParam::Lifetime(LifetimeParam::new(check.clone())));
            check
        }
    };
    Shape {
        item,
        try_mode,
        generics,
        fn_generics,
        body_lifetime,
        captures,
        arguments,
    }
}

/// The generated parameter and body binding for argument `index`.
fn argument(index: usize, attrs: &[syn::Attribute], pat: &Pat, ty: &Type) -> Argument {
    match pat {
        // Keep plain names (`conn`, `mut conn`): rustdoc shows them.
        Pat::Ident(ident) if ident.by_ref.is_none() && ident.subpat.is_none() => {
            let name = &ident.ident;
            let mutability = &ident.mutability;
            Argument {
                param: quote! { #(#attrs)* #name: #ty },
                rebind: quote! { let #mutability #name = #name; },
            }
        }
        _ => {
            let name = format_ident!("__arg{}", index, span = Span::mixed_site());
            Argument {
                param: quote! { #(#attrs)* #name: #ty },
                // As in an `async fn`: the argument lives until the body ends, even when
                // the pattern binds nothing (`_`).
                rebind: quote! { let #name = #name; let #pat = #name; },
            }
        }
    }
}

/// Whether the item type is written `Result<..>` or `some::path::Result<..>` (S2.7).
fn is_result(ty: &Type) -> bool {
    let Type::Path(path) = ty else { return false };
    path.qself.is_none()
        && path.path.segments.last().is_some_and(|last| {
            last.ident == "Result" && matches!(last.arguments, PathArguments::AngleBracketed(_))
        })
}

/// Lifetimes first, then types and consts, as Rust requires.
fn sort_params(generics: &mut Generics) {
    let params = std::mem::take(&mut generics.params);
    let (lifetimes, others): (Vec<_>, Vec<_>) = params
        .into_iter()
        .partition(|param| matches!(param, GenericParam::Lifetime(_)));
    generics.params = lifetimes
        .into_iter()
        .chain(others)
        .collect::<Punctuated<_, Token![,]>>();
}

/// Names the elided lifetimes of argument types: `&T` → `&'life0 T`, `'_` → `'life1`.
///
/// Elided lifetimes inside `fn(&T)` pointer types and `Fn(&T)` bounds are
/// higher-ranked, not the fn's, and stay as they are.
struct LifetimeNamer {
    taken: Vec<String>,
    elided: Vec<Lifetime>,
    /// Every lifetime seen in argument types, named or elided (for output elision).
    inputs: Vec<Lifetime>,
}

impl LifetimeNamer {
    fn new(generics: &Generics) -> Self {
        Self {
            taken: generics
                .lifetimes()
                .map(|param| param.lifetime.ident.to_string())
                .collect(),
            elided: Vec::new(),
            inputs: Vec::new(),
        }
    }

    fn fresh(&mut self, stem: &str) -> Lifetime {
        let mut index = 0;
        let name = loop {
            let candidate = if stem == "__ms" && index == 0 {
                stem.to_owned()
            } else {
                format!("{stem}{index}")
            };
            if !self.taken.contains(&candidate) {
                break candidate;
            }
            index += 1;
        };
        self.taken.push(name.clone());
        Lifetime::new(&format!("'{name}"), Span::call_site())
    }

    fn name_elided(&mut self, span: Span) -> Lifetime {
        let mut lifetime = self.fresh("life");
        lifetime.apostrophe = span;
        lifetime.ident.set_span(span);
        self.elided.push(lifetime.clone());
        lifetime
    }

    fn record(&mut self, lifetime: &Lifetime) {
        if lifetime.ident != "static"
            && !self.inputs.iter().any(|seen| seen.ident == lifetime.ident)
        {
            self.inputs.push(lifetime.clone());
        }
    }
}

impl VisitMut for LifetimeNamer {
    fn visit_type_reference_mut(&mut self, reference: &mut syn::TypeReference) {
        if reference.lifetime.is_none() {
            reference.lifetime = Some(self.name_elided(reference.and_token.span));
        }
        visit_mut::visit_type_reference_mut(self, reference);
    }

    fn visit_lifetime_mut(&mut self, lifetime: &mut Lifetime) {
        if lifetime.ident == "_" {
            *lifetime = self.name_elided(lifetime.span());
        }
        self.record(lifetime);
    }

    fn visit_type_fn_ptr_mut(&mut self, _: &mut syn::TypeFnPtr) {}

    fn visit_parenthesized_generic_arguments_mut(
        &mut self,
        _: &mut syn::ParenthesizedGenericArguments,
    ) {
    }

    fn visit_type_impl_trait_mut(&mut self, _: &mut syn::TypeImplTrait) {}
}

/// Fills elided lifetimes in the item type by Rust's elision rule: the one lifetime of
/// the arguments, if there is exactly one.
struct OutputLifetimes<'a> {
    only: Option<Lifetime>,
    count: usize,
    errors: &'a mut Errors,
    reported: bool,
}

impl<'a> OutputLifetimes<'a> {
    fn new(namer: &LifetimeNamer, errors: &'a mut Errors) -> Self {
        Self {
            only: namer.inputs.first().cloned(),
            count: namer.inputs.len(),
            errors,
            reported: false,
        }
    }

    fn fill(&mut self, span: Span) -> Option<Lifetime> {
        if self.count == 1 {
            return self.only.clone();
        }
        if !self.reported {
            self.reported = true;
            self.errors.push(syn::Error::new(
                span,
                "the item type borrows, but it is not clear from which argument: name the \
                 lifetime, as in `fn f<'a>(x: &'a str, y: &str) -> &'a str`",
            ));
        }
        None
    }
}

impl VisitMut for OutputLifetimes<'_> {
    fn visit_type_reference_mut(&mut self, reference: &mut syn::TypeReference) {
        if reference.lifetime.is_none() {
            reference.lifetime = self.fill(reference.and_token.span);
        }
        visit_mut::visit_type_reference_mut(self, reference);
    }

    fn visit_lifetime_mut(&mut self, lifetime: &mut Lifetime) {
        if lifetime.ident == "_" {
            if let Some(filled) = self.fill(lifetime.span()) {
                *lifetime = filled;
            }
        }
    }

    fn visit_type_fn_ptr_mut(&mut self, _: &mut syn::TypeFnPtr) {}

    fn visit_parenthesized_generic_arguments_mut(
        &mut self,
        _: &mut syn::ParenthesizedGenericArguments,
    ) {
    }
}
