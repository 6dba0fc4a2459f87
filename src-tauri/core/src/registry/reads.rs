//! The registry's reads: queues, one page of hooks, one hook, and flows for the picker.

use webitel_api::{HookQuery, QueueQuery, SchemaQuery, TeamQuery};
use webitel_hooks_model::commands::{
    HookRef, ListHooksArgs, ListQueuesArgs, ListTeamsArgs, SearchFlowsArgs,
};
use webitel_hooks_model::{FlowRef, Hook, HookOwner, HookRow, Page, Queue, Team};

use super::{convert, input, HookRegistry};
use crate::error::{self, Error, Result};

/// Queues asked per page when listing them all.
const QUEUE_PAGE_SIZE: u32 = 100;
/// A guard against a server that always answers `next: true`: 100 000 queues is far beyond any
/// contact center.
const MAX_QUEUE_PAGES: u32 = 1000;
/// Hooks asked per page when reading a queue whole; a queue rarely has more than a dozen, so
/// one page is the usual case.
const HOOK_PAGE_SIZE: u32 = 500;
/// A guard against a server that always answers `next: true`.
const MAX_HOOK_PAGES: u32 = 200;
/// Flows per page of the picker; the next page loads on scroll.
pub const FLOW_PAGE_SIZE: u32 = 20;

const QUEUE_FIELDS: [&str; 5] = ["id", "name", "type", "enabled", "team"];
const TEAM_FIELDS: [&str; 2] = ["id", "name"];
const HOOK_FIELDS: [&str; 4] = ["id", "event", "schema", "enabled"];
const FLOW_FIELDS: [&str; 3] = ["id", "name", "type"];

impl HookRegistry {
    /// `list_queues`: every queue the user may read that matches, Progressive Dialer first, then
    /// by name. Reads every page from the server and writes the queues to the cache.
    /// Offline, or before the server has checked the start's token, the cached queues answer
    /// instead, filtered and ordered the same way.
    pub async fn list_queues(&self, args: ListQueuesArgs) -> Result<Vec<Queue>> {
        input::text(&args.search)?;
        if !self.answers_from_cache() {
            match self
                .with_renewal(|| self.list_queues_once(args.clone()))
                .await
            {
                Err(e) if self.falls_back(&e) => {}
                other => return other,
            }
        }
        let mut queues = self.store().cached_queues(&args.search, args.queue_type)?;
        super::convert::order_queues(&mut queues);
        Ok(queues)
    }

    /// `list_teams`: every team the user may read whose name matches, by name. Reads every page
    /// from the server and writes the teams to the cache. Offline, or before the server has
    /// checked the start's token, the cached teams answer.
    pub async fn list_teams(&self, args: ListTeamsArgs) -> Result<Vec<Team>> {
        input::text(&args.search)?;
        if !self.answers_from_cache() {
            match self
                .with_renewal(|| self.list_teams_once(args.clone()))
                .await
            {
                Err(e) if self.falls_back(&e) => {}
                other => return other,
            }
        }
        self.store().teams(&args.search)
    }

    /// Every team, from the server only (the full sync's listing).
    pub(crate) async fn list_teams_online(&self) -> Result<Vec<Team>> {
        self.with_renewal(|| self.list_teams_once(ListTeamsArgs::default()))
            .await
    }

    async fn list_teams_once(&self, args: ListTeamsArgs) -> Result<Vec<Team>> {
        let session = self.session()?;
        let search = convert::contains(&args.search);
        let mut query = TeamQuery::new()
            .size(QUEUE_PAGE_SIZE)
            .fields(TEAM_FIELDS)
            .sort("+name");
        if let Some(q) = &search {
            query = query.q(q.clone());
        }
        let mut teams = Vec::new();
        for page in 1..=MAX_QUEUE_PAGES {
            let answer = session
                .client()
                .teams()
                .list(&query.clone().page(page))
                .await
                .map_err(|e| self.failed(&session, &e))?;
            teams.extend(answer.items.into_iter().filter_map(convert::team));
            if !answer.next {
                break;
            }
        }
        teams.sort_by_cached_key(|t| (t.name.to_lowercase(), t.id));
        self.remember("teams", self.store().save_teams(&teams, search.is_none()));
        Ok(teams)
    }

    /// Every queue, from the server only (the full sync's listing, which must fail offline).
    pub(crate) async fn list_queues_online(&self) -> Result<Vec<Queue>> {
        self.with_renewal(|| self.list_queues_once(ListQueuesArgs::default()))
            .await
    }

