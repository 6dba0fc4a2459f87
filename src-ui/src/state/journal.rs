//! The journal view: every change made from this desktop, newest first, a page at a time from
//! the cache, with its filters (queue or team, kind of change, date range, search) and the undo
//! under way. The filters and the page live here; the entries are one page.

use std::rc::Rc;

use webitel_hooks_model::journal::{
    JournalAction, JournalEntry, JournalFilter, JournalOutcome, JournalPage, ListJournalArgs,
    UndoTarget,
};
use webitel_hooks_model::{HookOwner, OwnerName, PageSize, Permissions};

/// Entries a page.
pub const PAGE_SIZE: u32 = 50;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// What the filters hold, as typed; empty does not filter.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    pub owner: Option<HookOwner>,
    pub action: Option<JournalAction>,
    /// `YYYY-MM-DD`, as a date input gives it: from the start of that day (local time).
    pub from: String,
    /// `YYYY-MM-DD`: up to the end of that day.
    pub to: String,
    pub search: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct JournalState {
    pub filters: Filters,
    /// 1-based.
    pub page: u32,
    pub entries: Rc<Vec<JournalEntry>>,
    pub total: u64,
    pub next: bool,
    /// The queues and teams the journal names, for the filter.
    pub owners: Rc<Vec<OwnerName>>,
    pub loading: bool,
    /// Moves when the page must be read; an answer to an older one is dropped.
    pub request: u64,
    /// The read waits for a pause in typing.
    pub debounce: bool,
    /// Minutes to add to local time to get UTC (JavaScript's `getTimezoneOffset`), so that the
    /// dates typed are the user's days.
    pub tz_offset_min: i32,
    /// The undo under way: its buttons are disabled until it ends.
    pub undoing: Option<UndoTarget>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The view is shown: read the first page.
    Open {
        tz_offset_min: i32,
    },
    /// Read the page again in place (a change was made, a sync ended, an undo ended).
    Refresh,
    FilterOwner(Option<HookOwner>),
    /// Only one kind of change (created, changed, …).
    FilterKind(Option<JournalAction>),
    From(String),
    To(String),
    Search(String),
    /// Back to every entry.
    ClearFilters,
    Page(u32),
    Loaded {
        request: u64,
        page: JournalPage,
    },
    LoadFailed {
        request: u64,
    },
    UndoStarted(UndoTarget),
    UndoEnded,
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date; `None` for anything else.
fn days_of(date: &str) -> Option<i64> {
    let mut parts = date.trim().splitn(3, '-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: i64 = parts.next()?.parse().ok()?;
    let day: i64 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || !(1..=9999).contains(&year) {
        return None;
    }
    // Howard Hinnant's days-from-civil.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

impl JournalState {
    /// Unix milliseconds of the start of the local day `date`.
    fn day_start(&self, date: &str) -> Option<i64> {
        days_of(date).map(|d| d * DAY_MS + i64::from(self.tz_offset_min) * 60_000)
    }

    pub fn filter(&self) -> JournalFilter {
        let f = &self.filters;
        JournalFilter {
            owners: f.owner.into_iter().collect(),
            actions: f.action.into_iter().collect(),
            from: self.day_start(&f.from),
            // The whole of the last day.
            to: self.day_start(&f.to).map(|start| start + DAY_MS),
            search: f.search.trim().to_owned(),
        }
    }

    /// The read the current `request` stands for.
    pub fn args(&self) -> ListJournalArgs {
        ListJournalArgs {
            filter: self.filter(),
            page: self.page.max(1),
            size: PageSize::new(i64::from(PAGE_SIZE)),
        }
    }

    pub fn pages(&self) -> u32 {
        let pages = self.total.div_ceil(u64::from(PAGE_SIZE));
        u32::try_from(pages).unwrap_or(u32::MAX).max(1)
    }

    pub fn filtered(&self) -> bool {
        self.filters != Filters::default()
    }

    /// Whether an undo of `target` may be asked now: none is under way.
    pub fn may_undo(&self) -> bool {
        self.undoing.is_none()
    }

    fn read(&mut self, debounce: bool) {
        self.request += 1;
        self.loading = true;
        self.debounce = debounce;
    }

    /// A filter changed: back to the first page.
    fn refilter(&mut self, debounce: bool) {
        self.page = 1;
        self.read(debounce);
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Open { tz_offset_min } => {
                self.tz_offset_min = tz_offset_min;
                self.page = 1;
                self.read(false);
            }
            Action::Refresh => {
                if self.request > 0 {
                    self.read(false);
                }
            }
            Action::FilterOwner(owner) => {
                self.filters.owner = owner;
                self.refilter(false);
            }
            Action::FilterKind(action) => {
                self.filters.action = action;
                self.refilter(false);
            }
            Action::From(date) => {
                // A half-typed date does not read anything new.
                let changes = days_of(&date).is_some() || date.is_empty();
                self.filters.from = date;
                if changes {
                    self.refilter(false);
                }
            }
            Action::To(date) => {
                let changes = days_of(&date).is_some() || date.is_empty();
                self.filters.to = date;
                if changes {
                    self.refilter(false);
                }
            }
            Action::Search(text) => {
                self.filters.search = text;
                self.refilter(true);
            }
            Action::ClearFilters => {
                self.filters = Filters::default();
                self.refilter(false);
            }
            Action::Page(page) => {
                let page = page.clamp(1, self.pages());
                if page != self.page {
                    self.page = page;
                    self.read(false);
                }
            }
            Action::Loaded { request, page } => {
                if request != self.request {
                    return;
                }
                self.loading = false;
                self.total = page.total;
                self.next = page.next;
                self.owners = Rc::new(page.owners);
                // A page emptied by a prune or a narrower total goes back to the last one.
                if page.entries.is_empty() && self.page > 1 && page.total > 0 {
                    self.page = self.pages();
                    self.read(false);
                    return;
                }
                self.entries = Rc::new(page.entries);
            }
            Action::LoadFailed { request } => {
                if request == self.request {
                    self.loading = false;
                }
            }
            Action::UndoStarted(target) => self.undoing = Some(target),
            Action::UndoEnded => {
                self.undoing = None;
                self.read(false);
            }
        }
    }
}

reducible_by_apply!(JournalState);

/// Whether an entry offers Undo to a user with `permissions`: a change the server took, not
/// undone yet, of an owner whose hooks the user may change (a read-only user would only meet
/// the refusal).
pub fn undo_offered(entry: &JournalEntry, permissions: Permissions) -> bool {
    entry.outcome == JournalOutcome::Taken
        && entry.undone_by.is_none()
        && permissions.may_change(entry.owner)
}

#[cfg(test)]
mod tests;
