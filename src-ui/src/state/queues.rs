//! The queue picker: its filters, the queues the server listed, and which one is picked
//! (by the user, or for them when the first list arrives).

use std::rc::Rc;

use webitel_hooks_model::{AppError, Queue, QueueId, QueueType};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueuesState {
    pub search: String,
    pub queue_type: Option<QueueType>,
    pub queues: Rc<Vec<Queue>>,
    pub loading: bool,
    pub error: Option<AppError>,
    pub request: u64,
    pub picked: Option<QueueId>,
    /// The queue picked last in this profile, as remembered when the page opened.
    pub last_used: Option<QueueId>,
    /// A list arrived since the page opened: the one automatic pick is behind us.
    pub listed: bool,
    /// The queue picked for the user when the first list arrived (see `first_pick`), for the
    /// page to open its registry.
    pub auto_picked: Option<Queue>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Search(String),
    FilterType(Option<QueueType>),
    Reload,
    Loaded { request: u64, queues: Vec<Queue> },
    Failed { request: u64, error: AppError },
    Pick(QueueId),
}

impl QueuesState {
    /// The page's picker, `last_used` being the queue picked last in this profile.
    pub fn new(last_used: Option<QueueId>) -> Self {
        QueuesState {
            last_used,
            ..QueuesState::default()
        }
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Search(search) => {
                self.search = search;
                self.read();
            }
            Action::FilterType(queue_type) => {
                self.queue_type = queue_type;
                self.read();
            }
            Action::Reload => self.read(),
            Action::Loaded { request, queues } => {
                if request == self.request {
                    if !self.listed && self.picked.is_none() {
                        self.auto_picked = first_pick(&queues, self.last_used).cloned();
                        self.picked = self.auto_picked.as_ref().map(|q| q.id);
                    }
                    self.listed = true;
                    self.queues = Rc::new(queues);
                    self.loading = false;
                    self.error = None;
                }
            }
            Action::Failed { request, error } => {
                if request == self.request {
                    self.loading = false;
                    self.error = Some(error);
                }
            }
            Action::Pick(id) => self.picked = Some(id),
        }
    }

    fn read(&mut self) {
        self.request += 1;
        self.loading = true;
    }
}

reducible_by_apply!(QueuesState);

/// The queue to open when a window's first list arrives and nothing is picked yet: the one
/// used last, when listed, else the list's first Progressive Dialer queue, else none.
pub fn first_pick(queues: &[Queue], last_used: Option<QueueId>) -> Option<&Queue> {
    last_used
        .and_then(|id| queues.iter().find(|q| q.id == id))
        .or_else(|| {
            queues
                .iter()
                .find(|q| q.queue_type == QueueType::Progressive)
        })
}

/// How the queue used last is kept in the webview's storage (an id, no secret), per account:
/// the user on the server. Not per profile id: ids are numbered per data folder, and the
/// webview's storage is one for every data folder of this user on this machine, so profile 1
/// of one folder would pick from another server's queues.
pub fn last_used_key(server: &str, username: &str) -> String {
    format!("webitel-hooks.last-queue.{username}@{server}")
}

/// The stored queue id, when it reads as one.
pub fn parse_last_used(stored: &str) -> Option<QueueId> {
    stored.trim().parse().ok().map(QueueId)
}

#[cfg(test)]
mod tests {
    use super::*;
    use webitel_hooks_model::ErrorCode;

    fn queue(id: i64, queue_type: QueueType) -> Queue {
        Queue {
            id: QueueId(id),
            name: format!("Queue {id}"),
            queue_type,
            enabled: true,
            team: None,
        }
    }

    fn listed() -> Vec<Queue> {
        vec![
            queue(1, QueueType::Inbound),
            queue(2, QueueType::Progressive),
            queue(3, QueueType::Progressive),
        ]
    }

    fn first_list(state: &mut QueuesState, queues: Vec<Queue>) {
        state.apply(Action::Reload);
        let request = state.request;
        state.apply(Action::Loaded { request, queues });
    }

    #[test]
    fn the_first_pick_is_the_last_used_else_the_first_progressive() {
        let picked = |queues: &[Queue], last: Option<i64>| {
            first_pick(queues, last.map(QueueId)).map(|q| q.id.0)
        };
        assert_eq!(picked(&listed(), Some(1)), Some(1));
        assert_eq!(
            picked(&listed(), Some(9)),
            Some(2),
            "last used no longer listed"
        );
        assert_eq!(picked(&listed(), None), Some(2));
        assert_eq!(picked(&[queue(1, QueueType::Inbound)], None), None);
        assert_eq!(picked(&[], Some(1)), None);
    }

    #[test]
    fn the_first_list_picks_once_and_never_over_the_user() {
        let mut state = QueuesState::new(Some(QueueId(3)));
        first_list(&mut state, listed());
        assert_eq!(state.picked, Some(QueueId(3)));
        assert_eq!(state.auto_picked.as_ref().map(|q| q.id), Some(QueueId(3)));
        // The user picks another; later lists keep it.
        state.apply(Action::Pick(QueueId(1)));
        state.apply(Action::Reload);
        let request = state.request;
        state.apply(Action::Loaded {
            request,
            queues: listed(),
        });
        assert_eq!(state.picked, Some(QueueId(1)));
        assert_eq!(state.auto_picked.as_ref().map(|q| q.id), Some(QueueId(3)));

        // A pick made before the list arrived (from the all-queues registry) stands.
        let mut state = QueuesState::new(None);
        state.apply(Action::Pick(QueueId(1)));
        first_list(&mut state, listed());
        assert_eq!(state.picked, Some(QueueId(1)));
        assert_eq!(state.auto_picked, None);

        // Nothing to pick in the first list: a later list picks nothing either.
        let mut state = QueuesState::new(None);
        first_list(&mut state, vec![queue(1, QueueType::Inbound)]);
        assert_eq!((state.picked, state.auto_picked.clone()), (None, None));
        first_list(&mut state, listed());
        assert_eq!(state.picked, None);
    }

    #[test]
    fn a_failed_or_overtaken_read_is_not_the_first_list() {
        let mut state = QueuesState::new(None);
        state.apply(Action::Reload);
        let first = state.request;
        state.apply(Action::Failed {
            request: first,
            error: AppError::new(ErrorCode::Offline, "x"),
        });
        state.apply(Action::Reload);
        let stale = state.request;
        state.apply(Action::Reload);
        state.apply(Action::Loaded {
            request: stale,
            queues: listed(),
        });
        assert_eq!(state.picked, None);
        let request = state.request;
        state.apply(Action::Loaded {
            request,
            queues: listed(),
        });
        assert_eq!(state.picked, Some(QueueId(2)));
    }

    #[test]
    fn the_last_used_queue_is_kept_per_profile() {
        let key = last_used_key("https://a.example", "admin");
        assert_ne!(key, last_used_key("https://b.example", "admin"));
        assert_ne!(key, last_used_key("https://a.example", "agent"));
        assert_eq!(parse_last_used("42"), Some(QueueId(42)));
        assert_eq!(parse_last_used("nope"), None);
    }

    #[test]
    fn filters_read_again_and_old_answers_are_dropped() {
        let mut state = QueuesState::default();
        state.apply(Action::Reload);
        let first = state.request;
        state.apply(Action::FilterType(Some(QueueType::Progressive)));
        state.apply(Action::Failed {
            request: first,
            error: AppError::new(ErrorCode::Offline, "x"),
        });
        assert!(state.loading);
        assert!(state.error.is_none());
        let request = state.request;
        state.apply(Action::Loaded {
            request,
            queues: vec![],
        });
        assert!(!state.loading);
    }
}
