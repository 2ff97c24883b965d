//! The attribute's options:
//! `#[managed_stream(name = RowStream, ?Send, method, try, crate = path)]`.

use proc_macro2::{Span, TokenStream};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Ident, Path, Token};

use crate::errors::Errors;

/// Options given to `#[managed_stream(...)]`.
#[derive(Default)]
pub(crate) struct Options {
    /// `name = Ident`: the generated struct's name (S2.3).
    pub(crate) name: Option<Ident>,
    /// `?Send`: the body need not be `Send` (S2.9).
    pub(crate) local: Option<Span>,
    /// `method`: an associated fn without receiver or `Self` (S2.8).
    pub(crate) method: Option<Span>,
    /// `try` or `try = bool`: try mode on or off whatever the item type is written
    /// as (S2.7); `None` when not given (try mode for an item type written `Result<..>`).
    pub(crate) try_mode: Option<bool>,
    /// `crate = path`: where the runtime crate is, when re-exported under another name.
    pub(crate) krate: Option<Path>,
}

const EXPECTED: &str =
    "expected one of `name = StructName`, `?Send`, `method`, `try`, `try = false`, `crate = path`";

impl Options {
    /// Parses the attribute's tokens, reporting every bad option (not only the first).
    pub(crate) fn parse(tokens: TokenStream, errors: &mut Errors) -> Options {
        let mut options = Options::default();
        let parser = |input: ParseStream| {
            while !input.is_empty() {
                if let Err(error) = options.parse_one(input, errors) {
                    errors.push(error);
                    // Skip to the next comma, to report later options too.
                    while !input.is_empty() && !input.peek(Token![,]) {
                        input.parse::<proc_macro2::TokenTree>()?;
                    }
                }
                if input.is_empty() {
                    break;
                }
                input.parse::<Token![,]>()?;
            }
            Ok(())
        };
        if let Err(error) = parser.parse2(tokens) {
            errors.push(error);
        }
        options
    }

    fn parse_one(&mut self, input: ParseStream, errors: &mut Errors) -> syn::Result<()> {
        if input.peek(Token![?]) {
            let question: Token![?] = input.parse()?;
            let send: Ident = input.parse()?;
            if send != "Send" {
                return Err(syn::Error::new(send.span(), "expected `?Send`"));
            }
            let span = question.span.join(send.span()).unwrap_or(send.span());
            no_value(input, "?Send")?;
            return set_once(&mut self.local, span, span, "?Send", errors);
        }
        let key =
            Ident::parse_any(input).map_err(|error| syn::Error::new(error.span(), EXPECTED))?;
        match key.to_string().as_str() {
            "name" => {
                input.parse::<Token![=]>()?;
                let name: Ident = input.parse().map_err(|error| {
                    syn::Error::new(error.span(), "expected a struct name: `name = StructName`")
                })?;
                set_once(&mut self.name, name, key.span(), "name", errors)
            }
            "method" => {
                no_value(input, "method")?;
                set_once(&mut self.method, key.span(), key.span(), "method", errors)
            }
            "try" => {
                let on = if input.peek(Token![=]) {
                    input.parse::<Token![=]>()?;
                    let value: syn::LitBool = input.parse().map_err(|error| {
                        syn::Error::new(
                            error.span(),
                            "expected `try` (try mode on) or `try = false` (off)",
                        )
                    })?;
                    value.value
                } else {
                    true
                };
                set_once(&mut self.try_mode, on, key.span(), "try", errors)
            }
            "crate" => {
                input.parse::<Token![=]>()?;
                let path = Path::parse_mod_style(input)?;
                set_once(&mut self.krate, path, key.span(), "crate", errors)
            }
            other => Err(syn::Error::new(
                key.span(),
                format!("unknown option `{other}`: {EXPECTED}"),
            )),
        }
    }
}

/// Reports a value given to a flag (`method = true`).
fn no_value(input: ParseStream, flag: &str) -> syn::Result<()> {
    if input.peek(Token![=]) {
        return Err(input.error(format!("`{flag}` takes no value: write `{flag}` alone")));
    }
    Ok(())
}

/// Stores an option's value, or reports that it was given twice.
fn set_once<T>(
    slot: &mut Option<T>,
    value: T,
    span: Span,
    what: &str,
    errors: &mut Errors,
) -> syn::Result<()> {
    if slot.is_some() {
        errors.push(syn::Error::new(
            span,
            format!("option `{what}` is given twice: remove one"),
        ));
    } else {
        *slot = Some(value);
    }
    Ok(())
}
