//! The queue picker: its filters, the queues the server listed, and which one is picked.

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

#[cfg(test)]
mod tests {
    use super::*;
    use webitel_hooks_model::ErrorCode;

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
