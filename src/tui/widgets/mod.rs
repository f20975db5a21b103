//! Widgets shared by the screens: line drawing that keeps Mongolian intact, the item record,
//! the title bar, the search line and the hint bar.

pub mod bars;
pub mod edit;
pub mod record;
pub mod text;
