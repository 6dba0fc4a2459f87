//! A running sim, a registry signed in to it, and a cache file in a fresh temp folder.

use tempfile::TempDir;
use webitel_hooks_core::{Credentials, HookRegistry, Store};
use webitel_hooks_model::commands::{ListHooksArgs, SetHookEnabledArgs};
use webitel_hooks_model::{Hook, HookId, HookSort, PageSize, QueueId};
use webitel_sim::{Knobs, SimConfig, SimServer};

pub struct Env {
    pub sim: SimServer,
    pub registry: HookRegistry,
    pub dir: TempDir,
}

pub async fn sim() -> SimServer {
    webitel_sim::spawn("127.0.0.1:0".parse().unwrap(), SimConfig::default())
        .await
        .unwrap()
}

pub fn registry(dir: &TempDir) -> HookRegistry {
    HookRegistry::new(Store::open(dir.path().join("cache.sqlite3")).unwrap())
}

/// Signed in over HTTP as `user` (`admin`, `viewer`, `noflows`; password `demo`).
pub async fn signed_in(user: &str) -> Env {
    let sim = sim().await;
    let dir = tempfile::tempdir().unwrap();
    let registry = registry(&dir);
    registry
        .sign_in(
            &sim.base_url(),
            &Credentials::new(format!("{user}@demo"), "demo"),
        )
        .await
        .unwrap();
    Env { sim, registry, dir }
}

/// The demo's "Sales Progressive EU": seven hooks, among them a disabled `leaving` beside an
/// enabled one.
pub const SALES_EU: QueueId = QueueId(1);

/// The sim drops every connection: to the app, the server cannot be reached.
pub fn unreachable(sim: &SimServer) {
    sim.set_knobs(Knobs {
        drop_rate: 1.0,
        ..Knobs::default()
    });
}

/// The sim answers again, without faults.
pub fn reachable(sim: &SimServer) {
    sim.set_knobs(Knobs::default());
}

/// Switches hook `hook` of Sales Progressive EU on or off.
pub fn toggle(hook: i64, enabled: bool) -> SetHookEnabledArgs {
    SetHookEnabledArgs {
        owner: SALES_EU.into(),
        hook_id: HookId(hook),
        enabled,
    }
}

impl Env {
    /// Every hook of a queue in one page, as the registry lists them by default.
    pub async fn all_hooks(&self, queue_id: QueueId) -> Vec<Hook> {
        self.registry
            .list_hooks(ListHooksArgs {
                owner: queue_id.into(),
                page: 1,
                size: PageSize::new(1000),
                sort: Some(HookSort::DEFAULT),
            })
            .await
            .unwrap()
            .items
            .into_iter()
            .map(|row| row.hook)
            .collect()
    }

    /// A hook's state on the server, read from the sim's data.
    pub fn server_hook(&self, id: i64) -> Option<webitel_sim::Hook> {
        let id = u32::try_from(id).unwrap();
        self.sim.snapshot().find_hook(id).map(|(_, h)| h.clone())
    }
}
