# ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ: 文书（蒙古文）：受理回执、一次性告知书，以及保存、打印文书时的提示。

## 受理回执

documents-receipt-title = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ
documents-notice-title = ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ ᠪᠦᠷᠢᠨ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ ᠪᠢᠴᠢᠭ
documents-hall-division = { $division } (ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠬᠤᠪᠢᠶᠠᠷᠢ ᠶᠢᠨ ᠺᠣᠳ᠋ { $code })
documents-label-receipt = ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ
documents-label-accepted = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠴᠠᠭ
documents-label-hall = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠨᠢᠭᠡᠴᠢ
documents-label-window = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠴᠣᠩᠬᠣ
documents-window = { $window } ᠳ᠋ᠤᠭᠠᠷ ᠴᠣᠩᠬᠣ
documents-label-applicant = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ
documents-label-id-number = ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠦᠨ ᠨᠣᠮᠧᠷ
documents-label-agent = ᠣᠷᠣᠯᠠᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠴᠢ
documents-agent = { $name } (ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ᠄ { $relationship }᠂ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠦᠨ ᠨᠣᠮᠧᠷ { $id })
documents-label-services = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠰᠠᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠦᠢᠯ
documents-label-channel = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠵᠠᠮ
documents-label-deadline = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠳᠠᠭᠤᠰᠬᠠᠬᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ
documents-deadline-on = { $date } ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠳᠠᠭᠤᠰᠬᠠᠨ᠎ᠠ (ᠠᠵᠢᠯ ᠤᠨ ᠡᠳᠦᠷ ᠢᠶᠡᠷ ᠪᠣᠳᠣᠭᠰᠠᠨ)
documents-deadline-not-stated = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠳᠤ ᠡᠨᠡ ᠵᠦᠢᠯ ᠦᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ (ᠠᠵᠢᠯ ᠤᠨ ᠡᠳᠦᠷ ᠢᠶᠡᠷ) ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠳᠠᠭᠤᠰᠬᠠᠬᠤ ᠡᠳᠦᠷ ᠢ ᠬᠠᠷᠢᠭᠤᠴᠠᠬᠤ ᠨᠢᠭᠡᠴᠢ ᠲᠣᠭᠲᠠᠭᠠᠯ ᠤᠨ ᠳᠠᠭᠠᠤ ᠲᠠᠨ ᠳᠤ ᠪᠢᠴᠢᠭ ᠢᠶᠡᠷ ᠲᠤᠰᠠᠭᠠᠷ ᠮᠡᠳᠡᠭᠳᠡᠨ᠎ᠡ᠃
documents-deadline-beyond-calendar = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠨᠢ ᠨᠡᠶᠢᠲᠡᠯᠡᠭᠰᠡᠨ ᠪᠠᠶᠠᠷ ᠪᠠ ᠠᠮᠤᠷᠠᠯᠲᠠ ᠶᠢᠨ ᠡᠳᠦᠷ ᠦᠨ ᠵᠣᠬᠢᠶᠠᠨ ᠪᠠᠢᠭᠤᠯᠤᠯᠲᠠ ᠠᠴᠠ ({ $last } ᠬᠦᠷᠲᠡᠯ᠎ᠡ) ᠬᠡᠲᠦᠷᠡᠵᠦ ᠪᠠᠢᠭ᠎ᠠ ᠲᠤᠯᠠ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠳᠠᠭᠤᠰᠬᠠᠬᠤ ᠡᠳᠦᠷ ᠢ ᠪᠢᠴᠢᠭ ᠢᠶᠡᠷ ᠲᠤᠰᠠᠭᠠᠷ ᠮᠡᠳᠡᠭᠳᠡᠨ᠎ᠡ᠃
documents-deadline-before-calendar = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠡᠳᠦᠷ ᠨᠢ ᠪᠠᠶᠠᠷ ᠪᠠ ᠠᠮᠤᠷᠠᠯᠲᠠ ᠶᠢᠨ ᠡᠳᠦᠷ ᠦᠨ ᠵᠣᠬᠢᠶᠠᠨ ᠪᠠᠢᠭᠤᠯᠤᠯᠲᠠ ᠶᠢᠨ ᠡᠬᠢᠯᠡᠬᠦ ᠡᠳᠦᠷ ᠡᠴᠡ ({ $first }) ᠡᠮᠦᠨ᠎ᠡ ᠪᠠᠢᠭ᠎ᠠ ᠲᠤᠯᠠ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠳᠠᠭᠤᠰᠬᠠᠬᠤ ᠡᠳᠦᠷ ᠢ ᠪᠢᠴᠢᠭ ᠢᠶᠡᠷ ᠲᠤᠰᠠᠭᠠᠷ ᠮᠡᠳᠡᠭᠳᠡᠨ᠎ᠡ᠃
documents-label-received = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ
documents-label-deferred = ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠥᠬᠥᠵᠦ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ
documents-label-missing = ᠳᠤᠲᠠᠭᠤ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ
documents-material = { $name } ({ $service })
documents-material-due = { $name } ({ $service })᠂ { $due } ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠨᠥᠬᠥᠵᠦ ᠲᠤᠰᠢᠶᠠᠭᠠᠷᠠᠢ
documents-label-operator = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠴᠢ
documents-none = ᠦᠭᠡᠢ
documents-keep = ᠡᠨᠡ ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢ ᠰᠠᠢᠨ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠠᠷᠠᠢ᠃ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠯᠲᠡ ᠶᠢᠨ ᠶᠠᠪᠤᠴᠠ ᠶᠢ ᠪᠠᠢᠴᠠᠭᠠᠨ ᠠᠰᠠᠭᠤᠬᠤ ᠪᠤᠶᠤ ᠦᠷ᠎ᠡ ᠳᠦᠩ ᠢ ᠠᠪᠬᠤ ᠳᠤ ᠡᠨᠡ ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢ ᠦᠵᠡᠭᠦᠯᠬᠦ ᠪᠤᠶᠤ ᠳ᠋ᠤᠭᠠᠷ ᠢ ᠨᠢ ᠬᠡᠯᠡᠭᠡᠷᠡᠢ᠃
documents-see-notice = ᠨᠥᠬᠥᠵᠦ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠬᠠᠮᠲᠤ ᠥᠭᠭᠦᠭᠰᠡᠨ ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ ᠪᠦᠷᠢᠨ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ ᠪᠢᠴᠢᠭ ᠢ ᠦᠵᠡᠭᠡᠷᠡᠢ᠃
documents-stamp = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠨᠢᠭᠡᠴᠢ (ᠲᠠᠮᠠᠭ᠎ᠠ)

