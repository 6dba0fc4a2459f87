//! The "Copy to…" dialog's checklist of target queues: the target server (the active profile
//! first, then the others by name), every queue of that profile, the ones shown narrowed by a
//! search and a queue type, and the ones ticked (kept while the search or the type hides them,
//! so that a user can tick queues of several searches; let go when the server changes, since
//! another server's queues are other queues).

use std::collections::BTreeSet;
use std::rc::Rc;

use webitel_hooks_model::{AppError, Profile, ProfileId, Queue, QueueId, QueueType};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CopyTargets {
    /// The server profiles, the active one first; empty until read.
    pub profiles: Vec<Profile>,
    /// The target profile; `None` is the active one.
    pub profile: Option<ProfileId>,
    /// `None` while the queues are read.
    pub queues: Option<Rc<Vec<Queue>>>,
    /// Why the target profile's queues could not be listed (its one sentence).
    pub failed: Option<AppError>,
    pub search: String,
    pub queue_type: Option<QueueType>,
    pub ticked: BTreeSet<QueueId>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The profiles and the active one's id (which goes first).
    Profiles(Vec<Profile>, Option<ProfileId>),
    /// The "Target server" picked (`None`: the active profile).
    Profile(Option<ProfileId>),
    /// The queues of a target profile; dropped when another one was picked meanwhile.
    Loaded(Option<ProfileId>, Vec<Queue>),
    /// The queues of a target profile could not be listed.
    Failed(Option<ProfileId>, AppError),
    Search(String),
    Type(Option<QueueType>),
    Tick(QueueId, bool),
}

reducible_by_apply!(CopyTargets);

