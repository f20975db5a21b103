//! `catalogue history [ID]` (every revision, newest first, with the text it replaced, and
//! conflicts with the built-in catalogue), `catalogue export FILE` and `catalogue import FILE`
//! (each change shown; stored only with --yes or when confirmed on a terminal).
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use serde_json::json;

use super::super::error::{CliError, ExitStatus};
use super::super::messages::say;
use super::super::operators::{LoginArgs, context, log_in};
use super::super::output::write_json;
use super::super::{Format, Start};
use crate::domain::editable::{FieldValue, editable};
use crate::domain::text::{clean_input, for_terminal, path_for_terminal};
use crate::domain::{ItemId, Lang};
use crate::i18n::{Arg, Localizer};
use crate::service::catalogue::{
    self, CatalogueError, Change, History, ImportDefaults, ImportError, ImportProblem,
};
use crate::service::intake::hall_timestamp;
use crate::service::{Desk, ServiceError};
use crate::store::catalogue::{Conflict, Revision};

type Written = std::io::Result<()>;

/// Largest import file: the whole catalogue with room to spare.
const MAX_IMPORT_BYTES: u64 = 4 * 1024 * 1024;

/// A service failure as the command line tells it.
pub(super) fn cli_error(e: CatalogueError, l10n: &Localizer) -> CliError {
    let told = |status, message| CliError::Catalogue { status, message };
    match e {
        CatalogueError::Operator(e) => CliError::from(e),
        CatalogueError::Store(e) => CliError::Service(ServiceError::Store(e)),
        CatalogueError::Seed(e) => CliError::Service(ServiceError::Seed(e)),
        CatalogueError::NewerCatalogue => {
            told(ExitStatus::Rejected, l10n.t("catalogue-edit-newer"))
        }
        CatalogueError::UnknownItem(id) => CliError::UnknownId(id.to_string()),
        CatalogueError::Invalid(problems) => {
            let lines: Vec<String> = problems.iter().map(|p| say(l10n, p)).collect();
            told(ExitStatus::Rejected, lines.join("\n"))
        }
        CatalogueError::Unchanged => told(ExitStatus::Rejected, l10n.t("catalogue-edit-unchanged")),
        CatalogueError::TooLong => told(ExitStatus::Rejected, l10n.t("catalogue-edit-too-long")),
        CatalogueError::Clock => CliError::Clock,
    }
}

fn field_label(key: &str, l10n: &Localizer) -> String {
    editable(key).map_or_else(|| key.to_string(), |f| l10n.t(f.label))
}

pub(super) fn history(
    desk: &Desk,
    l10n: &Localizer,
    raw: Option<&str>,
    format: Format,
    out: &mut dyn Write,
) -> Result<Written, CliError> {
    let ids: Vec<ItemId> = match raw {
        Some(raw) => {
            let unknown = || CliError::UnknownId(clean_input(raw));
            vec![ItemId::parse(raw).map_err(|_| unknown())?]
        }
        None => desk.catalogue().items.iter().map(|i| i.id).collect(),
    };
    let mut all = Vec::new();
    for id in ids {
        let history = catalogue::history(desk, id).map_err(|e| cli_error(e, l10n))?;
        if raw.is_some() || !history.revisions.is_empty() || !history.conflicts.is_empty() {
            all.push((id, history));
        }
    }
    Ok(match format {
        Format::Json => write_json(out, &history_json(&all)),
        Format::Table => write_histories(out, &all, l10n),
    })
}

fn value_json(value: Option<&FieldValue>) -> serde_json::Value {
    value.map_or(
        serde_json::Value::Null,
        |v| json!({"text": v.text, "source": v.source}),
    )
}

fn history_json(all: &[(ItemId, History)]) -> serde_json::Value {
    let revision = |r: &Revision| {
        json!({"number": r.number, "field": r.field, "effective": r.effective.to_string(),
               "operator": r.operator, "at": hall_timestamp(r.at), "source": r.source,
               "new": value_json(Some(&r.value)), "replaced": value_json(r.replaced.as_ref()),
               "seed_revision": r.seed_revision})
    };
    let conflict = |c: &Conflict| {
        json!({"field": c.field, "revision": c.revision, "local": value_json(Some(&c.local)),
               "seed_now": value_json(c.seed_now.as_ref())})
    };
    all.iter()
        .map(|(id, h)| {
            json!({"id": id.to_string(),
                   "revisions": h.revisions.iter().map(revision).collect::<Vec<_>>(),
                   "conflicts": h.conflicts.iter().map(conflict).collect::<Vec<_>>()})
        })
        .collect()
}

