//! A document as plain text for a line or receipt printer: fixed width measured in display
//! cells, no colour, no escape sequences; Mongolian runs horizontally here, as a printer that
//! only takes text cannot set it vertically.
use super::content::{Block, Document, Sheet};
use crate::domain::text::{display_width, wrap};

/// Columns of an 80 mm receipt printer in its standard font (a Chinese character takes two);
/// an A4 line printer's 80 columns hold it too.
pub const TEXT_COLUMNS: usize = 48;

/// Labels up to this many cells stand to the left of their values; longer ones (Mongolian
/// labels are) take a line of their own above them.
const SIDE_LABEL_MAX: usize = 12;

/// The whole document, every sheet one after the other, each line at most `width` cells
/// (wider only where a single character is).
pub fn render_text(doc: &Document, width: usize) -> String {
    let mut lines = Vec::new();
    for (at, sheet) in doc.sheets.iter().enumerate() {
        if at > 0 {
            lines.push(String::new());
            lines.push("=".repeat(width));
            lines.push(String::new());
        }
        sheet_lines(doc, sheet, width, &mut lines);
    }
    let mut out = lines
        .iter()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n");
    out.push('\n');
    out
}

fn sheet_lines(doc: &Document, sheet: &Sheet, width: usize, out: &mut Vec<String>) {
    centred(&sheet.title, width, out);
    // A one-language document still names itself in the other script.
    if doc.sheets.len() == 1 {
        for (lang, title) in &doc.titles {
            if *lang != sheet.lang {
                centred(title, width, out);
            }
        }
    }
    centred(&sheet.hall, width, out);
    out.push("=".repeat(width));
    let labels = sheet
        .blocks
        .iter()
        .filter(|b| !b.heading)
        .filter_map(|b| b.label.as_deref())
        .map(display_width)
        .max()
        .unwrap_or(0);
    let side = (labels <= SIDE_LABEL_MAX).then_some(labels);
    for block in &sheet.blocks {
        block_lines(block, side.filter(|_| !block.heading), width, out);
    }
    out.push("-".repeat(width));
    for sentence in &sheet.closing {
        out.extend(wrap(sentence, width));
    }
    out.push(String::new());
    let stamp = sheet.stamp.as_str();
    let pad = width.saturating_sub(display_width(stamp));
    out.push(format!("{}{stamp}", " ".repeat(pad)));
}

fn centred(text: &str, width: usize, out: &mut Vec<String>) {
    for line in wrap(text, width) {
        let pad = width.saturating_sub(display_width(&line)) / 2;
        out.push(format!("{}{line}", " ".repeat(pad)));
    }
}

/// `label  value` with later lines under the value, or the label alone with the values
/// indented below it; a paragraph fills the width.
fn block_lines(block: &Block, side: Option<usize>, width: usize, out: &mut Vec<String>) {
    let Some(label) = &block.label else {
        for line in &block.lines {
            out.extend(wrap(line, width));
        }
        return;
    };
    match side {
        Some(label_cells) => {
            let indent = label_cells + 2;
            let mut first = Some(format!(
                "{label}{}",
                " ".repeat(indent - display_width(label))
            ));
            for value in &block.lines {
                for part in wrap(value, width.saturating_sub(indent).max(1)) {
                    let head = first.take().unwrap_or_else(|| " ".repeat(indent));
                    out.push(format!("{head}{part}"));
                }
            }
            if let Some(head) = first {
                out.push(head);
            }
        }
        None => {
            out.extend(wrap(label, width));
            for value in &block.lines {
                for part in wrap(value, width.saturating_sub(2).max(1)) {
                    out.push(format!("  {part}"));
                }
            }
        }
    }
}
