//! S6.2: without the crate's `tokio` feature, calling `close_on_drop()` or
//! `cancel_on_drop()` is a compile error that names the feature. Runs in the
//! configurations without it (`cargo test -p managed-stream --no-default-features`);
//! with the feature the methods compile (every doc example of them shows it).

#[cfg(not(feature = "tokio"))]
#[test]
fn s6_2_close_on_drop_without_the_tokio_feature_names_the_feature() {
    trybuild::TestCases::new().compile_fail("tests/ui_no_tokio/*.rs");
}
