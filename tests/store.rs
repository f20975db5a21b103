//! The binary on stores that are odd, damaged, cut short or written by a newer version, and on
//! output that cannot be written: exit codes, and messages that say what to do next in the
//! clerk's language, never OS error text, Rust debug output or storage-engine internals.
mod common;

use std::path::Path;
use std::process::Output;

use service_desk::cli::{CliError, ExitStatus};
use service_desk::domain::Lang;
use service_desk::domain::seed;
use service_desk::i18n::{Arg, Localizer};
use service_desk::service::{Desk, OpenOptions, ServiceError};
use service_desk::store::catalogue::install_seed;
use service_desk::store::{Store, StoreError};

use common::{NO_CONFIG, desk_cmd};

fn list(db: &Path, lang: &str) -> Output {
    desk_cmd(db)
        .args(["--lang", lang, "catalogue", "list", "--format", "json"])
        .output()
        .unwrap()
}

/// The longer part, before or after the store's path, of the message `id` as the binary says it.
fn opening_of(lang: Lang, id: &str) -> String {
    let text = Localizer::new(lang)
        .unwrap()
        .t_args(id, &[("path", Arg::Str("\u{1}"))]);
    let part = text.split('\u{1}').max_by_key(|p| p.len()).unwrap().trim();
    assert!(part.chars().count() > 5, "{id}: {text}");
    part.to_string()
}

/// Exit code, and stderr that is the clerk's message and nothing from below it.
fn assert_told(out: &Output, code: i32, phrase: &str) {
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(out.status.code(), Some(code), "{err}");
    assert!(err.contains(phrase), "expected {phrase:?} in:\n{err}");
    for raw in [
        "os error",
        "Os {",
        "kind:",
        "Error",
        "sled",
        "bincode",
        "panicked",
        "Corruption",
    ] {
        assert!(!err.contains(raw), "{raw:?} reached the clerk:\n{err}");
    }
}

#[test]
fn a_plain_file_as_the_store_says_to_choose_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notes.txt");
    std::fs::write(&file, "x").unwrap();
    for path in [file.clone(), file.join("store")] {
        assert_told(&list(&path, "zh-CN"), 4, "不是文件夹");
        let mn = list(&path, "mn-Mong");
        assert_told(&mn, 4, &opening_of(Lang::Mn, "cli-error-store-not-folder"));
    }
}

#[cfg(unix)]
#[test]
fn a_pipe_where_the_data_file_belongs_is_named_not_dumped() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("db");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let out = list(dir.path(), "zh-CN");
    assert_told(&out, 4, "应为普通文件");
    assert!(String::from_utf8_lossy(&out.stderr).contains("db"));
}

#[test]
fn a_data_file_cut_after_confirmed_writes_is_refused_not_reseeded() {
    let dir = tempfile::tempdir().unwrap();
    assert!(list(dir.path(), "zh-CN").status.success());
    let db = dir.path().join("db");
    let len = std::fs::metadata(&db).unwrap().len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&db)
        .unwrap()
        .set_len(len / 2)
        .unwrap();
    let out = list(dir.path(), "zh-CN");
    assert_told(&out, 4, "已确认保存的数据");
    assert!(out.stdout.is_empty(), "nothing is served");
    let again = list(dir.path(), "mn-Mong");
    assert_told(&again, 4, &opening_of(Lang::Mn, "cli-error-store-lost"));
}

#[test]
fn a_catalogue_from_a_newer_version_is_replaced_by_ours_with_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    {
        let seed = seed::embedded().unwrap();
        let store = Store::open(dir.path(), &OpenOptions::default()).unwrap();
        let mut newer = seed.catalogue.clone();
        newer.items.retain(|i| i.id.to_string() != "HEA-20");
        install_seed(&store, &newer, seed.revision + 1, &[3; 32]).unwrap();
    }
    for (lang, tag) in [(Lang::Zh, "zh-CN"), (Lang::Mn, "mn-Mong")] {
        let out = list(dir.path(), tag);
        assert_told(
            &out,
            0,
            &Localizer::new(lang).unwrap().t("cli-notice-newer-store"),
        );
        let items: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(items.as_array().unwrap().len(), 82, "our own catalogue");
    }
    let zh = list(dir.path(), "zh-CN");
    let err = String::from_utf8(zh.stderr).unwrap();
    assert!(err.contains("更新版本") && !err.contains("备份"), "{err}");
    // Opening it did not downgrade it: the newer version finds its catalogue as it left it.
    let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
    assert_eq!(desk.notices().len(), 1);
}

