//! The output: the plain fn that builds the stream, the named struct, and its impls.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::{Attribute, Ident, ItemFn, Signature, Visibility};

use crate::args::Options;
use crate::body;
use crate::errors::Errors;
use crate::names::Names;
use crate::signature::{self, Shape};

/// Expands an `async fn` annotated with `#[managed_stream(options)]`: the fn that
/// builds the stream, and (outside an impl block) the struct and its impls.
pub(crate) fn expand(options: &Options, function: ItemFn, errors: &mut Errors) -> TokenStream {
    let ItemFn {
        attrs,
        vis,
        mut sig,
        block,
        ..
    } = function;
    let shape = signature::analyse(&mut sig, options.method.is_some(), options.try_mode, errors);
    let private = match &options.krate {
        Some(path) => quote!(#path::__private),
        None => quote!(::managed_stream::__private),
    };
    let output = make_output(&private, &shape);
    let names = make_names(options, &shape, &private, &output);
    let body = body::analyse(*block, &names, errors).expand(&names);
    let parts = Parts {
        driver: make_driver(options, &sig, &shape, &private, &output),
        closure: make_closure(&sig, &shape, &names, &body),
        attrs,
        vis,
        sig,
        shape,
        private,
        output,
    };
    if parts.shape.method {
        return make_method(options, &parts);
    }
    let struct_name = match &options.name {
        Some(name) => name.clone(),
        None => struct_name_for(&parts.sig.ident, errors),
    };
    let function = make_function(&parts, &struct_name);
    let structure = make_struct(&parts, &struct_name);
    let inherent = make_inherent_impl(&parts, &struct_name);
    let impls = make_trait_impls(&parts, &struct_name);
    quote! {
        #function
        #structure
        #inherent
        #impls
    }
}

/// What the generated items share, worked out once from the annotated fn.
struct Parts {
    attrs: Vec<Attribute>,
    vis: Visibility,
    /// The signature, its elided lifetimes named (see `signature`).
    sig: Signature,
    shape: Shape,
    /// Path of the runtime's `__private` module.
    private: TokenStream,
    /// The body's output, which `close()` returns: `()`, or `Result<(), E>` in try mode.
    output: TokenStream,
    /// The driver's type and the call that builds one (its name aside).
    driver: Driver,
    /// The body as the closure the driver calls with the yielder.
    closure: TokenStream,
}

/// The runtime's `Driver` the stream wraps, and how the generated fn builds it.
struct Driver {
    /// `Driver<Item, Output, Captures, SendBody>` (or `LocalBody` with `?Send`).
    ty: TokenStream,
    /// `SendBody` or `LocalBody`.
    marker: TokenStream,
    /// `<Driver<..>>::new_send::<'s, _, _>`, called with the name and the closure.
    constructor_call: TokenStream,
}

/// The body's output (S2.7): `()`, or `Result<(), E>` with the item's error type.
fn make_output(private: &TokenStream, shape: &Shape) -> TokenStream {
    let item = &shape.item;
    if shape.try_mode {
        quote!(::core::result::Result<(), <#item as #private::TryItem>::Error>)
    } else {
        quote!(())
    }
}

/// How the body's rewritten code spells the runtime and its locals.
fn make_names(
    options: &Options,
    shape: &Shape,
    private: &TokenStream,
    output: &TokenStream,
) -> Names {
    Names {
        done: if shape.try_mode {
            quote!(#private::done::<#output>())
        } else {
            TokenStream::new()
        },
        private: private.clone(),
        yielder: Ident::new("__ms_yielder", Span::mixed_site()),
        try_mode: shape.try_mode,
        try_off: options.try_mode == Some(false),
        discard_yields: shape.unnameable_item,
        inline: false,
    }
}

/// The driver's type and constructor (S2.9: `?Send` picks the local one).
fn make_driver(
    options: &Options,
    sig: &Signature,
    shape: &Shape,
    private: &TokenStream,
    output: &TokenStream,
) -> Driver {
    let item = &shape.item;
    let captures = &shape.captures;
    let (marker, constructor) = if options.local.is_some() {
        (quote!(#private::LocalBody), quote!(new_local))
    } else {
        (quote!(#private::SendBody), quote!(new_send))
    };
    let driver = quote!(#private::Driver<#item, #output, #captures, #marker>);
    let body_lifetime = &shape.body_lifetime;
    let constructor_call = quote_spanned! {async_span(sig)=>
        <#driver>::#constructor::<#body_lifetime, _, _>
    };
    Driver {
        ty: driver,
        marker,
        constructor_call,
    }
}

/// The body as a closure of the yielder: the arguments moved in, then the user's code.
fn make_closure(sig: &Signature, shape: &Shape, names: &Names, body: &TokenStream) -> TokenStream {
    let yielder = &names.yielder;
    let rebinds = shape.arguments.iter().map(|argument| &argument.rebind);
    quote_spanned! {async_span(sig)=>
        move |#yielder| async move {
            #(#rebinds)*
            #body
        }
    }
}

/// Where errors such as "future cannot be sent between threads safely" point: the fn's
/// `async`, or its name.
fn async_span(sig: &Signature) -> Span {
    sig.asyncness.map_or(sig.ident.span(), |token| token.span)
}

/// A method or associated fn (S2.8): no struct can stand in an impl block, so it
/// returns the runtime's `ManagedBox`.
fn make_method(options: &Options, parts: &Parts) -> TokenStream {
    let Parts {
        attrs,
        vis,
        sig,
        shape,
        private,
        output,
        driver,
        closure,
    } = parts;
    let (fn_generics, _, fn_where_clause) = shape.fn_generics.split_for_impl();
    let (unsafety, fn_token, fn_name) = (&sig.safety, &sig.fn_token, &sig.ident);
    let (item, body_lifetime) = (&shape.item, &shape.body_lifetime);
    let (marker, constructor_call) = (&driver.marker, &driver.constructor_call);
    let receiver = shape.receiver.iter();
    let params = shape.arguments.iter().map(|argument| &argument.param);
    // The name its messages (Debug, the drop check, panics) give the stream: the
    // `name = ...` option's when there is one, else the fn's.
    let name = match &options.name {
        Some(name) => name.to_string(),
        None => format!("{fn_name}()"),
    };
    let built = construct(constructor_call, quote!(#name), closure);
    quote! {
        #(#attrs)*
        #[track_caller]
        #vis #unsafety #fn_token #fn_name #fn_generics (#(#receiver,)* #(#params),*)
            -> #private::ManagedBox<#body_lifetime, #item, #output, #marker>
        #fn_where_clause
        {
            #private::ManagedBox::__from_driver(#built)
        }
    }
}

/// The fn that builds the struct. With `impl Trait` arguments the public fn keeps the
/// fn's generics (a turbofish works as on the original fn) and returns the struct with
/// `impl Trait` type arguments; a builder fn inside names them.
fn make_function(parts: &Parts, struct_name: &Ident) -> TokenStream {
    let Parts {
        attrs,
        vis,
        sig,
        shape,
        ..
    } = parts;
    let (_, type_generics, _) = shape.generics.split_for_impl();
    let (fn_generics, _, fn_where_clause) = shape.fn_generics.split_for_impl();
    let (unsafety, fn_token, fn_name) = (&sig.safety, &sig.fn_token, &sig.ident);
    let params = shape.arguments.iter().map(|argument| &argument.param);
    let constructor_call = &parts.driver.constructor_call;
    let closure = &parts.closure;
    let struct_name_str = struct_name.to_string();
    let field = driver_field();
    let built = construct(constructor_call, quote!(#struct_name_str), closure);
    let build = quote! {
        #struct_name {
            #field: #built,
        }
    };
    let Some(builder) = &shape.builder else {
        return quote! {
            #(#attrs)*
            #[track_caller]
            #vis #unsafety #fn_token #fn_name #fn_generics (#(#params),*)
                -> #struct_name #type_generics
            #fn_where_clause
            {
                #build
            }
        };
    };
    let (outer_generics, _, outer_where_clause) = builder.generics.split_for_impl();
    let struct_args = &builder.struct_args;
    let outer_params = shape.arguments.iter().map(|argument| &argument.outer_param);
    let forwards = shape.arguments.iter().map(|argument| &argument.forward);
    let builder_name = Ident::new("__ms_build", Span::mixed_site());
    let call = quote!(#builder_name(#(#forwards),*));
    let call = match unsafety {
        syn::Safety::Unsafe(_) => quote!(unsafe { #call }),
        _ => call,
    };
    quote! {
        #(#attrs)*
        #[track_caller]
        #vis #unsafety #fn_token #fn_name #outer_generics (#(#outer_params),*)
            -> #struct_name #struct_args
        #outer_where_clause
        {
            #[track_caller]
            #unsafety #fn_token #builder_name #fn_generics (#(#params),*)
                -> #struct_name #type_generics
            #fn_where_clause
            {
                #build
            }
            #call
        }
    }
}

/// The driver's construction: `new_send` and `new_local` are `unsafe fn`s (the
/// runtime's `raw.rs`, invariant 4: the `Yielder` stays in the body). The closure is
/// built outside the `unsafe` block, so the user's body is never in an unsafe context,
/// and the block has the macro's own span, so that `#![forbid(unsafe_code)]` in the
/// user's crate accepts it.
fn construct(
    constructor_call: &TokenStream,
    name: TokenStream,
    closure: &TokenStream,
) -> TokenStream {
    let make_body = Ident::new("__ms_make_body", Span::mixed_site());
    let name_fn = Ident::new("__ms_name", Span::mixed_site());
    // The name as a fn item, not a closure: no closure-to-fn-pointer shim per stream fn
    // (compile time, issue 20).
    quote! {{
        let #make_body = #closure;
        fn #name_fn() -> &'static str {
            #name
        }
        unsafe { #constructor_call(#name_fn, #make_body) }
    }}
}

/// The struct's one field, which holds the driver.
fn driver_field() -> Ident {
    format_ident!("__driver")
}

/// The struct (S2.3): documented, `#[must_use]`, holding the driver.
fn make_struct(parts: &Parts, struct_name: &Ident) -> TokenStream {
    let (impl_generics, _, where_clause) = parts.shape.generics.split_for_impl();
    let item = &parts.shape.item;
    let fn_name = &parts.sig.ident;
    let vis = &parts.vis;
    let driver = &parts.driver.ty;
    let field = driver_field();
    let struct_doc = format!(
        "The managed stream returned by [`{fn_name}`]: a `Stream` of `{item_doc}` with an \
         explicit end.\n\n\
         End it with [`close`](Self::close) or [`cancel`](Self::cancel), or read it to the \
         end; in debug builds, dropping it while its teardown has not run panics.",
        item_doc = quote!(#item)
            .to_string()
            .replace(" < ", "<")
            .replace(" >", ">")
            .replace(" ,", ","),
    );
    let must_use = "a managed stream does nothing unless polled, and must be ended with \
                    `.close().await` or read to the end";
    quote! {
        #[doc = #struct_doc]
        #[must_use = #must_use]
        #vis struct #struct_name #impl_generics #where_clause {
            #field: #driver,
        }
    }
}

/// The struct's own methods: `close()`, `close_owned()`, `cancel()`,
/// `drop_without_teardown()`, `take_suppressed_errors()`. The forwarding methods are
/// `#[inline]`: rustc then generates code only for those a crate uses, not eight per
/// annotated fn (compile time).
fn make_inherent_impl(parts: &Parts, struct_name: &Ident) -> TokenStream {
    let (impl_generics, type_generics, where_clause) = parts.shape.generics.split_for_impl();
    let (private, output) = (&parts.private, &parts.output);
    let field = driver_field();
    // Only a try-mode stream has teardown errors to keep (S2.7).
    let suppressed = if parts.shape.try_mode {
        quote! {
            /// The teardown errors that the last `close()` or `cancel()` met after the
            /// one it returned, in the order they happened; drained.
            #[inline]
            pub fn take_suppressed_errors(
                &mut self,
            ) -> ::std::vec::Vec<<#output as #private::BodyOutput>::Error> {
                self.#field.take_suppressed_errors()
            }
        }
    } else {
        TokenStream::new()
    };
    quote! {
    impl #impl_generics #struct_name #type_generics #where_clause {
        /// Ends the stream gracefully: a step under way runs on to its next
        /// `yield_!` (that item is dropped), then the reached teardowns run.
        #[inline]
        pub fn close(&mut self) -> #private::Close<'_, Self> {
            #private::Close::new(self)
        }

        /// Ends the stream gracefully, as `close()` does, and drops it: a borrow it
        /// holds ends with the `.await`.
        #[inline]
        pub fn close_owned(self) -> #private::CloseOwned<Self> {
            #private::CloseOwned::new(self)
        }

        /// Ends the stream promptly: the body is stopped where it waits, then the
        /// reached teardowns run.
        #[inline]
        pub fn cancel(&mut self) -> #private::Cancel<'_, Self> {
            #private::Cancel::new(self)
        }

        /// Drops the stream without running its teardowns and without the drop
        /// check's panic. The synchronous `Drop` of the body's locals still runs.
        #[inline]
        pub fn drop_without_teardown(self) {
            self.#field.drop_without_teardown()
        }

        #suppressed
    }
    }
}

/// `Stream`, `FusedStream`, `ManagedStream` and `Debug` for the struct, each forwarded
/// to the driver.
fn make_trait_impls(parts: &Parts, struct_name: &Ident) -> TokenStream {
    let (impl_generics, type_generics, where_clause) = parts.shape.generics.split_for_impl();
    let (private, output, item) = (&parts.private, &parts.output, &parts.shape.item);
    let field = driver_field();
    // Only a try-mode stream has teardown errors to keep (S2.7): the others keep the
    // trait's default, which has none (one fn less per stream to compile, issue 20).
    let drain = if parts.shape.try_mode {
        quote! {
            #[inline]
            fn drain_suppressed_errors(
                self: ::core::pin::Pin<&mut Self>,
            ) -> ::std::vec::Vec<
                <Self::CloseOutput as #private::BodyOutput>::Error,
            >
            where
                Self::CloseOutput: #private::BodyOutput,
            {
                self.get_mut().#field.take_suppressed_errors()
            }
        }
    } else {
        TokenStream::new()
    };
    quote! {
    impl #impl_generics #private::Stream for #struct_name #type_generics #where_clause {
        type Item = #item;

        #[inline]
        fn poll_next(
            self: ::core::pin::Pin<&mut Self>,
            cx: &mut ::core::task::Context<'_>,
        ) -> ::core::task::Poll<::core::option::Option<Self::Item>> {
            self.get_mut().#field.poll_next(cx)
        }
    }

    impl #impl_generics #private::FusedStream for #struct_name #type_generics #where_clause {
        #[inline]
        fn is_terminated(&self) -> bool {
            self.#field.is_terminated()
        }
    }

    impl #impl_generics #private::ManagedStream for #struct_name #type_generics #where_clause {
        type CloseOutput = #output;

        #[inline]
        fn poll_close(
            self: ::core::pin::Pin<&mut Self>,
            cx: &mut ::core::task::Context<'_>,
        ) -> ::core::task::Poll<Self::CloseOutput> {
            self.get_mut().#field.poll_close(cx)
        }

        #[inline]
        fn poll_cancel(
            self: ::core::pin::Pin<&mut Self>,
            cx: &mut ::core::task::Context<'_>,
        ) -> ::core::task::Poll<Self::CloseOutput> {
            self.get_mut().#field.poll_cancel(cx)
        }

        #drain
    }

    impl #impl_generics ::core::fmt::Debug for #struct_name #type_generics #where_clause {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Debug::fmt(&self.#field, f)
        }
    }
    }
}

/// The struct's name, from the fn's (S2.3). A fn name that makes no type name (`__`,
/// `_1`, `self_`, which would make `Self`) is an error that says to name the struct
/// with `name = ...` (S6.1); the expansion goes on with a placeholder name.
/// A method returns `ManagedBox` and asks for no struct name.
fn struct_name_for(fn_name: &Ident, errors: &mut Errors) -> Ident {
    let camel = upper_camel_case(&fn_name.to_string());
    if camel != "Self" && syn::parse_str::<Ident>(&camel).is_ok() {
        return Ident::new(&camel, fn_name.span());
    }
    let made = if camel.is_empty() {
        "makes no type name".to_owned()
    } else {
        format!("makes `{camel}`, which is not a usable type name")
    };
    errors.push(syn::Error::new(
        fn_name.span(),
        format!(
            "the stream's struct is named after the fn in UpperCamelCase, and \
             `{fn_name}` {made}: name the struct with \
             `#[managed_stream(name = StructName)]`, or rename the fn"
        ),
    ));
    Ident::new(&format!("__ManagedStream{camel}"), fn_name.span())
}

/// `read_lines` → `ReadLines` (S2.3).
pub(crate) fn upper_camel_case(snake: &str) -> String {
    let snake = snake.strip_prefix("r#").unwrap_or(snake);
    snake
        .split('_')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            first.into_iter().chain(chars).collect::<String>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use proc_macro2::Ident;

    use super::{struct_name_for, upper_camel_case};
    use crate::errors::Errors;

    #[test]
    fn struct_names_follow_s2_3() {
        assert_eq!(upper_camel_case("numbers"), "Numbers");
        assert_eq!(upper_camel_case("read_lines"), "ReadLines");
        assert_eq!(upper_camel_case("_private_rows"), "PrivateRows");
        assert_eq!(upper_camel_case("r#type"), "Type");
        assert_eq!(upper_camel_case("v2_items"), "V2Items");
    }

    #[test]
    fn fn_names_that_make_no_type_name_are_errors_not_panics() {
        for (name, placeholder, error) in [
            ("__", "__ManagedStream", true),
            ("_1", "__ManagedStream1", true),
            ("self_", "__ManagedStreamSelf", true),
            ("rows", "Rows", false),
        ] {
            let mut errors = Errors::default();
            let ident = Ident::new(name, proc_macro2::Span::call_site());
            let struct_name = struct_name_for(&ident, &mut errors);
            assert_eq!(struct_name, placeholder);
            let reported = errors.to_compile_errors().to_string();
            assert_eq!(reported.contains("name = StructName"), error, "{reported}");
        }
        // A method makes no struct: any fn name will do (S2.8).
        let method = quote::quote! {
            async fn __(&self) -> u32 {
                yield_!(1);
            }
        };
        let expanded = crate::expand_attribute(quote::quote!(), method).to_string();
        assert!(expanded.contains("ManagedBox"), "{expanded}");
        assert!(!expanded.contains("compile_error"), "{expanded}");
    }
}
