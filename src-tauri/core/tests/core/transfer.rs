//! Export, import and "Copy to…" against two stand-in servers: the demo (production) and the
//! staging set, the demo's queues, teams and flows under other ids, without the flow "Send SMS
//! after missed call", with an enabled Offering → "Slack: notify supervisor" and an enabled
//! Bridged → "Salesforce: update lead status" in "Sales Progressive EU" (queue 301 there), and
//! an enabled Agent status → "Slack: notify supervisor" in team Sales.
//!
//! The demo's "Sales Progressive EU" (queue 1) has: Offering → Slack on, Bridged → CRM on,
//! Missed → Zendesk on, Leaving → CRM off, Leaving → "Default: member leaving cleanup" on,
//! Processing → "Post-processing form: sales" on, Missed → "Send SMS after missed call" off.

use std::collections::BTreeSet;
use std::sync::Arc;

use tempfile::TempDir;
use webitel_hooks_core::error::Error;
use webitel_hooks_core::transfer::{self, apply, export, format};
use webitel_hooks_core::{
    Credentials, HookRegistry, ProfileBook, Store, SyncOptions, SyncRunner, Vault,
};
use webitel_hooks_model::commands::{SessionStatus, SignOutArgs};
use webitel_hooks_model::journal::{JournalFilter, JournalOutcome};
use webitel_hooks_model::transfer::{
    ExportSource, PlannedCreate, PreviewCopyArgs, TransferKind, TransferReport, UnmatchedReason,
};
use webitel_hooks_model::{
    ChangeOrigin, ErrorCode, HookEvent, HookId, HookKey, HookLabel, HookOwner, ListAllHooksArgs,
    ProfileId, QueueId, TeamId,
};
use webitel_sim::datasets::{STAGING_QUEUE_SHIFT, STAGING_TEAM_SHIFT};
use webitel_sim::{DataSet, SimConfig, SimData, SimServer};

use crate::{profiles, support};

struct Server {
    sim: SimServer,
    registry: Arc<HookRegistry>,
    _dir: TempDir,
}

/// A sim of `data`, a registry signed in to it as admin, and its cache filled by a full sync.
async fn synced(data: DataSet) -> Server {
    let sim = webitel_sim::spawn(
        "127.0.0.1:0".parse().unwrap(),
        SimConfig {
            data,
            ..SimConfig::default()
        },
    )
    .await
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let registry = Arc::new(HookRegistry::new(
        Store::open(dir.path().join("cache.sqlite3")).unwrap(),
    ));
    registry
        .sign_in(&sim.base_url(), &Credentials::new("admin@demo", "demo"))
        .await
        .unwrap();
    let report = SyncRunner::new(registry.clone(), SyncOptions::default())
        .full_sync()
        .await
        .unwrap();
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    Server {
        sim,
        registry,
        _dir: dir,
    }
}

const SALES_EU: HookOwner = HookOwner::Queue(QueueId(1));
const STAGING_SALES_EU: i64 = 1 + STAGING_QUEUE_SHIFT;

/// A queue's hooks on the sim as (event, flow name, enabled), sorted.
fn on_server(data: &SimData, queue: i64) -> BTreeSet<(String, String, bool)> {
    data.queue(queue)
        .unwrap()
        .hooks
        .iter()
        .map(|h| {
            (
                h.event.clone(),
                data.flow_name(h.schema_id).to_owned(),
                h.enabled,
            )
        })
        .collect()
}

fn hooks(list: &[(&str, &str, bool)]) -> BTreeSet<(String, String, bool)> {
    list.iter()
        .map(|(e, f, on)| ((*e).to_owned(), (*f).to_owned(), *on))
        .collect()
}

/// The preview's creates confirmed, with no progress to tell; the report and the owners told.
async fn confirmed(
    registry: &HookRegistry,
    kind: TransferKind,
    creates: &[PlannedCreate],
) -> (TransferReport, Vec<HookOwner>) {
    apply::apply(registry, kind, creates, |_, _| {})
        .await
        .unwrap()
}

