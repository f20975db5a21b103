//! A document as one self-contained HTML file: built with maud, which escapes every value it
//! draws; one printed page per language, the Mongolian set vertically (`writing-mode:
//! vertical-lr`) so a browser shapes it as written, the Chinese horizontally; the receipt
//! number as an inline SVG QR code; print CSS for A4 and A5. No script, no external file, no web font: the page names a Mongolian
//! font stack and works with whichever of them the machine has.
use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::content::{Block, Document, Sheet};
use super::qr::{QR_QUIET_ZONE, qr_modules, qr_path};
use crate::domain::Lang;

/// The page's style: ours, with no value from outside in it.
const STYLE: &str = include_str!("style.css");

pub fn render_html(doc: &Document) -> String {
    let lead = doc.sheets.first();
    let lang = lead.map_or(Lang::Zh, |s| s.lang);
    let title = lead.map(|s| s.title.as_str()).unwrap_or_default();
    let markup = html! {
        (DOCTYPE)
        html lang=(lang.tag()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " " (doc.receipt) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                @for sheet in &doc.sheets {
                    main class={ "page " (class(sheet.lang)) "-page" } {
                        (heading(doc, sheet))
                        (sheet_markup(sheet))
                    }
                }
            }
        }
    };
    markup.into_string()
}

fn class(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh",
        Lang::Mn => "mn",
    }
}

/// The top of each page: both titles (the Mongolian set vertically at the left, as the
/// region's forms print it), the hall, the receipt number and its QR code.
fn heading(doc: &Document, sheet: &Sheet) -> Markup {
    html! {
        header {
            @for (lang, title) in &doc.titles {
                @if *lang == Lang::Mn {
                    p.title.mn lang=(lang.tag()) { (title) }
                }
            }
            div.titles {
                @for (lang, title) in &doc.titles {
                    @if *lang == Lang::Zh {
                        h1.zh lang=(lang.tag()) { (title) }
                    }
                }
                p class={ "hall " (class(sheet.lang)) } lang=(sheet.lang.tag()) { (sheet.hall) }
                p.number { (doc.receipt) }
            }
            (qr_svg(&doc.receipt))
        }
    }
}

fn qr_svg(receipt: &str) -> Markup {
    let Some((width, dark)) = qr_modules(receipt) else {
        return html! {};
    };
    let side = width + 2 * QR_QUIET_ZONE;
    html! {
        svg.qr xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {side} {side}"))
            role="img" aria-label=(receipt) shape-rendering="crispEdges" {
            rect width=(side) height=(side) fill="#fff" {}
            path d=(qr_path(width, &dark)) fill="#000" {}
        }
    }
}

fn sheet_markup(sheet: &Sheet) -> Markup {
    html! {
        section class={ "sheet " (class(sheet.lang)) } lang=(sheet.lang.tag()) {
            @for block in &sheet.blocks {
                (block_markup(block))
            }
            @for sentence in &sheet.closing {
                p.closing { (sentence) }
            }
            p.stamp { (sheet.stamp) }
        }
    }
}

fn block_markup(block: &Block) -> Markup {
    html! {
        @match &block.label {
            Some(label) => {
                div class={ "field" @if block.heading { " group" } } {
                    div.label { (label) }
                    @for line in &block.lines {
                        div.value { (line) }
                    }
                }
            }
            None => {
                @for line in &block.lines {
                    p.paragraph { (line) }
                }
            }
        }
    }
}
