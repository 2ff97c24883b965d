//! The signature: arguments, item type, generics and lifetimes of the annotated fn, and
//! what the generated struct needs from them.
//!
//! - Elided lifetimes in argument types (`&str`, `Foo<'_>`) get names (`'life0`, ...)
//!   so that the struct can carry them (S2.3: `Words<'life0>`).
//! - The struct's captures marker names every lifetime, type and const parameter, so
//!   the borrow checker, variance and drop check see what the body may borrow.
//! - The compiler proves the body borrows nothing else: the driver requires `F: 's`
//!   for a lifetime `'s` that all of them outlive (`'static`, the one lifetime, or a
//!   fresh `'__ms` bounded by all of them). Type parameters bounded by `'static` or by
//!   one of those lifetimes need no bound of their own; a `Self` held by value (`self`,
//!   `Vec<Self>`) is bounded by `'__ms`.
//! - A free fn's `impl Trait` argument types become struct parameters (`__Impl0`); the
//!   public fn keeps `impl Trait` and the fn's own generics (a turbofish works as on
//!   the original fn) and calls an inner builder fn that names them.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use quote::{format_ident, quote};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::visit::{self, Visit};
use syn::visit_mut::{self, VisitMut};
use syn::{
    FnArg, GenericParam, Generics, Ident, Lifetime, LifetimeParam, Pat, PathArguments,
    ReceiverKind, ReturnType, Signature, Token, Type, TypeParamBound, WherePredicate, parse_quote,
};

use crate::errors::Errors;

/// An argument of the annotated fn, as the generated fn takes it and the body binds it.
pub(crate) struct Argument {
    /// The parameter of the fn that builds the stream (`conn: Conn`, or
    /// `__arg1: (u32, u32)`; `impl Trait` types named: `label: __Impl0`).
    pub(crate) param: TokenStream,
    /// The public fn's parameter: as `param`, but with `impl Trait` types as written.
    pub(crate) outer_param: TokenStream,
    /// How the public fn hands it to the builder fn (`#[cfg(..)] conn`).
    pub(crate) forward: TokenStream,
    /// The body's first statement for it (`let conn = conn;`), which moves it into the
    /// body so that it is dropped when the body ends, as in an `async fn`.
    pub(crate) rebind: TokenStream,
}

/// A free fn with `impl Trait` arguments: the public fn keeps the fn's own generics, so
/// that a turbofish works as on the original fn (explicit arguments for the declared
/// parameters only), and hands its arguments to a builder fn that names the `impl Trait`
/// types for the struct.
pub(crate) struct Builder {
    /// The public fn's generics: the fn's own, plus named elided lifetimes.
    pub(crate) generics: Generics,
    /// The struct's type arguments in the public fn's return type, with
    /// `impl Trait` for the named `impl Trait` parameters.
    pub(crate) struct_args: TokenStream,
}

/// What the expansion needs to know of the signature.
pub(crate) struct Shape {
    pub(crate) item: Type,
    pub(crate) try_mode: bool,
    /// The item type cannot be named (`impl Trait`, `_`): an error was reported, `item`
    /// is `()` and `yield_!` discards its argument, so that no further errors follow.
    pub(crate) unnameable_item: bool,
    /// A method or associated fn (S2.8): it returns `ManagedBox`, not a struct.
    pub(crate) method: bool,
    /// The struct's generics: the fn's own, plus named elided lifetimes and `impl Trait`
    /// argument types (free fns only).
    pub(crate) generics: Generics,
    /// The builder fn's generics: the struct's, plus the `'__ms` check lifetime when
    /// one is needed.
    pub(crate) fn_generics: Generics,
    /// The lifetime `'s` with `F: 's` checked at construction.
    pub(crate) body_lifetime: Lifetime,
    /// Type of the captures marker.
    pub(crate) captures: TokenStream,
    pub(crate) receiver: Option<TokenStream>,
    pub(crate) arguments: Vec<Argument>,
    /// Set for a free fn with `impl Trait` arguments.
    pub(crate) builder: Option<Builder>,
}