## 一次性告知书

documents-notice-intro = { $name }᠄ ᠲᠠ { $date } ᠳᠤ ᠳᠣᠣᠷᠠᠬᠢ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠰᠠᠨ᠃ ᠨᠥᠬᠥᠵᠦ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠢ ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ ᠪᠦᠷᠢᠨ ᠮᠡᠳᠡᠭᠳᠡᠪᠡ᠃
documents-notice-missing = ᠳᠤᠲᠠᠭᠤ᠄ { $name }
documents-notice-deferred = ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠥᠬᠥᠵᠦ ᠲᠤᠰᠢᠶᠠᠬᠤ᠄ { $name }᠂ { $due } ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠨᠥᠬᠥᠵᠦ ᠲᠤᠰᠢᠶᠠᠭᠠᠷᠠᠢ
documents-notice-closing = ᠳᠡᠭᠡᠷᠡᠬᠢ ᠨᠢ ᠨᠥᠬᠥᠵᠦ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠪᠦᠬᠦ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠮᠥᠨ᠂ ᠡᠳᠡᠭᠡᠷ ᠡᠴᠡ ᠪᠤᠰᠤ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠱᠠᠭᠠᠷᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠢ ᠪᠦᠷᠢᠨ ᠪᠣᠯᠭᠠᠭᠠᠳ ᠡᠨᠡ ᠮᠡᠳᠡᠭᠳᠡᠯ ᠢ ᠠᠪᠴᠤ ᠴᠣᠩᠬᠣ ᠳᠤ ᠢᠷᠡᠭᠡᠷᠡᠢ᠃

## 保存与打印（给窗口工作人员的提示）

