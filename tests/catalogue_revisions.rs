//! Supervisors keep the catalogue current: an edit is a revision with who, when, source,
//! effective date and the text it replaced, recorded in the audit trail; a clerk is refused;
//! an import shows what would change and stores nothing until saved; a bad file names its
//! line; export then import changes nothing; a newer seed keeps local edits and reports
//! conflicts instead of overwriting them.
mod common;

use std::sync::Arc;

use service_desk::domain::audit::AuditAction;
use service_desk::domain::operator::Role;
use service_desk::domain::seed;
use service_desk::domain::{Catalogue, ItemId, Lang, Text};
use service_desk::service::audit::{self, AuditFilter};
use service_desk::service::catalogue::{
    self, CatalogueError, Edit, EditPart, EditProblem, ImportDefaults, ImportProblem,
};
use service_desk::service::context::{Context, FixedClock};
use service_desk::service::operators::{OperatorError, Operators, Session};
use service_desk::service::{Desk, OpenOptions};
use service_desk::store::catalogue::{self as stored, SeedOutcome};
use service_desk::store::{OpenOptions as StoreOptions, Store};

fn ctx(session: &Arc<Session>) -> Context {
    Context::new(Arc::new(FixedClock(common::fixed_time())), Lang::Zh).signed_in(session.clone())
}

fn id(s: &str) -> ItemId {
    ItemId::parse(s).unwrap()
}

fn edit(item: &str, field: &str, zh: &str, mn: &str) -> Edit {
    Edit {
        item: Some(id(item)),
        field: field.into(),
        zh: zh.into(),
        mn: mn.into(),
        source: "内蒙古自治区教育厅2025年学生资助政策".into(),
        effective: "2025-09-01".into(),
    }
}

fn save(desk: &Desk, session: &Arc<Session>, edits: &[Edit]) -> Result<usize, CatalogueError> {
    let checked: Vec<_> = edits
        .iter()
        .map(|e| catalogue::check_edit(e).unwrap())
        .collect();
    catalogue::save(desk, &ctx(session), session, &checked).map(|r| r.len())
}

#[test]
fn an_edit_is_a_revision_with_its_old_text_and_an_audit_entry() {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
    let boss = Arc::new(common::ensure_supervisor(&desk));
    let seed_text = desk.item(id("EDU-05")).unwrap().standard.clone().unwrap();

    let first = edit(
        "EDU-05",
        "standard",
        "每生每年2300元。",
        "ᠵᠢᠯ ᠪᠦᠷᠢ 2300 ᠶᠤᠸᠠᠨ᠃",
    );
    assert_eq!(save(&desk, &boss, &[first]).unwrap(), 1);
    let shown = desk.item(id("EDU-05")).unwrap().standard.clone().unwrap();
    assert_eq!(
        shown.text.zh, "每生每年2300元。",
        "shown at once, not after a restart"
    );
    let second = edit(
        "EDU-05",
        "standard",
        "每生每年2500元。",
        "ᠵᠢᠯ ᠪᠦᠷᠢ 2500 ᠶᠤᠸᠠᠨ᠃",
    );
    assert_eq!(save(&desk, &boss, &[second]).unwrap(), 1);

    let history = catalogue::history(&desk, id("EDU-05")).unwrap();
    let numbers: Vec<u32> = history.revisions.iter().map(|r| r.number).collect();
    assert_eq!(numbers, [2, 1], "newest first");
    let [newest, oldest] = &history.revisions[..] else {
        panic!("two revisions")
    };
    assert_eq!(newest.value.text.zh, "每生每年2500元。");
    assert_eq!(
        newest.replaced.as_ref().unwrap().text.zh,
        "每生每年2300元。"
    );
    assert_eq!(oldest.replaced.as_ref().unwrap().text, seed_text.text);
    assert_eq!(oldest.operator, common::OPERATOR);
    assert_eq!(oldest.effective.to_string(), "2025-09-01");
    assert_eq!(oldest.source, "内蒙古自治区教育厅2025年学生资助政策");

    let entries = audit::list(&desk, &boss, &AuditFilter::default()).unwrap();
    let edits: Vec<_> = entries
        .iter()
        .filter(|e| e.action == AuditAction::CatalogueEdit)
        .collect();
    assert_eq!(edits.len(), 2);
    assert_eq!(edits[0].record.as_deref(), Some("EDU-05"));
    assert!(edits[0].detail.contains("standard"), "{}", edits[0].detail);
    assert!(matches!(
        audit::verify(&desk).unwrap(),
        service_desk::store::audit::Verdict::Intact { .. }
    ));

    // The edited text is the catalogue from the next opening on, and stays after it.
    drop(desk);
    let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
    assert_eq!(desk.seed_outcome(), SeedOutcome::Unchanged);
    let shown = desk.item(id("EDU-05")).unwrap().standard.clone().unwrap();
    assert_eq!(shown.text.zh, "每生每年2500元。");
    assert_eq!(shown.source, "内蒙古自治区教育厅2025年学生资助政策");
    assert!(desk.conflicts().is_empty());
}