#[cfg(target_os = "linux")]
#[test]
fn output_to_a_full_disk_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("service-desk"))
        .env("SERVICE_DESK_CONFIG", NO_CONFIG)
        .env_remove("SERVICE_DESK_LANG")
        .arg("--db")
        .arg(dir.path())
        .args(["catalogue", "list"])
        .stdout(full)
        .output()
        .unwrap();
    assert_told(&out, 1, "磁盘空间已满");
}

#[test]
fn a_store_in_use_is_told_without_internals() {
    let dir = tempfile::tempdir().unwrap();
    let _held = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
    assert_told(&list(dir.path(), "zh-CN"), 4, "另一个窗口");
}

fn store_error(e: StoreError) -> CliError {
    CliError::Service(ServiceError::Store(e))
}

fn io_at(path: &str, kind: std::io::ErrorKind) -> CliError {
    store_error(StoreError::Io {
        path: path.into(),
        source: std::io::Error::new(kind, "raw text from the OS (os error 99)"),
    })
}

#[test]
fn each_kind_of_io_failure_gets_its_own_advice_in_both_languages() {
    use std::io::ErrorKind::*;
    let cases = [
        (PermissionDenied, "cli-error-store-permission", "权限"),
        (StorageFull, "cli-error-store-full", "磁盘空间已满"),
        (QuotaExceeded, "cli-error-store-full", "磁盘空间已满"),
        (ReadOnlyFilesystem, "cli-error-store-read-only", "只读"),
        (NotADirectory, "cli-error-store-not-folder", "不是文件夹"),
        (AlreadyExists, "cli-error-store-not-folder", "不是文件夹"),
        (TimedOut, "cli-error-store-io", "无法读写"),
    ];
    for lang in Lang::ALL {
        let l10n = Localizer::new(lang).unwrap();
        for (kind, id, zh) in cases {
            let said = io_at("/srv/desk", kind).message(&l10n);
            let want = l10n.t_args(id, &[("path", Arg::Str("/srv/desk"))]);
            assert_eq!(said, want, "{kind}");
            assert!(!said.contains("os error"), "{said}");
            if lang == Lang::Zh {
                assert!(said.contains(zh) && said.contains("/srv/desk"), "{said}");
            }
        }
    }
}

#[test]
fn rejected_input_faults_and_store_problems_exit_differently() {
    let p = std::path::PathBuf::from("/s");
    let too_large = StoreError::TooLarge {
        tree: "intakes",
        size: 9000,
        max: 6144,
    };
    assert_eq!(store_error(too_large).status(), ExitStatus::Rejected);
    let duplicate = StoreError::Duplicate { tree: "intakes" };
    assert_eq!(store_error(duplicate).status(), ExitStatus::Rejected);
    let internal = StoreError::Internal {
        path: p.clone(),
        detail: "bug".into(),
    };
    assert_eq!(store_error(internal).status(), ExitStatus::Other);
    for e in [
        StoreError::Unsupported {
            path: p.clone(),
            detail: "segment size".into(),
        },
        StoreError::Lost {
            path: p.clone(),
            acknowledged: 3,
            found: 2,
        },
        StoreError::NotAFile { path: p.clone() },
    ] {
        assert_eq!(store_error(e).status(), ExitStatus::Store);
    }
}

#[test]
fn messages_leave_out_engine_details_and_clean_the_path() {
    let l10n = Localizer::new(Lang::Zh).unwrap();
    let corrupt = store_error(StoreError::Corrupt {
        path: "/s/\u{1b}[2Jx".into(),
        detail: "Corruption { at: Some(DiskPtr) } in sled".into(),
    })
    .message(&l10n);
    assert!(
        corrupt.contains("已损坏") && corrupt.contains("/s/x"),
        "{corrupt}"
    );
    assert!(
        !corrupt.contains("sled") && !corrupt.contains('\u{1b}'),
        "{corrupt}"
    );
    let unsupported = store_error(StoreError::Unsupported {
        path: "/s".into(),
        detail: "cannot change the io buffer size".into(),
    })
    .message(&l10n);
    assert!(unsupported.contains("更新版本") && !unsupported.contains("备份"));
    let too_large = store_error(StoreError::TooLarge {
        tree: "intakes",
        size: 9000,
        max: 6144,
    })
    .message(&l10n);
    assert!(
        too_large.contains("9000") && too_large.contains("6144"),
        "{too_large}"
    );
}
