# ᠪᠦᠷᠢᠳᠬᠡᠯ: ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ᠂ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠳᠠᠭᠤᠰᠬᠠᠭᠰᠠᠨ᠂ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ ᠵᠡᠷᠭᠡ ᠲᠣᠭ᠎ᠠ᠃

security-permission-read-stats = ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ ᠲᠣᠭ᠎ᠠ ᠦᠵᠡᠬᠦ

stats-title = ᠪᠦᠷᠢᠳᠬᠡᠯ
stats-by-domain = ᠬᠦᠷᠢᠶᠡᠯᠡᠩ
stats-by-item = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠦᠢᠯ
stats-by-region = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠣᠷᠣᠨ
stats-by-channel = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠵᠠᠮ
stats-by-status = ᠪᠠᠢᠳᠠᠯ
stats-by-operator = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠴᠢ
stats-by-month = ᠰᠠᠷ᠎ᠠ
stats-column-intakes = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ
stats-column-completed = ᠳᠠᠭᠤᠰᠬᠠᠭᠰᠠᠨ
stats-column-on-time = ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠣᠲᠣᠷ᠎ᠠ ᠳᠠᠭᠤᠰᠬᠠᠭᠰᠠᠨ
stats-column-overdue = ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ
stats-column-rejected = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ
stats-column-withdrawn = ᠪᠤᠴᠠᠭᠠᠨ ᠠᠪᠤᠭᠰᠠᠨ
stats-column-open = ᠳᠠᠭᠤᠰᠤᠭ᠎ᠠ ᠦᠭᠡᠢ
stats-column-outstanding = ᠳᠤᠲᠠᠭᠤ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠲᠠᠢ
stats-column-average-days = ᠳᠤᠮᠳᠠᠵᠢ ᠡᠳᠦᠷ
stats-column-rated = ᠦᠨᠡᠯᠡᠭᠰᠡᠨ
stats-column-good-rate = ᠰᠠᠢᠨ ᠦᠨᠡᠯᠡᠯᠲᠡ ᠶᠢᠨ ᠬᠤᠪᠢ
stats-total = ᠨᠡᠢᠳᠡ
stats-no-operator = (ᠲᠡᠮᠳᠡᠭᠯᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ)
stats-no-value = —
stats-period = ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ: { $from } — { $to } (ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠡᠳᠦᠷ ᠢᠶᠡᠷ; ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ ᠢ { $today } ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠲᠣᠭᠠᠴᠠᠭᠤᠯᠪᠠ)
stats-empty = ᠡᠨᠡ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠤ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ᠃
stats-ratings = ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠠᠮᠵᠢ ᠶᠢᠨ ᠦᠨᠡᠯᠡᠯᠲᠡ: { $ratings }; ᠰᠠᠢᠨ ᠦᠨᠡᠯᠡᠯᠲᠡ ᠶᠢᠨ ᠬᠤᠪᠢ { $rate } (ᠮᠠᠰᠢ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠤᠯᠤᠩ ᠪᠠ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠤᠯᠤᠩ ᠤ ᠨᠡᠢᠳᠡ ᠶᠢ ᠦᠨᠡᠯᠡᠭᠰᠡᠨ ᠲᠣᠭ᠎ᠠ ᠳᠤ ᠬᠤᠪᠢᠶᠠᠭᠰᠠᠨ)
stats-rebuilt = ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ ᠲᠣᠭ᠎ᠠ ᠶᠢ { $records } ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ ᠪᠠᠷ ᠳᠠᠬᠢᠨ ᠲᠣᠭᠠᠴᠠᠭᠤᠯᠪᠠ᠂ { $rows } ᠮᠦᠷ᠃
stats-rebuilt-damaged = { $damaged } ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠡᠪᠳᠡᠷᠡᠭᠰᠡᠨ ᠲᠤᠯᠠ ᠲᠣᠭᠠᠴᠠᠭᠤᠯᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃
stats-progress = ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ ᠲᠣᠭ᠎ᠠ ᠶᠢ ᠳᠠᠬᠢᠨ ᠲᠣᠭᠠᠴᠠᠭᠤᠯᠵᠤ ᠪᠠᠢᠨ᠎ᠠ
stats-error-empty-period = ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠶᠢᠨ ᠡᠴᠦᠰ ᠦᠨ ᠡᠳᠦᠷ ᠡᠬᠢᠯᠡᠯ ᠦᠨ ᠡᠳᠦᠷ ᠡᠴᠡ ᠡᠷᠲᠡ ᠪᠠᠢᠨ᠎ᠠ᠂ --from ᠪᠠ --to ᠶᠢ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
stats-error-bad-month = { $value } ᠰᠠᠷ᠎ᠠ ᠪᠢᠰᠢ᠂ YYYY-MM ᠬᠡᠯᠪᠡᠷᠢ ᠪᠡᠷ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 2026-11᠃
stats-error-sign-in = ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ ᠲᠣᠭ᠎ᠠ ᠶᠢ ᠵᠥᠪᠬᠡᠨ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠦᠵᠡᠨ᠎ᠡ᠂ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠪᠠᠷ ᠨᠡᠪᠲᠡᠷᠡᠭᠡᠳ ᠳᠠᠬᠢᠨ ᠲᠤᠷᠰᠢᠭᠠᠷᠠᠢ᠃
stats-error-clock = ᠲᠤᠰ ᠮᠠᠰᠢᠨ ᠤ ᠴᠠᠭ ᠤᠨ ᠡᠳᠦᠷ ᠬᠡᠷᠡᠭᠯᠡᠵᠦ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠂ ᠰᠢᠰᠲ᠋ᠧᠮ ᠦᠨ ᠴᠠᠭ ᠢ ᠵᠠᠰᠠᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠲᠤᠷᠰᠢᠭᠠᠷᠠᠢ᠃