#[test]
fn the_same_text_again_is_no_revision() {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
    let boss = Arc::new(common::ensure_supervisor(&desk));
    let name = desk.item(id("SOC-01")).unwrap().name.clone();
    let same = Edit {
        source: "核对".into(),
        ..edit("SOC-01", "name", &name.zh, &name.mn)
    };
    assert!(matches!(
        save(&desk, &boss, &[same]),
        Err(CatalogueError::Unchanged)
    ));
    assert!(
        catalogue::history(&desk, id("SOC-01"))
            .unwrap()
            .revisions
            .is_empty()
    );
}

#[test]
fn a_text_too_long_to_store_is_refused_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
    let boss = Arc::new(common::ensure_supervisor(&desk));
    let long = "ᠠ".repeat(2500);
    let refused = save(&desk, &boss, &[edit("EDU-05", "standard", "甲", &long)]);
    assert!(
        matches!(refused, Err(CatalogueError::TooLong)),
        "{refused:?}"
    );
    assert!(
        catalogue::history(&desk, id("EDU-05"))
            .unwrap()
            .revisions
            .is_empty()
    );
    assert_ne!(
        desk.item(id("EDU-05"))
            .unwrap()
            .standard
            .as_ref()
            .unwrap()
            .text
            .zh,
        "甲"
    );
}

#[test]
fn a_clerk_is_refused_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
    let boss = common::ensure_supervisor(&desk);
    let ctx0 = Context::new(Arc::new(FixedClock(common::fixed_time())), Lang::Zh);
    let ops = Operators::new(&desk);
    ops.add(&ctx0, &boss, "li", Role::Clerk, "clerk-password-1")
        .unwrap();
    let li = Arc::new(ops.login(&ctx0, "li", "clerk-password-1").unwrap());
    let refused = save(&desk, &li, &[edit("EDU-05", "standard", "甲", "ᠠ")]);
    assert!(
        matches!(
            refused,
            Err(CatalogueError::Operator(OperatorError::Refused { .. }))
        ),
        "{refused:?}"
    );
    assert!(
        catalogue::history(&desk, id("EDU-05"))
            .unwrap()
            .revisions
            .is_empty()
    );
}