fn schema() -> serde_json::Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/export-format.schema.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[tokio::test]
async fn an_export_of_synced_hooks_is_valid_against_its_json_schema() {
    let prod = synced(DataSet::Demo).await;
    let dir = tempfile::tempdir().unwrap();
    let doc = export::export(
        &prod.registry,
        &ExportSource::Matching {
            filters: ListAllHooksArgs::default(),
        },
    )
    .unwrap();
    let data = prod.sim.snapshot();
    let team_hooks: usize = data.teams.iter().map(|t| t.hooks.len()).sum();
    assert_eq!(doc.hooks.len(), data.hook_count() + team_hooks);
    let path = dir.path().join("everything.json");
    transfer::write_export(&path, &doc).unwrap();
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema()).unwrap();
    let problems: Vec<String> = validator
        .iter_errors(&written)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    // What the file says is what the server has, queues' and teams' alike, without a secret.
    assert_eq!(written["server"], prod.sim.base_url());
    let team = written["hooks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["owner_kind"] == "team")
        .unwrap();
    assert_eq!(team["event"], "agent_status");
    assert!(team["queue_type"].is_null());
    assert!(!std::fs::read_to_string(&path).unwrap().contains("demo\""));
    // The schema is not a formality: a hook without its flow's name fails it.
    let mut broken = written.clone();
    broken["hooks"][0]
        .as_object_mut()
        .unwrap()
        .remove("flow_name");
    assert!(!validator.is_valid(&broken));
    // And the file reads back as it was written.
    assert_eq!(transfer::read_export(&path).unwrap(), doc);
}

#[tokio::test]
async fn a_damaged_file_and_a_newer_version_are_refused_with_their_sentences() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let damaged = write(
        "damaged.json",
        "{\"format\": \"webitel-hooks-export\", \"vers",
    );
    let err = transfer::read_export(&damaged).unwrap_err();
    assert!(matches!(err, Error::NotAnExport { .. }), "{err:?}");
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    let sentence = err.to_string();
    assert!(
        sentence.starts_with("The file damaged.json is not an export of Webitel Hooks (not JSON"),
        "{sentence}"
    );
    assert!(sentence.ends_with("Pick a JSON file that Export made."));

    let other = write("other.json", r#"{"queues": [1, 2, 3]}"#);
    let err = transfer::read_export(&other).unwrap_err();
    assert!(matches!(err, Error::NotAnExport { .. }), "{err:?}");

    let wrong_shape = write(
        "shape.json",
        r#"{"format": "webitel-hooks-export", "version": 1, "exported_at": "x", "server": "",
            "hooks": [{"owner_kind": "queue"}]}"#,
    );
    let err = transfer::read_export(&wrong_shape).unwrap_err();
    assert!(matches!(err, Error::NotAnExport { .. }), "{err:?}");
    assert!(err.to_string().contains("missing field"), "{err}");

    let newer = write(
        "newer.json",
        r#"{"format": "webitel-hooks-export", "version": 2, "hooks": "anything"}"#,
    );
    let err = transfer::read_export(&newer).unwrap_err();
    assert_eq!(
        err,
        Error::NewerExport {
            file: "newer.json".into(),
            found: 2,
            known: format::FORMAT_VERSION,
        }
    );
    assert_eq!(
        err.to_string(),
        "The file newer.json was exported by a newer version of Webitel Hooks (format version 2; this version reads versions up to 1). Update the app to import it."
    );

    let missing = transfer::read_export(&dir.path().join("nowhere.json")).unwrap_err();
    assert!(matches!(missing, Error::FileNotRead { .. }), "{missing:?}");

    // Any bytes at all: refused, never a panic.
    let binary = dir.path().join("binary.json");
    std::fs::write(&binary, [0u8, 159, 146, 150, 255, b'{']).unwrap();
    assert!(matches!(
        transfer::read_export(&binary),
        Err(Error::NotAnExport { .. })
    ));
}

#[tokio::test]
async fn csv_quotes_names_with_commas_and_quotes() {
    let sim_name = "Sales, \"EU\" progressive";
    let prod = {
        let server = synced(DataSet::Demo).await;
        server
            .sim
            .with_data(|d| d.queue_mut(1).unwrap().name = sim_name.to_owned());
        SyncRunner::new(server.registry.clone(), SyncOptions::default())
            .full_sync()
            .await
            .unwrap();
        server
    };
    let dir = tempfile::tempdir().unwrap();
    let doc = export::export(&prod.registry, &ExportSource::Owner { owner: SALES_EU }).unwrap();
    let path = dir.path().join("sales.CSV");
    assert_eq!(
        transfer::write_export(&path, &doc).unwrap(),
        webitel_hooks_model::transfer::TransferFormat::Csv
    );
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "owner_kind,owner_id,owner_name,queue_type,event,flow_id,flow_name,enabled"
    );
    assert_eq!(
        lines.len(),
        1 + 7 + 1,
        "a header, seven hooks, the last CRLF"
    );
    assert!(
        lines.contains(
            &"queue,1,\"Sales, \"\"EU\"\" progressive\",4,bridged,101,CRM: log call result,true"
        ),
        "{text}"
    );
}

