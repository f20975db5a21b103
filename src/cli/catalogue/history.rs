//! `catalogue history [ID]`: every revision, newest first, with the text it replaced, and
//! the conflicts with the built-in catalogue; without an id, every item that has any.
use std::io::Write;

use serde_json::json;

use super::super::Format;
use super::super::error::CliError;
use super::super::output::write_json;
use super::revisions::{cli_error, field_label};
use crate::domain::editable::FieldValue;
use crate::domain::text::{clean_input, for_terminal};
use crate::domain::{ItemId, Lang};
use crate::i18n::{Arg, Localizer};
use crate::service::Desk;
use crate::service::catalogue::{self, History};
use crate::service::intake::hall_timestamp;
use crate::store::catalogue::{Conflict, Revision};

type Written = std::io::Result<()>;

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
            l10n.t("catalogue-revisions-nothing-before")
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
        return writeln!(out, "{}", l10n.t("catalogue-revisions-empty"));
    }
    for (id, history) in all {
        let title = l10n.t_args(
            "catalogue-revisions-title",
            &[("id", Arg::Str(&id.to_string()))],
        );
        writeln!(out, "{title}")?;
        for conflict in &history.conflicts {
            write_conflict(out, *id, conflict, l10n)?;
        }
        if history.revisions.is_empty() {
            writeln!(out, "  {}", l10n.t("catalogue-revisions-empty"))?;
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
        "catalogue-revisions-entry",
        &[
            ("number", Arg::Num(i64::from(r.number))),
            ("field", Arg::Str(&field_label(&r.field, l10n))),
            ("effective", Arg::Str(&r.effective.to_string())),
        ],
    );
    let by = l10n.t_args(
        "catalogue-revisions-by",
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
    write_text(out, &l10n.t("catalogue-revisions-new"), Some(&new), l10n)?;
    write_text(
        out,
        &l10n.t("catalogue-revisions-old"),
        r.replaced.as_ref(),
        l10n,
    )
}
