//! Records where each claim's check is written, for the audit report ("the path and line of its
//! check in the repository"): scans `src/articles/**/*.rs` for `const … : Claim = Claim {`
//! declarations, reads their `id` and `check` fields, and finds the line of `fn CHECK(` (or of the
//! macro invocation that defines it).
//! Writes `$OUT_DIR/check_locations.rs`, a sorted table `(id, path, line)`; a claim the scan
//! misses fails `tests/registry.rs`.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The string between the first pair of double quotes in `line`.
fn quoted(line: &str) -> Option<&str> {
    let start = line.find('"')? + 1;
    let end = start + line[start..].find('"')?;
    Some(&line[start..end])
}

fn main() {
    println!("cargo:rerun-if-changed=src/articles");
    let mut files = Vec::new();
    rust_files(Path::new("src/articles"), &mut files);
    let mut rows: Vec<(String, String, usize)> = Vec::new();
    for path in files {
        let text = fs::read_to_string(&path).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        let mut current_id: Option<String> = None;
        let mut inside = false;
        for line in &lines {
            let t = line.trim();
            if t.starts_with("const ") && t.ends_with(": Claim = Claim {") {
                inside = true;
                current_id = None;
            } else if inside && t.starts_with("id:") {
                current_id = quoted(t).map(str::to_string);
            } else if inside && t.starts_with("check:") {
                let name = t["check:".len()..].trim().trim_end_matches(',').trim();
                // `fn NAME(`, or a macro that writes it: `quoted_check!(NAME, …)`
                let signature = format!("fn {name}(");
                let invocation = format!("!({name},");
                let at = lines.iter().enumerate().position(|(i, l)| {
                    l.trim_start().starts_with(&signature)
                        || l.contains(&invocation)
                        || (l.trim_end().ends_with("!(")
                            && lines
                                .get(i + 1)
                                .is_some_and(|n| n.trim() == format!("{name},")))
                });
                if let (Some(id), Some(at)) = (current_id.take(), at) {
                    let shown = path.to_string_lossy().replace('\\', "/");
                    rows.push((id, shown, at + 1));
                }
                inside = false;
            }
        }
    }
    rows.sort();
    let mut out = String::from(
        "/// Where each claim's check is written: (id, path from the crate root, line).\npub static CHECK_LOCATIONS: &[(&str, &str, u32)] = &[\n",
    );
    for (id, path, line) in rows {
        out.push_str(&format!("    ({id:?}, {path:?}, {line}),\n"));
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("check_locations.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