#[tokio::test]
async fn a_queues_export_imported_onto_a_server_with_other_ids_creates_skips_and_lists_the_unmatched_flow(
) {
    let prod = synced(DataSet::Demo).await;
    let staging = synced(DataSet::Staging).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sales-eu.json");
    let doc = export::export(&prod.registry, &ExportSource::Owner { owner: SALES_EU }).unwrap();
    transfer::write_export(&path, &doc).unwrap();

    let file = transfer::read_export(&path).unwrap();
    let preview = transfer::preview_import(&staging.registry, &file, "sales-eu.json")
        .await
        .unwrap();
    assert_eq!(preview.file_name, "sales-eu.json");
    assert_eq!(preview.exported_from, prod.sim.base_url());
    let target = HookOwner::Queue(QueueId(STAGING_SALES_EU));
    let creates: Vec<(HookEvent, &str, bool, bool)> = preview
        .creates
        .iter()
        .map(|c| {
            assert_eq!(c.owner, target, "matched by name to staging's id");
            (
                c.hook.event.clone(),
                c.hook.flow.name.as_str(),
                c.hook.enabled,
                c.disabled_because.is_some(),
            )
        })
        .collect();
    assert_eq!(
        creates,
        [
            // Bridged is enabled on staging with another flow: created disabled, and said so.
            (HookEvent::Bridged, "CRM: log call result", false, true),
            (
                HookEvent::Missed,
                "Zendesk ticket on missed call",
                true,
                false
            ),
            (HookEvent::Leaving, "CRM: log call result", false, false),
            (
                HookEvent::Leaving,
                "Default: member leaving cleanup",
                true,
                false
            ),
            (
                HookEvent::Processing,
                "Post-processing form: sales",
                true,
                false
            ),
        ]
    );
    assert_eq!(
        preview.creates[0].disabled_because,
        Some(HookLabel::new(
            HookEvent::Bridged,
            "Salesforce: update lead status"
        ))
    );
    // The flows are staging's: other ids, same names.
    let staging_data = staging.sim.snapshot();
    for c in &preview.creates {
        let flow = staging_data.flow(c.hook.flow.id.0).unwrap();
        assert_eq!(flow.name, c.hook.flow.name);
    }
    let skipped: Vec<(HookEvent, &str)> = preview
        .skipped
        .iter()
        .map(|s| (s.event.clone(), s.flow.name.as_str()))
        .collect();
    assert_eq!(skipped, [(HookEvent::Offering, "Slack: notify supervisor")]);
    assert_eq!(preview.unmatched.len(), 1);
    assert_eq!(preview.unmatched[0].reason, UnmatchedReason::FlowNotFound);
    assert_eq!(
        preview.unmatched[0].hook.flow.name,
        "Send SMS after missed call"
    );
    // Nothing was sent by the preview.
    assert_eq!(on_server(&staging_data, STAGING_SALES_EU).len(), 2);

    let mut told = Vec::new();
    let (report, owners) = apply::apply(
        &staging.registry,
        TransferKind::Import,
        &preview.creates,
        |done, total| told.push((done, total)),
    )
    .await
    .unwrap();
    assert_eq!(report.created, 5);
    assert_eq!(report.queued, 0);
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    assert_eq!(owners, [target]);
    assert_eq!(told, [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]);
    assert_eq!(
        on_server(&staging.sim.snapshot(), STAGING_SALES_EU),
        hooks(&[
            ("offering", "Slack: notify supervisor", true),
            ("bridged", "Salesforce: update lead status", true),
            ("bridged", "CRM: log call result", false),
            ("missed", "Zendesk ticket on missed call", true),
            ("leaving", "CRM: log call result", false),
            ("leaving", "Default: member leaving cleanup", true),
            ("processing", "Post-processing form: sales", true),
        ])
    );
    // Production is untouched, and importing the same file again creates nothing.
    assert_eq!(on_server(&prod.sim.snapshot(), 1).len(), 7);
    let again = transfer::preview_import(&staging.registry, &file, "sales-eu.json")
        .await
        .unwrap();
    assert!(again.creates.is_empty(), "{:?}", again.creates);
    assert_eq!(again.skipped.len(), 6);
}

