//! kill -9: a real child process (this test binary, started again on one test with an
//! environment variable) works on a cache file and is killed with SIGKILL mid-way; the file
//! then opens, and every change the child had reported kept is there, or on the server.

use std::collections::HashMap;
use std::path::Path;
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};
use webitel_hooks_core::{AccessToken, HookRegistry, SignedIn, Store, SyncOptions, SyncRunner};
use webitel_hooks_model::commands::SetHookEnabledArgs;
use webitel_hooks_model::{HookId, Permissions, QueueId};
use webitel_sim::{DataSet, Knobs, SimServer};

use crate::sync::{signed_in_to, PasswordRenewal};

/// Set in the child: what it does (`queue` or `sync`).
const MODE: &str = "WEBITEL_HOOKS_CRASH_CHILD";
const SERVER: &str = "WEBITEL_HOOKS_CRASH_SERVER";
const TOKEN: &str = "WEBITEL_HOOKS_CRASH_TOKEN";
const CACHE: &str = "WEBITEL_HOOKS_CRASH_CACHE";
/// The prefix of the child's reports on stdout (the test harness prints its own lines too).
const REPORT: &str = "CRASH-CHILD ";

/// The child's body. Run as a test of its own (without `MODE`) it does nothing.
#[tokio::test]
async fn child_process_body() {
    let Ok(mode) = std::env::var(MODE) else {
        return;
    };
    let var = |name| std::env::var(name).unwrap();
    let registry = Arc::new(HookRegistry::new(Store::open(var(CACHE)).unwrap()));
    let everything = Permissions {
        read_hooks: true,
        change_hooks: true,
        read_flows: true,
        read_team_hooks: true,
        change_team_hooks: true,
    };
    // The token the parent's sim issued, as the keyring would keep it.
    let session = SignedIn::unchecked(
        &var(SERVER),
        None,
        AccessToken::new(var(TOKEN)),
        "admin@demo".into(),
        everything,
    )
    .unwrap();
    registry.start_session(session);
    match mode.as_str() {
        // Toggles the hooks of Sales EU while the server cannot be reached, until killed.
        "queue" => {
            let hooks = registry.store().owner_hooks(QueueId(1).into()).unwrap();
            for n in 0u64.. {
                let hook = &hooks[n as usize % hooks.len()].hook;
                let enabled = n % 2 == 0;
                registry
                    .set_hook_enabled(SetHookEnabledArgs {
                        owner: hook.owner,
                        hook_id: hook.id,
                        enabled,
                    })
                    .await
                    .unwrap();
                println!("{REPORT}queued {} {enabled}", hook.id.0);
            }
        }
        // One run as `sync_now` makes it, the outbox then every queue, slowly (the parent adds
        // latency), telling the parent where it is.
        "sync" => {
            let runner = SyncRunner::new(registry, SyncOptions::default());
            println!("{REPORT}replaying");
            runner.replay_outbox().await.unwrap();
            println!("{REPORT}reading");
            runner.full_sync().await.unwrap();
            println!("{REPORT}done");
        }
        other => panic!("unknown mode {other}"),
    }
}

fn start_child(mode: &str, sim: &SimServer, cache: &Path) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .args(["crash::child_process_body", "--exact", "--nocapture"])
        .env(MODE, mode)
        .env(SERVER, sim.base_url())
        .env(TOKEN, sim.token_for("admin").unwrap())
        .env(CACHE, cache)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap()
}

