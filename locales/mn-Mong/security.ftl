# 操作员、登录与审计记录。

security-init-done = ᠡᠬᠢᠨ ᠦ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ { $name } ᠪᠠᠢᠭᠤᠯᠤᠭᠳᠠᠵᠤ᠂ ᠲᠤᠰ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠶᠢᠨ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠲᠦᠯᠬᠢᠭᠤᠷ ᠪᠢᠢ ᠪᠣᠯᠤᠭᠰᠠᠨ᠃ ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋ ᠢ ᠰᠠᠢᠨ ᠴᠡᠭᠡᠵᠢᠯᠡᠭᠡᠷᠡᠢ: ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢ ᠵᠥᠪᠬᠡᠨ ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋ ᠢᠶᠠᠷ ᠨᠡᠭᠡᠭᠡᠨ᠎ᠡ᠂ ᠮᠠᠷᠲᠠᠪᠠᠯ ᠥᠭᠡᠷ᠎ᠡ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠰᠢᠨ᠎ᠡ ᠪᠡᠷ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠬᠤ ᠬᠡᠷᠡᠭᠲᠡᠢ᠃
security-init-sealed = ᠡᠮᠦᠨ᠎ᠡ ᠨᠢᠭᠤᠴᠠᠯᠠᠯ ᠦᠭᠡᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠰᠠᠨ { $intakes } ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠪᠠ { $drafts } ᠳᠠᠭᠤᠰᠤᠭ᠎ᠠ ᠦᠭᠡᠢ ᠬᠦᠰᠦᠨᠦᠭ ᠢ ᠪᠦᠭᠦᠳᠡ ᠨᠢᠭᠤᠴᠠᠯᠠᠪᠠ᠃
security-add-done = { $name } ᠭᠡᠳᠡᠭ ᠠᠵᠢᠯᠲᠠᠨ ᠨᠡᠮᠡᠭᠳᠡᠪᠡ᠃
security-disable-done = { $name } ᠭᠡᠳᠡᠭ ᠠᠵᠢᠯᠲᠠᠨ ᠢ ᠵᠣᠭᠰᠣᠭᠠᠪᠠ᠂ ᠲᠡᠷᠡ ᠳᠠᠬᠢᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠵᠦ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃
security-passwd-done = { $name } ᠭᠡᠳᠡᠭ ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋ ᠢ ᠰᠣᠯᠢᠪᠠ᠃
security-prompt-password = { $name } ᠭᠡᠳᠡᠭ ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋ ᠢ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ:
security-prompt-new-password = ᠰᠢᠨ᠎ᠡ ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋ ᠢ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ:
security-prompt-repeat-password = ᠰᠢᠨ᠎ᠡ ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋ ᠢ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ:

security-operators-column-name = ᠨᠡᠷ᠎ᠡ
security-operators-column-role = ᠠᠵᠢᠯ ᠤᠨ ᠲᠥᠷᠥᠯ
security-operators-column-state = ᠪᠠᠢᠳᠠᠯ
security-operators-column-created-at = ᠪᠠᠢᠭᠤᠯᠤᠭᠰᠠᠨ ᠴᠠᠭ
security-operators-column-created-by = ᠪᠠᠢᠭᠤᠯᠤᠭᠰᠠᠨ ᠬᠦᠮᠦᠨ
security-role-clerk = ᠴᠣᠩᠬᠣ ᠶᠢᠨ ᠠᠵᠢᠯᠲᠠᠨ
security-role-supervisor = ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ
security-state-active = ᠬᠡᠷᠡᠭᠯᠡᠵᠦ ᠪᠠᠢᠭ᠎ᠠ
security-state-disabled = ᠵᠣᠭᠰᠣᠭᠠᠭᠰᠠᠨ

