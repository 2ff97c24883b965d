//! The output: the plain fn that builds the stream, the named struct, and its impls.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::{Ident, ItemFn};

use crate::args::Options;
use crate::body::{self, Names};
use crate::errors::Errors;
use crate::signature;

/// Expands an `async fn` annotated with `#[managed_stream(options)]`.
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
    let item = &shape.item;
    let output = if shape.try_mode {
        quote!(::core::result::Result<(), <#item as #private::TryItem>::Error>)
    } else {
        quote!(())
    };
    let names = Names {
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
    };
    let split = body::analyse(*block, &names, errors);
    let body = split.expand(&names);

    let struct_name = match &options.name {
        Some(name) => name.clone(),
        None => struct_name_for(&sig.ident, shape.method, errors),
    };
    let struct_name_str = struct_name.to_string();
    let (impl_generics, type_generics, where_clause) = shape.generics.split_for_impl();
    let (fn_generics, _, fn_where_clause) = shape.fn_generics.split_for_impl();
    let captures = &shape.captures;
    let (marker, constructor) = if options.local.is_some() {
        (quote!(#private::LocalBody), quote!(new_local))
    } else {
        (quote!(#private::SendBody), quote!(new_send))
    };
    let driver = quote!(#private::Driver<#item, #output, #captures, #marker>);
    let body_lifetime = &shape.body_lifetime;
    let params = shape.arguments.iter().map(|argument| &argument.param);
    let rebinds = shape.arguments.iter().map(|argument| &argument.rebind);
    let yielder = &names.yielder;
    let fn_name = &sig.ident;
    let unsafety = &sig.safety;
    let fn_token = sig.fn_token;
    // Errors such as "future cannot be sent between threads safely" point at the fn.
    let async_span = sig.asyncness.map_or(sig.ident.span(), |token| token.span);
    let constructor_call = quote_spanned! {async_span=>
        <#driver>::#constructor::<#body_lifetime, _, _>
    };
    let closure = quote_spanned! {async_span=>
        move |#yielder| async move {
            #(#rebinds)*
            #body
        }
    };
    // `new_send` and `new_local` are `unsafe fn`s (the runtime's `raw.rs`, invariant
    // 4: the `Yielder` stays in the body). The closure is built outside the `unsafe`
    // block, so the user's body is never in an unsafe context, and the block has the
    // macro's own span, so that `#![forbid(unsafe_code)]` in the user's crate accepts it.
    let make_body = Ident::new("__ms_make_body", Span::mixed_site());
    let construct = |name: TokenStream| {
        quote! {{
            let #make_body = #closure;
            unsafe { #constructor_call(#name, #make_body) }
        }}
    };
    if shape.method {
        // S2.8: no struct can stand in an impl block; return the runtime's type.
        let receiver = shape.receiver.iter();
        let params = shape.arguments.iter().map(|argument| &argument.param);
        let name = format!("{fn_name}()");
        let built = construct(quote!(|| #name));
        return quote! {
            #(#attrs)*
            #[track_caller]
            #vis #unsafety #fn_token #fn_name #fn_generics (#(#receiver,)* #(#params),*)
                -> #private::ManagedBox<#body_lifetime, #item, #output, #marker>
            #fn_where_clause
            {
                #private::ManagedBox::__from_driver(#built)
            }
        };
    }
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
    // The forwarding methods are `#[inline]`: rustc then generates code only for those a
    // crate uses, not eight per annotated fn (compile time, issue 5).
    let must_use = "a managed stream does nothing unless polled, and must be ended with \
                    `.close().await` or read to the end";
    let field = format_ident!("__driver");
    // Only a try-mode stream has teardown errors to keep (S2.7).
    let suppressed = if shape.try_mode {
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

    let built = construct(quote!(|| #struct_name_str));
    let build = quote! {
        #struct_name {
            #field: #built,
        }
    };
    let function = match &shape.builder {
        None => quote! {
            #(#attrs)*
            #[track_caller]
            #vis #unsafety #fn_token #fn_name #fn_generics (#(#params),*)
                -> #struct_name #type_generics
            #fn_where_clause
            {
                #build
            }
        },
        // `impl Trait` arguments: the public fn keeps the fn's generics (a turbofish
        // works as on the original fn) and returns the struct with `impl Trait` type
        // arguments; a builder fn inside names them.
        Some(builder) => {
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
    };

    quote! {
        #function

        #[doc = #struct_doc]
        #[must_use = #must_use]
        #vis struct #struct_name #impl_generics #where_clause {
            #field: #driver,
        }

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
fn struct_name_for(fn_name: &Ident, method: bool, errors: &mut Errors) -> Ident {
    let camel = upper_camel_case(&fn_name.to_string());
    if camel != "Self" && syn::parse_str::<Ident>(&camel).is_ok() {
        return Ident::new(&camel, fn_name.span());
    }
    // A method returns `ManagedBox`: its name is never used.
    if !method {
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
    }
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
        for (name, method, placeholder, error) in [
            ("__", false, "__ManagedStream", true),
            ("_1", false, "__ManagedStream1", true),
            ("self_", false, "__ManagedStreamSelf", true),
            ("__", true, "__ManagedStream", false),
            ("rows", false, "Rows", false),
        ] {
            let mut errors = Errors::default();
            let ident = Ident::new(name, proc_macro2::Span::call_site());
            let struct_name = struct_name_for(&ident, method, &mut errors);
            assert_eq!(struct_name, placeholder);
            let reported = errors.to_compile_errors().to_string();
            assert_eq!(reported.contains("name = StructName"), error, "{reported}");
        }
    }
}
