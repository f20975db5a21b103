//! `records export FILE|-`: every intake a filter keeps, as CSV (the `csv` crate) or JSON
//! lines, for a supervisor; a count on stderr while it runs when stderr is a terminal.
use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::Path;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::super::{CliError, ExportFormat};
use super::lines::{FIELDS, line_cells, line_json};
use crate::i18n::{Arg, Localizer};
use crate::service::Desk;
use crate::service::context::Context;
use crate::service::records::{self, Filter, Line, RecordsError};

/// Why a line could not be exported: the service refused, or the output failed.
enum Failed {
    Records(RecordsError),
    Output(std::io::Error),
}

impl From<RecordsError> for Failed {
    fn from(e: RecordsError) -> Failed {
        Failed::Records(e)
    }
}

/// A count of exported lines on stderr, only when it is a terminal.
fn progress(l10n: &Localizer) -> Option<ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{msg} {pos} {spinner}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.set_message(l10n.t("records-export-progress"));
    Some(bar)
}

/// Writes the export to `file` (standard output for `-`); returns how many lines.
pub fn export(
    desk: &Desk,
    ctx: &Context,
    l10n: &Localizer,
    filter: &Filter,
    file: &Path,
    format: ExportFormat,
    stdout: &mut dyn Write,
) -> Result<usize, CliError> {
    let to_stdout = file.as_os_str() == "-";
    let mut opened;
    let out: &mut dyn Write = if to_stdout {
        stdout
    } else {
        opened = BufWriter::new(File::create(file).map_err(CliError::Output)?);
        &mut opened
    };
    let bar = progress(l10n);
    let result = write_all(desk, ctx, filter, format, out, bar.as_ref());
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let count = match result {
        Ok(count) => count,
        Err(Failed::Records(e)) => return Err(super::change::records_error(e, l10n)),
        Err(Failed::Output(e)) => return Err(CliError::Output(e)),
    };
    if !to_stdout {
        let shown = crate::domain::text::path_for_terminal(file);
        eprintln!(
            "{}",
            l10n.t_args(
                "records-exported",
                &[
                    ("count", Arg::Num(count as i64)),
                    ("path", Arg::Str(&shown))
                ]
            )
        );
    }
    Ok(count)
}

fn write_all(
    desk: &Desk,
    ctx: &Context,
    filter: &Filter,
    format: ExportFormat,
    out: &mut dyn Write,
    bar: Option<&ProgressBar>,
) -> Result<usize, Failed> {
    let tick = |count: usize| {
        if let Some(bar) = bar {
            bar.set_position(count as u64);
        }
    };
    let count = match format {
        ExportFormat::Csv => {
            let mut csv = csv::Writer::from_writer(&mut *out);
            csv.write_record(FIELDS)
                .map_err(|e| Failed::Output(e.into()))?;
            let write = |line: &Line| {
                csv.write_record(line_cells(line))
                    .map_err(|e| Failed::Output(e.into()))
            };
            let count = records::export(desk, ctx, filter, write, tick)?;
            csv.flush().map_err(Failed::Output)?;
            count
        }
        ExportFormat::Json => {
            let write = |line: &Line| -> Result<(), Failed> {
                serde_json::to_writer(&mut *out, &line_json(line))
                    .map_err(|e| Failed::Output(e.into()))?;
                writeln!(out).map_err(Failed::Output)
            };
            records::export(desk, ctx, filter, write, tick)?
        }
    };
    out.flush().map_err(Failed::Output)?;
    Ok(count)
}
