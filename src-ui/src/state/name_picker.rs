//! A search field over named things (the all-hooks registry's queues and teams, its flows):
//! the typed text, whether its list is open, and the option the arrow keys reached. A tenant
//! may name a thousand queues; the list shows only the first [`LISTED_MAX`] matches of what is
//! typed, so the webview never draws or walks a thousand options.
//!
//! The list's options are "All" (index 0, no filter) followed by the listed matches (index
//! `i` is the `i - 1`-th of [`Matches::listed`]).

/// The most matches the list shows; the rest are counted ("N more — type to narrow").
pub const LISTED_MAX: usize = 50;

/// A thing to choose: the value the filter reads (`queue:7`, `team:7`, a flow's id), the name
/// shown, and that name lowercased once, so that a keystroke compares without lowercasing a
/// thousand names again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub value: String,
    pub label: String,
    folded: String,
}

impl Choice {
    pub fn new(value: String, label: String) -> Choice {
        let folded = label.to_lowercase();
        Choice {
            value,
            label,
            folded,
        }
    }
}

/// What a text lists: the indices (in the choices) of its first [`LISTED_MAX`] matches, in the
/// choices' order, and how many more match.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Matches {
    pub listed: Vec<usize>,
    pub more: usize,
}

impl Matches {
    /// The options the list shows: "All" and the listed matches.
    pub fn options(&self) -> usize {
        1 + self.listed.len()
    }
}

/// The choices whose name contains `text`, ignoring case in any script (both sides lowercased;
/// surrounding spaces ignored); an empty text matches every choice.
pub fn matches(choices: &[Choice], text: &str) -> Matches {
    let query = text.trim().to_lowercase();
    let mut found = Matches::default();
    for (i, choice) in choices.iter().enumerate() {
        if choice.folded.contains(&query) {
            if found.listed.len() < LISTED_MAX {
                found.listed.push(i);
            } else {
                found.more += 1;
            }
        }
    }
    found
}

/// What picking option `option` sets: `Some(None)` for "All" (no filter), `Some(Some(value))`
/// for a match; `None` when the list shows no such option.
pub fn pick<'a>(choices: &'a [Choice], found: &Matches, option: usize) -> Option<Option<&'a str>> {
    match option.checked_sub(1) {
        None => Some(None),
        Some(i) => found
            .listed
            .get(i)
            .and_then(|&c| choices.get(c))
            .map(|c| Some(c.value.as_str())),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NamePickerState {
    pub open: bool,
    /// What the user typed since the list opened. `None`: the field shows the chosen thing's
    /// name (or nothing, for "All") and the list lists from the first choice.
    pub typed: Option<String>,
    /// The option the keys reached (0 is "All"); may lie past a list that since shrank: read
    /// it through [`NamePickerState::active_in`].
    pub active: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The field was focused or clicked: the list opens from the first choice.
    Open,
    /// The user typed: the list shows what matches, the first match active (Enter picks it);
    /// with the text cleared, "All" is.
    Type(String),
    /// ArrowDown over a list of this many options: opens a closed list.
    Down(usize),
    /// ArrowUp over a list of this many options.
    Up(usize),
    /// Escape, a pick, or the field left: the list closes and the field shows the chosen
    /// thing's name again.
    Close,
}

impl NamePickerState {
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Open => {
                if !self.open {
                    *self = NamePickerState {
                        open: true,
                        ..NamePickerState::default()
                    };
                }
            }
            Action::Type(text) => {
                self.active = Some(if text.trim().is_empty() { 0 } else { 1 });
                self.typed = Some(text);
                self.open = true;
            }
            Action::Down(count) => {
                let last = count.saturating_sub(1);
                self.active = match self.active_in(count).filter(|_| self.open) {
                    Some(i) => Some((i + 1).min(last)),
                    None => Some(0),
                };
                self.open = true;
            }
            Action::Up(count) => {
                let last = count.saturating_sub(1);
                self.active = match self.active_in(count).filter(|_| self.open) {
                    Some(i) => Some(i.saturating_sub(1)),
                    None => Some(last),
                };
                self.open = true;
            }
            Action::Close => *self = NamePickerState::default(),
        }
    }

    /// The active option of a list of `count` options, if it still shows.
    pub fn active_in(&self, count: usize) -> Option<usize> {
        self.active.filter(|&i| i < count)
    }

    /// The option Enter picks in a list of `count` options: the active one of an open list.
    pub fn enter(&self, count: usize) -> Option<usize> {
        self.active_in(count).filter(|_| self.open)
    }

    /// Whether leaving the field sets no filter: the user cleared its text. Any other text
    /// left there is dropped, and the field shows the chosen thing again.
    pub fn leaving_clears(&self) -> bool {
        self.typed.as_deref().is_some_and(|t| t.trim().is_empty())
    }

    /// The text to search for: nothing until the user types.
    pub fn query(&self) -> &str {
        self.typed.as_deref().unwrap_or_default()
    }
}

reducible_by_apply!(NamePickerState);

#[cfg(test)]
mod tests;
