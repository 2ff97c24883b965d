//! One generated crate per batch: a module per body (`src/b{n}.rs`), the fixture
//! (`src/rt.rs`), and a `main` that runs the consumers listed in a file and prints each
//! log. Built with its own `--target-dir` (the outer `cargo test` holds the lock of the
//! workspace's), offline against a copy of the workspace's Cargo.lock. A body that fails
//! to compile is dropped and the rest rebuilt, so one failure hides nothing.

use super::consumer::Consumer;
use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One body (its `#[managed_stream]` fn as source) and the consumers it is driven by.
pub struct Case {
    pub name: String,
    pub body_fn: String,
    pub consumers: Vec<Consumer>,
}

/// The module of a case: the fixture's names, the body, and its entry point.
fn case_module(case: &Case) -> String {
    format!(
        "use crate::rt::*;\n\n{}\n\npub fn run(consumer: &Consumer) -> Vec<String> {{\n    \
         let ctx = Ctx::default();\n    drive(&ctx, body(ctx.clone()), consumer)\n}}\n",
        case.body_fn.trim_end()
    )
}

/// What the batch gave: compile errors per case, and each (case, consumer)'s log.
pub struct Outcome {
    pub compile_errors: BTreeMap<String, String>,
    pub logs: HashMap<(String, String), Vec<String>>,
}

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Writes, builds and runs the batch `dir_name` under `target/gen_bodies/`.
pub fn run(dir_name: &str, cases: &[&Case]) -> Outcome {
    let root = workspace().join("target/gen_bodies");
    let dir = root.join(dir_name);
    write_crate(&dir, cases);
    let mut compile_errors = BTreeMap::new();
    let mut live: Vec<&Case> = cases.to_vec();
    for _attempt in 0..4 {
        write_main(&dir, &live);
        let errors = build(&dir, &root.join("target"));
        if errors.is_empty() {
            let logs = run_program(&root.join("target/debug/gen_bodies_batch"), &dir, &live);
            return Outcome {
                compile_errors,
                logs,
            };
        }
        live.retain(|c| !errors.contains_key(&c.name));
        compile_errors.extend(errors);
    }
    panic!("the batch still fails to compile after dropping the failing bodies four times");
}

fn write_crate(dir: &Path, cases: &[&Case]) {
    let src = dir.join("src");
    let _ = fs::remove_dir_all(&src);
    fs::create_dir_all(&src).unwrap();
    let ws = workspace();
    let manifest = format!(
        "[package]\nname = \"gen_bodies_batch\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\
         publish = false\n\n[workspace]\n\n[dependencies]\n\
         managed-stream = {{ path = {:?} }}\n\
         futures-core = \"0.3.31\"\n\
         futures = \"0.3.31\"\n\
         tokio = {{ version = \"1.45\", default-features = false, features = [\"macros\"] }}\n\n\
         [profile.dev]\ndebug = 0\n",
        ws.join("managed-stream")
    );
    fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    fs::copy(ws.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    fs::write(src.join("rt.rs"), include_str!("batch/rt.rs")).unwrap();
    for case in cases {
        let file = src.join(format!("{}.rs", case.name));
        fs::write(file, case_module(case)).unwrap();
    }
}

fn write_main(dir: &Path, live: &[&Case]) {
    let mut main = String::from("#![allow(warnings)]\nmod rt;\n");
    for c in live {
        main.push_str(&format!("mod {};\n", c.name));
    }
    main.push_str(
        "\nfn main() {\n    std::panic::set_hook(Box::new(|_| {}));\n    \
         let list = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();\n    \
         for line in list.lines() {\n        \
         let (name, consumer) = line.split_once('|').unwrap();\n        \
         let c = rt::Consumer::parse(consumer);\n        \
         let log = match name {\n",
    );
    for c in live {
        main.push_str(&format!("            \"{0}\" => {0}::run(&c),\n", c.name));
    }
    main.push_str(
        "            _ => panic!(\"no case {name}\"),\n        };\n        \
         println!(\"{name}|{consumer}|{}\", log.join(\";\"));\n    }\n}\n",
    );
    fs::write(dir.join("src/main.rs"), main).unwrap();
}

/// Builds the crate; returns the rendered errors of each case that failed.
fn build(dir: &Path, target: &Path) -> BTreeMap<String, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args([
            "build",
            "--offline",
            "--quiet",
            "--color",
            "never",
            "--target-dir",
        ])
        .arg(target)
        .current_dir(dir)
        .env_remove("CARGO_TARGET_DIR")
        .output()
        .expect("cargo runs");
    if out.status.success() {
        return BTreeMap::new();
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let errors = errors_per_case(&stderr);
    assert!(
        !errors.is_empty(),
        "the batch failed to build, not in a body:\n{stderr}"
    );
    errors
}

/// Splits rustc's output into diagnostics and files each error under the case module
/// (`src/{name}.rs`) its first location names.
fn errors_per_case(stderr: &str) -> BTreeMap<String, String> {
    let mut chunks: Vec<String> = Vec::new();
    for line in stderr.lines() {
        if line.starts_with("error") || line.starts_with("warning") || chunks.is_empty() {
            chunks.push(String::new());
        }
        let chunk = chunks.last_mut().unwrap();
        chunk.push_str(line);
        chunk.push('\n');
    }
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    for chunk in chunks.iter().filter(|c| c.starts_with("error")) {
        let Some(at) = chunk.find("--> src/") else {
            continue;
        };
        let rest = &chunk[at + "--> src/".len()..];
        let Some(name) = rest.split(".rs").next() else {
            continue;
        };
        if name == "rt" || name == "main" {
            continue;
        }
        out.entry(name.to_string()).or_default().push_str(chunk);
    }
    out
}

fn run_program(bin: &Path, dir: &Path, live: &[&Case]) -> HashMap<(String, String), Vec<String>> {
    let mut list = String::new();
    for case in live {
        for c in &case.consumers {
            list.push_str(&format!("{}|{c}\n", case.name));
        }
    }
    let list_file = dir.join("consumers.txt");
    fs::write(&list_file, list).unwrap();
    let out = Command::new(bin)
        .arg(&list_file)
        .output()
        .expect("the batch program runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the batch program died (a panic while panicking aborts):\n{}\n{}",
        stdout.lines().last().unwrap_or(""),
        String::from_utf8_lossy(&out.stderr)
    );
    let mut logs = HashMap::new();
    for line in stdout.lines() {
        let mut parts = line.splitn(3, '|');
        let (name, consumer, log) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap_or(""),
        );
        let events = if log.is_empty() {
            Vec::new()
        } else {
            log.split(';').map(String::from).collect()
        };
        logs.insert((name.to_string(), consumer.to_string()), events);
    }
    logs
}
