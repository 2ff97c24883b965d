//! Every example a reader is shown runs somewhere. The attribute's own docs page (the IDE
//! hover) lives in the proc-macro crate, whose doctests use `managed-stream` through a
//! path dev-dependency: its examples must all be doctests. The README is no crate's docs:
//! each of its `rust` examples must be a doctest of the `managed-stream` crate (in its
//! source or its guide pages), hidden `# ` lines aside. And every guide page must be part
//! of the docs.

use std::fs;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|error| panic!("reading {}: {error}", path.display()))
}

/// A fenced code block: its info string (`rust,ignore`), its text, where it starts.
#[derive(Debug)]
struct Block {
    info: String,
    text: String,
    at: String,
}

impl Block {
    /// Whether rustdoc compiles and runs it: a plain `rust` block (or no info string).
    fn is_doctest(&self) -> bool {
        self.info
            .split(',')
            .all(|token| matches!(token.trim(), "" | "rust"))
    }

    /// The text rustdoc shows: without the hidden `# ` lines.
    fn visible(&self) -> String {
        let lines = self.text.lines().filter(|line| {
            let line = line.trim_start();
            line != "#" && !line.starts_with("# ")
        });
        lines.collect::<Vec<_>>().join("\n")
    }
}

/// The fenced blocks of markdown `lines`, numbered from `first_line`.
fn blocks<'a>(lines: impl IntoIterator<Item = (usize, &'a str)>, file: &Path) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut open: Option<(String, usize, Vec<&str>)> = None;
    for (number, line) in lines {
        let fence = line.trim_start().strip_prefix("```");
        match (&mut open, fence) {
            (None, Some(info)) => open = Some((info.trim().to_string(), number, Vec::new())),
            (Some(_), Some(_)) => {
                let (info, start, text) = open.take().unwrap();
                blocks.push(Block {
                    info,
                    text: text.join("\n"),
                    at: format!("{}:{start}", file.display()),
                });
            }
            (Some((_, _, text)), None) => text.push(line),
            (None, None) => {}
        }
    }
    assert!(
        open.is_none(),
        "an unclosed code block in {}",
        file.display()
    );
    blocks
}

/// The doc comment lines (`///`, `//!`) of Rust source, with their line numbers.
fn doc_lines(source: &str) -> Vec<(usize, &str)> {
    source
        .lines()
        .enumerate()
        .filter_map(|(index, line)| {
            let line = line.trim_start();
            let doc = line
                .strip_prefix("///")
                .or_else(|| line.strip_prefix("//!"))?;
            Some((index + 1, doc.strip_prefix(' ').unwrap_or(doc)))
        })
        .collect()
}

fn files_under(dir: &Path, extension: &str, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|error| panic!("{}: {error}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, extension, found);
        } else if path.extension().is_some_and(|ext| ext == extension) {
            found.push(path);
        }
    }
    found.sort();
}

fn guide_pages() -> Vec<PathBuf> {
    let mut pages = Vec::new();
    files_under(&root().join("managed-stream/guide"), "md", &mut pages);
    pages
}

/// Every doctest of the facade: in its sources' doc comments and in its guide pages.
fn facade_doctests() -> Vec<Block> {
    let mut sources = Vec::new();
    files_under(&root().join("managed-stream/src"), "rs", &mut sources);
    let mut doctests = Vec::new();
    for source in &sources {
        doctests.extend(blocks(doc_lines(&read(source)), source));
    }
    for page in guide_pages() {
        let text = read(&page);
        doctests.extend(blocks(
            text.lines().enumerate().map(|(i, l)| (i + 1, l)),
            &page,
        ));
    }
    doctests.retain(Block::is_doctest);
    assert!(
        doctests.len() > 40,
        "only {} facade doctests found: the scan is broken",
        doctests.len()
    );
    doctests
}

/// The doc comment of `pub fn managed_stream` in the proc-macro crate.
fn attribute_doc() -> Vec<Block> {
    let path = root().join("managed-stream-macros/src/lib.rs");
    let source = read(&path);
    let lines: Vec<&str> = source.lines().collect();
    let at = lines
        .iter()
        .position(|line| line.starts_with("pub fn managed_stream("))
        .expect("`pub fn managed_stream(` in managed-stream-macros/src/lib.rs");
    let mut start = at;
    while start > 0 {
        let line = lines[start - 1].trim_start();
        if line.starts_with("///") || line.starts_with("#[") {
            start -= 1;
        } else {
            break;
        }
    }
    let doc: String = (start..at)
        .map(|index| lines[index])
        .collect::<Vec<_>>()
        .join("\n");
    let numbered = doc_lines(&doc)
        .into_iter()
        .map(|(number, line)| (number + start, line));
    blocks(numbered, &path)
}

/// The attribute's page runs its examples as doctests of the proc-macro crate (through a
/// path dev-dependency on `managed-stream`): none may be `ignore`d or left out of the run.
#[test]
fn the_attribute_page_examples_are_doctests() {
    let examples = attribute_doc();
    assert!(
        examples.len() >= 8,
        "the attribute's page shows only {} examples: {examples:#?}",
        examples.len()
    );
    for example in &examples {
        assert!(
            example.is_doctest(),
            "{}: the attribute's examples are doctests of managed-stream-macros (info \
             string `rust` or none), not `{}`",
            example.at,
            example.info
        );
    }
    let manifest = read(&root().join("managed-stream-macros/Cargo.toml"));
    let dev = manifest
        .split_once("[dev-dependencies]")
        .map(|(_, rest)| rest)
        .expect("managed-stream-macros has dev-dependencies");
    assert!(
        dev.lines()
            .any(|line| line.starts_with("managed-stream = { path =")),
        "the doctests need managed-stream as a path dev-dependency of the macro crate"
    );
}

#[test]
fn the_readme_examples_are_facade_doctests() {
    let doctests = facade_doctests();
    // The repository's README, and the one each package ships to crates.io.
    let readmes = [
        "README.md",
        "managed-stream/README.md",
        "managed-stream-macros/README.md",
    ];
    let mut runnable = Vec::new();
    for readme in readmes.map(|path| root().join(path)) {
        let text = read(&readme);
        runnable.extend(
            blocks(text.lines().enumerate().map(|(i, l)| (i + 1, l)), &readme)
                .into_iter()
                .filter(|block| block.is_doctest()),
        );
    }
    assert!(!runnable.is_empty(), "no `rust` example in the READMEs");
    for example in &runnable {
        assert!(
            doctests
                .iter()
                .any(|doctest| doctest.visible() == example.text),
            "the README's example at {} is not a doctest of the managed-stream crate \
             (hidden `# ` lines aside); make it one, or mark a sketch `rust,ignore`:\n{}",
            example.at,
            example.text
        );
    }
}

#[test]
fn every_guide_page_is_in_the_docs() {
    let guide = read(&root().join("managed-stream/src/guide.rs"));
    for page in guide_pages() {
        let name = page.file_name().unwrap().to_str().unwrap();
        let include = format!("include_str!(\"../guide/{name}\")");
        assert!(
            guide.contains(&include),
            "managed-stream/guide/{name} is not included in managed-stream/src/guide.rs, so \
             it is neither published nor doctested"
        );
    }
}