#[test]
fn each_missing_or_bad_part_is_named() {
    let bad = Edit {
        item: Some(id("EDU-01")),
        field: "funding".into(),
        zh: "  ".into(),
        mn: "Монгол".into(),
        source: "".into(),
        effective: "2025-02-30".into(),
    };
    let problems = catalogue::check_edit(&bad).unwrap_err();
    let parts: Vec<EditPart> = problems.iter().map(|p| p.part()).collect();
    assert!(parts.contains(&EditPart::Zh), "{problems:?}");
    assert!(parts.contains(&EditPart::Mn), "{problems:?}");
    assert!(parts.contains(&EditPart::Source), "{problems:?}");
    assert!(parts.contains(&EditPart::Effective), "{problems:?}");
    let typed_wide = Edit {
        effective: "２０２５－０９－０１".into(),
        ..edit("EDU-01", "funding", "甲", "ᠠ")
    };
    assert!(catalogue::check_edit(&typed_wide).is_ok());
    let unknown = Edit {
        field: "colour".into(),
        ..edit("EDU-01", "funding", "甲", "ᠠ")
    };
    assert_eq!(
        catalogue::check_edit(&unknown).unwrap_err(),
        [EditProblem::UnknownField]
    );
}

#[test]
fn export_then_import_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
    let boss = Arc::new(common::ensure_supervisor(&desk));
    assert!(
        desk.search("中职补助金")
            .iter()
            .all(|h| h.id != id("EDU-05"))
    );
    let aliases = edit("EDU-05", "aliases", "助学金；中职补助金", "");
    save(&desk, &boss, &[aliases]).unwrap();
    assert_eq!(
        desk.search("中职补助金")[0].id,
        id("EDU-05"),
        "search finds the revised text at once"
    );
    let file = catalogue::export(&desk).unwrap();
    assert!(file.contains("中职补助金"));
    let plan = catalogue::plan_import(&desk, &file, &ImportDefaults::default()).unwrap();
    assert_eq!(plan.changes, []);
}

#[test]
fn an_import_lists_its_changes_and_stores_nothing_until_saved() {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
    let boss = Arc::new(common::ensure_supervisor(&desk));
    let old = desk.item(id("EDU-03")).unwrap().standard.clone().unwrap();
    let file = catalogue::export(&desk).unwrap().replacen(
        &toml_quoted(&old.text.zh),
        "\"小学每生每年1250元，初中1500元。\"",
        1,
    );
    let flags = ImportDefaults {
        source: None,
        effective: Some("2025-03-01".into()),
    };
    let plan = catalogue::plan_import(&desk, &file, &flags).unwrap();
    assert_eq!(plan.changes.len(), 1);
    let change = &plan.changes[0];
    assert_eq!((change.item, change.field), (id("EDU-03"), "standard"));
    assert_eq!(change.old.as_ref().map(|v| &v.text), Some(&old.text));
    assert_eq!(change.new.text.zh, "小学每生每年1250元，初中1500元。");
    assert_eq!(change.new.text.mn, old.text.mn);
    assert!(
        catalogue::history(&desk, id("EDU-03"))
            .unwrap()
            .revisions
            .is_empty()
    );

    let saved = catalogue::save(&desk, &ctx(&boss), &boss, &plan.edits).unwrap();
    assert_eq!(saved.len(), 1);
    let again = catalogue::plan_import(&desk, &file, &flags).unwrap();
    assert_eq!(again.changes, [], "applied once, the file is the catalogue");
}

fn toml_quoted(text: &str) -> String {
    toml_string(text)
}

/// A string as the export writes it.
fn toml_string(text: &str) -> String {
    let file = catalogue::transfer::write(
        &Catalogue {
            domains: vec![],
            items: vec![{
                let mut item = seed::embedded().unwrap().catalogue.items[0].clone();
                item.name = Text::new(text, "ᠠ");
                item
            }],
        },
        0,
    );
    let line = file.lines().find(|l| l.starts_with("zh-CN = ")).unwrap();
    line["zh-CN = ".len()..].to_string()
}

