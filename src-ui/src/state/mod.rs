//! The pages' state as plain reducers: an `Action` in, the next state out. No web-sys here, so
//! every rule is unit-tested natively.

/// Makes a state a `yew` reducer through its `apply(&mut self, Action)`: the next state is a
/// copy with the action applied. The rules live in `apply` alone, which the tests drive
/// directly; the page gets exactly those rules. `Action` is the calling module's.
macro_rules! reducible_by_apply {
    ($state:ty) => {
        impl yew::Reducible for $state {
            type Action = Action;

            fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
                let mut next = (*self).clone();
                next.apply(action);
                std::rc::Rc::new(next)
            }
        }
    };
}

pub mod all_queues;
pub mod conflicts;
pub mod copy_targets;
pub mod flows;
pub mod journal;
pub mod modal;
pub mod name_picker;
pub mod queues;
pub mod refresh;
pub mod registry;
pub mod settings;
pub mod sign_in;
pub mod sync;
pub mod table;
pub mod toasts;
pub mod transfer;