impl CopyTargets {
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Profiles(mut profiles, active) => {
                // Stable: the others stay in the list's order (by name).
                profiles.sort_by_key(|p| Some(p.id) != active);
                // The active profile is the `None` target, so that the same server is copied
                // to as before.
                if let (Some(first), Some(active)) = (profiles.first(), active) {
                    if first.id == active && self.profile == Some(active) {
                        self.profile = None;
                    }
                }
                self.profiles = profiles;
            }
            Action::Profile(profile) => {
                let profile = profile.filter(|id| Some(*id) != self.active());
                if profile != self.profile {
                    self.profile = profile;
                    self.queues = None;
                    self.failed = None;
                    self.queue_type = None;
                    self.ticked.clear();
                }
            }
            Action::Loaded(profile, queues) => {
                if profile != self.profile {
                    return;
                }
                // A queue gone since it was ticked is no target any more.
                self.ticked.retain(|id| queues.iter().any(|q| q.id == *id));
                self.queues = Some(Rc::new(queues));
                self.failed = None;
            }
            Action::Failed(profile, err) => {
                if profile != self.profile {
                    return;
                }
                self.ticked.clear();
                self.queues = Some(Rc::new(Vec::new()));
                self.failed = Some(err);
            }
            Action::Search(text) => self.search = text,
            Action::Type(queue_type) => self.queue_type = queue_type,
            Action::Tick(id, on) => {
                if on {
                    self.ticked.insert(id);
                } else {
                    self.ticked.remove(&id);
                }
            }
        }
    }

    /// The active profile's id: the first of the list, as [`Action::Profiles`] put it.
    pub fn active(&self) -> Option<ProfileId> {
        self.profiles.first().map(|p| p.id)
    }

    /// The target profile's name when it is not the active one.
    pub fn target_name(&self) -> Option<&str> {
        let id = self.profile?;
        self.profiles
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.as_str())
    }

    /// The queues the checklist shows: of the type picked, whose name holds the search (any
    /// case), in the order they were listed.
    pub fn shown(&self) -> Vec<&Queue> {
        let search = self.search.trim().to_lowercase();
        self.queues
            .iter()
            .flat_map(|queues| queues.iter())
            .filter(|q| self.queue_type.is_none_or(|t| q.queue_type == t))
            .filter(|q| search.is_empty() || q.name.to_lowercase().contains(&search))
            .collect()
    }

    /// The ticked queues, in the order they were listed: what the preview copies into.
    pub fn targets(&self) -> Vec<QueueId> {
        self.queues
            .iter()
            .flat_map(|queues| queues.iter())
            .filter(|q| self.ticked.contains(&q.id))
            .map(|q| q.id)
            .collect()
    }

    /// The queue types among the queues, each once, for the type filter.
    pub fn types(&self) -> Vec<QueueType> {
        let mut types: Vec<QueueType> = self
            .queues
            .iter()
            .flat_map(|queues| queues.iter())
            .map(|q| q.queue_type)
            .collect();
        types.sort();
        types.dedup();
        types
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn queue(id: i64, name: &str, queue_type: QueueType) -> Queue {
        Queue {
            id: QueueId(id),
            name: name.into(),
            queue_type,
            enabled: true,
            team: None,
        }
    }

    fn loaded() -> CopyTargets {
        let mut state = CopyTargets::default();
        state.apply(Action::Loaded(
            None,
            vec![
                queue(1, "Sales Progressive EU", QueueType::Progressive),
                queue(2, "Sales Progressive US", QueueType::Progressive),
                queue(7, "Support Inbound", QueueType::Inbound),
            ],
        ));
        state
    }

    fn names(state: &CopyTargets) -> Vec<&str> {
        state.shown().iter().map(|q| q.name.as_str()).collect()
    }

    #[test]
    fn the_search_and_the_type_narrow_the_checklist_and_ticks_outlive_them() {
        let mut state = loaded();
        state.apply(Action::Tick(QueueId(7), true));
        state.apply(Action::Search("  sales ".into()));
        assert_eq!(
            names(&state),
            ["Sales Progressive EU", "Sales Progressive US"]
        );
        state.apply(Action::Tick(QueueId(2), true));
        state.apply(Action::Type(Some(QueueType::Inbound)));
        assert!(names(&state).is_empty());
        state.apply(Action::Search(String::new()));
        assert_eq!(names(&state), ["Support Inbound"]);
        assert_eq!(state.targets(), [QueueId(2), QueueId(7)]);
        state.apply(Action::Tick(QueueId(7), false));
        assert_eq!(state.targets(), [QueueId(2)]);
        assert_eq!(state.types(), [QueueType::Inbound, QueueType::Progressive]);
    }

    #[test]
    fn a_queue_gone_on_reload_is_no_longer_a_target() {
        let mut state = loaded();
        state.apply(Action::Tick(QueueId(2), true));
        state.apply(Action::Loaded(
            None,
            vec![queue(1, "Sales Progressive EU", QueueType::Progressive)],
        ));
        assert!(state.targets().is_empty());
    }

    fn profile(id: i64, name: &str) -> Profile {
        Profile {
            id: ProfileId(id),
            name: name.into(),
            server: format!("https://{name}.example"),
            username: "admin".into(),
            remember_password: true,
            has_ca_certificate: false,
            admin_address: None,
        }
    }

    #[test]
    fn another_server_lists_its_own_queues_and_lets_go_of_the_ticks() {
        let mut state = loaded();
        state.apply(Action::Profiles(
            vec![
                profile(1, "Production"),
                profile(2, "Staging"),
                profile(3, "Test"),
            ],
            Some(ProfileId(2)),
        ));
        let servers: Vec<&str> = state.profiles.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(servers, ["Staging", "Production", "Test"]);
        state.apply(Action::Tick(QueueId(2), true));
        state.apply(Action::Type(Some(QueueType::Progressive)));
        state.apply(Action::Profile(Some(ProfileId(1))));
        assert_eq!(state.profile, Some(ProfileId(1)));
        assert_eq!(state.target_name(), Some("Production"));
        assert!(state.queues.is_none() && state.targets().is_empty());
        assert_eq!(state.queue_type, None);
        // A late answer for the active profile's queues is not the production's.
        state.apply(Action::Loaded(
            None,
            vec![queue(9, "Support Inbound", QueueType::Inbound)],
        ));
        assert!(state.queues.is_none());
        state.apply(Action::Loaded(
            Some(ProfileId(1)),
            vec![queue(2, "Sales Progressive US", QueueType::Progressive)],
        ));
        assert_eq!(names(&state), ["Sales Progressive US"]);
        // Picking the active profile by its id is the active profile again.
        state.apply(Action::Profile(Some(ProfileId(2))));
        assert_eq!((state.profile, state.target_name()), (None, None));
    }

    #[test]
    fn a_server_that_cannot_list_its_queues_says_why_and_offers_none() {
        let mut state = loaded();
        state.apply(Action::Profiles(
            vec![profile(1, "Production"), profile(2, "Staging")],
            Some(ProfileId(1)),
        ));
        state.apply(Action::Profile(Some(ProfileId(2))));
        let err = AppError::new(
            webitel_hooks_model::ErrorCode::Offline,
            "Staging was never synced.",
        )
        .with_id("error-target-never-synced", Default::default());
        state.apply(Action::Failed(Some(ProfileId(2)), err.clone()));
        assert_eq!(state.failed, Some(err));
        assert!(state.shown().is_empty() && state.targets().is_empty());
    }
}