#[test]
fn a_bad_file_names_its_line_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
    let flags = ImportDefaults {
        source: Some("审校".into()),
        effective: Some("2025-03-01".into()),
    };
    let syntax = "seed_revision = 1\n\n[[item]]\nid = \"EDU-01\"\n[item.name]\nzh-CN = \"未闭合\n";
    let errors = catalogue::plan_import(&desk, syntax, &flags).unwrap_err();
    assert_eq!(errors[0].line, 6, "{errors:?}");
    assert!(matches!(errors[0].problem, ImportProblem::Syntax(_)));

    let unknown = "[[item]]\nid = \"EDU-01\"\n\n[item.colour]\nzh-CN = \"红\"\n";
    let errors = catalogue::plan_import(&desk, unknown, &flags).unwrap_err();
    assert_eq!(errors[0].line, 4, "{errors:?}");

    let no_item = "[[item]]\nid = \"EDU-01\"\n[[item]]\nid = \"EDU-19\"\n";
    let errors = catalogue::plan_import(&desk, no_item, &flags).unwrap_err();
    assert_eq!(errors[0].line, 4, "{errors:?}");

    let empty_mn = "[[item]]\nid = \"EDU-01\"\n\n[item.funding]\nzh-CN = \"新\"\nmn-Mong = \"\"\nsource = \"x\"\n";
    let errors = catalogue::plan_import(&desk, empty_mn, &flags).unwrap_err();
    assert_eq!(errors[0].line, 4, "{errors:?}");
    assert_eq!(
        errors[0].problem,
        ImportProblem::Edit(EditProblem::Empty(EditPart::Mn))
    );
    assert!(
        catalogue::history(&desk, id("EDU-01"))
            .unwrap()
            .revisions
            .is_empty()
    );
}

/// The embedded seed with one field's Chinese text changed.
fn seed_with(
    base: &Catalogue,
    item: &str,
    change: impl Fn(&mut service_desk::domain::CatalogueItem),
) -> Catalogue {
    let mut next = base.clone();
    let at = next.items.iter().position(|i| i.id == id(item)).unwrap();
    change(&mut next.items[at]);
    next
}

#[test]
fn a_newer_seed_keeps_local_edits_and_reports_conflicts() {
    let dir = tempfile::tempdir().unwrap();
    let embedded = seed::embedded().unwrap();
    {
        let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
        let boss = Arc::new(common::ensure_supervisor(&desk));
        save(
            &desk,
            &boss,
            &[
                edit(
                    "EDU-01",
                    "standard",
                    "本地改写的标准。",
                    "ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ ᠤᠨ ᠪᠢᠴᠢᠭ᠃",
                ),
                edit("EDU-01", "funding", "本地改写的支出责任。", "ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ᠃"),
            ],
        )
        .unwrap();
    }
    // Revision 2 changes the standard (edited here: a conflict), the recipients (not edited
    // here: taken) and leaves the funding as it was (edited here: kept, no conflict).
    let second = seed_with(&embedded.catalogue, "EDU-01", |item| {
        item.standard.as_mut().unwrap().text.zh = "2026年新标准。".into();
        item.recipients.as_mut().unwrap().text.zh = "2026年新服务对象。".into();
    });
    {
        let store = Store::open(dir.path(), &StoreOptions::default()).unwrap();
        let report = stored::install(&store, &second, embedded.revision + 1, &[2; 32]).unwrap();
        assert_eq!(report.outcome, SeedOutcome::Upgraded);
        let fields: Vec<_> = report.conflicts.iter().map(|c| (c.item, c.field)).collect();
        assert_eq!(fields, [(id("EDU-01"), "standard")]);
        let conflict = &report.conflicts[0];
        assert_eq!(conflict.local.text.zh, "本地改写的标准。");
        assert_eq!(
            conflict.seed_now.as_ref().unwrap().text.zh,
            "2026年新标准。"
        );
        let item = stored::load(&store).unwrap().items[0].clone();
        assert_eq!(
            item.standard.unwrap().text.zh,
            "本地改写的标准。",
            "never overwritten"
        );
        assert_eq!(item.funding.unwrap().text.zh, "本地改写的支出责任。");
        assert_eq!(item.recipients.unwrap().text.zh, "2026年新服务对象。");
    }
    // A third revision that adopts the hall's standard settles the conflict.
    let third = seed_with(&second, "EDU-01", |item| {
        item.standard.as_mut().unwrap().text =
            Text::new("本地改写的标准。", "ᠣᠷᠣᠨ ᠨᠤᠲᠤᠭ ᠤᠨ ᠪᠢᠴᠢᠭ᠃");
        item.standard.as_mut().unwrap().source = "内蒙古自治区教育厅2025年学生资助政策".into();
    });
    let store = Store::open(dir.path(), &StoreOptions::default()).unwrap();
    let report = stored::install(&store, &third, embedded.revision + 2, &[3; 32]).unwrap();
    assert_eq!(report.conflicts, []);
    drop(store);
    // The binary's own (older) seed leaves the newer catalogue alone.
    let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
    assert_eq!(desk.seed_outcome(), SeedOutcome::KeptNewer);
}

