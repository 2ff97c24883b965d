//! Keeps `examples/expansion-expanded.rs` in sync with what the attribute generates for
//! `examples/expansion.rs`: the example shows readers the expansion, and cargo
//! compiles it, so the snapshot is also proof that the expansion is valid Rust.
//!
//! After a deliberate change to the expansion, refresh the snapshot with
//! `UPDATE_EXPANSION=1 cargo test -p managed-stream-macros` and review the diff.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use quote::quote;
use syn::{Item, parse_quote};

const BEGIN: &str = "// ---- what #[managed_stream] generates ----\n";
const END: &str = "// ---- end of the generated code ----\n";

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples")
        .join(name)
}

/// The annotated fns of the source example, expanded and formatted.
fn expansion_of(source: &str) -> String {
    let file = syn::parse_file(source).expect("examples/expansion.rs parses");
    let mut expanded = proc_macro2::TokenStream::new();
    for item in file.items {
        let Item::Fn(mut function) = item else {
            continue;
        };
        let Some(position) = function
            .attrs
            .iter()
            .position(|attr| attr.path().is_ident("managed_stream"))
        else {
            continue;
        };
        let attribute = function.attrs.remove(position);
        let args = match attribute.meta {
            syn::Meta::List(list) => list.tokens,
            _ => proc_macro2::TokenStream::new(),
        };
        expanded.extend(crate::expand_attribute(args, quote!(#function)));
    }
    let file: syn::File = parse_quote!(#expanded);
    rustfmt(&quote!(#file).to_string())
}

fn rustfmt(code: &str) -> String {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the snapshot test needs rustfmt (rustup component add rustfmt)");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(code.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "rustfmt failed on the expansion");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn expansion_example_is_up_to_date() {
    let source = std::fs::read_to_string(example("expansion.rs")).unwrap();
    let generated = expansion_of(&source);
    let snapshot_path = example("expansion-expanded.rs");
    let snapshot = std::fs::read_to_string(&snapshot_path).unwrap();
    let (head, rest) = snapshot.split_once(BEGIN).expect("begin marker");
    let (current, tail) = rest.split_once(END).expect("end marker");
    if std::env::var_os("UPDATE_EXPANSION").is_some() {
        let updated = format!("{head}{BEGIN}{generated}{END}{tail}");
        std::fs::write(&snapshot_path, updated).unwrap();
        return;
    }
    assert!(
        current == generated,
        "examples/expansion-expanded.rs is out of date; run \
         `UPDATE_EXPANSION=1 cargo test -p managed-stream-macros` and review the diff.\n\
         generated:\n{generated}"
    );
}

/// With `crate = path`, no generated path names `managed_stream`: the runtime can be
/// re-exported under another name (hygiene).
#[test]
fn crate_option_replaces_every_runtime_path() {
    let function = quote! {
        async fn rows(&self, n: u32) -> Result<u32, String> {
            teardown! { let _ = n; }
            yield_!(Ok(n));
        }
    };
    for args in [
        quote!(crate = my::streams),
        quote!(crate = my::streams, ?Send),
    ] {
        let expanded = crate::expand_attribute(args, function.clone()).to_string();
        assert!(
            expanded.contains("my :: streams :: __private"),
            "{expanded}"
        );
        assert!(!expanded.contains("managed_stream ::"), "{expanded}");
    }
}
