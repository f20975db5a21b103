# ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ: 受理记录（蒙古文）。

records-label-receipt = ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ
records-label-status = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠪᠠᠢᠳᠠᠯ
records-label-created = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠴᠠᠭ
records-label-deadline = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠳᠠᠭᠤᠰᠬᠠᠬᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ
records-label-operator = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠴᠢ
records-operator-none = (ᠪᠦᠷᠢᠳᠬᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ)
records-empty = (ᠦᠭᠡᠢ)
records-agent-none = ᠣᠷᠣᠯᠠᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠴᠢ ᠦᠭᠡᠢ
records-error-not-found = { $receipt } ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ ᠲᠠᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ᠂ ᠳ᠋ᠤᠭᠠᠷ ᠢ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
records-error-no-such-material = ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠲᠦ { $material } ᠳ᠋ᠤᠭᠠᠷ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ᠂ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠤᠨ ᠳ᠋ᠤᠭᠠᠷ ᠢ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
records-error-not-outstanding = { $material } ᠳ᠋ᠤᠭᠠᠷ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠢ ᠨᠢᠭᠡᠨᠲᠡ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ᠂ ᠨᠥᠬᠥᠵᠦ ᠥᠭᠬᠦ ᠬᠡᠷᠡᠭ ᠦᠭᠡᠢ᠃
records-error-closed = ᠡᠨᠡ ᠬᠡᠷᠡᠭ 《ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠳᠠᠭᠤᠰᠬᠠᠭᠰᠠᠨ》᠂ 《ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ》 ᠪᠤᠶᠤ 《ᠪᠤᠴᠠᠭᠠᠨ ᠠᠪᠤᠭᠰᠠᠨ》 ᠲᠤᠯᠠ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠨᠥᠬᠥᠵᠦ ᠥᠭᠴᠦ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃
records-error-note-too-long = ᠲᠠᠢᠯᠪᠤᠷᠢ { $max } ᠦᠰᠦᠭ ᠡᠴᠡ ᠬᠡᠲᠦᠷᠡᠬᠦ ᠦᠭᠡᠢ᠂ ᠲᠣᠪᠴᠢᠯᠠᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
records-error-store = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠢ ᠣᠳᠣ ᠤᠩᠰᠢᠵᠤ ᠪᠢᠴᠢᠵᠦ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠂ ᠳᠠᠷᠤᠢ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠤᠭᠠᠷᠠᠢ᠂ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ ᠪᠣᠯ ᠵᠠᠬᠢᠷᠭᠠᠴᠢ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠭᠠᠷᠠᠢ᠃
records-error-not-rejected = { $receipt } ᠳ᠋ᠤᠭᠠᠷ ᠲᠠᠢ ᠭᠤᠶᠤᠴᠢᠯᠠᠯ ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ ᠭᠡᠵᠦ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠡᠳᠦᠢ᠂ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ ᠲᠤᠬᠠᠢ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ ᠪᠢᠴᠢᠭ ᠦᠭᠡᠢ᠃

## ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠪᠠ ᠡᠷᠢᠯᠲᠡ

records-column-accepted = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠡᠳᠦᠷ
records-column-name = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ
records-column-services = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ
records-column-urgency = ᠰᠠᠨᠠᠭᠤᠯᠤᠮᠵᠢ
records-urgency-overdue = ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ
records-urgency-due-soon = ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠦᠬᠦᠷᠴᠡᠢ
records-deadline-none = ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ
records-none = ᠨᠥᠬᠥᠴᠡᠯ ᠳᠦ ᠲᠣᠬᠢᠷᠠᠬᠤ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠦᠭᠡᠢ᠃
records-more = ᠨᠥᠬᠥᠴᠡᠯ ᠳᠦ ᠲᠣᠬᠢᠷᠠᠬᠤ ᠪᠤᠰᠤᠳ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠪᠠᠢᠨ᠎ᠠ᠂ --limit ᠢᠶᠠᠷ ᠲᠣᠭ᠎ᠠ ᠶᠢ ᠨᠡᠮᠡᠬᠦ ᠪᠤᠶᠤ ᠨᠥᠬᠥᠴᠡᠯ ᠨᠡᠮᠡᠭᠡᠷᠡᠢ᠃
records-damaged = { $count } ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠡᠪᠳᠡᠷᠡᠭᠰᠡᠨ ᠲᠤᠯᠠ ᠵᠢᠭᠰᠠᠭᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠪᠤᠰᠤᠳ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠳᠦ ᠨᠥᠯᠥᠭᠡ ᠦᠭᠡᠢ᠃

## ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ

records-status-changed = { $receipt } ᠤ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠪᠠᠢᠳᠠᠯ ᠢ 《{ $status }》 ᠪᠣᠯᠭᠠᠨ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠪᠡ᠃
records-rated = { $receipt } ᠤ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠠᠮᠵᠢ ᠶᠢᠨ ᠦᠨᠡᠯᠡᠯᠲᠡ ᠶᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠪᠡ᠃
records-supplied = { $receipt } ᠤ ᠨᠥᠬᠥᠵᠦ ᠥᠭᠭᠦᠭᠰᠡᠨ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠢ ᠪᠦᠷᠢᠳᠬᠡᠪᠡ᠃
records-rejection-written = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ ᠲᠤᠬᠠᠢ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ ᠪᠢᠴᠢᠭ ᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠪᠠ: { $path }
records-export-progress = ᠭᠠᠷᠭᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ
records-exported = { $count } ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠢ ᠭᠠᠷᠭᠠᠪᠠ: { $path }

## ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠦᠨ ᠨᠠᠷᠢᠨ ᠮᠡᠳᠡᠭᠡ

records-label-completed = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠳᠠᠭᠤᠰᠬᠠᠭᠰᠠᠨ ᠴᠠᠭ
records-label-rating = ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠠᠮᠵᠢ ᠶᠢᠨ ᠦᠨᠡᠯᠡᠯᠲᠡ
records-label-history = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ ᠶᠠᠪᠤᠴᠠ { $n }
records-event-material = { $material } ᠳ᠋ᠤᠭᠠᠷ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠢ ᠨᠥᠬᠥᠵᠦ ᠥᠭᠭᠦᠭᠰᠡᠨ
