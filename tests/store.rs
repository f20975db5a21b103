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

/// Runs `script` as root in a private mount namespace, so that a size-limited tmpfs mounted
/// there is gone with it whatever happens; `None` where this machine does not allow it.
#[cfg(target_os = "linux")]
fn in_private_mounts(script: &str, env: &[(&str, &std::ffi::OsStr)]) -> Option<String> {
    let probe = std::process::Command::new("unshare")
        .args(["--mount", "--propagation", "private", "true"])
        .stderr(std::process::Stdio::null())
        .status();
    if !probe.is_ok_and(|s| s.success()) {
        return None;
    }
    let mut cmd = std::process::Command::new("unshare");
    cmd.args(["--mount", "--propagation", "private", "sh", "-c", script]);
    for (name, value) in env {
        cmd.env(name, value);
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).unwrap())
}

/// A real full disk and a real read-only file system (a 16 MiB tmpfs, filled, then remounted
/// read-only): chmod would not stop root, and an error injected in the program would not
/// show what sled and the kernel do. The intake is refused with exit 4 and the clerk's
/// message, takes no receipt number, and what was saved before is still there once the disk
/// has room again. sled writes at open (it pads its last segment), so on a full disk even
/// reading is refused, with the same message: measured here, not hoped for.
#[cfg(target_os = "linux")]
#[test]
fn a_full_or_read_only_disk_refuses_the_intake_and_keeps_the_store() {
    let home = tempfile::tempdir().unwrap();
    let mount = home.path().join("disk");
    std::fs::create_dir(&mount).unwrap();
    let config = home.path().join("config.toml");
    let input = home.path().join("application.json");
    std::fs::write(&config, "centre-code = \"150102\"\n").unwrap();
    std::fs::write(
        &input,
        r#"{"applicant": {"name": "乌云其其格", "id_number": "150102198503071247"},
            "services": ["SOC-01"], "channel": "counter"}"#,
    )
    .unwrap();
    let bin = assert_cmd::cargo::cargo_bin("service-desk");
    let script = r#"
        set -u
        mount -t tmpfs -o size=16m tmpfs "$DISK" || exit 1
        desk() { "$BIN" --db "$DISK/store" "$@"; }
        step() { name=$1; shift; "$@" >"$LOGS/$name.out" 2>"$LOGS/$name.err"; echo "$name $?"; }
        step init desk operators init --name "$SERVICE_DESK_OPERATOR"
        step first desk intake add "$INPUT" --format json
        dd if=/dev/zero of="$DISK/filler" bs=64k 2>/dev/null
        step full-add desk intake add "$INPUT" --format json --reason r
        step full-show desk records show "$FIRST" --format json
        rm "$DISK/filler"
        step freed-add desk intake add "$INPUT" --format json --reason r
        mount -o remount,ro "$DISK" || exit 1
        step ro-add desk intake add "$INPUT" --format json --reason r
        mount -o remount,rw "$DISK" || exit 1
        step after-show desk records show "$FIRST" --format json
        step after-add desk intake add "$INPUT" --format json --reason r
    "#;
    let today = service_desk::service::intake::hall_time(std::time::SystemTime::now())
        .unwrap()
        .1
        .compact();
    let receipt = |n: u32| format!("150102-{today}-{n:04}");
    let first = receipt(1);
    let env = [
        ("DISK", mount.as_os_str()),
        ("BIN", bin.as_os_str()),
        ("LOGS", home.path().as_os_str()),
        ("INPUT", input.as_os_str()),
        ("SERVICE_DESK_CONFIG", config.as_os_str()),
        ("HOME", home.path().as_os_str()),
        ("FIRST", first.as_ref()),
        ("SERVICE_DESK_OPERATOR", common::OPERATOR.as_ref()),
        ("SERVICE_DESK_PASSWORD", common::PASSWORD.as_ref()),
        ("SERVICE_DESK_NEW_PASSWORD", common::PASSWORD.as_ref()),
    ];
    let Some(codes) = in_private_mounts(script, &env) else {
        eprintln!("skipped: this machine does not allow a private mount namespace");
        return;
    };
    let code = |step: &str| -> i32 {
        let line = codes.lines().find(|l| l.starts_with(&format!("{step} ")));
        line.unwrap_or_else(|| panic!("{step} did not run: {codes}"))
            .rsplit(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    let read = |step: &str, ext: &str| {
        std::fs::read_to_string(home.path().join(format!("{step}.{ext}"))).unwrap()
    };
    let number = |step: &str| -> String {
        let json: serde_json::Value = serde_json::from_str(&read(step, "out")).unwrap();
        json["receipt"].as_str().unwrap().to_string()
    };
    assert_eq!(code("init"), 0, "{}", read("init", "err"));
    assert_eq!(code("first"), 0, "{}", read("first", "err"));
    assert_eq!(number("first"), receipt(1));
    for (step, phrase) in [("full-add", "磁盘空间已满"), ("ro-add", "只读")] {
        let err = read(step, "err");
        assert_eq!(code(step), 4, "{step}: {err}");
        assert!(err.contains(phrase), "{step}: {err}");
        for raw in ["os error", "sled", "panicked", "Error"] {
            assert!(
                !err.contains(raw),
                "{step}: {raw:?} reached the clerk: {err}"
            );
        }
    }
    assert_eq!(code("full-show"), 4, "{}", read("full-show", "err"));
    assert!(
        read("full-show", "err").contains("磁盘空间已满"),
        "{}",
        read("full-show", "err")
    );
    assert_eq!(code("freed-add"), 0, "{}", read("freed-add", "err"));
    assert_eq!(
        number("freed-add"),
        receipt(2),
        "the refused intake took no number"
    );
    assert_eq!(code("after-show"), 0, "{}", read("after-show", "err"));
    let shown: serde_json::Value = serde_json::from_str(&read("after-show", "out")).unwrap();
    assert_eq!(shown["receipt"], receipt(1));
    assert_eq!(shown["applicant"]["id_number"], "150102198503071247");
    assert_eq!(code("after-add"), 0, "{}", read("after-add", "err"));
    assert_eq!(number("after-add"), receipt(3));
}

/// The child process of the test below (the test binary run again inside the mount
/// namespace, with the disk in the environment): a desk on a 16 MiB
/// tmpfs that fills up between two intakes, so that the commit itself meets the full disk.
#[cfg(target_os = "linux")]
fn full_disk_child_commits_while_the_disk_fills(disk: std::ffi::OsString) {
    use service_desk::domain::DivisionCode;
    use service_desk::service::context::{Context, SystemClock};
    use service_desk::service::intake::{self, IntakeError};
    use service_desk::store::intakes::LookupBy;
    use std::io::{ErrorKind, Write};
    let disk = Path::new(&disk);
    let store = disk.join("store");
    let ctx = Context::new(std::sync::Arc::new(SystemClock), Lang::Zh);
    let centre = DivisionCode::parse("150102").unwrap();
    let input = serde_json::from_str(
        r#"{"applicant": {"name": "乌云其其格", "id_number": "150102198503071247"},
            "services": ["SOC-01"], "channel": "counter"}"#,
    )
    .unwrap();
    let desk = Desk::open(&store, &OpenOptions::default()).unwrap();
    let ctx = ctx.signed_in(common::operator_for(&desk));
    let first = intake::submit(&desk, &ctx, &centre, &input).unwrap();
    // Fill every byte the file system has left, down to single bytes.
    let mut filler = std::fs::File::create(disk.join("filler")).unwrap();
    for size in [1 << 16, 1 << 12, 1] {
        let chunk = vec![0u8; size];
        loop {
            match filler.write(&chunk) {
                Ok(n) if n == size => {}
                Ok(_) => break,
                Err(e) => {
                    assert_eq!(e.kind(), ErrorKind::StorageFull, "{e}");
                    break;
                }
            }
        }
    }
    // The journal's last page may still hold an entry or a few: commit until it is full.
    let mut accepted = vec![first];
    let refused = loop {
        match intake::submit(&desk, &ctx, &centre, &input) {
            Ok(receipt) => accepted.push(receipt),
            Err(e) => break e,
        }
        assert!(accepted.len() < 200, "a full disk never refused a commit");
    };
    let IntakeError::Store(e) = refused else {
        panic!("refused for another reason: {refused:?}");
    };
    assert!(
        matches!(&e, StoreError::Io { source, .. } if source.kind() == ErrorKind::StorageFull),
        "{e:?}"
    );
    assert_eq!(store_error(e).status(), ExitStatus::Store);
    // The last confirmed intake may be only in the journal (sled could not take it): it is
    // checked after the reopen below. Read through the lookup by person, which writes
    // nothing: a full view is audited, and no audit entry can be written now.
    let found = intake::find_person(&desk, &ctx, LookupBy::IdNumber, "150102198503071247").unwrap();
    for receipt in &accepted[..accepted.len() - 1] {
        assert!(
            found.contains(&receipt.record),
            "what was saved before is still read"
        );
    }
    assert!(
        intake::submit(&desk, &ctx, &centre, &input).is_err(),
        "nothing more is confirmed after a failed write until the store is reopened"
    );
    drop(desk);
    drop(filler);
    std::fs::remove_file(disk.join("filler")).unwrap();
    let desk = Desk::open(&store, &OpenOptions::default()).unwrap();
    let next = intake::submit(&desk, &ctx, &centre, &input).unwrap();
    let last = accepted[accepted.len() - 1].number.clone();
    let daily = |n: &service_desk::domain::ReceiptNumber| -> u32 {
        n.to_string().rsplit('-').next().unwrap().parse().unwrap()
    };
    assert_eq!(
        daily(&next.number),
        daily(&last) + 1,
        "the refused intake took no number"
    );
    for receipt in accepted {
        assert_eq!(
            intake::show(&desk, &ctx, &receipt.number, intake::Viewing::Details).unwrap(),
            Some(receipt.record)
        );
    }
    eprintln!(
        "full disk refused the commit after {} intakes",
        daily(&last)
    );
    println!("CHECKED-FULL-DISK");
}

#[cfg(target_os = "linux")]
#[test]
fn a_commit_that_meets_a_full_disk_is_refused_and_takes_nothing() {
    if let Some(disk) = std::env::var_os("SERVICE_DESK_FULL_DISK") {
        return full_disk_child_commits_while_the_disk_fills(disk);
    }
    let home = tempfile::tempdir().unwrap();
    let disk = home.path().join("disk");
    std::fs::create_dir(&disk).unwrap();
    let me = std::env::current_exe().unwrap();
    let script = r#"
        mount -t tmpfs -o size=16m tmpfs "$SERVICE_DESK_FULL_DISK" || exit 1
        exec "$ME" a_commit_that_meets_a_full_disk_is_refused_and_takes_nothing --exact \
            --nocapture --test-threads=1
    "#;
    let env = [
        ("SERVICE_DESK_FULL_DISK", disk.as_os_str()),
        ("ME", me.as_os_str()),
    ];
    let Some(out) = in_private_mounts(script, &env) else {
        eprintln!("skipped: this machine does not allow a private mount namespace");
        return;
    };
    assert!(out.contains("CHECKED-FULL-DISK"), "{out}");
}