    /// `list_hooks`: one page of a queue's hooks as rows, each with its queue and the marks of
    /// the changes waiting for it: one call draws the page. The queue's hooks are read whole
    /// from the server into the cache, and the page is cut from the cache, sorted by the column
    /// asked and then by id. Not a page of the server's: the engine sorts by the one column
    /// and by nothing after it (webitel/engine model/queue_hook.go, store/sqlstore/
    /// list_query.go), so hooks of one event may come in another order on the next request,
    /// and paging through them there would show some twice and others never. A queue holds a
    /// few hooks per event; one request of `HOOK_PAGE_SIZE` reads it. Offline, or before the
    /// server has checked the start's token, the page is cut from the cache as it is.
    pub async fn list_hooks(&self, args: ListHooksArgs) -> Result<Page<HookRow>> {
        input::owner(args.owner)?;
        input::page(args.page)?;
        input::page_size(args.size)?;
        let skipped = if self.answers_from_cache() {
            0
        } else {
            match self.read_whole_queue(args.owner).await {
                Ok((hooks, 0)) if hooks.is_empty() && !self.owner_exists(args.owner).await? => {
                    self.remember("gone owner", self.store().owner_gone(args.owner));
                    return Err(error::owner_gone(args.owner));
                }
                Ok((hooks, skipped)) => {
                    // Every hook of the queue came: any other cached hook of that queue is gone on
                    // the server. Not when a row could not be read: that hook is there, and its
                    // cached copy stays.
                    if skipped > 0 {
                        tracing::warn!(skipped, queue = %args.owner, "hooks of a queue could not be read");
                    }
                    let written = if skipped == 0 {
                        self.store().replace_owner_hooks(args.owner, &hooks)
                    } else {
                        self.store().save_hooks(&hooks)
                    };
                    self.remember("hooks page", written);
                    u32::try_from(skipped).unwrap_or(u32::MAX)
                }
                Err(e) if self.falls_back(&e) => 0,
                Err(e) => return Err(e),
            }
        };
        let mut page =
            self.store()
                .cached_hooks_page(args.owner, args.page, args.size.get(), args.sort)?;
        page.skipped = skipped;
        Ok(page)
    }

    /// Whether the server still has the queue or team. Asked only when its hook list came back
    /// empty: the engine answers a missing owner's (or another domain's) hook list with an
    /// empty one, not an error (webitel/engine store/sqlstore/cc_queue_hook_store.go and
    /// cc_team_hook_store.go `GetAllPage`: the owner is a condition of the WHERE), while reading
    /// the owner itself answers 404 (`store.sql_queue.get.app_error`,
    /// `store.sql_agent_team.get.app_error`). Offline, the owner is taken as there.
    async fn owner_exists(&self, owner: HookOwner) -> Result<bool> {
        let asked = self
            .with_renewal(|| async move {
                let session = self.session()?;
                let client = session.client();
                let answer = match owner {
                    HookOwner::Queue(id) => client.queues().get(id).await.map(|_| ()),
                    HookOwner::Team(id) => client.teams().get(id).await.map(|_| ()),
                };
                answer.map_err(|e| self.failed(&session, &e))
            })
            .await;
        match asked {
            Ok(()) => Ok(true),
            Err(Error::QueueGone | Error::TeamGone) => Ok(false),
            Err(e) if self.falls_back(&e) => Ok(true),
            Err(e) => Err(e),
        }
    }

    /// Every hook of one queue from the server, every page, sorted by id (unique: pages cannot
    /// overlap); with how many rows could not be read. The full sync reads each queue so too.
    pub(crate) async fn read_whole_queue(&self, owner: HookOwner) -> Result<(Vec<Hook>, usize)> {
        self.with_renewal(|| async move {
            let session = self.session()?;
            let mut hooks = Vec::new();
            let mut skipped = 0;
            for page in 1..=MAX_HOOK_PAGES {
                let query = HookQuery::new()
                    .page(page)
                    .size(HOOK_PAGE_SIZE)
                    .fields(HOOK_FIELDS)
                    .sort("+id");
                let answer = session
                    .client()
                    .hooks_of(owner)
                    .list(&query)
                    .await
                    .map_err(|e| self.failed(&session, &e))?;
                hooks.extend(answer.items.into_iter().map(|h| convert::hook(owner, h)));
                skipped += answer.skipped;
                if !answer.next {
                    break;
                }
            }
            Ok((hooks, skipped))
        })
        .await
    }