#[tokio::test]
async fn a_teams_hooks_import_by_the_teams_name_and_its_one_hook_per_flow() {
    let prod = synced(DataSet::Demo).await;
    let staging = synced(DataSet::Staging).await;
    // Sales: Agent status → Slack on, → "Agent wrap-up timer" on, → the data warehouse
    // webhook off.
    let doc = export::export(
        &prod.registry,
        &ExportSource::Owner {
            owner: HookOwner::Team(TeamId(1)),
        },
    )
    .unwrap();
    let preview = transfer::preview_import(&staging.registry, &doc, "sales-team.json")
        .await
        .unwrap();
    let team = HookOwner::Team(TeamId(1 + STAGING_TEAM_SHIFT));
    assert_eq!(preview.skipped.len(), 1, "{preview:?}");
    assert_eq!(preview.skipped[0].flow.name, "Slack: notify supervisor");
    assert_eq!(preview.creates.len(), 2);
    assert!(preview
        .creates
        .iter()
        .all(|c| c.owner == team && c.disabled_because.is_none()));
    let (report, _) = confirmed(&staging.registry, TransferKind::Import, &preview.creates).await;
    assert_eq!(report.created, 2, "{:?}", report.failed);
    let data = staging.sim.snapshot();
    let on: BTreeSet<(String, bool)> = data
        .team(1 + STAGING_TEAM_SHIFT)
        .unwrap()
        .hooks
        .iter()
        .map(|h| (data.flow_name(h.schema_id).to_owned(), h.enabled))
        .collect();
    let expected: BTreeSet<(String, bool)> = prod
        .sim
        .snapshot()
        .team(1)
        .unwrap()
        .hooks
        .iter()
        .map(|h| {
            (
                prod.sim.snapshot().flow_name(h.schema_id).to_owned(),
                h.enabled,
            )
        })
        .collect();
    assert_eq!(on, expected);
}

#[tokio::test]
async fn the_enabled_event_rule_is_checked_within_the_file_too() {
    let prod = synced(DataSet::Demo).await;
    let staging = synced(DataSet::Staging).await;
    // Two queues' hooks, both with an enabled Missed, copied by hand into one staging queue
    // without hooks ("Survey Progressive (new)", 306): the second one is created disabled.
    let mut doc = export::export(
        &prod.registry,
        &ExportSource::Hooks {
            hooks: vec![
                HookKey {
                    owner: SALES_EU,
                    hook_id: HookId(3),
                },
                // Collections Progressive's Missed → "Callback scheduler", enabled.
                HookKey {
                    owner: HookOwner::Queue(QueueId(3)),
                    hook_id: HookId(16),
                },
            ],
        },
    )
    .unwrap();
    assert_eq!(doc.hooks.len(), 2);
    for hook in &mut doc.hooks {
        hook.owner_name = "Survey Progressive (new)".into();
    }
    let preview = transfer::preview_import(&staging.registry, &doc, "two.json")
        .await
        .unwrap();
    assert_eq!(preview.creates.len(), 2, "{preview:?}");
    assert!(preview.creates[0].hook.enabled);
    assert!(!preview.creates[1].hook.enabled);
    assert_eq!(
        preview.creates[1].disabled_because,
        Some(HookLabel::new(
            HookEvent::Missed,
            "Zendesk ticket on missed call"
        ))
    );
    let (report, _) = confirmed(&staging.registry, TransferKind::Import, &preview.creates).await;
    assert_eq!(report.created, 2, "{:?}", report.failed);
    assert_eq!(
        on_server(&staging.sim.snapshot(), 6 + STAGING_QUEUE_SHIFT),
        hooks(&[
            ("missed", "Zendesk ticket on missed call", true),
            ("missed", "Callback scheduler", false),
        ])
    );
}

#[tokio::test]
async fn three_hooks_copied_to_two_queues_are_created_where_they_are_not_yet() {
    let prod = synced(DataSet::Demo).await;
    // Bridged → CRM on, Missed → Zendesk on, Leaving → CRM off, from Sales Progressive EU, into
    // "Survey Progressive (new)" (6, no hooks) and "Sales Progressive US" (2: Bridged → Salesforce
    // on, Missed → "Send SMS" on, Leaving → CRM on, Bridged → "Callback scheduler" off).
    let args = PreviewCopyArgs {
        hooks: [2, 3, 4]
            .into_iter()
            .map(|id| HookKey {
                owner: SALES_EU,
                hook_id: HookId(id),
            })
            .collect(),
        targets: vec![QueueId(6), QueueId(2)],
        profile: None,
    };
    let preview = transfer::preview_copy(&prod.registry, &prod.registry, &args)
        .await
        .unwrap();
    let planned: Vec<(i64, HookEvent, bool, bool)> = preview
        .creates
        .iter()
        .map(|c| {
            (
                c.owner.raw(),
                c.hook.event.clone(),
                c.hook.enabled,
                c.disabled_because.is_some(),
            )
        })
        .collect();
    assert_eq!(
        planned,
        [
            (6, HookEvent::Bridged, true, false),
            (6, HookEvent::Missed, true, false),
            (6, HookEvent::Leaving, false, false),
            // Queue 2 has Bridged and Missed enabled already: created disabled.
            (2, HookEvent::Bridged, false, true),
            (2, HookEvent::Missed, false, true),
        ]
    );
    assert_eq!(
        preview.skipped.len(),
        1,
        "Leaving → CRM is in queue 2 already"
    );
    assert_eq!(preview.skipped[0].owner_name, "Sales Progressive US");
    assert!(preview.unmatched.is_empty());
    let (report, owners) = confirmed(&prod.registry, TransferKind::Copy, &preview.creates).await;
    assert_eq!(report.created, 5, "{:?}", report.failed);
    assert_eq!(
        owners,
        [HookOwner::Queue(QueueId(6)), HookOwner::Queue(QueueId(2))]
    );
    let data = prod.sim.snapshot();
    assert_eq!(
        on_server(&data, 6),
        hooks(&[
            ("bridged", "CRM: log call result", true),
            ("missed", "Zendesk ticket on missed call", true),
            ("leaving", "CRM: log call result", false),
        ])
    );
    assert_eq!(
        on_server(&data, 2),
        hooks(&[
            ("bridged", "Salesforce: update lead status", true),
            ("missed", "Send SMS after missed call", true),
            ("leaving", "CRM: log call result", true),
            ("bridged", "HubSpot: create follow-up task", false),
            ("bridged", "CRM: log call result", false),
            ("missed", "Zendesk ticket on missed call", false),
        ])
    );
}

