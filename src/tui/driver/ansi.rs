//! A ratatui backend that writes to any `Write` (a local terminal, an SSH channel, a buffer in
//! a test) at a size it is told, in the 16 named colours: crossterm writes even those as
//! 256-colour indexes (`38;5;n`), which the terminals at the counters do not all understand.
use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

use crate::tui::glyphs::same_width_everywhere;

/// Switches to the alternate screen, turns on bracketed paste and turns off autowrap. A
/// terminal that draws an ambiguous-width character two cells wide would otherwise wrap one
/// drawn in the last column onto the next row, and in the bottom row scroll the whole screen.
pub const ENTER: &[u8] = b"\x1b[?1049h\x1b[?2004h\x1b[?7l";
/// Undoes `ENTER`, resets the colours and shows the cursor again.
pub const LEAVE: &[u8] = b"\x1b[?7h\x1b[?2004l\x1b[0m\x1b[?25h\x1b[?1049l";

pub struct AnsiBackend<W: Write> {
    out: W,
    size: Size,
    cursor: Position,
}

impl<W: Write> AnsiBackend<W> {
    pub fn new(out: W, size: Size) -> AnsiBackend<W> {
        AnsiBackend {
            out,
            size,
            cursor: Position::ORIGIN,
        }
    }

    /// The window is now `size`; the next frame is drawn at it.
    pub fn resize(&mut self, size: Size) {
        self.size = size;
    }

    pub fn writer(&self) -> &W {
        &self.out
    }

    pub fn writer_mut(&mut self) -> &mut W {
        &mut self.out
    }

    pub fn into_writer(self) -> W {
        self.out
    }
}

/// How a cell is drawn apart from its text.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Pen {
    fg: Color,
    bg: Color,
    modifier: Modifier,
}

impl Pen {
    fn of(cell: &Cell) -> Pen {
        Pen {
            fg: cell.fg,
            bg: cell.bg,
            modifier: cell.modifier,
        }
    }

    /// One complete SGR sequence: reset, then every attribute and colour of the pen.
    fn write(self, out: &mut impl Write) -> io::Result<()> {
        let mut sgr = String::from("\x1b[0");
        const ATTRIBUTES: [(Modifier, &str); 8] = [
            (Modifier::BOLD, ";1"),
            (Modifier::DIM, ";2"),
            (Modifier::ITALIC, ";3"),
            (Modifier::UNDERLINED, ";4"),
            (Modifier::SLOW_BLINK, ";5"),
            (Modifier::REVERSED, ";7"),
            (Modifier::HIDDEN, ";8"),
            (Modifier::CROSSED_OUT, ";9"),
        ];
        for (modifier, code) in ATTRIBUTES {
            if self.modifier.contains(modifier) {
                sgr.push_str(code);
            }
        }
        if let Some(n) = colour_number(self.fg) {
            sgr.push_str(&format!(";{}", if n < 8 { 30 + n } else { 90 + n - 8 }));
        }
        if let Some(n) = colour_number(self.bg) {
            sgr.push_str(&format!(";{}", if n < 8 { 40 + n } else { 100 + n - 8 }));
        }
        sgr.push('m');
        out.write_all(sgr.as_bytes())
    }
}

/// The number (0–15) of one of the 16 named colours; `None` for the terminal's default and for
/// anything the 16 colours cannot say.
pub fn colour_number(colour: Color) -> Option<u8> {
    Some(match colour {
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Indexed(n) if n < 16 => n,
        Color::Reset | Color::Indexed(_) | Color::Rgb(..) => return None,
    })
}

/// Where every terminal's cursor is after writing `symbol` at `x`: unknown (so the next cell is
/// placed explicitly) when terminals disagree on its width. That keeps a row intact even where
/// catalogue text holds a character some terminals draw two cells wide.
fn cursor_after(x: u16, y: u16, symbol: &str) -> Option<(u16, u16)> {
    if !same_width_everywhere(symbol) {
        return None;
    }
    let width = u16::try_from(UnicodeWidthStr::width(symbol)).ok()?;
    (width > 0).then(|| x.checked_add(width).map(|next| (next, y)))?
}

