//! The contract in the published docs (issue 13, item 1). `managed_stream::spec` shows
//! `managed-stream/SPEC.md` (a published crate cannot include files outside its
//! package), which must be the repository's `docs/SPEC.md`; and that must be the shared
//! contract, `../shared/SPEC.md`, when the repository has one next to it. The docs link
//! clause citations such as (S2.7) to the spec's sections: every such link must name a
//! section that exists.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|error| panic!("reading {}: {error}", path.display()))
}

/// Panics with the first line where `actual` differs from `expected`.
fn assert_same_text(expected: &str, expected_name: &str, actual: &str, actual_name: &str) {
    if expected == actual {
        return;
    }
    let mut expected_lines = expected.lines();
    let mut actual_lines = actual.lines();
    for line in 1.. {
        let (a, b) = (expected_lines.next(), actual_lines.next());
        if a != b {
            panic!(
                "{actual_name} differs from {expected_name} at line {line}:\n  \
                 {expected_name}: {a:?}\n  {actual_name}: {b:?}\n\
                 copy {expected_name} over {actual_name}"
            );
        }
        if a.is_none() {
            break;
        }
    }
    panic!("{actual_name} differs from {expected_name} in line endings or a final newline");
}

#[test]
fn the_published_spec_is_docs_spec() {
    let docs = read(&root().join("docs/SPEC.md"));
    let published = read(&root().join("managed-stream/SPEC.md"));
    assert_same_text(&docs, "docs/SPEC.md", &published, "managed-stream/SPEC.md");
}

#[test]
fn docs_spec_is_the_shared_contract() {
    let shared = root().join("../shared/SPEC.md");
    if !shared.exists() {
        println!(
            "SKIPPED half of tests/spec_copy.rs: no {} next to the repository, so \
             docs/SPEC.md is not compared with it",
            shared.display()
        );
        return;
    }
    let docs = read(&root().join("docs/SPEC.md"));
    assert_same_text(&read(&shared), "../shared/SPEC.md", &docs, "docs/SPEC.md");
}

/// The id rustdoc gives a heading: lower case, spaces as `-`, other punctuation dropped.
fn rustdoc_id(heading: &str) -> String {
    let mut id = String::new();
    for c in heading.trim().chars() {
        if c.is_alphanumeric() || c == '-' || c == '_' {
            id.extend(c.to_lowercase());
        } else if c.is_whitespace() {
            id.push('-');
        }
    }
    id
}

/// The ids of the spec's headings, outside code blocks.
fn spec_anchors() -> BTreeSet<String> {
    let mut in_code = false;
    let mut anchors = BTreeSet::new();
    for line in read(&root().join("managed-stream/SPEC.md")).lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        } else if !in_code && line.starts_with('#') {
            anchors.insert(rustdoc_id(line.trim_start_matches('#')));
        }
    }
    anchors
}

/// The docs that link to the spec's sections.
fn linking_files() -> Vec<PathBuf> {
    let mut files = vec![
        root().join("managed-stream/src/lib.rs"),
        root().join("managed-stream/src/guide.rs"),
        root().join("managed-stream/src/spec.rs"),
        root().join("managed-stream-macros/src/lib.rs"),
        root().join("README.md"),
    ];
    let guide = root().join("managed-stream/guide");
    let mut pages: Vec<PathBuf> = fs::read_dir(&guide)
        .unwrap_or_else(|error| panic!("reading {}: {error}", guide.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    pages.sort();
    files.extend(pages);
    files
}

/// The fragments of the links to the spec in `text`: `crate::spec#...` (intra-doc links)
/// and `spec/index.html#...` (links to docs.rs).
fn spec_fragments(text: &str) -> Vec<String> {
    let mut fragments = Vec::new();
    for marker in ["spec#", "spec/index.html#"] {
        let mut rest = text;
        while let Some(at) = rest.find(marker) {
            rest = &rest[at + marker.len()..];
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(rest.len());
            fragments.push(rest[..end].to_string());
        }
    }
    fragments
}

#[test]
fn clause_links_name_sections_of_the_spec() {
    let anchors = spec_anchors();
    assert!(
        anchors.contains("2-writing-a-managed-stream"),
        "the heading ids are computed as rustdoc does: {anchors:?}"
    );
    let mut links = 0;
    for file in linking_files() {
        for fragment in spec_fragments(&read(&file)) {
            assert!(
                anchors.contains(&fragment),
                "{} links to `#{fragment}`, which is no section of the spec; the sections \
                 are {anchors:?}",
                file.display()
            );
            links += 1;
        }
    }
    assert!(
        links > 20,
        "only {links} links to the spec found: the scan is broken"
    );
}
