//! The project's Rust sources as tokens that matter here: string literals, with what precedes
//! them, outside comments and outside test code.

use std::path::{Path, PathBuf};

/// The project's root (two folders above this crate).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the project's root")
}

/// The folders whose code the user's words come from: the window, the shell, core, the model
/// and this crate.
pub const CODE: [&str; 5] = [
    "src-ui/src",
    "src-tauri/src",
    "src-tauri/core/src",
    "src-tauri/model/src",
    "src-tauri/i18n/src",
];

/// A string literal in the code.
#[derive(Debug, Clone)]
pub struct Literal {
    /// Relative to the project's root.
    pub file: String,
    pub line: usize,
    pub text: String,
    /// The code before it on its line, and the name of the function it is in.
    pub before: String,
    pub function: String,
    /// It is inside the arguments of `name(` (the innermost call), and at which argument.
    pub call: Option<(String, usize)>,
    /// Every call it is inside, innermost first.
    pub calls: Vec<String>,
    /// Inside an `html!` macro.
    pub in_html: bool,
}

/// Every `.rs` file under the code folders, test files left out.
pub fn files() -> Vec<PathBuf> {
    let root = root();
    let mut out = Vec::new();
    for dir in CODE {
        collect(&root.join(dir), &mut out);
    }
    out.sort();
    out
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if path.is_dir() {
            if name != "tests" {
                collect(&path, out);
            }
        } else if name.ends_with(".rs") && name != "tests.rs" {
            out.push(path);
        }
    }
}

/// The literals of every code file.
pub fn literals() -> Vec<Literal> {
    let root = root();
    files()
        .iter()
        .flat_map(|path| {
            let text = std::fs::read_to_string(path).expect("a source file");
            let rel = path
                .strip_prefix(&root)
                .unwrap_or(path)
                .display()
                .to_string();
            scan(&rel, &without_tests(&text))
        })
        .collect()
}

/// The file up to its `#[cfg(test)]` module (by this project's layout, the tests come last).
fn without_tests(text: &str) -> String {
    match text.find("#[cfg(test)]\nmod tests {") {
        Some(at) => text[..at].to_owned(),
        None => text.to_owned(),
    }
}

/// A small lexer: comments skipped, string literals (plain, byte and raw) kept with their line
/// and context; calls tracked by their opening parenthesis.
fn scan(file: &str, text: &str) -> Vec<Literal> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    let mut line_start = 0;
    let mut function = String::new();
    // Open brackets: (callee name for `(`, argument index), and whether an html! macro opened it.
    let mut stack: Vec<(char, String, usize, bool)> = Vec::new();
    let mut ident = String::new();
    let mut last_ident = String::new();
    let mut pending_fn = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            line_start = i + 1;
        }
        // Comments.
        if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '/' && chars.get(i + 1) == Some(&'*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                if chars[i] == '\n' {
                    line += 1;
                    line_start = i + 1;
                }
                i += 1;
            }
            i += 2;
            continue;
        }
        // Raw strings r"..", r#".."#, br#".."#.
        let raw_at = if c == 'r' && !is_ident(prev(&chars, i)) {
            Some(i + 1)
        } else if c == 'b' && chars.get(i + 1) == Some(&'r') && !is_ident(prev(&chars, i)) {
            Some(i + 2)
        } else {
            None
        };
        if let Some(mut j) = raw_at {
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) == Some(&'"') {
                let start_line = line;
                let before: String = chars[line_start..i].iter().collect();
                j += 1;
                let begin = j;
                loop {
                    if j >= chars.len() {
                        break;
                    }
                    if chars[j] == '"' && (0..hashes).all(|k| chars.get(j + 1 + k) == Some(&'#')) {
                        break;
                    }
                    if chars[j] == '\n' {
                        line += 1;
                        line_start = j + 1;
                    }
                    j += 1;
                }
                let text: String = chars[begin..j.min(chars.len())].iter().collect();
                out.push(literal(file, start_line, text, before, &function, &stack));
                i = j + 1 + hashes;
                ident.clear();
                continue;
            }
        }
        if c == '"' {
            let start_line = line;
            let before: String = chars[line_start..i].iter().collect();
            let mut j = i + 1;
            let mut text = String::new();
            while j < chars.len() && chars[j] != '"' {
                if chars[j] == '\\' {
                    // An escaped newline continues the string without it and the indent.
                    if chars.get(j + 1) == Some(&'\n') {
                        line += 1;
                        j += 2;
                        line_start = j;
                        while j < chars.len() && chars[j].is_whitespace() {
                            j += 1;
                        }
                        continue;
                    }
                    text.push(chars[j]);
                    if let Some(&n) = chars.get(j + 1) {
                        text.push(n);
                    }
                    j += 2;
                    continue;
                }
                if chars[j] == '\n' {
                    line += 1;
                    line_start = j + 1;
                }
                text.push(chars[j]);
                j += 1;
            }
            out.push(literal(file, start_line, text, before, &function, &stack));
            i = j + 1;
            ident.clear();
            continue;
        }
        // Char literals and lifetimes: skip a quoted char ('a', '\n', '"').
        if c == '\'' {
            if chars.get(i + 1) == Some(&'\\') {
                let mut j = i + 2;
                while j < chars.len() && chars[j] != '\'' {
                    j += 1;
                }
                i = j + 1;
                continue;
            }
            if chars.get(i + 2) == Some(&'\'') {
                i += 3;
                continue;
            }
            i += 1;
            continue;
        }
        if is_ident(Some(c)) {
            ident.push(c);
            i += 1;
            continue;
        }
        if !ident.is_empty() {
            if pending_fn {
                function = ident.clone();
                pending_fn = false;
            }
            if ident == "fn" {
                pending_fn = true;
            }
            last_ident = std::mem::take(&mut ident);
        }
        match c {
            '(' | '[' | '{' => {
                let html = stack.last().is_some_and(|s| s.3)
                    || (c != '(' && last_ident == "html" && prev_non_space(&chars, i) == Some('!'));
                let name = if c == '('
                    && prev_non_space(&chars, i).is_some_and(|p| is_ident(Some(p)) || p == '!')
                {
                    last_ident.clone()
                } else {
                    String::new()
                };
                stack.push((c, name, 0, html));
                last_ident.clear();
            }
            ')' | ']' | '}' => {
                stack.pop();
                last_ident.clear();
            }
            ',' => {
                if let Some(top) = stack.last_mut() {
                    top.2 += 1;
                }
                last_ident.clear();
            }
            c if c.is_whitespace() || c == '!' || c == ':' || c == '.' || c == '&' => {}
            _ => last_ident.clear(),
        }
        i += 1;
    }
    out
}

fn prev(chars: &[char], i: usize) -> Option<char> {
    i.checked_sub(1).map(|j| chars[j])
}

fn prev_non_space(chars: &[char], i: usize) -> Option<char> {
    chars[..i]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace())
        .copied()
}

fn is_ident(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

fn literal(
    file: &str,
    line: usize,
    text: String,
    before: String,
    function: &str,
    stack: &[(char, String, usize, bool)],
) -> Literal {
    let call = stack
        .iter()
        .rev()
        .find(|s| s.0 == '(')
        .filter(|s| !s.1.is_empty())
        .map(|s| (s.1.clone(), s.2));
    Literal {
        file: file.to_owned(),
        line,
        text,
        before,
        function: function.to_owned(),
        call,
        calls: stack
            .iter()
            .rev()
            .filter(|s| s.0 == '(' && !s.1.is_empty())
            .map(|s| s.1.clone())
            .collect(),
        in_html: stack.iter().any(|s| s.3),
    }
}