fn move_to(out: &mut impl Write, x: u16, y: u16) -> io::Result<()> {
    write!(out, "\x1b[{};{}H", u32::from(y) + 1, u32::from(x) + 1)
}

impl<W: Write> Backend for AnsiBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let mut pen: Option<Pen> = None;
        let mut cursor: Option<(u16, u16)> = None;
        for (x, y, cell) in content {
            if cursor != Some((x, y)) {
                move_to(&mut self.out, x, y)?;
            }
            let wanted = Pen::of(cell);
            if pen != Some(wanted) {
                wanted.write(&mut self.out)?;
                pen = Some(wanted);
            }
            self.out.write_all(cell.symbol().as_bytes())?;
            cursor = cursor_after(x, y, cell.symbol());
        }
        if pen.is_some() {
            self.out.write_all(b"\x1b[0m")?;
        }
        Ok(())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.out.write_all(b"\x1b[?25l")
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.out.write_all(b"\x1b[?25h")
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        Ok(self.cursor)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let position = position.into();
        move_to(&mut self.out, position.x, position.y)?;
        self.cursor = position;
        Ok(())
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        let sequence: &[u8] = match clear_type {
            ClearType::All => b"\x1b[0m\x1b[2J",
            ClearType::AfterCursor => b"\x1b[0m\x1b[0J",
            ClearType::BeforeCursor => b"\x1b[0m\x1b[1J",
            ClearType::CurrentLine => b"\x1b[0m\x1b[2K",
            ClearType::UntilNewLine => b"\x1b[0m\x1b[0K",
        };
        self.out.write_all(sequence)
    }

    fn size(&self) -> io::Result<Size> {
        Ok(self.size)
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        Ok(WindowSize {
            columns_rows: self.size,
            pixels: Size::default(),
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::style::Style;
    use ratatui::text::Span;

    fn frame_bytes(style: Style) -> String {
        let mut terminal = Terminal::new(AnsiBackend::new(Vec::new(), Size::new(10, 2))).unwrap();
        terminal
            .draw(|f| f.render_widget(Span::styled("低保x", style), f.area()))
            .unwrap();
        String::from_utf8(terminal.backend().writer().clone()).unwrap()
    }

    #[test]
    fn named_colours_are_written_as_sixteen_colour_codes() {
        let out = frame_bytes(Style::new().fg(Color::DarkGray).bg(Color::Cyan));
        assert!(out.contains("\x1b[0;90;46m"), "{out:?}");
        let out = frame_bytes(Style::new().fg(Color::Yellow).bold());
        assert!(out.contains("\x1b[0;1;33m"), "{out:?}");
        assert!(!out.contains("38;5"), "{out:?}");
    }

    #[test]
    fn colours_beyond_sixteen_are_not_written() {
        let out = frame_bytes(Style::new().fg(Color::Indexed(208)).bg(Color::Rgb(1, 2, 3)));
        assert!(!out.contains("38;") && !out.contains("48;"), "{out:?}");
    }

    fn row_bytes(text: &str) -> String {
        let mut terminal = Terminal::new(AnsiBackend::new(Vec::new(), Size::new(10, 1))).unwrap();
        terminal
            .draw(|f| f.render_widget(Span::raw(text), f.area()))
            .unwrap();
        String::from_utf8(terminal.backend().writer().clone()).unwrap()
    }

    #[test]
    fn wide_characters_advance_the_cursor_by_two_without_a_move() {
        let out = row_bytes("低保x");
        assert!(out.contains("低保x"), "{out:?}");
    }

    #[test]
    fn the_cell_after_an_ambiguous_width_character_is_placed_explicitly() {
        // “ is one cell here and two in a CJK-width terminal: the next cell is put at its
        // column either way.
        let out = row_bytes("“两免”x");
        assert!(out.contains("“\x1b[1;2H两免”\x1b[1;7Hx"), "{out:?}");
    }
}