security-audit-ok = ᠬᠢᠨᠠᠨ ᠪᠠᠢᠴᠠᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠪᠦᠷᠢᠨ ᠪᠦᠲᠦᠨ (OK)᠂ ᠨᠡᠢᠲᠡ { $count } ᠵᠦᠢᠯ᠃
security-audit-broken = ᠬᠢᠨᠠᠨ ᠪᠠᠢᠴᠠᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠦᠨ { $seq } ᠳ᠋ᠤᠭᠠᠷ ᠵᠦᠢᠯ ᠳᠦ ᠠᠰᠠᠭᠤᠳᠠᠯ ᠪᠠᠢᠨ᠎ᠠ: { $problem }᠃ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠢ ᠬᠦᠮᠦᠨ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠰᠡᠨ ᠪᠠᠢᠵᠤ ᠮᠠᠭᠠᠳ᠃ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠶᠢ ᠳᠠᠬᠢᠨ ᠪᠢᠲᠡᠭᠡᠢ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠡᠷᠡᠢ᠂ ᠳᠠᠷᠤᠢ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠳᠤ ᠮᠡᠳᠡᠭᠳᠡᠭᠡᠷᠡᠢ᠃
security-break-missing = ᠡᠨᠡ ᠵᠦᠢᠯ ᠠᠷᠢᠯᠭᠠᠭᠳᠠᠭᠰᠠᠨ (ᠳᠠᠷᠠᠭᠠᠬᠢ ᠵᠦᠢᠯ ᠪᠤᠶᠤ ᠨᠡᠢᠲᠡ ᠲᠣᠭ᠎ᠠ ᠨᠢ ᠡᠭᠦᠨ ᠢ ᠪᠠᠢᠭᠰᠠᠨ ᠭᠡᠵᠦ ᠬᠠᠷᠠᠭᠤᠯᠵᠤ ᠪᠠᠢᠨ᠎ᠠ)
security-break-unreadable = ᠡᠨᠡ ᠵᠦᠢᠯ ᠡᠪᠳᠡᠷᠡᠭᠰᠡᠨ ᠲᠤᠯᠠ ᠤᠩᠰᠢᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ
security-break-out-of-place = ᠡᠨᠡ ᠪᠠᠢᠷᠢ ᠳᠤ { $found } ᠳ᠋ᠤᠭᠠᠷ ᠵᠦᠢᠯ ᠪᠠᠢᠨ᠎ᠠ᠂ ᠵᠦᠢᠯ ᠦᠨ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ ᠰᠣᠯᠢᠭᠳᠠᠭᠰᠠᠨ
security-break-altered = ᠡᠨᠡ ᠵᠦᠢᠯ ᠦᠨ ᠠᠭᠤᠯᠭ᠎ᠠ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ
security-break-not-chained = ᠡᠨᠡ ᠵᠦᠢᠯ ᠡᠮᠦᠨᠡᠬᠢ ᠵᠦᠢᠯ ᠲᠡᠢ ᠵᠠᠯᠭᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ᠂ ᠡᠮᠦᠨᠡᠬᠢ ᠵᠦᠢᠯ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ ᠪᠤᠶᠤ ᠰᠣᠯᠢᠭᠳᠠᠭᠰᠠᠨ
security-break-beyond-head = ᠡᠨᠡ ᠵᠦᠢᠯ ᠨᠡᠢᠲᠡ ᠲᠣᠭ᠎ᠠ ᠳᠤ ᠣᠷᠣᠬᠤ ᠦᠭᠡᠢ᠂ ᠫᠷᠣᠭᠷᠠᠮ ᠤᠨ ᠭᠠᠳᠠᠨ᠎ᠠ ᠨᠡᠮᠡᠭᠳᠡᠭᠰᠡᠨ
security-break-head-mismatch = ᠬᠠᠮᠤᠭ ᠰᠡᠭᠦᠯ ᠦᠨ ᠵᠦᠢᠯ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠭᠰᠡᠨ ᠪᠤᠶᠤ ᠰᠣᠯᠢᠭᠳᠠᠭᠰᠠᠨ
security-audit-column-seq = ᠳ᠋ᠤᠭᠠᠷ
security-audit-column-at = ᠴᠠᠭ
security-audit-column-operator = ᠠᠵᠢᠯᠲᠠᠨ
security-audit-column-action = ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ
security-audit-column-record = ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ
security-audit-column-detail = ᠲᠠᠢᠯᠪᠤᠷᠢ

