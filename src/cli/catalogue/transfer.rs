//! `catalogue export FILE` and `catalogue import FILE`: each change shown, stored only with
//! --yes or when confirmed on a terminal; a bad file named by its lines.
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use super::super::Start;
use super::super::error::{CliError, ExitStatus};
use super::super::messages::say;
use super::super::operators::{LoginArgs, context, log_in};
use super::revisions::{cli_error, field_label};
use crate::domain::Lang;
use crate::domain::text::{for_terminal, path_for_terminal};
use crate::i18n::{Arg, Localizer};
use crate::service::Desk;
use crate::service::catalogue::{self, Change, ImportDefaults, ImportError, ImportProblem};

type Written = std::io::Result<()>;

/// Largest import file: the whole catalogue with room to spare.
const MAX_IMPORT_BYTES: u64 = 4 * 1024 * 1024;
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