/// A text in both languages, indented under its label, each line safe for a terminal.
fn write_text(
    out: &mut dyn Write,
    label: &str,
    value: Option<&FieldValue>,
    l10n: &Localizer,
) -> Written {
    let Some(value) = value else {
        return writeln!(
            out,
            "  {label}{}",
            l10n.t("catalogue-history-nothing-before")
        );
    };
    writeln!(out, "  {label}")?;
    for lang in Lang::ALL {
        writeln!(out, "    {}", for_terminal(value.text.get(lang), 2000))?;
    }
    if !value.source.is_empty() {
        writeln!(
            out,
            "    {}: {}",
            l10n.t("catalogue-edit-source"),
            for_terminal(&value.source, 400)
        )?;
    }
    Ok(())
}

fn write_histories(out: &mut dyn Write, all: &[(ItemId, History)], l10n: &Localizer) -> Written {
    if all.is_empty() {
        return writeln!(out, "{}", l10n.t("catalogue-history-empty"));
    }
    for (id, history) in all {
        let title = l10n.t_args(
            "catalogue-history-title",
            &[("id", Arg::Str(&id.to_string()))],
        );
        writeln!(out, "{title}")?;
        for conflict in &history.conflicts {
            write_conflict(out, *id, conflict, l10n)?;
        }
        if history.revisions.is_empty() {
            writeln!(out, "  {}", l10n.t("catalogue-history-empty"))?;
        }
        for revision in &history.revisions {
            write_revision(out, revision, l10n)?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn write_conflict(out: &mut dyn Write, id: ItemId, c: &Conflict, l10n: &Localizer) -> Written {
    let said = l10n.t_args(
        "catalogue-conflict-line",
        &[
            ("id", Arg::Str(&id.to_string())),
            ("field", Arg::Str(&field_label(c.field, l10n))),
            ("number", Arg::Num(i64::from(c.revision))),
        ],
    );
    writeln!(out, "{said}")?;
    write_text(
        out,
        &l10n.t("catalogue-conflict-seed-now"),
        c.seed_now.as_ref(),
        l10n,
    )
}

fn write_revision(out: &mut dyn Write, r: &Revision, l10n: &Localizer) -> Written {
    let entry = l10n.t_args(
        "catalogue-history-entry",
        &[
            ("number", Arg::Num(i64::from(r.number))),
            ("field", Arg::Str(&field_label(&r.field, l10n))),
            ("effective", Arg::Str(&r.effective.to_string())),
        ],
    );
    let by = l10n.t_args(
        "catalogue-history-by",
        &[
            ("operator", Arg::Str(&for_terminal(&r.operator, 40))),
            ("at", Arg::Str(&hall_timestamp(r.at))),
        ],
    );
    writeln!(out, "{entry}")?;
    writeln!(out, "  {by}")?;
    writeln!(
        out,
        "  {}: {}",
        l10n.t("catalogue-edit-source"),
        for_terminal(&r.source, 400)
    )?;
    // A cited field's source is the revision's own, said just above.
    let new = FieldValue {
        source: String::new(),
        ..r.value.clone()
    };
    write_text(out, &l10n.t("catalogue-history-new"), Some(&new), l10n)?;
    write_text(
        out,
        &l10n.t("catalogue-history-old"),
        r.replaced.as_ref(),
        l10n,
    )
}

pub(super) fn export(
    desk: &Desk,
    l10n: &Localizer,
    file: &Path,
    out: &mut dyn Write,
) -> Result<Written, CliError> {
    let text = catalogue::export(desk).map_err(|e| cli_error(e, l10n))?;
    if file == Path::new("-") {
        return Ok(out.write_all(text.as_bytes()));
    }
    std::fs::write(file, text.as_bytes()).map_err(|e| CliError::Catalogue {
        status: ExitStatus::Other,
        message: l10n.t_args(
            "catalogue-export-failed",
            &[
                ("path", Arg::Str(&path_for_terminal(file))),
                ("detail", Arg::Str(&e.kind().to_string())),
            ],
        ),
    })?;
    let count = desk.catalogue().items.len() as i64;
    Ok(writeln!(
        out,
        "{}",
        l10n.t_args(
            "catalogue-export-done",
            &[
                ("count", Arg::Num(count)),
                ("path", Arg::Str(&path_for_terminal(file)))
            ],
        )
    ))
}

/// `catalogue import` as typed.
pub(super) struct Import {
    pub file: PathBuf,
    pub yes: bool,
    pub source: Option<String>,
    pub effective: Option<String>,
    pub login: LoginArgs,
}

fn read_file(file: &Path, l10n: &Localizer) -> Result<String, CliError> {
    use std::io::Read;
    let failed = |detail: String| CliError::Catalogue {
        status: ExitStatus::Rejected,
        message: l10n.t_args(
            "catalogue-import-read-failed",
            &[
                ("path", Arg::Str(&path_for_terminal(file))),
                ("detail", Arg::Str(&detail)),
            ],
        ),
    };
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .and_then(|f| f.take(MAX_IMPORT_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| failed(e.kind().to_string()))?;
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(failed(format!("> {MAX_IMPORT_BYTES} bytes")));
    }
    String::from_utf8(bytes).map_err(|_| failed("UTF-8".into()))
}

pub(super) fn import(
    start: &Start,
    desk: &Desk,
    import: &Import,
    out: &mut dyn Write,
) -> Result<Written, CliError> {
    let l10n = &start.l10n;
    let text = read_file(&import.file, l10n)?;
    let defaults = ImportDefaults {
        source: import.source.clone(),
        effective: import.effective.clone(),
    };
    let plan = catalogue::plan_import(desk, &text, &defaults)
        .map_err(|errors| import_failed(&errors, l10n))?;
    if plan.changes.is_empty() {
        return Ok(writeln!(out, "{}", l10n.t("catalogue-import-none")));
    }
    if let Err(e) = write_changes(out, &plan.changes, l10n) {
        return Ok(Err(e));
    }
    if !import.yes && !confirmed(l10n) {
        return Ok(writeln!(out, "{}", l10n.t("catalogue-import-not-applied")));
    }
    let session = log_in(start, desk, &import.login)?;
    let ctx = context(start);
    let saved =
        catalogue::save(desk, &ctx, &session, &plan.edits).map_err(|e| cli_error(e, l10n))?;
    let count = saved.len() as i64;
    Ok(writeln!(
        out,
        "{}",
        l10n.t_args("catalogue-import-applied", &[("count", Arg::Num(count))])
    ))
}

/// Asks on the terminal, when there is one; without one, nothing is confirmed.
fn confirmed(l10n: &Localizer) -> bool {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return false;
    }
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "{} ", l10n.t("catalogue-import-confirm"));
    let _ = err.flush();
    let mut answer = String::new();
    if stdin.lock().read_line(&mut answer).is_err() {
        return false;
    }
    matches!(answer.trim(), "y" | "Y" | "yes" | "是")
}

fn import_failed(errors: &[ImportError], l10n: &Localizer) -> CliError {
    let mut lines = vec![l10n.t("catalogue-import-failed")];
    for error in errors.iter().take(20) {
        let message = problem_message(&error.problem, l10n);
        lines.push(l10n.t_args(
            "catalogue-import-line",
            &[
                ("line", Arg::Num(error.line as i64)),
                ("message", Arg::Str(&message)),
            ],
        ));
    }
    CliError::Catalogue {
        status: ExitStatus::Rejected,
        message: lines.join("\n"),
    }
}

fn problem_message(problem: &ImportProblem, l10n: &Localizer) -> String {
    let quoted = |id: &str, key: &str, value: &str| {
        l10n.t_args(id, &[(key, Arg::Str(&for_terminal(value, 60)))])
    };
    match problem {
        ImportProblem::Syntax(detail) => quoted("catalogue-import-syntax", "detail", detail),
        ImportProblem::UnknownKey(key) => quoted("catalogue-import-unknown-key", "key", key),
        ImportProblem::WrongType(key) => quoted("catalogue-import-wrong-type", "key", key),
        ImportProblem::UnknownItem(id) => quoted("catalogue-import-unknown-item", "id", id),
        ImportProblem::DuplicateItem(id) => {
            quoted("catalogue-import-duplicate", "id", &id.to_string())
        }
        ImportProblem::Edit(problem) => say(l10n, problem),
    }
}

/// Each change: the item, the field and its line, then each part that changes, old then new.
fn write_changes(out: &mut dyn Write, changes: &[Change], l10n: &Localizer) -> Written {
    for change in changes {
        let head = l10n.t_args(
            "catalogue-import-change",
            &[
                ("id", Arg::Str(&change.item.to_string())),
                ("field", Arg::Str(&field_label(change.field, l10n))),
                ("line", Arg::Num(change.line as i64)),
            ],
        );
        writeln!(out, "{head}")?;
        let old = change.old.as_ref();
        let parts = [
            (
                Lang::Zh.tag(),
                old.map(|v| v.text.zh.as_str()),
                change.new.text.zh.as_str(),
            ),
            (
                Lang::Mn.tag(),
                old.map(|v| v.text.mn.as_str()),
                change.new.text.mn.as_str(),
            ),
            (
                "source",
                old.map(|v| v.source.as_str()),
                change.new.source.as_str(),
            ),
        ];
        for (part, before, after) in parts {
            if before == Some(after) {
                continue;
            }
            writeln!(
                out,
                "  - {part}: {}",
                for_terminal(before.unwrap_or(""), 2000)
            )?;
            writeln!(out, "  + {part}: {}", for_terminal(after, 2000))?;
        }
    }
    let count = changes.len() as i64;
    writeln!(
        out,
        "{}",
        l10n.t_args("catalogue-import-count", &[("count", Arg::Num(count))])
    )
}