mod screen {
    //! The revision form and the history on screen: snapshots at 80×24 in both languages, and
    //! the keys a supervisor presses to revise a field.
    use super::*;
    use service_desk::tui::{Input, Key, KeyCode, Session as Window};

    fn press(s: &mut Window, code: KeyCode) {
        s.handle(Input::Key(Key::plain(code)));
    }

    fn ctrl(s: &mut Window, c: char) {
        s.handle(Input::Key(Key::ctrl(c)));
    }

    /// A supervisor's window at the revision form of EDU-05.
    fn at_the_form(fx: &common::Fixture, lang: Lang) -> Window {
        let mut s = fx.signed_session(lang, 80, 24);
        common::type_keys(&mut s, "EDU-05");
        press(&mut s, KeyCode::F(7));
        s
    }

    #[test]
    fn the_form_at_80x24_in_chinese() {
        let fx = common::desk();
        insta::assert_snapshot!(common::snapshot(&at_the_form(&fx, Lang::Zh)));
    }

    #[test]
    fn the_form_at_80x24_in_mongolian() {
        let fx = common::desk();
        insta::assert_snapshot!(common::snapshot(&at_the_form(&fx, Lang::Mn)));
    }

    #[test]
    fn problems_show_beside_their_parts_in_the_clerks_language() {
        let fx = common::desk();
        let mut s = at_the_form(&fx, Lang::Mn);
        for _ in 0..3 {
            press(&mut s, KeyCode::Tab);
        }
        common::type_keys(&mut s, "2025-02-30");
        ctrl(&mut s, 's');
        let shown = common::text(&s);
        let l10n = service_desk::i18n::Localizer::new(Lang::Mn).unwrap();
        assert!(
            shown.contains(&l10n.t("catalogue-edit-source-required")),
            "{shown}"
        );
        assert!(
            shown.contains(&l10n.t("catalogue-edit-date-invalid")),
            "{shown}"
        );
        insta::assert_snapshot!(common::snapshot(&s));
    }

