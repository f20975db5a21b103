//! The receipt number as a QR code: the module matrix from the `qrcode` crate, drawn as one
//! SVG path of dark runs, so the page needs no image file, no script and no renderer crate.
use std::fmt::Write;

use qrcode::{Color, EcLevel, QrCode};

/// Light modules around the symbol that a scanner needs to find it (ISO/IEC 18004: four).
pub const QR_QUIET_ZONE: usize = 4;

/// The symbol's side in modules and its modules row by row (`true` is dark); `None` only
/// for text too long for any QR code, which a receipt number never is.
pub fn qr_modules(text: &str) -> Option<(usize, Vec<bool>)> {
    // Level M: a smudged or creased paper still scans; the number is short, so the symbol
    // stays small (version 2, 25 modules).
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == Color::Dark)
        .collect();
    Some((code.width(), dark))
}

/// An SVG path drawing each horizontal run of dark modules as one rectangle, in a view box
/// of `width + 2 * QR_QUIET_ZONE` units a side: `M4 4h7v1h-7z` for a run of seven.
pub fn qr_path(width: usize, dark: &[bool]) -> String {
    let mut path = String::new();
    for (y, row) in dark.chunks(width.max(1)).enumerate() {
        let mut x = 0;
        while x < row.len() {
            if !row[x] {
                x += 1;
                continue;
            }
            let run = row[x..].iter().take_while(|d| **d).count();
            let (left, top) = (x + QR_QUIET_ZONE, y + QR_QUIET_ZONE);
            // Writing to a String cannot fail.
            let _ = write!(path, "M{left} {top}h{run}v1h-{run}z");
            x += run;
        }
    }
    path
}