/// Analyses `sig`, rewriting its argument types to name elided lifetimes.
/// `method_option` is the attribute's `method` flag, `try_option` its `try` option.
pub(crate) fn analyse(
    sig: &mut Signature,
    method_option: bool,
    try_option: Option<bool>,
    errors: &mut Errors,
) -> Shape {
    let (mut item, unnameable_item) = make_item(sig, errors);
    let method = method_option || sig.receiver().is_some() || mentions_self(sig, &item);
    let (namer, owns_self) = name_input_lifetimes(sig, method);
    let (impl_traits, named_types) = name_impl_traits(sig, method);
    let try_mode = !unnameable_item && try_option.unwrap_or_else(|| is_result(&item));
    OutputLifetimes::new(&namer, errors).visit_type_mut(&mut item);
    let (generics, builder_generics) = make_generics(sig, &namer, &impl_traits);
    // A struct carries the fn's lifetimes; a method's stream lives for the lifetimes its
    // arguments mention, some of which may belong to the impl.
    let lifetimes: Vec<Lifetime> = if method {
        namer.inputs.clone()
    } else {
        generics
            .lifetimes()
            .map(|param| param.lifetime.clone())
            .collect()
    };
    let (fn_generics, body_lifetime) = make_body_lifetime(
        sig,
        &generics,
        &lifetimes,
        method && owns_self,
        method,
        namer,
    );
    let captures = make_captures(method, &body_lifetime, &generics, &lifetimes);
    let receiver = sig.receiver().map(|this| quote!(#this));
    let arguments = make_arguments(sig, &named_types);
    let builder = builder_generics
        .map(|builder_generics| make_builder(builder_generics, &impl_traits, &generics));
    Shape {
        item,
        try_mode,
        unnameable_item,
        method,
        generics,
        fn_generics,
        body_lifetime,
        captures,
        receiver,
        arguments,
        builder,
    }
}

/// The item type: the declared return type, `()` without one, and `()` (with an error
/// reported) when it cannot be named.
fn make_item(sig: &Signature, errors: &mut Errors) -> (Type, bool) {
    let item: Type = match &sig.output {
        ReturnType::Default => parse_quote!(()),
        ReturnType::Type(_, ty) => (**ty).clone(),
    };
    if check_nameable(&item, errors) {
        (item, false)
    } else {
        (parse_quote!(()), true)
    }
}

/// Names every elided lifetime of the receiver and argument types (`'life0`, ...), and
/// says whether the stream holds a `Self` by value (`self`, `self: Box<Self>`,
/// `parts: Vec<Self>`): then `Self` must outlive the stream.
fn name_input_lifetimes(sig: &mut Signature, method: bool) -> (LifetimeNamer, bool) {
    let mut namer = LifetimeNamer::new(&sig.generics);
    let mut owns_self = false;
    for input in sig.inputs.iter_mut() {
        match input {
            FnArg::Receiver(this) => match &mut this.kind {
                ReceiverKind::Reference(and, lifetime, _) => {
                    match lifetime {
                        Some(named) => namer.record(named),
                        None => *lifetime = Some(namer.name_elided(and.span)),
                    }
                    namer.receiver = lifetime.clone();
                }
                ReceiverKind::Typed(_, ty) => {
                    namer.visit_type_mut(ty);
                    owns_self |= mentions_owned_self(ty);
                }
                _ => owns_self = true,
            },
            FnArg::Typed(arg) => {
                namer.visit_type_mut(&mut arg.ty);
                owns_self |= method && mentions_owned_self(&arg.ty);
            }
        }
    }
    (namer, owns_self)
}

/// A free fn's struct names its `impl Trait` argument types (`__Impl0`): the named
/// parameters, and each argument's type with them (`None` for a method's, which keeps
/// `impl Trait`, and for the receiver).
fn name_impl_traits(sig: &Signature, method: bool) -> (ImplTraitNamer, Vec<Option<Type>>) {
    let mut impl_traits = ImplTraitNamer::default();
    let named_types = sig
        .inputs
        .iter()
        .map(|input| match input {
            FnArg::Typed(arg) if !method => {
                let mut ty = (*arg.ty).clone();
                impl_traits.visit_type_mut(&mut ty);
                Some(ty)
            }
            _ => None,
        })
        .collect();
    (impl_traits, named_types)
}

/// The struct's generics (the fn's, the named elided lifetimes, the named `impl Trait`
/// types), and the public fn's when it differs (a free fn with `impl Trait` arguments).
fn make_generics(
    sig: &Signature,
    namer: &LifetimeNamer,
    impl_traits: &ImplTraitNamer,
) -> (Generics, Option<Generics>) {
    let mut generics = sig.generics.clone();
    for lifetime in &namer.elided {
        generics
            .params
            .push(GenericParam::Lifetime(LifetimeParam::new(lifetime.clone())));
    }
    let builder_generics = (!impl_traits.params.is_empty()).then(|| {
        let mut generics = generics.clone();
        sort_params(&mut generics);
        generics
    });
    generics.params.extend(impl_traits.params.iter().cloned());
    sort_params(&mut generics);
    (generics, builder_generics)
}

/// The lifetime `'s` that the body outlives, and the builder fn's generics that check
/// it: the one lifetime (or `'static`) when that covers everything the body holds, else
/// a fresh `'__ms` that every lifetime, type parameter and uncovered `impl Trait`
/// argument type outlives (and `Self`, when `self_bound`).
fn make_body_lifetime(
    sig: &mut Signature,
    generics: &Generics,
    lifetimes: &[Lifetime],
    self_bound: bool,
    method: bool,
    mut namer: LifetimeNamer,
) -> (Generics, Lifetime) {
    // Type parameters bounded by `'static` or by one of the lifetimes outlive the
    // stream already: they need no bound of their own, and need no check lifetime
    // (a trait method `fn f<T: Send + 'static>(&self, t: T) -> ManagedBox<'_, _>`).
    let covers = |bound: &Lifetime| bound.ident == "static" || lifetimes.contains(bound);
    let bounded_types: Vec<Ident> = generics
        .type_params()
        .map(|param| param.ident.clone())
        .filter(|ty| !lifetime_bounds(generics, ty).iter().any(covers))
        .collect();
    // A method keeps its `impl Trait` arguments; those not bounded as above get the
    // check lifetime as a bound.
    let bounded_impl_traits = if method {
        let mut finder = ImplTraitBounds::new(&covers);
        for input in &mut sig.inputs {
            if let FnArg::Typed(arg) = input {
                finder.visit_type_mut(&mut arg.ty);
            }
        }
        finder.uncovered
    } else {
        0
    };

    let mut fn_generics = generics.clone();
    let needs_check =
        lifetimes.len() > 1 || !bounded_types.is_empty() || bounded_impl_traits > 0 || self_bound;
    if !needs_check {
        let one = lifetimes
            .first()
            .cloned()
            .unwrap_or_else(|| Lifetime::new("'static", Span::call_site()));
        return (fn_generics, one);
    }
    let check = namer.fresh("__ms");
    add_check_bounds(
        &mut fn_generics,
        &check,
        lifetimes,
        &bounded_types,
        self_bound,
    );
    if bounded_impl_traits > 0 {
        let mut adder = ImplTraitBounds::new(&covers);
        adder.add = Some(check.clone());
        for input in &mut sig.inputs {
            if let FnArg::Typed(arg) = input {
                adder.visit_type_mut(&mut arg.ty);
            }
        }
    }
    (fn_generics, check)
}

/// The type of the struct's captures marker: a method's stream lives for the body
/// lifetime; a struct names every lifetime, type and const parameter it carries.
fn make_captures(
    method: bool,
    body_lifetime: &Lifetime,
    generics: &Generics,
    lifetimes: &[Lifetime],
) -> TokenStream {
    if method {
        return quote!(&#body_lifetime ());
    }
    let types = generics.type_params().map(|param| &param.ident);
    let consts = generics.const_params().map(|param| &param.ident);
    quote! {
        (#(::core::marker::PhantomData<&#lifetimes ()>,)*
         #(::core::marker::PhantomData<#types>,)*
         #([(); #consts],)*)
    }
}

/// The arguments other than the receiver, as the generated fns take and bind them.
fn make_arguments(sig: &Signature, named_types: &[Option<Type>]) -> Vec<Argument> {
    sig.inputs
        .iter()
        .zip(named_types)
        .enumerate()
        .filter_map(|(index, (input, named))| match input {
            FnArg::Typed(arg) => Some(argument(
                index,
                &arg.attrs,
                &arg.pat,
                named.as_ref().unwrap_or(&arg.ty),
                &arg.ty,
            )),
            FnArg::Receiver(_) => None,
        })
        .collect()
}

/// The public fn's generics and the struct's type arguments in its return type, for a
/// free fn with `impl Trait` arguments.
fn make_builder(
    builder_generics: Generics,
    impl_traits: &ImplTraitNamer,
    generics: &Generics,
) -> Builder {
    let names: Vec<Ident> = impl_traits
        .params
        .iter()
        .filter_map(|param| match param {
            GenericParam::Type(param) => Some(param.ident.clone()),
            _ => None,
        })
        .collect();
    let args = generics.params.iter().map(|param| match param {
        GenericParam::Lifetime(param) => param.lifetime.to_token_stream(),
        GenericParam::Type(param) if names.contains(&param.ident) => {
            let bounds = &param.bounds;
            quote!(impl #bounds)
        }
        GenericParam::Type(param) => param.ident.to_token_stream(),
        GenericParam::Const(param) => param.ident.to_token_stream(),
    });
    Builder {
        generics: builder_generics,
        struct_args: quote!(<#(#args),*>),
    }
}

/// Adds `'__ms` (`check`) bounds to the builder fn's generics: every lifetime and each
/// type in `types` outlives it, and `Self` when `self_bound`.
fn add_check_bounds(
    fn_generics: &mut Generics,
    check: &Lifetime,
    lifetimes: &[Lifetime],
    types: &[Ident],
    self_bound: bool,
) {
    // Each bound goes where the parameter's bounds already are (`T: Clone + '__ms` or
    // its where-clause predicate): a second place would trip
    // `clippy::multiple_bound_locations`.
    let where_clause = fn_generics.make_where_clause();
    let mut pending_lifetimes = Vec::new();
    for lifetime in lifetimes {
        let in_where = where_clause
            .predicates
            .iter_mut()
            .find_map(|predicate| match predicate {
                WherePredicate::Lifetime(predicate) if predicate.lifetime == *lifetime => {
                    Some(predicate)
                }
                _ => None,
            });
        match in_where {
            Some(predicate) => predicate.bounds.push(check.clone()),
            None => pending_lifetimes.push(lifetime.clone()),
        }
    }
    let mut pending_types = Vec::new();
    for ty in types {
        let in_where = where_clause
            .predicates
            .iter_mut()
            .find_map(|predicate| match predicate {
                WherePredicate::Type(predicate) if is_type_param(&predicate.bounded_ty, ty) => {
                    Some(predicate)
                }
                _ => None,
            });
        match in_where {
            Some(predicate) => predicate.bounds.push(parse_quote!(#check)),
            None => pending_types.push(ty.clone()),
        }
    }
    if self_bound {
        where_clause.predicates.push(parse_quote!(Self: #check));
    }
    for lifetime in pending_lifetimes {
        match fn_generics
            .lifetimes_mut()
            .find(|param| param.lifetime == lifetime)
        {
            Some(param) => param.bounds.push(check.clone()),
            None => fn_generics
                .make_where_clause()
                .predicates
                .push(parse_quote!(#lifetime: #check)),
        }
    }
    for param in fn_generics.type_params_mut() {
        if pending_types.contains(&param.ident) {
            param.bounds.push(parse_quote!(#check));
        }
    }
    if fn_generics
        .where_clause
        .as_ref()
        .is_some_and(|clause| clause.predicates.is_empty())
    {
        fn_generics.where_clause = None;
    }
    let position = fn_generics.lifetimes().count();
    fn_generics.params.insert(
        position,
        GenericParam::Lifetime(LifetimeParam::new(check.clone())),
    );
}

/// The lifetimes that bound type parameter `param` (`T: 'a`, `where T: 'static`).
fn lifetime_bounds(generics: &Generics, param: &Ident) -> Vec<Lifetime> {
    let inline = generics
        .type_params()
        .filter(|type_param| type_param.ident == *param)
        .flat_map(|type_param| &type_param.bounds);
    let in_where = generics
        .where_clause
        .iter()
        .flat_map(|clause| &clause.predicates)
        .filter_map(|predicate| match predicate {
            WherePredicate::Type(predicate) if is_type_param(&predicate.bounded_ty, param) => {
                Some(&predicate.bounds)
            }
            _ => None,
        })
        .flatten();
    inline
        .chain(in_where)
        .filter_map(|bound| match bound {
            TypeParamBound::Lifetime(lifetime) => Some(lifetime.clone()),
            _ => None,
        })
        .collect()
}

/// Counts the `impl Trait` argument types of a method that no covering lifetime bounds,
/// and, with `add`, gives them that lifetime as a further bound.
struct ImplTraitBounds<'a> {
    covers: &'a dyn Fn(&Lifetime) -> bool,
    add: Option<Lifetime>,
    uncovered: usize,
}

impl<'a> ImplTraitBounds<'a> {
    fn new(covers: &'a dyn Fn(&Lifetime) -> bool) -> Self {
        Self {
            covers,
            add: None,
            uncovered: 0,
        }
    }
}

impl VisitMut for ImplTraitBounds<'_> {
    fn visit_type_impl_trait_mut(&mut self, impl_trait: &mut syn::TypeImplTrait) {
        visit_mut::visit_type_impl_trait_mut(self, impl_trait);
        let covered = impl_trait.bounds.iter().any(|bound| match bound {
            TypeParamBound::Lifetime(lifetime) => (self.covers)(lifetime),
            _ => false,
        });
        if !covered {
            self.uncovered += 1;
            if let Some(check) = &self.add {
                impl_trait
                    .bounds
                    .push(TypeParamBound::Lifetime(check.clone()));
            }
        }
    }
}

/// Whether `ty` holds a `Self` other than behind a reference (`Box<Self>`,
/// `Vec<Self>`, but not `&Self` or `Pin<&mut Self>`, whose lifetime bounds it).
fn mentions_owned_self(ty: &Type) -> bool {
    let mut finder = FindSelf {
        behind_references: false,
        found: false,
    };
    finder.visit_type(ty);
    finder.found
}

/// Finds a path that starts with `Self`; with `behind_references` off, not inside a
/// reference type.
struct FindSelf {
    behind_references: bool,
    found: bool,
}

impl Visit<'_> for FindSelf {
    fn visit_type_reference(&mut self, reference: &syn::TypeReference) {
        if self.behind_references {
            visit::visit_type_reference(self, reference);
        }
    }

    fn visit_path(&mut self, path: &syn::Path) {
        if path
            .segments
            .first()
            .is_some_and(|segment| segment.ident == "Self")
        {
            self.found = true;
        }
        visit::visit_path(self, path);
    }
}

/// Reports an item type that cannot be named (`impl Trait`, `_`), which a struct field
/// cannot hold. Returns whether the type is fine.
fn check_nameable(item: &Type, errors: &mut Errors) -> bool {
    struct FindUnnameable(Option<syn::Error>);
    impl Visit<'_> for FindUnnameable {
        fn visit_type(&mut self, ty: &Type) {
            if self.0.is_some() {
                return;
            }
            let error = match ty {
                Type::ImplTrait(impl_trait) => syn::Error::new(
                    impl_trait.impl_token.span,
                    "the item type must be nameable: `impl Trait` names no type, and the \
                     stream's struct holds its items. Write the type itself, or box it: \
                     `Box<dyn Trait + Send>`",
                ),
                Type::Infer(infer) => syn::Error::new(
                    infer.underscore_token.span,
                    "the item type must be nameable: it is not inferred from the body, \
                     because the stream's struct holds its items. Write the type itself",
                ),
                _ => return visit::visit_type(self, ty),
            };
            self.0 = Some(error);
        }
    }
    let mut finder = FindUnnameable(None);
    finder.visit_type(item);
    let Some(error) = finder.0 else { return true };
    errors.push(error);
    false
}

/// Whether `ty` is the bare type parameter `param`.
fn is_type_param(ty: &Type, param: &Ident) -> bool {
    matches!(ty, Type::Path(path) if path.qself.is_none() && path.path.is_ident(param))
}

/// Whether the signature names `Self`: then it is an associated fn (S2.8).
fn mentions_self(sig: &Signature, item: &Type) -> bool {
    let mut finder = FindSelf {
        behind_references: true,
        found: false,
    };
    for input in &sig.inputs {
        if let FnArg::Typed(arg) = input {
            finder.visit_type(&arg.ty);
        }
    }
    finder.visit_type(item);
    finder.found
}

/// Turns `impl Trait` argument types into named type parameters (`__Impl0: Trait`), so
/// that the generated struct can carry them.
#[derive(Default)]
struct ImplTraitNamer {
    params: Vec<GenericParam>,
}

impl VisitMut for ImplTraitNamer {
    fn visit_type_mut(&mut self, ty: &mut Type) {
        if let Type::ImplTrait(impl_trait) = ty {
            let name = format_ident!(
                "__Impl{}",
                self.params.len(),
                span = impl_trait.impl_token.span
            );
            let bounds = &impl_trait.bounds;
            self.params.push(parse_quote!(#name: #bounds));
            *ty = parse_quote!(#name);
            return;
        }
        visit_mut::visit_type_mut(self, ty);
    }
}

/// The generated parameters and body binding for argument `index`, whose type is
/// `ty` in the builder fn and `outer_ty` in the public fn. The argument's attributes
/// (`#[cfg]`, lint levels: all that Rust allows on parameters) go on each, so that a
/// configured-out argument is not bound either, and an `#[allow]` holds.
fn argument(
    index: usize,
    attrs: &[syn::Attribute],
    pat: &Pat,
    ty: &Type,
    outer_ty: &Type,
) -> Argument {
    match pat {
        // Keep plain names (`conn`, `mut conn`): rustdoc shows them.
        Pat::Ident(ident) if ident.by_ref.is_none() && ident.subpat.is_none() => {
            let name = &ident.ident;
            let mutability = &ident.mutability;
            Argument {
                param: quote! { #(#attrs)* #name: #ty },
                outer_param: quote! { #(#attrs)* #name: #outer_ty },
                forward: quote! { #(#attrs)* #name },
                rebind: quote! { #(#attrs)* let #mutability #name = #name; },
            }
        }
        _ => {
            let name = format_ident!("__arg{}", index, span = Span::mixed_site());
            // `ref mut x` and `(ref mut a, b)` borrow the moved argument mutably.
            let mutability = binds_by_ref_mut(pat).then(|| quote!(mut));
            Argument {
                param: quote! { #(#attrs)* #name: #ty },
                outer_param: quote! { #(#attrs)* #name: #outer_ty },
                forward: quote! { #(#attrs)* #name },
                // As in an `async fn`: the argument lives until the body ends, even when
                // the pattern binds nothing (`_`).
                rebind: quote! {
                    #(#attrs)* let #mutability #name = #name;
                    #(#attrs)* let #pat = #name;
                },
            }
        }
    }
}

/// Whether `pat` has a `ref mut` binding.
fn binds_by_ref_mut(pat: &Pat) -> bool {
    struct FindRefMut(bool);
    impl Visit<'_> for FindRefMut {
        fn visit_pat_ident(&mut self, ident: &syn::PatIdent) {
            self.0 |= ident.by_ref.is_some() && ident.mutability.is_some();
            visit::visit_pat_ident(self, ident);
        }
    }
    let mut finder = FindRefMut(false);
    finder.visit_pat(pat);
    finder.0
}

/// Whether the item type is written `Result<..>` or `some::path::Result<..>` (S2.7).
fn is_result(ty: &Type) -> bool {
    // A `$t:ty` from a `macro_rules!` macro arrives as an invisible group.
    let ty = match ty {
        Type::Group(group) => return is_result(&group.elem),
        Type::Paren(paren) => return is_result(&paren.elem),
        ty => ty,
    };
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
    /// The lifetime of a `&self` receiver, which elided output lifetimes take.
    receiver: Option<Lifetime>,
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
            receiver: None,
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
        self.record(&lifetime);
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
        match &reference.lifetime {
            Some(lifetime) => self.record(&lifetime.clone()),
            None => reference.lifetime = Some(self.name_elided(reference.and_token.span)),
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

    /// `impl Iterator<Item = &str>`: its elided lifetimes are the fn's, as in an
    /// `async fn`; those of a higher-ranked bound (`for<'a> ..`) are not.
    fn visit_trait_bound_mut(&mut self, bound: &mut syn::TraitBound) {
        if bound.lifetimes.is_none() {
            visit_mut::visit_trait_bound_mut(self, bound);
        }
    }
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
        // Rust's rules: a `&self` lifetime wins; otherwise the one input lifetime.
        let (only, count) = match &namer.receiver {
            Some(lifetime) => (Some(lifetime.clone()), 1),
            None => (namer.inputs.first().cloned(), namer.inputs.len()),
        };
        Self {
            only,
            count,
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
