//! The statistics as a supervisor reads them: the words for rows and columns (shared by the
//! command line and the screen), and the printable monthly report in both languages with
//! its charts drawn as SVG.
mod labels;
mod page;
mod svg;

pub use labels::{by_heading, days, domain_short, key_label, number_columns, percent};
pub use page::{MonthlyReport, render_report};
pub use svg::{Bar, Labels, bar_chart};