stats-period-this-month = ᠡᠨᠡ ᠰᠠᠷ᠎ᠠ
stats-period-last-month = ᠥᠩᠭᠡᠷᠡᠭᠰᠡᠨ ᠰᠠᠷ᠎ᠠ
stats-period-this-year = ᠡᠨᠡ ᠣᠨ
stats-chart-per-day = ᠡᠳᠦᠷ ᠪᠦᠷᠢ ᠶᠢᠨ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠲᠣᠭ᠎ᠠ
stats-chart-domains-intakes = ᠬᠦᠷᠢᠶᠡᠯᠡᠩ ᠪᠦᠷᠢ ᠶᠢᠨ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠲᠣᠭ᠎ᠠ
stats-chart-domains-overdue = ᠬᠦᠷᠢᠶᠡᠯᠡᠩ ᠪᠦᠷᠢ ᠶᠢᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ ᠲᠣᠭ᠎ᠠ
stats-chart-ratings = ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠠᠮᠵᠢ ᠶᠢᠨ ᠦᠨᠡᠯᠡᠯᠲᠡ
stats-headline-average = ᠳᠤᠮᠳᠠᠵᠢ { $days } ᠡᠳᠦᠷ
stats-none-rated = ᠦᠨᠡᠯᠡᠯᠲᠡ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ
key-statistics = ᠪᠦᠷᠢᠳᠬᠡᠯ (ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ)
key-stats-period = ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠰᠣᠯᠢᠬᠤ: ᠡᠨᠡ ᠰᠠᠷ᠎ᠠ᠂ ᠥᠩᠭᠡᠷᠡᠭᠰᠡᠨ ᠰᠠᠷ᠎ᠠ᠂ ᠡᠨᠡ ᠣᠨ
key-stats-period-hint = ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ
key-stats-chart = ᠬᠦᠷᠢᠶᠡᠯᠡᠩ ᠪᠦᠷᠢ ᠶᠢᠨ ᠵᠢᠷᠤᠭ ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠪᠠ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ ᠲᠣᠭ᠎ᠠ ᠶᠢᠨ ᠬᠣᠭᠣᠷᠤᠳᠤ ᠰᠣᠯᠢᠬᠤ
key-stats-chart-hint = ᠵᠢᠷᠤᠭ
key-stats-refresh = ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ ᠲᠣᠭ᠎ᠠ ᠶᠢ ᠳᠠᠬᠢᠨ ᠤᠩᠰᠢᠬᠤ
stats-refused = ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ ᠲᠣᠭ᠎ᠠ ᠶᠢ ᠵᠥᠪᠬᠡᠨ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠦᠵᠡᠨ᠎ᠡ᠃