security-action-intake = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ
security-action-status-change = ᠪᠠᠢᠳᠠᠯ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠬᠦ
security-action-correction = ᠵᠠᠰᠠᠬᠤ
security-action-export = ᠭᠠᠷᠭᠠᠬᠤ
security-action-login = ᠲᠡᠮᠳᠡᠭᠯᠡᠬᠦ
security-action-failed-login = ᠲᠡᠮᠳᠡᠭᠯᠡᠵᠦ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ
security-action-view-full-details = ᠪᠦᠷᠢᠨ ᠮᠡᠳᠡᠭᠡ ᠦᠵᠡᠬᠦ
security-action-operator-added = ᠠᠵᠢᠯᠲᠠᠨ ᠨᠡᠮᠡᠬᠦ
security-action-operator-disabled = ᠠᠵᠢᠯᠲᠠᠨ ᠢ ᠵᠣᠭᠰᠣᠭᠠᠬᠤ
security-action-password-changed = ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋ ᠰᠣᠯᠢᠬᠤ

security-permission-register-intake = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ
security-permission-move-status = ᠪᠠᠢᠳᠠᠯ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠬᠦ
security-permission-view-full-details = ᠬᠤᠪᠢ ᠬᠦᠮᠦᠨ ᠦ ᠪᠦᠷᠢᠨ ᠮᠡᠳᠡᠭᠡ ᠦᠵᠡᠬᠦ
security-permission-change-own-password = ᠥᠪᠡᠷ ᠦᠨ ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋ ᠰᠣᠯᠢᠬᠤ
security-permission-correct-record = ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠵᠠᠰᠠᠬᠤ
security-permission-reopen-record = ᠳᠠᠭᠤᠰᠬᠠᠭᠰᠠᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠢ ᠳᠠᠬᠢᠨ ᠨᠡᠭᠡᠭᠡᠬᠦ
security-permission-change-settings = ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠭ᠎ᠠ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠬᠦ
security-permission-manage-operators = ᠠᠵᠢᠯᠲᠠᠨ ᠢ ᠬᠠᠮᠢᠶᠠᠷᠬᠤ
security-permission-export = ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠭᠠᠷᠭᠠᠬᠤ
security-permission-read-audit = ᠬᠢᠨᠠᠨ ᠪᠠᠢᠴᠠᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ ᠦᠵᠡᠬᠦ