    #[test]
    fn a_supervisor_revises_a_field_with_keys_and_the_detail_shows_it() {
        let fx = common::desk();
        let mut s = at_the_form(&fx, Lang::Zh);
        press(&mut s, KeyCode::Up);
        for _ in 0..3 {
            press(&mut s, KeyCode::Right);
        }
        assert!(common::text(&s).contains("< 服务指导标准 >"));
        press(&mut s, KeyCode::Down);
        ctrl(&mut s, 'u');
        common::type_keys(&mut s, "每生每年2300元。");
        press(&mut s, KeyCode::Tab);
        press(&mut s, KeyCode::Tab);
        ctrl(&mut s, 'u');
        common::type_keys(&mut s, "自治区财政厅2025年通知");
        press(&mut s, KeyCode::Enter);
        common::type_keys(&mut s, "2025-09-01");
        ctrl(&mut s, 's');
        assert!(
            common::text(&s).contains("已保存为第 1 次修订"),
            "{}",
            common::text(&s)
        );

        let history = catalogue::history(&fx.desk, id("EDU-05")).unwrap();
        assert_eq!(history.revisions.len(), 1);
        let revision = &history.revisions[0];
        assert_eq!(revision.field, "standard");
        assert_eq!(revision.value.text.zh, "每生每年2300元。");
        assert_eq!(revision.source, "自治区财政厅2025年通知");

        press(&mut s, KeyCode::Esc);
        press(&mut s, KeyCode::Enter);
        assert!(
            common::text(&s).contains("每生每年2300元。"),
            "{}",
            common::text(&s)
        );
        press(&mut s, KeyCode::F(8));
        let shown = common::text(&s);
        assert!(
            shown.contains("第 1 次修订，服务指导标准，2025-09-01 起施行"),
            "{shown}"
        );
        assert!(shown.contains("原文本"), "{shown}");
    }

    #[test]
    fn f7_asks_for_a_sign_in_first_then_opens_the_form() {
        let fx = common::desk();
        let mut s = fx.session(Lang::Zh, 80, 24);
        common::type_keys(&mut s, "EDU-05");
        press(&mut s, KeyCode::F(7));
        assert!(s.login().is_some(), "the sign-in form comes first");
        common::sign_in(&mut s);
        let shown = common::text(&s);
        assert!(shown.contains("修订 EDU-05"), "{shown}");
        assert!(shown.contains("生效日期"), "{shown}");
    }

    #[test]
    fn a_clerk_is_told_only_a_supervisor_revises() {
        let fx = common::desk();
        let boss = common::ensure_supervisor(&fx.desk);
        let ctx0 = Context::new(Arc::new(FixedClock(common::fixed_time())), Lang::Zh);
        let ops = Operators::new(&fx.desk);
        ops.add(&ctx0, &boss, "li", Role::Clerk, "clerk-password-1")
            .unwrap();
        let li = Arc::new(ops.login(&ctx0, "li", "clerk-password-1").unwrap());
        let mut s = fx.session(Lang::Zh, 80, 24).with_operator(li);
        common::type_keys(&mut s, "EDU-05");
        press(&mut s, KeyCode::F(7));
        let shown = common::text(&s);
        assert!(shown.contains("只有主管可以修订服务清单"), "{shown}");
        assert!(!shown.contains("生效日期"), "no form for a clerk: {shown}");
    }
}

#[test]
fn a_file_may_give_the_source_and_date_for_its_changes() {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::open(dir.path(), &OpenOptions::default()).unwrap();
    let boss = Arc::new(common::ensure_supervisor(&desk));
    let name = desk.item(id("SOC-01")).unwrap().name.clone();
    let file = format!(
        "source = \"自治区民政厅审校意见\"\neffective = \"2025-03-01\"\n\n[[item]]\nid = \"SOC-01\"\n\n[item.name]\nzh-CN = \"城乡最低生活保障\"\nmn-Mong = \"{}\"\n",
        name.mn
    );
    let without = catalogue::plan_import(
        &desk,
        &file.replace("source = ", "# "),
        &ImportDefaults::default(),
    )
    .unwrap_err();
    assert_eq!(
        without[0].problem,
        ImportProblem::Edit(EditProblem::Empty(EditPart::Source))
    );
    let plan = catalogue::plan_import(&desk, &file, &ImportDefaults::default()).unwrap();
    assert_eq!(plan.changes.len(), 1);
    let saved = catalogue::save(&desk, &ctx(&boss), &boss, &plan.edits).unwrap();
    assert_eq!(saved[0].source, "自治区民政厅审校意见");
    assert_eq!(saved[0].effective.to_string(), "2025-03-01");
    assert_eq!(desk.item(id("SOC-01")).unwrap().name.zh, "城乡最低生活保障");
}
