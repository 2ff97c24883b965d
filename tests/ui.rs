//! Compile errors of SPEC S6.2, each pinned by a file under `tests/ui/<topic>/`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*/*.rs");
}
