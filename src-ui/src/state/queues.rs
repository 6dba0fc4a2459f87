//! The left pane's picker: the queues and (for a user who may read their hooks) the teams the
//! server listed, each with its search, the tab shown, and which owner is picked (by the user,
//! or for them when the first lists arrive).

use std::rc::Rc;

use webitel_hooks_model::{AppError, HookOwner, Queue, QueueId, QueueType, Team, TeamId};

use super::registry::Picked;

/// The picker's two lists; without the right to read teams' hooks only the queues, no tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Queues,
    Teams,
}

/// The teams' list and its search.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TeamsList {
    pub search: String,
    pub teams: Rc<Vec<Team>>,
    pub loading: bool,
    pub error: Option<AppError>,
    pub request: u64,
    /// A read ended (listed or failed) since the page opened: a team used last can be looked
    /// for, or given up.
    pub answered: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueuesState {
    pub search: String,
    pub queue_type: Option<QueueType>,
    pub queues: Rc<Vec<Queue>>,
    pub loading: bool,
    pub error: Option<AppError>,
    pub request: u64,
    /// The user may read teams' hooks: the Teams tab is shown and its list read.
    pub with_teams: bool,
    pub teams: TeamsList,
    pub tab: Tab,
    pub picked: Option<HookOwner>,
    /// The queue or team picked last in this account, as remembered when the page opened.
    pub last_used: Option<HookOwner>,
    /// The queue list arrived since the page opened.
    pub listed: bool,
    /// The first lists told the one automatic pick (an owner, or none): it is behind us.
    pub decided: bool,
    /// The owner picked for the user when the first lists arrived (see `first_pick`), for the
    /// page to open its registry.
    pub auto_picked: Option<Picked>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Search(String),
    FilterType(Option<QueueType>),
    /// Read the queues again, and the teams when shown.
    Reload,
    Loaded {
        request: u64,
        queues: Vec<Queue>,
    },
    Failed {
        request: u64,
        error: AppError,
    },
    SearchTeams(String),
    TeamsLoaded {
        request: u64,
        teams: Vec<Team>,
    },
    TeamsFailed {
        request: u64,
        error: AppError,
    },
    ShowTab(Tab),
    Pick(HookOwner),
}

/// What the first lists decide.
#[derive(Debug, Clone, PartialEq)]
pub enum FirstPick {
    /// A list the decision needs has not answered yet.
    Wait,
    Pick(Picked),
    Nothing,
}

impl QueuesState {
    /// The page's picker, `last_used` being the owner picked last in this account; `with_teams`
    /// when the user may read teams' hooks.
    pub fn new(last_used: Option<HookOwner>, with_teams: bool) -> Self {
        QueuesState {
            last_used,
            with_teams,
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
            Action::Reload => {
                self.read();
                self.read_teams();
            }
            Action::Loaded { request, queues } => {
                if request == self.request {
                    self.queues = Rc::new(queues);
                    self.loading = false;
                    self.error = None;
                    self.listed = true;
                    self.decide();
                }
            }
            Action::Failed { request, error } => {
                if request == self.request {
                    self.loading = false;
                    self.error = Some(error);
                }
            }
            Action::SearchTeams(search) => {
                self.teams.search = search;
                self.read_teams();
            }
            Action::TeamsLoaded { request, teams } => {
                if request == self.teams.request {
                    let list = &mut self.teams;
                    list.teams = Rc::new(teams);
                    list.loading = false;
                    list.error = None;
                    list.answered = true;
                    self.decide();
                }
            }
            Action::TeamsFailed { request, error } => {
                if request == self.teams.request {
                    let list = &mut self.teams;
                    list.loading = false;
                    list.error = Some(error);
                    list.answered = true;
                    self.decide();
                }
            }
            Action::ShowTab(tab) => {
                if self.with_teams {
                    self.tab = tab;
                }
            }
            Action::Pick(owner) => self.picked = Some(owner),
        }
    }

    /// The first lists' one automatic pick, once they tell it, unless the user picked first.
    fn decide(&mut self) {
        if self.decided || self.picked.is_some() {
            return;
        }
        let queues = self.listed.then_some(self.queues.as_slice());
        let teams = match (self.with_teams, self.teams.answered) {
            (false, _) => Some(&[][..]),
            (true, true) => Some(self.teams.teams.as_slice()),
            (true, false) => None,
        };
        match first_pick(queues, teams, self.last_used) {
            FirstPick::Wait => {}
            FirstPick::Nothing => self.decided = true,
            FirstPick::Pick(picked) => {
                self.decided = true;
                self.picked = Some(picked.owner());
                if let Picked::Team(_) = picked {
                    self.tab = Tab::Teams;
                }
                self.auto_picked = Some(picked);
            }
        }
    }

    fn read(&mut self) {
        self.request += 1;
        self.loading = true;
    }

    fn read_teams(&mut self) {
        if self.with_teams {
            self.teams.request += 1;
            self.teams.loading = true;
        }
    }
}

reducible_by_apply!(QueuesState);

/// The owner to open when a window's first lists arrive and nothing is picked yet: the one used
/// last, when listed, else the queue list's first Progressive Dialer queue, else none. `None`
/// stands for a list that has not answered; a team's list that failed answers empty.
pub fn first_pick(
    queues: Option<&[Queue]>,
    teams: Option<&[Team]>,
    last_used: Option<HookOwner>,
) -> FirstPick {
    if let Some(HookOwner::Team(id)) = last_used {
        let Some(teams) = teams else {
            return FirstPick::Wait;
        };
        if let Some(team) = teams.iter().find(|t| t.id == id) {
            return FirstPick::Pick(Picked::Team(team.clone()));
        }
    }
    let Some(queues) = queues else {
        return FirstPick::Wait;
    };
    let last_queue = last_used
        .and_then(HookOwner::queue)
        .and_then(|id| queues.iter().find(|q| q.id == id));
    last_queue
        .or_else(|| {
            queues
                .iter()
                .find(|q| q.queue_type == QueueType::Progressive)
        })
        .map_or(FirstPick::Nothing, |q| {
            FirstPick::Pick(Picked::Queue(q.clone()))
        })
}

/// How the owner used last is kept in the webview's storage (an id, no secret), per account:
/// the user on the server. Not per profile id: ids are numbered per data folder, and the
/// webview's storage is one for every data folder of this user on this machine, so profile 1
/// of one folder would pick from another server's queues.
pub fn last_used_key(server: &str, username: &str) -> String {
    format!("webitel-hooks.last-queue.{username}@{server}")
}

/// The stored value of `owner`: a queue as its bare id, as versions before teams wrote it (and
/// still read it), a team as `team:<id>`.
pub fn last_used_value(owner: HookOwner) -> String {
    match owner {
        HookOwner::Queue(id) => id.to_string(),
        HookOwner::Team(id) => format!("team:{id}"),
    }
}

/// The stored owner, when it reads as one.
pub fn parse_last_used(stored: &str) -> Option<HookOwner> {
    let stored = stored.trim();
    match stored.split_once(':') {
        Some(("team", id)) => id.parse().ok().map(|id| HookOwner::Team(TeamId(id))),
        Some(("queue", id)) => id.parse().ok().map(|id| HookOwner::Queue(QueueId(id))),
        Some(_) => None,
        None => stored.parse().ok().map(|id| HookOwner::Queue(QueueId(id))),
    }
}

#[cfg(test)]
mod tests;
