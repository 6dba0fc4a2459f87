//! When the shown view must be read again, and why: one signal for the whole window, moved by
//! what happened (a sync run ended, the outbox moved, the session was renewed, conflicts were
//! resolved), which each page reads in place.

/// Why the view is read again; the pages differ in what they read for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefreshReason {
    /// A sync run ended (told once by the run): what the cache holds may have changed beyond
    /// the page shown, so lists derived from it (queues, the all-queues filters' choices) are
    /// read again too.
    RunEnded,
    /// The outbox's counts changed: a change went out, met a conflict, or was resolved.
    OutboxMoved,
    /// The session was renewed after it ended: the queues and the shown page are read anew.
    SessionRenewed,
    /// The conflict dialog applied choices.
    ConflictsResolved,
}

/// The signal: `seq` moves by one each time, `reason` says why. `seq` 0 is "nothing yet".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Refresh {
    pub seq: u32,
    pub reason: Option<RefreshReason>,
}

impl Refresh {
    /// The next signal, for `reason`.
    pub fn after(self, reason: RefreshReason) -> Refresh {
        Refresh {
            seq: self.seq.wrapping_add(1),
            reason: Some(reason),
        }
    }
}
