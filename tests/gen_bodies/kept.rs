//! Kept cases: every body the generator found failing, frozen as source with the logs
//! the oracle expected (`tests/gen_bodies/kept/*.rs`), so that a later change to the
//! grammar, which changes what a seed gives, cannot lose one. Files are named
//! `{finding}-g{grammar}-s{seed}.rs`: g1 is the grammar of e09f8df, g2 the one with
//! `try_join!` and the `futures` macros (b2eedc8), g3 the one with all-disabled
//! selects. A file:
//!
//! ```text
//! // finding: R1-cancel-in-teardown-goes-on
//! // seed: 1000075
//! // expect `take 1 mid 1 cancel` => item 3 t1 gaveup w2- t1. cancel
//! #[managed_stream]
//! pub async fn body(ctx: Ctx) -> u32 { .. }
//! ```

use super::consumer::Consumer;
use std::fs;
use std::path::{Path, PathBuf};

pub struct Kept {
    /// The file's stem, also the case's module name.
    pub name: String,
    pub finding: String,
    pub body_fn: String,
    pub expect: Vec<(Consumer, Vec<String>)>,
}

pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gen_bodies/kept")
}

/// Every kept case, sorted by file name.
pub fn load() -> Vec<Kept> {
    let Ok(entries) = fs::read_dir(dir()) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
    paths.sort();
    paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| parse(p))
        .collect()
}

fn parse(path: &Path) -> Kept {
    let text = fs::read_to_string(path).unwrap();
    let name = path
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .replace('-', "_");
    let mut finding = String::from("-");
    let mut expect = Vec::new();
    let mut body_fn = String::new();
    for line in text.lines() {
        if let Some(f) = line.strip_prefix("// finding: ") {
            finding = f.trim().to_string();
        } else if let Some(e) = line.strip_prefix("// expect `") {
            let (consumer, log) = e.split_once("` => ").expect("// expect `consumer` => log");
            let consumer = consumer
                .parse()
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            expect.push((consumer, log.split_whitespace().map(String::from).collect()));
        } else if !line.starts_with("//") {
            body_fn.push_str(line);
            body_fn.push('\n');
        }
    }
    assert!(
        !expect.is_empty(),
        "{}: no `// expect` line",
        path.display()
    );
    Kept {
        name: format!("k_{name}"),
        finding,
        body_fn,
        expect,
    }
}

/// A failing generated case as a kept file, in `target/gen_bodies/new-kept/` for a
/// person to name its finding and move it into `tests/gen_bodies/kept/`.
pub fn propose(seed: u64, body_fn: &str, expect: &[(Consumer, Vec<String>)]) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/gen_bodies/new-kept");
    fs::create_dir_all(&dir).unwrap();
    let mut text = format!("// finding: ?\n// seed: {seed}\n");
    for (c, log) in expect {
        text.push_str(&format!("// expect `{c}` => {}\n", log.join(" ")));
    }
    text.push_str(body_fn);
    let path = dir.join(format!("s{seed}.rs"));
    fs::write(&path, text).unwrap();
    path
}
