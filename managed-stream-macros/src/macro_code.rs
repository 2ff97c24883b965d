//! Another macro's input as code: a `select!` (tokio's or futures') or expressions,
//! parsed so that the code in it can be rewritten (`return` in try mode) and lowered
//! (ways out inside a guarded block), then printed back, the rest as the user wrote it.

use proc_macro2::{Ident, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Expr, Macro, Pat, Token};

/// A `select!` invocation (tokio's or futures'): `biased;`, then branches
/// `pattern = future [, if condition] => handler`, and `else`, `default` or `complete`.
pub(crate) struct Select {
    biased: Option<TokenStream>,
    branches: Vec<Branch>,
}

struct Branch {
    /// `pattern =`, or the keyword of a fallback branch.
    head: TokenStream,
    future: Option<Expr>,
    condition: Option<Expr>,
    handler: Expr,
}

impl Select {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let biased = if input.peek(syn::Ident) && input.peek2(Token![;]) {
            let ident: Ident = input.parse()?;
            if ident != "biased" {
                return Err(syn::Error::new(ident.span(), "expected `biased;`"));
            }
            let semi: Token![;] = input.parse()?;
            Some(quote!(#ident #semi))
        } else {
            None
        };
        let mut branches = Vec::new();
        while !input.is_empty() {
            let fallback =
                (input.peek(Token![else]) || input.peek(syn::Ident)) && input.peek2(Token![=>]);
            let (head, future, condition) = if fallback {
                let keyword: TokenTree = input.parse()?;
                (keyword.into_token_stream(), None, None)
            } else {
                let pattern = Pat::parse_multi_with_leading_vert(input)?;
                let eq: Token![=] = input.parse()?;
                let future = Expr::parse_without_eager_brace(input)?;
                let condition = if input.peek(Token![,]) && input.peek2(Token![if]) {
                    input.parse::<Token![,]>()?;
                    input.parse::<Token![if]>()?;
                    Some(Expr::parse_without_eager_brace(input)?)
                } else {
                    None
                };
                (quote!(#pattern #eq), Some(future), condition)
            };
            input.parse::<Token![=>]>()?;
            let handler = if input.peek(syn::token::Brace) {
                Expr::Block(syn::ExprBlock {
                    attrs: Vec::new(),
                    label: None,
                    block: input.parse()?,
                })
            } else {
                Expr::parse_with_earlier_boundary_rule(input)?
            };
            if !input.is_empty() {
                input.parse::<Token![,]>().or_else(|error| {
                    if matches!(handler, Expr::Block(_)) {
                        Ok(Default::default())
                    } else {
                        Err(error)
                    }
                })?;
            }
            branches.push(Branch {
                head,
                future,
                condition,
                handler,
            });
        }
        Ok(Self { biased, branches })
    }
}

impl ToTokens for Select {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let biased = &self.biased;
        let branches = self.branches.iter().map(|branch| {
            let Branch {
                head,
                future,
                condition,
                handler,
            } = branch;
            let condition = condition.as_ref().map(|condition| quote!(, if #condition));
            quote! { #head #future #condition => #handler, }
        });
        tokens.extend(quote! { #biased #(#branches)* });
    }
}

/// Another macro's input, when it parses as code: a `select!`'s branches, or
/// comma-separated expressions (`assert!`, `join!`, `println!`, ...).
pub(crate) enum MacroCode {
    Select(Select),
    Exprs(Punctuated<Expr, Token![,]>),
}

impl MacroCode {
    /// Parses `mac`'s input as code, if it is.
    pub(crate) fn parse(mac: &Macro) -> Option<Self> {
        let named = |name: &str| {
            mac.path
                .segments
                .last()
                .is_some_and(|last| last.ident == name)
        };
        if named("select") || named("select_biased") {
            if let Ok(select) = Select::parse.parse2(mac.tokens.clone()) {
                return Some(Self::Select(select));
            }
        }
        Punctuated::parse_terminated
            .parse2(mac.tokens.clone())
            .ok()
            .map(Self::Exprs)
    }

    /// Every expression in it, in order.
    pub(crate) fn exprs_mut(&mut self) -> Vec<&mut Expr> {
        match self {
            Self::Select(select) => select
                .branches
                .iter_mut()
                .flat_map(|branch| {
                    let Branch {
                        future,
                        condition,
                        handler,
                        ..
                    } = branch;
                    future
                        .iter_mut()
                        .chain(condition.iter_mut())
                        .chain([handler])
                })
                .collect(),
            Self::Exprs(exprs) => exprs.iter_mut().collect(),
        }
    }
}

impl ToTokens for MacroCode {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Self::Select(select) => select.to_tokens(tokens),
            Self::Exprs(exprs) => exprs.to_tokens(tokens),
        }
    }
}