/// Reads the child's reports until `enough` of them came, within ten seconds.
async fn read_reports(child: &mut Child, enough: usize) -> Vec<String> {
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let mut reports = Vec::new();
    let read = async {
        while reports.len() < enough {
            match lines.next_line().await.unwrap() {
                Some(line) => {
                    if let Some(report) = line.strip_prefix(REPORT) {
                        reports.push(report.to_owned());
                    }
                }
                None => panic!("the child ended early after {reports:?}"),
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(10), read)
        .await
        .expect("the child reported in time");
    child.stdout = None;
    reports
}

/// The app started again on the killed one's cache: signed in (and signing in again by
/// itself), one sync run made; its registry and that run's status.
async fn next_start(
    sim: &SimServer,
    cache: &Path,
) -> (Arc<HookRegistry>, webitel_hooks_model::SyncStatus) {
    let registry = Arc::new(HookRegistry::new(Store::open(cache).unwrap()));
    registry
        .sign_in(
            &sim.base_url(),
            &webitel_hooks_core::Credentials::new("admin@demo", "demo"),
        )
        .await
        .unwrap();
    registry.set_renewal(Some(Arc::new(PasswordRenewal {
        server: sim.base_url(),
    })));
    let status = SyncRunner::new(registry.clone(), SyncOptions::default())
        .sync_now()
        .await;
    (registry, status)
}

async fn kill_9(child: &mut Child) {
    child.start_kill().unwrap();
    let status = child.wait().await.unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(status.signal(), Some(9), "killed by SIGKILL");
    }
    #[cfg(not(unix))]
    assert!(!status.success());
}

#[tokio::test]
async fn killed_while_keeping_changes_offline_every_reported_change_is_still_there() {
    let (sim, registry, dir) = signed_in_to(DataSet::Demo).await;
    SyncRunner::new(registry.clone(), SyncOptions::default())
        .sync_now()
        .await;
    let cache = registry.store().path().to_path_buf();
    drop(registry);
    sim.set_knobs(Knobs {
        drop_rate: 1.0,
        ..Knobs::default()
    });
    let mut child = start_child("queue", &sim, &cache);
    // The child keeps going while these are read: the kill lands on a later change.
    let reports = read_reports(&mut child, 40).await;
    kill_9(&mut child).await;

    let store = Store::open(&cache).expect("the cache opens after kill -9");
    let pending = store.pending_changes().unwrap();
    // The last reported state of each hook.
    let mut last: HashMap<i64, bool> = HashMap::new();
    for report in &reports {
        let mut words = report.split(' ');
        assert_eq!(words.next(), Some("queued"));
        let hook: i64 = words.next().unwrap().parse().unwrap();
        let enabled: bool = words.next().unwrap().parse().unwrap();
        last.insert(hook, enabled);
    }
    // Each hook's switches are one change, with its last state: the reported one, or for at
    // most one hook the one made after the last report, just before the kill.
    assert_eq!(pending.len(), last.len(), "one change per hook");
    let mut ahead = 0;
    for change in &pending {
        let kept = change.mine.as_ref().unwrap().enabled;
        if last.get(&change.hook_id.0) != Some(&kept) {
            ahead += 1;
        }
        // The cache shows each hook as its change leaves it, marked pending.
        let cached = store
            .hook(QueueId(1).into(), change.hook_id)
            .unwrap()
            .unwrap();
        assert_eq!(cached.hook.enabled, kept);
        assert!(store.is_pending(QueueId(1).into(), change.hook_id).unwrap());
    }
    assert!(ahead <= 1, "{ahead} hooks differ from their last report");
    drop(dir);
}

#[tokio::test]
async fn killed_during_a_sync_with_changes_waiting_nothing_is_lost() {
    // Killed in the outbox's replay (7 changes, a read and a write each at 80 ms: about 1.1 s),
    // as soon as the cache shows a change sent; and 150 ms into the reading of 16 queues, 8 at
    // a time (about 0.25 s).
    for (phase, reports) in [("replaying", 1), ("reading", 2)] {
        let (sim, registry, dir) = signed_in_to(DataSet::Demo).await;
        let runner = SyncRunner::new(registry.clone(), SyncOptions::default());
        runner.sync_now().await;
        sim.set_knobs(Knobs {
            drop_rate: 1.0,
            ..Knobs::default()
        });
        // Every hook of Sales EU switched while offline: seven changes waiting.
        let hooks = registry.store().owner_hooks(QueueId(1).into()).unwrap();
        let mut wanted = HashMap::new();
        for cached in &hooks {
            let h = &cached.hook;
            // Off for enabled hooks; disabled ones stay off (a second enabled one is refused).
            registry
                .set_hook_enabled(SetHookEnabledArgs {
                    owner: h.owner,
                    hook_id: h.id,
                    enabled: false,
                })
                .await
                .unwrap();
            wanted.insert(h.id.0, false);
        }
        let cache = registry.store().path().to_path_buf();
        let synced_before = registry.store().last_full_sync().unwrap();
        let queued = registry.store().pending_changes().unwrap().len();
        assert_eq!(queued, hooks.len());
        drop(runner);
        drop(registry);
        // Slow answers, so that the kill lands mid-run.
        sim.set_knobs(Knobs {
            latency_ms: 80,
            ..Knobs::default()
        });
        let mut child = start_child("sync", &sim, &cache);
        let told = read_reports(&mut child, reports).await;
        assert_eq!(told.last().map(String::as_str), Some(phase));
        if phase == "replaying" {
            // Read beside the child, as another window of the app would (WAL).
            let watching = Store::open(&cache).unwrap();
            let deadline = std::time::Instant::now() + Duration::from_secs(10);
            while watching.pending_changes().unwrap().len() == queued {
                assert!(std::time::Instant::now() < deadline, "no change was sent");
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        } else {
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
        kill_9(&mut child).await;
        sim.set_knobs(Knobs::default());

        let store = Store::open(&cache).expect("the cache opens after kill -9");
        let left = store.pending_changes().unwrap().len();
        if phase == "replaying" {
            assert!(
                left > 0 && left < queued,
                "killed mid-replay: {left} of {queued} left"
            );
        } else {
            assert_eq!(left, 0, "the replay had ended");
            assert_eq!(
                store.last_full_sync().unwrap(),
                synced_before,
                "killed mid-reading"
            );
        }
        // Each change is still waiting, or the server has it.
        let waiting: Vec<i64> = store
            .pending_changes()
            .unwrap()
            .iter()
            .map(|c| c.hook_id.0)
            .collect();
        for (hook, enabled) in &wanted {
            let on_server = sim
                .snapshot()
                .find_hook(u32::try_from(*hook).unwrap())
                .map(|(_, h)| h.enabled);
            assert!(
                waiting.contains(hook) || on_server == Some(*enabled),
                "hook {hook} lost after a kill in {phase}"
            );
        }
        drop(store);

        // The next start finishes the job: everything sent, no conflict of our own making.
        let (registry, status) = next_start(&sim, &cache).await;
        assert_eq!(status.last_error, None, "kill in {phase}");
        assert_eq!(
            (status.pending, status.conflicts),
            (0, 0),
            "kill in {phase}"
        );
        for (hook, enabled) in &wanted {
            let on_server = sim
                .snapshot()
                .find_hook(u32::try_from(*hook).unwrap())
                .map(|(_, h)| h.enabled);
            assert_eq!(on_server, Some(*enabled), "hook {hook}, kill in {phase}");
            let cached = registry
                .store()
                .hook(QueueId(1).into(), HookId(*hook))
                .unwrap()
                .unwrap();
            assert_eq!(cached.hook.enabled, *enabled);
        }
        drop(dir);
    }
}

#[tokio::test]
async fn killed_between_a_creates_request_and_its_answer_the_hook_is_made_once() {
    use crate::creates::{joined_hook, joined_on_server, lose_the_next_create};

    let (sim, registry, dir) = signed_in_to(DataSet::Demo).await;
    SyncRunner::new(registry.clone(), SyncOptions::default())
        .sync_now()
        .await;
    sim.set_knobs(Knobs {
        drop_rate: 1.0,
        ..Knobs::default()
    });
    let kept = registry.create_hook(joined_hook()).await.unwrap();
    assert!(kept.id.0 < 0, "kept offline: {kept:?}");
    let cache = registry.store().path().to_path_buf();
    drop(registry);

    // The child replays; the sim makes the hook and holds the answer; the child is killed
    // while it waits for it, before anything of it reaches the cache.
    lose_the_next_create(&sim, true);
    let mut child = start_child("sync", &sim, &cache);
    read_reports(&mut child, 1).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while joined_on_server(&sim).is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "the create never came"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    kill_9(&mut child).await;
    sim.set_knobs(Knobs::default());
    let store = Store::open(&cache).expect("the cache opens after kill -9");
    assert_eq!(store.pending_changes().unwrap().len(), 1, "still waiting");
    drop(store);

    // The next start sends what waits: the hook the killed run made is found, not made again.
    let (registry, status) = next_start(&sim, &cache).await;
    assert_eq!(status.last_error, None);
    assert_eq!((status.pending, status.conflicts), (0, 0));
    let made = joined_on_server(&sim);
    assert_eq!(made.len(), 1, "exactly one hook: {made:?}");
    let cached = registry
        .store()
        .hook(QueueId(1).into(), HookId(i64::from(made[0].id)))
        .unwrap();
    assert!(cached.is_some(), "the cache holds it under the server's id");
    drop(dir);
}
