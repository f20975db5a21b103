//! Everything the clerk can ask of the TUI, one variant each. Key tables map keys to these;
//! the session handles the global ones and hands the rest to the screen on top.

/// One thing to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Show or hide the help screen.
    Help,
    /// Switch between Chinese and Mongolian; everything on screen follows.
    ToggleLanguage,
    /// Go to the catalogue.
    Catalogue,
    /// Start a new intake (arrives with the intake module).
    NewIntake,
    /// Open the records.
    Records,
    /// Open the statistics (supervisors).
    Statistics,
    /// Sign the operator out: forms saved as drafts and closed, back to the catalogue.
    SignOut,
    /// Step back: close help, clear or leave the search, drop the domain filter.
    Back,
    /// Move to the next pane.
    NextPane,
    /// Move to the previous pane.
    PrevPane,
    /// Move up one line.
    Up,
    /// Move down one line.
    Down,
    /// Move up one page.
    PageUp,
    /// Move down one page.
    PageDown,
    /// Jump to the first line.
    Home,
    /// Jump to the last line.
    End,
    /// Put the caret in the search line.
    Search,
    /// Choose what is highlighted.
    Choose,
    /// Save the current form.
    Save,
    /// Leave the program.
    Quit,
    /// Type text into the field with the caret (already cleaned).
    Insert(String),
    /// Delete the character before the caret.
    DeleteBack,
    /// Empty the search line.
    ClearQuery,
    /// Move the caret left, or step a choice back.
    Left,
    /// Move the caret right, or step a choice on.
    Right,
    /// Tick or untick a box, or step a choice on.
    Toggle,
    /// Delete the character at the caret, or remove the entry in focus.
    Remove,
    /// Print what is shown.
    Print,
    /// Revise the selected catalogue item (a supervisor).
    Revise,
    /// Show the selected catalogue item's revisions.
    History,
    /// Show or hide the services the applicant may also be entitled to.
    Hints,
    /// Open the filters of a list.
    Filters,
    /// Sort a list by deadline, or back to newest first.
    SortByDeadline,
    /// Show only what is past its deadline, or everything again.
    OverdueOnly,
    /// Show only what the signed-in operator took, or everyone's again.
    MineOnly,
    /// A key that nothing here is bound to; a dialog closes on it.
    Other,
}