#[tokio::test]
async fn an_import_made_offline_waits_in_the_outbox() {
    let prod = synced(DataSet::Demo).await;
    let staging = synced(DataSet::Staging).await;
    let doc = export::export(&prod.registry, &ExportSource::Owner { owner: SALES_EU }).unwrap();
    let preview = transfer::preview_import(&staging.registry, &doc, "sales-eu.json")
        .await
        .unwrap();
    crate::support::unreachable(&staging.sim);
    let (report, _) = confirmed(&staging.registry, TransferKind::Import, &preview.creates).await;
    assert_eq!(
        (report.created, report.queued),
        (0, 5),
        "{:?}",
        report.failed
    );
    assert_eq!(staging.registry.list_pending().unwrap().len(), 5);
    crate::support::reachable(&staging.sim);
    assert_eq!(
        on_server(&staging.sim.snapshot(), STAGING_SALES_EU).len(),
        2
    );
}

#[tokio::test]
async fn one_import_and_one_copy_are_one_batch_each_in_the_journal() {
    use webitel_hooks_model::journal::{JournalAction, JournalFilter};
    use webitel_hooks_model::ChangeOrigin;

    let prod = synced(DataSet::Demo).await;
    let doc = export::export(&prod.registry, &ExportSource::Owner { owner: SALES_EU }).unwrap();
    // Onto "Survey Progressive (new)": the seven hooks but the ones its empty queue cannot
    // take enabled twice.
    let mut onto_survey = doc.clone();
    for hook in &mut onto_survey.hooks {
        hook.owner_name = "Survey Progressive (new)".into();
    }
    let preview = transfer::preview_import(&prod.registry, &onto_survey, "sales.json")
        .await
        .unwrap();
    let (imported, _) = confirmed(&prod.registry, TransferKind::Import, &preview.creates).await;
    let copy = transfer::preview_copy(
        &prod.registry,
        &prod.registry,
        &PreviewCopyArgs {
            hooks: vec![HookKey {
                owner: SALES_EU,
                hook_id: HookId(2),
            }],
            targets: vec![QueueId(2)],
            profile: None,
        },
    )
    .await
    .unwrap();
    let (copied, _) = confirmed(&prod.registry, TransferKind::Copy, &copy.creates).await;
    assert_eq!((imported.created, copied.created), (7, 1));
    let entries = prod
        .registry
        .store()
        .journal_entries(&JournalFilter::default())
        .unwrap();
    let of = |origin| -> Vec<_> { entries.iter().filter(|e| e.origin == origin).collect() };
    let (imports, copies) = (of(ChangeOrigin::Import), of(ChangeOrigin::Copy));
    assert_eq!(imports.len(), 7, "{entries:#?}");
    assert_eq!(copies.len(), 1, "{entries:#?}");
    assert!(imports.iter().all(|e| e.batch == imports[0].batch
        && e.action == JournalAction::Created
        && e.owner == HookOwner::Queue(QueueId(6))));
    assert_ne!(copies[0].batch, imports[0].batch);
}

#[tokio::test]
async fn an_export_of_the_all_hooks_filters_holds_exactly_the_matching_hooks() {
    use webitel_hooks_model::{OwnerKind, QueueType};

    let prod = synced(DataSet::Demo).await;
    let data = prod.sim.snapshot();
    let progressive = ListAllHooksArgs {
        queue_types: vec![QueueType::Progressive],
        ..ListAllHooksArgs::default()
    };
    let doc = export::export(
        &prod.registry,
        &ExportSource::Matching {
            filters: progressive,
        },
    )
    .unwrap();
    let expected: usize = data
        .queues
        .iter()
        .filter(|q| q.queue_type == 4)
        .map(|q| q.hooks.len())
        .sum();
    assert_eq!(doc.hooks.len(), expected);
    assert!(doc
        .hooks
        .iter()
        .all(|h| h.queue_type == Some(QueueType::Progressive)));
    let teams = ListAllHooksArgs {
        kinds: vec![OwnerKind::Team],
        // The page and size of the registry's view do not cut an export.
        size: webitel_hooks_model::PageSize::new(1),
        page: 3,
        ..ListAllHooksArgs::default()
    };
    let doc = export::export(&prod.registry, &ExportSource::Matching { filters: teams }).unwrap();
    let team_hooks: usize = data.teams.iter().map(|t| t.hooks.len()).sum();
    assert_eq!(doc.hooks.len(), team_hooks);
}

#[tokio::test]
async fn offline_the_preview_answers_from_the_cache_and_names_the_flows_it_has_not_seen() {
    let prod = synced(DataSet::Demo).await;
    let staging = synced(DataSet::Staging).await;
    let doc = export::export(&prod.registry, &ExportSource::Owner { owner: SALES_EU }).unwrap();
    crate::support::unreachable(&staging.sim);
    let preview = transfer::preview_import(&staging.registry, &doc, "sales-eu.json")
        .await
        .unwrap();
    // The cached queue and its cached hooks: Offering → Slack is there.
    assert_eq!(preview.skipped.len(), 1, "{preview:#?}");
    assert_eq!(preview.skipped[0].owner_name, "Sales Progressive EU");
    // The cache has seen no other of the file's flows: none is guessed.
    assert!(preview.creates.is_empty(), "{:#?}", preview.creates);
    assert_eq!(preview.unmatched.len(), 6);
    assert!(preview
        .unmatched
        .iter()
        .all(|u| u.reason == UnmatchedReason::FlowNotFound));
    crate::support::reachable(&staging.sim);
    assert_eq!(
        on_server(&staging.sim.snapshot(), STAGING_SALES_EU).len(),
        2
    );
}

/// Production (the demo) and staging as two profiles of one book over a memory vault, each
/// signed in once (staging's token kept, its password when `remember`) and synced, production
/// active again.
struct TwoProfiles {
    prod: SimServer,
    staging: SimServer,
    book: ProfileBook,
    prod_id: ProfileId,
    staging_id: ProfileId,
    _dir: TempDir,
}

async fn two_profiles(remember: bool) -> TwoProfiles {
    let spawn = |data| async move {
        webitel_sim::spawn(
            "127.0.0.1:0".parse().unwrap(),
            SimConfig {
                data,
                ..SimConfig::default()
            },
        )
        .await
        .unwrap()
    };
    let (prod, staging) = (spawn(DataSet::Demo).await, spawn(DataSet::Staging).await);
    let dir = tempfile::tempdir().unwrap();
    let book = profiles::book(&dir, Vault::memory());
    let prod_id = profiles::signed_in(
        &book,
        profiles::new_profile(&prod.base_url(), "admin", "demo", false),
    )
    .await;
    assert_eq!(book.sync().sync_now().await.last_error, None);
    let staging_id = profiles::signed_in(
        &book,
        profiles::new_profile(&staging.base_url(), "admin", "demo", remember),
    )
    .await;
    assert_eq!(book.sync().sync_now().await.last_error, None);
    book.resume_profile(prod_id).await.unwrap();
    assert_eq!(book.active_profile(), Some(prod_id));
    TwoProfiles {
        prod,
        staging,
        book,
        prod_id,
        staging_id,
        _dir: dir,
    }
}

/// Bridged → CRM on, Missed → Zendesk on, Leaving → CRM off, of production's Sales Progressive
/// EU, into staging's "Survey Progressive (new)" (no hooks) and "Sales Progressive EU" (an
/// enabled Bridged → Salesforce, so the Bridged copy is created disabled).
fn copy_into_staging(staging_id: ProfileId) -> PreviewCopyArgs {
    PreviewCopyArgs {
        hooks: [2, 3, 4]
            .into_iter()
            .map(|id| HookKey {
                owner: SALES_EU,
                hook_id: HookId(id),
            })
            .collect(),
        targets: vec![QueueId(6 + STAGING_QUEUE_SHIFT), QueueId(STAGING_SALES_EU)],
        profile: Some(staging_id),
    }
}

fn staging_expected(data: &SimData) {
    assert_eq!(
        on_server(data, 6 + STAGING_QUEUE_SHIFT),
        hooks(&[
            ("bridged", "CRM: log call result", true),
            ("missed", "Zendesk ticket on missed call", true),
            ("leaving", "CRM: log call result", false),
        ])
    );
    assert_eq!(
        on_server(data, STAGING_SALES_EU),
        hooks(&[
            ("offering", "Slack: notify supervisor", true),
            ("bridged", "Salesforce: update lead status", true),
            ("bridged", "CRM: log call result", false),
            ("missed", "Zendesk ticket on missed call", true),
            ("leaving", "CRM: log call result", false),
        ])
    );
}

fn hook_creates(sim: &SimServer) -> usize {
    sim.seen_requests()
        .iter()
        .filter(|r| r.method == "POST" && r.target.contains("/hooks"))
        .count()
}

/// What the active (production) profile shows: its session's server, its cache's hooks.
fn active_view(p: &TwoProfiles) -> (Option<ProfileId>, String, u64) {
    let registry = p.book.registry();
    (
        p.book.active_profile(),
        registry.session_info().unwrap().server,
        registry
            .list_all_hooks(&ListAllHooksArgs::default())
            .unwrap()
            .total,
    )
}

#[tokio::test]
async fn three_hooks_copied_into_another_profile_land_on_its_server_with_its_session() {
    let p = two_profiles(false).await;
    let before = active_view(&p);
    assert_eq!(before.0, Some(p.prod_id));
    let target = p.book.registry_for(Some(p.staging_id)).await.unwrap();
    assert!(!Arc::ptr_eq(&target, p.book.registry()));
    let preview =
        transfer::preview_copy(p.book.registry(), &target, &copy_into_staging(p.staging_id))
            .await
            .unwrap();
    assert_eq!(preview.target_profile, Some(p.staging_id));
    assert_eq!(preview.creates.len(), 6, "{preview:?}");
    assert!(preview.skipped.is_empty() && preview.unmatched.is_empty());
    let disabled: Vec<&HookLabel> = preview
        .creates
        .iter()
        .filter_map(|c| c.disabled_because.as_ref())
        .collect();
    assert_eq!(
        disabled,
        [&HookLabel::new(
            HookEvent::Bridged,
            "Salesforce: update lead status"
        )]
    );
    let (report, owners) = confirmed(&target, TransferKind::Copy, &preview.creates).await;
    assert_eq!(
        (report.created, report.queued),
        (6, 0),
        "{:?}",
        report.failed
    );
    assert_eq!(owners.len(), 2);
    staging_expected(&p.staging.snapshot());
    // Production: no create reached its server; its session, cache and status are as they were.
    assert_eq!(hook_creates(&p.prod), 0);
    assert_eq!(active_view(&p), before);
    assert!(matches!(
        &*p.book.session_status().borrow(),
        SessionStatus::SignedIn { session } if session.profile_id == p.prod_id
    ));
    drop(target);
    // Staging's journal holds the copy as one batch, taken by its server as its user.
    let journal = Store::open(p.book.cache_path(p.staging_id))
        .unwrap()
        .journal_entries(&JournalFilter::default())
        .unwrap();
    assert_eq!(journal.len(), 6);
    assert!(journal.iter().all(|e| e.origin == ChangeOrigin::Copy
        && e.outcome == JournalOutcome::Taken
        && e.batch == journal[0].batch
        && e.server == p.staging.base_url().trim_end_matches('/')
        && e.username == "admin@demo"));
    let prod_journal = p
        .book
        .registry()
        .store()
        .journal_entries(&JournalFilter::default())
        .unwrap();
    assert!(prod_journal.is_empty(), "{prod_journal:?}");
}