documents-saved = ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠪᠠ᠄ { $path }
documents-saved-notice = ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ ᠪᠦᠷᠢᠨ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ ᠪᠢᠴᠢᠭ ᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠪᠠ᠄ { $path }
documents-printed = ᠳᠠᠷᠤᠮᠠᠯᠠᠬᠤ ᠳᠤ ᠢᠯᠡᠭᠡᠪᠡ᠄ { $path }
documents-error-no-folder = ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ ᠬᠠᠪᠲᠠᠰᠤ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ 《service-desk config set receipts-dir ᠵᠠᠮ》 ᠵᠠᠷᠯᠢᠭ ᠢᠶᠠᠷ ᠨᠢᠭᠡ ᠬᠠᠪᠲᠠᠰᠤ ᠵᠢᠭᠠᠭᠠᠷᠠᠢ᠃
documents-error-write = ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠹᠠᠢᠯ ᠢ { $path } ᠳᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠄ { $reason }
documents-error-not-saved = ᠡᠨᠡ ᠭᠤᠶᠤᠴᠢᠯᠠᠯ ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠴᠤ ᠪᠦᠷᠢᠳᠬᠡᠪᠡ᠂ ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ { $receipt } ᠬᠦᠴᠦᠨ ᠲᠡᠢ᠃ ᠪᠡᠷᠬᠡᠰᠢᠶᠡᠯ ᠢ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ ᠦ ᠳᠠᠷᠠᠭ᠎ᠠ 《service-desk records print { $receipt }》 ᠵᠠᠷᠯᠢᠭ ᠢᠶᠠᠷ ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢ ᠳᠠᠬᠢᠨ ᠡᠭᠦᠰᠬᠡᠭᠡᠷᠡᠢ᠃
documents-reason-permission = ᠪᠢᠴᠢᠬᠦ ᠡᠷᠬᠡ ᠦᠭᠡᠢ᠃ ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠬᠤ ᠪᠤᠶᠤ ᠥᠭᠡᠷ᠎ᠡ ᠬᠠᠪᠲᠠᠰᠤ ᠵᠢᠭᠠᠭᠠᠷᠠᠢ᠃
documents-reason-full = ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ ᠣᠷᠣᠨ ᠳᠦᠭᠦᠷᠡᠭᠰᠡᠨ᠃ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ ᠣᠷᠣᠨ ᠴᠢᠯᠦᠭᠡᠯᠡᠭᠡᠷᠡᠢ᠃
documents-reason-read-only = ᠬᠠᠪᠲᠠᠰᠤ ᠪᠠᠢᠭ᠎ᠠ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ ᠲᠥᠬᠥᠭᠡᠷᠦᠮᠵᠢ ᠵᠥᠪᠬᠡᠨ ᠤᠩᠰᠢᠬᠤ ᠪᠠᠢᠳᠠᠯ ᠳᠤ ᠪᠠᠢᠨ᠎ᠠ᠃
documents-reason-not-folder = ᠡᠨᠡ ᠵᠠᠮ ᠨᠢ ᠬᠠᠪᠲᠠᠰᠤ ᠪᠢᠰᠢ᠃
documents-reason-other = ᠪᠢᠴᠢᠬᠦ ᠳᠦ ᠪᠤᠷᠤᠭᠤ ᠭᠠᠷᠪᠠ᠂ ᠬᠠᠪᠲᠠᠰᠤ ᠶᠢ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
documents-error-print-start = 《{ $command }》 ᠳᠠᠷᠤᠮᠠᠯᠠᠬᠤ ᠵᠠᠷᠯᠢᠭ ᠢ ᠡᠬᠢᠯᠡᠭᠦᠯᠵᠦ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ print-command ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠭ᠎ᠠ ᠪᠠ ᠳᠠᠷᠤᠮᠠᠯᠠᠭᠤᠷ ᠢ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃ ᠹᠠᠢᠯ { $path } ᠳᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ᠂ ᠲᠤᠰᠠᠭᠠᠷ ᠳᠠᠷᠤᠮᠠᠯᠠᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃
documents-error-print-failed = 《{ $command }》 ᠳᠠᠷᠤᠮᠠᠯᠠᠬᠤ ᠵᠠᠷᠯᠢᠭ ᠢᠯᠠᠭᠳᠠᠪᠠ (ᠭᠠᠷᠬᠤ ᠺᠣᠳ᠋ { $code })᠃ ᠹᠠᠢᠯ { $path } ᠳᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ᠂ ᠲᠤᠰᠠᠭᠠᠷ ᠳᠠᠷᠤᠮᠠᠯᠠᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃
documents-print-said = ᠳᠠᠷᠤᠮᠠᠯᠠᠬᠤ ᠵᠠᠷᠯᠢᠭ ᠤᠨ ᠰᠠᠨᠠᠭᠤᠯᠤᠮᠵᠢ᠄ { $detail }
documents-error-print-timeout = 《{ $command }》 ᠳᠠᠷᠤᠮᠠᠯᠠᠬᠤ ᠵᠠᠷᠯᠢᠭ { $minutes } ᠮᠢᠨᠦ᠋ᠲ ᠳᠣᠲᠣᠷ᠎ᠠ ᠳᠠᠭᠤᠰᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ ᠲᠤᠯᠠ ᠵᠣᠭᠰᠣᠭᠠᠪᠠ᠃ ᠹᠠᠢᠯ { $path } ᠳᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ᠂ ᠲᠤᠰᠠᠭᠠᠷ ᠳᠠᠷᠤᠮᠠᠯᠠᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ᠃
documents-error-no-notice = { $receipt } ᠳ᠋ᠤᠭᠠᠷ ᠲᠠᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ ᠳᠤ ᠨᠥᠬᠥᠵᠦ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠦᠭᠡᠢ ᠲᠤᠯᠠ ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ ᠪᠦᠷᠢᠨ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ ᠪᠢᠴᠢᠭ ᠥᠭᠬᠦ ᠦᠭᠡᠢ᠃