    /// `get_hook`: one hook, fresh from the server.
    /// Offline, the cached hook answers (as the registry showed it, a change waiting applied),
    /// so that it can be edited into the outbox; a hook the cache does not hold stays the
    /// offline error.
    pub async fn get_hook(&self, args: HookRef) -> Result<Hook> {
        input::owner(args.owner)?;
        match self.with_renewal(|| self.get_hook_once(args.clone())).await {
            Err(e) if self.falls_back(&e) => match self.store().hook(args.owner, args.hook_id)? {
                Some(cached) => Ok(cached.hook),
                None => Err(e),
            },
            other => other,
        }
    }

    /// `search_flows`: one page of flows for the picker.
    /// Offline, the cached flows answer instead (those listed before and those hooks name).
    pub async fn search_flows(&self, args: SearchFlowsArgs) -> Result<Page<FlowRef>> {
        input::page(args.page)?;
        input::text(&args.search)?;
        match self
            .with_renewal(|| self.search_flows_once(args.clone()))
            .await
        {
            Err(e) if self.falls_back(&e) => self.store().cached_flows_page(
                &args.search,
                args.page,
                super::reads::FLOW_PAGE_SIZE,
            ),
            other => other,
        }
    }

    /// `list_queues`: every queue the user may read that matches, Progressive Dialer first, then
    /// by name. Reads every page from the server and writes the queues to the cache.
    pub(super) async fn list_queues_once(&self, args: ListQueuesArgs) -> Result<Vec<Queue>> {
        let session = self.session()?;
        let search = convert::contains(&args.search);
        let mut query = QueueQuery::new()
            .size(QUEUE_PAGE_SIZE)
            .fields(QUEUE_FIELDS)
            .sort("+name");
        if let Some(q) = &search {
            query = query.q(q.clone());
        }
        if let Some(queue_type) = args.queue_type {
            query = query.queue_type(queue_type);
        }
        let mut queues = Vec::new();
        for page in 1..=MAX_QUEUE_PAGES {
            let answer = session
                .client()
                .queues()
                .list(&query.clone().page(page))
                .await
                .map_err(|e| self.failed(&session, &e))?;
            queues.extend(answer.items.into_iter().filter_map(convert::queue));
            if !answer.next {
                break;
            }
        }
        convert::order_queues(&mut queues);
        let complete = search.is_none() && args.queue_type.is_none();
        self.remember("queues", self.store().save_queues(&queues, complete));
        Ok(queues)
    }

    /// `get_hook`: the hook as the server has it now (the edit modal re-reads it).
    pub(super) async fn get_hook_once(&self, args: HookRef) -> Result<Hook> {
        let session = self.session()?;
        let answer = session
            .client()
            .hooks_of(args.owner)
            .get(args.hook_id)
            .await;
        match answer {
            Ok(h) => {
                let hook = convert::hook(args.owner, h);
                self.remember("hook", self.store().save_hooks(std::slice::from_ref(&hook)));
                Ok(hook)
            }
            Err(e) => {
                self.forget_if_gone(args.owner, args.hook_id, &e);
                Err(self.failed(&session, &e))
            }
        }
    }

    /// `search_flows`: service and default flows whose name contains the search, by name, 20 a
    /// page. Refused here, without a call, when the user may not read flows.
    pub(super) async fn search_flows_once(&self, args: SearchFlowsArgs) -> Result<Page<FlowRef>> {
        let session = self.session()?;
        if !session.permissions().read_flows {
            return Err(Error::FlowsForbidden);
        }
        let page = args.page.max(1);
        let mut query = SchemaQuery::for_hooks()
            .page(page)
            .size(FLOW_PAGE_SIZE)
            .fields(FLOW_FIELDS)
            .sort("+name");
        if let Some(q) = convert::contains(&args.search) {
            query = query.q(q);
        }
        let answer = session
            .client()
            .schemas()
            .list(&query)
            .await
            .map_err(|e| self.failed(&session, &e))?;
        let rows: Vec<(FlowRef, String)> = answer
            .items
            .into_iter()
            .map(|f| {
                let flow = FlowRef {
                    id: f.id,
                    name: f.name,
                };
                (flow, f.flow_type.as_str().to_owned())
            })
            .collect();
        self.remember("flows", self.store().save_flows(&rows));
        Ok(Page {
            items: rows.into_iter().map(|(flow, _)| flow).collect(),
            page,
            next: answer.next,
            skipped: u32::try_from(answer.skipped).unwrap_or(u32::MAX),
        })
    }
}