stats-report-title = ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ ᠮᠡᠳᠡᠭᠦᠯᠦᠯ
stats-report-subtitle = { $month } · { $hall }
stats-report-generated = ᠬᠢᠭᠰᠡᠨ ᠴᠠᠭ: { $at }; ᠠᠵᠢᠯᠲᠠᠨ: { $operator }
stats-report-numbers = ᠭᠣᠣᠯ ᠲᠣᠭ᠎ᠠ
stats-report-figure-per-day = ᠵᠢᠷᠤᠭ 1. ᠡᠳᠦᠷ ᠪᠦᠷᠢ ᠶᠢᠨ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠲᠣᠭ᠎ᠠ
stats-report-figure-overdue = ᠵᠢᠷᠤᠭ 2. ᠬᠦᠷᠢᠶᠡᠯᠡᠩ ᠪᠦᠷᠢ ᠶᠢᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ ᠲᠣᠭ᠎ᠠ
stats-report-figure-ratings = ᠵᠢᠷᠤᠭ 3. ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠠᠮᠵᠢ ᠶᠢᠨ ᠦᠨᠡᠯᠡᠯᠲᠡ
stats-report-by-domain = ᠬᠦᠷᠢᠶᠡᠯᠡᠩ ᠪᠦᠷᠢ ᠶᠢᠨ ᠲᠣᠭ᠎ᠠ
stats-report-notes = ᠲᠠᠶᠢᠯᠪᠤᠷᠢ: ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠡᠳᠦᠷ ᠢᠶᠡᠷ ᠪᠦᠷᠢᠳᠪᠡ᠃ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠳᠠᠭᠤᠰᠬᠠᠭᠰᠠᠨ ᠡᠳᠦᠷ ᠨᠢ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠡᠴᠡ ᠬᠣᠵᠢᠭᠰᠠᠨ᠂ ᠡᠰᠡᠬᠦᠯ᠎ᠡ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠥᠩᠭᠡᠷᠡᠭᠰᠡᠨ ᠪᠣᠯᠪᠠᠴᠤ ᠳᠠᠭᠤᠰᠤᠭ᠎ᠠ ᠦᠭᠡᠢ ᠪᠠᠢᠭ᠎ᠠ ᠶᠢ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ ᠭᠡᠵᠦ ᠲᠣᠭᠠᠴᠠᠭᠤᠯᠤᠨ᠎ᠠ᠃ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠲᠣᠳᠣᠷᠬᠠᠢᠯᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ ᠨᠢ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠬᠡᠲᠦᠷᠡᠭᠰᠡᠨ ᠴᠤ ᠪᠢᠰᠢ᠂ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠳᠣᠲᠣᠷ᠎ᠠ ᠳᠠᠭᠤᠰᠬᠠᠭᠰᠠᠨ ᠴᠤ ᠪᠢᠰᠢ᠃ ᠰᠠᠢᠨ ᠦᠨᠡᠯᠡᠯᠲᠡ ᠶᠢᠨ ᠬᠤᠪᠢ = (ᠮᠠᠰᠢ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠤᠯᠤᠩ + ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠤᠯᠤᠩ) ÷ ᠦᠨᠡᠯᠡᠭᠰᠡᠨ ᠲᠣᠭ᠎ᠠ᠃ ᠣᠷᠣᠨ ᠨᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠲᠠᠩᠬᠢᠮ ᠤᠨ ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠣᠷᠣᠨ ᠪᠣᠯᠤᠨ᠎ᠠ᠂ ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ ᠶᠢᠨ ᠬᠤᠪᠢ ᠬᠦᠮᠦᠨ ᠦ ᠮᠡᠳᠡᠭᠡᠯᠡᠯ ᠪᠠᠭᠳᠠᠭᠠᠬᠤ ᠦᠭᠡᠢ᠃
stats-report-written = ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ ᠮᠡᠳᠡᠭᠦᠯᠦᠯ ᠢ { $path } ᠳᠦ ᠪᠢᠴᠢᠪᠡ