security-error-bad-login = ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠨᠡᠷ᠎ᠡ ᠪᠤᠶᠤ ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋ ᠪᠤᠷᠤᠭᠤ ᠪᠠᠢᠨ᠎ᠠ᠂ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠲᠤᠷᠰᠢᠭᠠᠷᠠᠢ᠃ ᠣᠯᠠᠨ ᠤᠳᠠᠭ᠎ᠠ ᠳᠠᠷᠠᠯᠠᠨ ᠪᠤᠷᠤᠭᠤ ᠣᠷᠣᠭᠤᠯᠪᠠᠯ ᠲᠤᠷᠰᠢᠯᠲᠠ ᠪᠦᠷᠢ ᠤᠯᠠᠮ ᠤᠷᠲᠤ ᠬᠦᠯᠢᠶᠡᠯᠭᠡᠨ᠎ᠡ᠃
security-error-refused = ᠡᠨᠡ ᠠᠵᠢᠯ ᠢ ᠬᠢᠬᠦ ᠡᠷᠬᠡ ᠦᠭᠡᠢ: { $action }᠃ ᠲᠠ { $role } ᠪᠣᠯᠤᠨ᠎ᠠ᠂ ᠡᠨᠡ ᠠᠵᠢᠯ ᠢ ᠵᠥᠪᠬᠡᠨ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠬᠢᠨ᠎ᠡ᠃ ᠬᠡᠷᠡᠭᠲᠡᠢ ᠪᠣᠯ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠭᠠᠷᠠᠢ᠃
security-error-not-set-up = ᠲᠤᠰ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠳᠦ ᠠᠵᠢᠯᠲᠠᠨ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ᠃ service-desk operators init --name NAME ᠵᠠᠷᠯᠢᠭ ᠢᠶᠠᠷ ᠡᠬᠢᠨ ᠦ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠶᠢ ᠪᠠᠢᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠃
security-error-already-set-up = ᠲᠤᠰ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠥᠮᠥᠷᠭᠡ ᠳᠦ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠪᠠᠢᠨ᠎ᠠ᠂ ᠡᠬᠢᠨ ᠦ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠶᠢ ᠳᠠᠬᠢᠨ ᠪᠠᠢᠭᠤᠯᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃ ᠠᠵᠢᠯᠲᠠᠨ ᠨᠡᠮᠡᠬᠦ ᠪᠣᠯ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ service-desk operators add ᠵᠠᠷᠯᠢᠭ ᠢ ᠬᠡᠷᠡᠭᠯᠡᠭᠡᠷᠡᠢ᠃
security-error-name-empty = ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠨᠡᠷ᠎ᠡ ᠬᠣᠭᠣᠰᠣᠨ ᠪᠠᠢᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃
security-error-name-too-long = ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠨᠡᠷ᠎ᠡ ᠬᠡᠲᠦᠷᠬᠡᠢ ᠤᠷᠲᠤ᠂ ᠪᠣᠭᠣᠨᠢ ᠨᠡᠷ᠎ᠡ ᠬᠡᠷᠡᠭᠯᠡᠭᠡᠷᠡᠢ᠃
security-error-name-character = ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠨᠡᠷ᠎ᠡ ᠳᠦ ᠵᠥᠪᠬᠡᠨ ᠦᠰᠦᠭ᠂ ᠲᠣᠭ᠎ᠠ ᠪᠠ . _ - ᠪᠠᠢᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠂ ᠵᠠᠢ ᠪᠠᠢᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃
security-error-password-short = ᠰᠢᠨ᠎ᠡ ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋ ᠬᠡᠲᠦᠷᠬᠡᠢ ᠪᠣᠭᠣᠨᠢ᠂ ᠠᠳᠠᠭ ᠲᠤ ᠪᠠᠨ { $min } ᠦᠰᠦᠭ ᠪᠠᠢᠬᠤ ᠶᠣᠰᠣᠳᠠᠢ᠃
security-error-password-long = ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋ ᠬᠡᠲᠦᠷᠬᠡᠢ ᠤᠷᠲᠤ᠂ ᠬᠠᠮᠤᠭ ᠣᠯᠠᠨ ᠳᠠᠭᠠᠨ { $max } ᠪᠠᠢᠲ᠃
security-error-name-taken = { $name } ᠭᠡᠳᠡᠭ ᠠᠵᠢᠯᠲᠠᠨ ᠪᠠᠢᠨ᠎ᠠ᠂ ᠥᠭᠡᠷ᠎ᠡ ᠨᠡᠷ᠎ᠡ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ᠃
security-error-no-such-operator = { $name } ᠭᠡᠳᠡᠭ ᠠᠵᠢᠯᠲᠠᠨ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ᠃ service-desk operators list ᠵᠠᠷᠯᠢᠭ ᠢᠶᠠᠷ ᠦᠵᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
security-error-disabled = { $name } ᠭᠡᠳᠡᠭ ᠠᠵᠢᠯᠲᠠᠨ ᠢ ᠵᠣᠭᠰᠣᠭᠠᠭᠰᠠᠨ ᠲᠤᠯᠠ ᠡᠨᠡ ᠠᠵᠢᠯ ᠢ ᠬᠢᠵᠦ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃
security-error-last-supervisor = ᠬᠠᠮᠤᠭ ᠰᠡᠭᠦᠯ ᠦᠨ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠶᠢ ᠵᠣᠭᠰᠣᠭᠠᠪᠠᠯ ᠠᠵᠢᠯᠲᠠᠨ ᠢ ᠬᠠᠮᠢᠶᠠᠷᠬᠤ ᠬᠦᠮᠦᠨ ᠦᠭᠡᠢ ᠪᠣᠯᠬᠤ ᠲᠤᠯᠠ ᠵᠣᠭᠰᠣᠭᠠᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃ ᠤᠷᠢᠳ ᠥᠭᠡᠷ᠎ᠡ ᠨᠢᠭᠡ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠨᠡᠮᠡᠭᠡᠷᠡᠢ᠃
security-error-no-operator = ᠡᠨᠡ ᠠᠵᠢᠯ ᠢ ᠬᠢᠬᠦ ᠳᠦ ᠲᠡᠮᠳᠡᠭᠯᠡᠬᠦ ᠬᠡᠷᠡᠭᠲᠡᠢ᠃ --operator NAME ᠪᠤᠶᠤ ᠣᠷᠴᠢᠨ ᠤ ᠬᠤᠪᠢᠰᠤᠭᠴᠢ SERVICE_DESK_OPERATOR ᠬᠡᠷᠡᠭᠯᠡᠵᠦ ᠠᠵᠢᠯᠲᠠᠨ ᠢ ᠵᠢᠭᠠᠭᠠᠷᠠᠢ᠃
security-error-no-password = ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋ ᠣᠷᠣᠭᠤᠯᠬᠤ ᠦᠵᠦᠭᠦᠷ ᠴᠤ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ᠃ --password-file FILE ᠪᠤᠶᠤ ᠣᠷᠴᠢᠨ ᠤ ᠬᠤᠪᠢᠰᠤᠭᠴᠢ SERVICE_DESK_PASSWORD_FILE ᠬᠡᠷᠡᠭᠯᠡᠵᠦ ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋ ᠤᠨ ᠹᠠᠢᠯ ᠢ ᠵᠢᠭᠠᠭᠠᠷᠠᠢ (ᠰᠢᠨ᠎ᠡ ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋ ᠲᠤ --new-password-file)᠃
security-error-password-file = ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋ ᠤᠨ ᠹᠠᠢᠯ ᠢ ᠤᠩᠰᠢᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ ({ $path })᠃ ᠹᠠᠢᠯ ᠤᠨ ᠨᠡᠷ᠎ᠡ ᠪᠠ ᠡᠷᠬᠡ ᠶᠢ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠂ ᠹᠠᠢᠯ ᠤᠨ ᠡᠬᠢᠨ ᠦ ᠮᠥᠷ ᠨᠢ ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋ ᠪᠠᠢᠬᠤ ᠶᠣᠰᠣᠳᠠᠢ᠃
security-error-passwords-differ = ᠬᠣᠶᠠᠷ ᠤᠳᠠᠭ᠎ᠠ ᠣᠷᠣᠭᠤᠯᠤᠭᠰᠠᠨ ᠰᠢᠨ᠎ᠡ ᠨᠢᠭᠤᠴᠠ ᠺᠣᠳ᠋ ᠠᠳᠠᠯᠢ ᠪᠤᠰᠤ ᠲᠤᠯᠠ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠃ ᠵᠠᠷᠯᠢᠭ ᠢ ᠳᠠᠬᠢᠨ ᠬᠡᠷᠡᠭᠵᠢᠭᠦᠯᠦᠭᠡᠷᠡᠢ᠃
security-error-bad-date = 《{ $value }》 ᠭᠡᠰᠡᠨ ᠡᠳᠦᠷ ᠰᠠᠷ᠎ᠠ ᠬᠦᠴᠦᠨ ᠦᠭᠡᠢ᠂ YYYY-MM-DD ᠬᠡᠯᠪᠡᠷᠢ ᠲᠡᠢ ᠪᠠᠢᠬᠤ ᠶᠣᠰᠣᠳᠠᠢ (ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 2026-12-02)᠃
security-error-key = ᠲᠦᠯᠬᠢᠭᠤᠷ ᠪᠢᠢ ᠪᠣᠯᠭᠠᠵᠤ ᠪᠤᠶᠤ ᠬᠡᠷᠡᠭᠯᠡᠵᠦ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ: { $detail }᠃ ᠠᠷᠴᠢᠯᠠᠨ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ ᠠᠵᠢᠯᠲᠠᠨ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠭᠠᠷᠠᠢ᠃
