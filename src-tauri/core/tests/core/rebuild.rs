//! A cache file that cannot be used is set aside and rebuilt, never a crash.

use rusqlite::Connection;
use webitel_hooks_core::Store;
use webitel_hooks_model::{ChangeKind, FlowRef, Hook, HookEvent, HookId, QueueId, SchemaId};

fn hook() -> Hook {
    Hook {
        id: HookId(1),
        owner: QueueId(1).into(),
        event: HookEvent::Bridged,
        flow: FlowRef {
            id: SchemaId(101),
            name: "CRM".into(),
        },
        enabled: true,
    }
}

fn set_aside_files(dir: &tempfile::TempDir) -> usize {
    std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            let name = e.as_ref().unwrap().file_name();
            let name = name.to_string_lossy();
            (name.contains(".damaged-") || name.contains(".newer-"))
                && !name.ends_with("-wal")
                && !name.ends_with("-shm")
        })
        .count()
}

#[test]
fn a_file_that_is_not_a_database_is_set_aside_and_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.sqlite3");
    std::fs::write(&path, vec![0x5a_u8; 8192]).unwrap();
    let opened = Store::open_or_rebuild(&path).unwrap();
    let notice = opened.notice.unwrap().message;
    assert!(
        notice.contains("damaged and has been rebuilt; nothing waiting to be sent was lost"),
        "{notice}"
    );
    assert!(opened.store.queues().unwrap().is_empty());
    assert_eq!(set_aside_files(&dir), 1);
}

#[test]
fn a_file_from_a_newer_version_is_set_aside_keeping_its_outbox() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.sqlite3");
    {
        let store = Store::open(&path).unwrap();
        let base = hook();
        let mine = Hook {
            enabled: false,
            ..hook()
        };
        store
            .queue_change(
                ChangeKind::Toggle,
                QueueId(1).into(),
                HookId(1),
                Some(&base),
                Some(&mine),
            )
            .unwrap();
    }
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 999)
        .unwrap();
    let opened = Store::open_or_rebuild(&path).unwrap();
    let notice = opened.notice.unwrap().message;
    assert!(notice.contains("newer version"), "{notice}");
    assert!(
        notice.contains("the 1 change waiting to be sent was kept"),
        "{notice}"
    );
    let pending = opened.store.pending_changes().unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].kind, ChangeKind::Toggle);
    assert_eq!(set_aside_files(&dir), 1);
}

#[test]
fn a_good_file_opens_without_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cache.sqlite3");
    drop(Store::open(&path).unwrap());
    assert!(Store::open_or_rebuild(&path).unwrap().notice.is_none());
}

mod any_bytes {
    use proptest::prelude::*;
    use webitel_hooks_core::Store;
    use webitel_hooks_model::{ListAllHooksArgs, QueueId};

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 300,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        /// Whatever the cache file holds, the app opens a cache: the file as it is, or a new
        /// one with the damaged file set aside; and every read of it answers.
        #[test]
        fn any_bytes_as_the_cache_open_or_are_set_aside_and_rebuilt(
            bytes in proptest::collection::vec(any::<u8>(), 0..8192),
            sqlite_header in any::<bool>(),
        ) {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("cache.sqlite3");
            let mut content = if sqlite_header {
                // Past SQLite's own check of the first bytes, into its page reading.
                b"SQLite format 3\0".to_vec()
            } else {
                Vec::new()
            };
            content.extend_from_slice(&bytes);
            std::fs::write(&path, &content).unwrap();
            let opened = Store::open_or_rebuild(&path);
            prop_assert!(opened.is_ok(), "{:?}", opened.err());
            let store = opened.unwrap().store;
            prop_assert!(store.all_hooks(&ListAllHooksArgs::default()).is_ok());
            prop_assert!(store.owner_hooks(QueueId(1).into()).is_ok());
            prop_assert!(store.pending_changes().is_ok());
        }
    }
}