#[tokio::test]
async fn copied_into_an_unreachable_profile_the_hooks_wait_in_its_outbox_until_it_syncs() {
    let p = two_profiles(false).await;
    let before = active_view(&p);
    // Previewed while staging answers; its server is gone by the confirmation, which makes a
    // registry of its own for staging again (as the shell's `apply_transfer` does).
    let preview = {
        let target = p.book.registry_for(Some(p.staging_id)).await.unwrap();
        transfer::preview_copy(p.book.registry(), &target, &copy_into_staging(p.staging_id))
            .await
            .unwrap()
    };
    assert_eq!(preview.creates.len(), 6);
    support::unreachable(&p.staging);
    let queues = p.book.copy_targets(Some(p.staging_id)).await.unwrap();
    assert_eq!(queues.len(), 16, "from staging's cache");
    let target = p.book.registry_for(Some(p.staging_id)).await.unwrap();
    let (report, _) = confirmed(&target, TransferKind::Copy, &preview.creates).await;
    assert_eq!(
        (report.created, report.queued),
        (0, 6),
        "{:?}",
        report.failed
    );
    drop(target);
    // Production is untouched, and shows nothing offline of staging's.
    assert_eq!(active_view(&p), before);
    assert!(!p.book.registry().sync_status().borrow().offline);
    assert_eq!(p.book.registry().sync_status().borrow().pending, 0);
    assert_eq!(hook_creates(&p.prod), 0);
    let staging_cache = Store::open(p.book.cache_path(p.staging_id)).unwrap();
    assert_eq!(staging_cache.outbox_len().unwrap(), 6);
    let journal = staging_cache
        .journal_entries(&JournalFilter::default())
        .unwrap();
    assert!(
        journal.len() == 6
            && journal.iter().all(|e| e.origin == ChangeOrigin::Copy
                && e.outcome == JournalOutcome::Pending
                && e.batch == journal[0].batch)
    );
    drop(staging_cache);

    // Staging answers again; once it is the active profile and synced, the creates go there.
    support::reachable(&p.staging);
    p.book.resume_profile(p.staging_id).await.unwrap();
    let status = p.book.sync().sync_now().await;
    assert_eq!((status.pending, status.last_error), (0, None));
    staging_expected(&p.staging.snapshot());
}

#[tokio::test]
async fn another_profile_without_a_session_or_a_synced_cache_says_what_to_do() {
    let p = two_profiles(false).await;
    // Signed out of staging (token and password gone), then production active again.
    p.book.resume_profile(p.staging_id).await.unwrap();
    p.book
        .sign_out(SignOutArgs { wipe_cache: false })
        .await
        .unwrap();
    p.book.resume_profile(p.prod_id).await.unwrap();
    // Its queues still list from its cache; a preview says to sign in to it first.
    assert_eq!(
        p.book.copy_targets(Some(p.staging_id)).await.unwrap().len(),
        16
    );
    let err = p.book.registry_for(Some(p.staging_id)).await.unwrap_err();
    assert!(matches!(err, Error::TargetNeedsSignIn { .. }), "{err:?}");
    assert!(err.to_string().contains("sign in"), "{err}");
    // A profile id that is not one of the book's is bad input.
    let err = p
        .book
        .registry_for(Some(ProfileId(9999)))
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    // A profile never synced whose server cannot be reached says so.
    let never = webitel_sim::spawn("127.0.0.1:0".parse().unwrap(), SimConfig::default())
        .await
        .unwrap();
    let never_id = profiles::signed_in(
        &p.book,
        profiles::new_profile(&never.base_url(), "admin", "demo", false),
    )
    .await;
    p.book.resume_profile(p.prod_id).await.unwrap();
    support::unreachable(&never);
    let err = p.book.copy_targets(Some(never_id)).await.unwrap_err();
    assert!(matches!(err, Error::TargetNeverSynced { .. }), "{err:?}");
    assert_eq!(p.book.active_profile(), Some(p.prod_id));
}

#[tokio::test]
async fn the_other_profiles_refused_token_is_renewed_with_its_remembered_password() {
    let p = two_profiles(true).await;
    let before = active_view(&p);
    // Staging no longer takes the token its profile keeps.
    p.staging.expire_tokens();
    let target = p.book.registry_for(Some(p.staging_id)).await.unwrap();
    let preview =
        transfer::preview_copy(p.book.registry(), &target, &copy_into_staging(p.staging_id))
            .await
            .unwrap();
    let (report, _) = confirmed(&target, TransferKind::Copy, &preview.creates).await;
    assert_eq!(
        (report.created, report.queued),
        (6, 0),
        "{:?}",
        report.failed
    );
    staging_expected(&p.staging.snapshot());
    // Production's session was not the one renewed, nor told anything.
    assert_eq!(active_view(&p), before);
    assert!(matches!(
        &*p.book.session_status().borrow(),
        SessionStatus::SignedIn { session } if session.profile_id == p.prod_id
    ));
    // The renewed token is kept: the next copy resumes with it, without a sign-in.
    let sign_ins = |sim: &SimServer| {
        sim.seen_requests()
            .iter()
            .filter(|r| r.target.starts_with("/api/login") || r.target.starts_with("/login"))
            .count()
    };
    let signed = sign_ins(&p.staging);
    assert_eq!(signed, 2, "the profile's sign-in, then the renewal");
    drop(target);
    p.book.registry_for(Some(p.staging_id)).await.unwrap();
    assert_eq!(sign_ins(&p.staging), signed);
}
