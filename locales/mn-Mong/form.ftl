# 受理表单（F4）与受理回执页面（蒙古文）。

form-title = ᠰᠢᠨ᠎ᠡ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ

## 分组

form-section-applicant = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ
form-section-agent = ᠲᠤᠰᠢᠶᠠᠵᠤ ᠣᠷᠣᠯᠠᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ
form-section-services = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠰᠠᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠦᠢᠯ
form-section-materials = ᠭᠤᠶᠤᠴᠢᠯᠠᠬᠤ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ
form-section-channel = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠵᠠᠮ
form-section-notes = ᠲᠠᠢᠯᠪᠤᠷᠢ

## 栏目

form-label-name = ᠣᠪᠣᠭ ᠨᠡᠷ᠎ᠡ
form-label-id-number = ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠦᠨ ᠨᠣᠮᠧᠷ
form-label-phone = ᠬᠠᠷᠢᠯᠴᠠᠬᠤ ᠤᠲᠠᠰᠤ
form-label-ethnicity = ᠦᠨᠳᠦᠰᠦᠲᠡᠨ
form-label-region = ᠭᠡᠷ ᠦᠨ ᠪᠦᠷᠢᠳᠬᠡᠯ ᠲᠡᠢ ᠣᠷᠣᠨ
form-label-address = ᠬᠠᠶ᠋ᠢᠭ
form-label-document-lang = ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠡᠯᠡ
form-label-facts = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ ᠶᠢᠨ ᠪᠠᠢᠳᠠᠯ
form-label-agent = ᠣᠷᠣᠯᠠᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠴᠢ
form-label-relationship = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ
form-label-services = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠰᠠᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠦᠢᠯ
form-label-service-add = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠦᠢᠯ ᠨᠡᠮᠡᠬᠦ
form-label-materials = ᠭᠤᠶᠤᠴᠢᠯᠠᠬᠤ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ
form-label-due = ᠨᠥᠬᠥᠵᠦ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ
form-label-material-add = ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠨᠡᠮᠡᠬᠦ
form-label-channel = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠵᠠᠮ
form-label-notes = ᠲᠠᠢᠯᠪᠤᠷᠢ

## 提示文字

form-placeholder-text = ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ
form-placeholder-pick = ᠬᠢᠲᠠᠳ ᠦᠰᠦᠭ᠂ ᠫᠢᠨᠶᠢᠨ ᠪᠤᠶᠤ ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ ᠢᠶᠡᠷ ᠰᠢᠭᠰᠢᠬᠦ᠂ Enter ᠰᠣᠩᠭᠣᠬᠤ
form-placeholder-service = ᠨᠡᠷᠡᠢᠳᠦᠯ᠂ ᠫᠢᠨᠶᠢᠨ᠂ ᠳ᠋ᠤᠭᠠᠷ ᠢᠶᠠᠷ ᠡᠷᠢᠬᠦ᠂ Enter ᠨᠡᠮᠡᠬᠦ
form-placeholder-date = ᠣᠨ-ᠰᠠᠷ᠎ᠠ-ᠡᠳᠦᠷ᠂ 2026-12-20 ᠮᠡᠲᠦ
form-placeholder-material = ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠤᠨ ᠨᠡᠷᠡᠢᠳᠦᠯ ᠢ ᠣᠷᠣᠭᠤᠯᠬᠤ ᠪᠤᠶᠤ ᠳᠣᠣᠷᠠᠬᠢ ᠡᠴᠡ ᠰᠣᠩᠭᠣᠬᠤ
form-lang-zh = ᠬᠢᠲᠠᠳ ᠪᠢᠴᠢᠭ
form-lang-mn = ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ
form-not-chosen = ᠰᠣᠩᠭᠣᠭᠰᠠᠨ ᠦᠭᠡᠢ
form-agent-applies = ᠪᠤᠰᠤᠳ ᠬᠦᠮᠦᠨ ᠣᠷᠣᠯᠠᠨ ᠭᠤᠶᠤᠴᠢᠯᠠᠨ᠎ᠠ

## 身份证号码显示的信息

form-id-facts = ᠲᠥᠷᠥᠭᠰᠡᠨ ᠣᠨ ᠰᠠᠷ᠎ᠠ { $birth }  { $sex }  { $age } ᠨᠠᠰᠤ  { $division }
form-id-division-unknown = ᠬᠠᠶ᠋ᠢᠭ ᠤᠨ ᠺᠣᠳ᠋ { $code } ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠬᠤᠪᠢᠶᠠᠷᠢ ᠶᠢᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠳᠤ ᠦᠭᠡᠢ
form-derived-60-plus = 60 ᠨᠠᠰᠤᠨ ᠠᠴᠠ ᠳᠡᠭᠡᠭᠰᠢ
form-derived-80-plus = 80 ᠨᠠᠰᠤᠨ ᠠᠴᠠ ᠳᠡᠭᠡᠭᠰᠢ

## 常用材料

form-document-id-card = ᠰᠠᠭᠤᠭᠠᠯᠢ ᠠᠷᠠᠳ ᠤᠨ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ
form-document-household-register = ᠭᠡᠷ ᠦᠨ ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ ᠳᠡᠪᠲᠡᠷ
form-document-disability-card = ᠲᠠᠬᠢᠷ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠦ ᠦᠨᠡᠮᠯᠡᠯ
form-document-power-of-attorney = ᠡᠷᠬᠡ ᠣᠯᠭᠣᠬᠤ ᠲᠤᠰᠢᠶᠠᠯᠭ᠎ᠠ ᠶᠢᠨ ᠪᠢᠴᠢᠭ

## 底部说明

form-footer-save = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠴᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠠᠳ ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠭᠠᠷᠭᠠᠬᠤ
form-footer-save-ask-centre = ᠲᠤᠰ ᠲᠥᠪ ᠦᠨ ᠣᠷᠣᠰᠢᠭᠰᠠᠨ ᠭᠠᠵᠠᠷ ᠢ ᠰᠣᠩᠭᠣᠭᠠᠳ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠴᠤ ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠭᠠᠷᠭᠠᠬᠤ
form-footer-jump = ᠪᠢᠴᠢᠬᠦ ᠪᠤᠶᠤ ᠵᠠᠰᠠᠬᠤ ᠨᠢᠭᠡᠳᠦᠭᠡᠷ ᠵᠦᠢᠯ ᠳᠦ ᠰᠢᠯᠵᠢᠬᠦ
form-footer-complete = ᠪᠦᠬᠦ ᠵᠦᠢᠯ ᠢ ᠪᠢᠴᠢᠵᠦ ᠳᠠᠭᠤᠰᠪᠠ᠃
form-footer-missing = ᠪᠢᠴᠢᠬᠦ ᠪᠤᠶᠤ ᠵᠠᠰᠠᠬᠤ ᠵᠦᠢᠯ᠄ { $fields }

## 本中心区划

form-centre-ask = ᠲᠤᠰ ᠲᠥᠪ ᠦᠨ ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠬᠤᠪᠢᠶᠠᠷᠢ ᠶᠢᠨ ᠺᠣᠳ᠋ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ ᠲᠤᠰ ᠺᠣᠳ᠋ ᠢ ᠬᠡᠷᠡᠭᠰᠡᠨ᠎ᠡ᠃ ᠲᠤᠰ ᠲᠥᠪ ᠦᠨ ᠣᠷᠣᠰᠢᠭᠰᠠᠨ ᠬᠤᠰᠢᠭᠤ᠂ ᠰᠢᠶᠠᠨ᠂ ᠲᠣᠭᠤᠷᠢᠭ ᠪᠤᠶᠤ ᠠᠶᠢᠮᠠᠭ ᠬᠣᠲᠠ ᠶᠢ ᠰᠣᠩᠭᠣᠭᠠᠷᠠᠢ (ᠨᠢᠭᠡ ᠯᠠ ᠤᠳᠠᠭ᠎ᠠ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠵᠤ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢᠨ ᠹᠠᠢᠯ ᠳᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠨ᠎ᠠ)᠄
form-centre-keys = Enter ᠰᠣᠩᠭᠣᠵᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ  Esc ᠦᠭᠡᠢᠰᠬᠡᠬᠦ  ᠬᠢᠲᠠᠳ ᠦᠰᠦᠭ᠂ ᠫᠢᠨᠶᠢᠨ᠂ ᠺᠣᠳ᠋ ᠢᠶᠠᠷ ᠰᠢᠭᠰᠢᠬᠦ
form-centre-no-file = ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ ᠪᠠᠢᠷᠢ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ service-desk --config ᠹᠠᠢᠯ ᠤᠨ ᠵᠠᠮ ᠢᠶᠠᠷ ᠡᠬᠢᠯᠡᠭᠦᠯᠬᠦ ᠪᠤᠶᠤ service-desk config set centre-code ᠺᠣᠳ᠋ ᠵᠠᠷᠯᠢᠭ ᠢᠶᠠᠷ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠨᠡᠭᠡᠭᠡᠭᠡᠷᠡᠢ᠃
form-centre-not-saved = ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢᠨ ᠹᠠᠢᠯ ᠢ ᠪᠢᠴᠢᠵᠦ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠺᠣᠳ᠋ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠹᠠᠢᠯ ᠪᠠ ᠬᠠᠪᠲᠠᠰᠤ ᠶᠢᠨ ᠪᠢᠴᠢᠬᠦ ᠡᠷᠬᠡ ᠶᠢ ᠪᠠᠢᠴᠠᠭᠠᠬᠤ ᠪᠤᠶᠤ ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠭᠠᠷᠠᠢ᠃

## 保存失败

form-error-store = ᠬᠠᠳᠠᠭᠠᠯᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠄ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ ᠳᠤ ᠪᠡᠷᠬᠡᠰᠢᠶᠡᠯ ᠭᠠᠷᠪᠠ᠂ ᠬᠦᠰᠦᠨᠦᠭ ᠦᠨ ᠠᠭᠤᠯᠭ᠎ᠠ ᠬᠡᠪᠡᠷ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠢ ᠳᠠᠬᠢᠨ Ctrl-S ᠳᠠᠷᠤᠬᠤ ᠪᠤᠶᠤ ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠭᠠᠷᠠᠢ᠃
form-error-sign-in = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠪᠠ ᠳᠠᠭᠤᠰᠤᠭ᠎ᠠ ᠦᠭᠡᠢ ᠬᠦᠰᠦᠨᠦᠭ ᠲᠦ ᠤᠷᠢᠳᠠ ᠲᠡᠮᠳᠡᠭᠯᠡᠬᠦ ᠬᠡᠷᠡᠭᠲᠡᠢ᠃ ᠲᠡᠮᠳᠡᠭᠯᠡᠭᠰᠡᠨ ᠦ ᠳᠠᠷᠠᠭ᠎ᠠ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠂ ᠬᠦᠰᠦᠨᠦᠭ ᠦᠨ ᠠᠭᠤᠯᠭ᠎ᠠ ᠬᠡᠪᠡᠷ ᠪᠠᠢᠨ᠎ᠠ᠃
form-error-clock = ᠬᠠᠳᠠᠭᠠᠯᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠄ ᠡᠨᠡ ᠮᠠᠰᠢᠨ ᠤ ᠡᠳᠦᠷ ᠰᠠᠷ᠎ᠠ ᠪᠤᠶᠤ ᠫᠷᠣᠭᠷᠠᠮ ᠤᠨ ᠮᠡᠳᠡᠭᠡ ᠪᠤᠷᠤᠭᠤ᠂ ᠬᠦᠰᠦᠨᠦᠭ ᠦᠨ ᠠᠭᠤᠯᠭ᠎ᠠ ᠬᠡᠪᠡᠷ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠭᠠᠷᠠᠢ᠃

## 按键说明

form-key-next-field = ᠳᠠᠷᠠᠭᠠᠬᠢ ᠵᠦᠢᠯ (ᠬᠠᠮᠤᠭ ᠰᠡᠭᠦᠯ ᠦᠨ ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠢᠭᠡᠳᠦᠭᠡᠷ ᠵᠦᠢᠯ ᠳᠦ ᠪᠤᠴᠠᠨ᠎ᠠ)
form-key-next-field-hint = ᠳᠠᠷᠠᠭᠠᠬᠢ
form-key-prev-field = ᠡᠮᠦᠨᠡᠬᠢ ᠵᠦᠢᠯ
form-key-enter = ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠡᠴᠡ ᠰᠣᠩᠭᠣᠬᠤ᠂ ᠦᠰᠦᠭ ᠪᠢᠴᠢᠬᠦ ᠵᠦᠢᠯ ᠡᠴᠡ ᠳᠠᠷᠠᠭᠠᠬᠢ ᠵᠦᠢᠯ ᠳᠦ ᠰᠢᠯᠵᠢᠬᠦ
form-key-toggle = ᠲᠡᠮᠳᠡᠭᠯᠡᠬᠦ ᠪᠤᠶᠤ ᠦᠭᠡᠢᠰᠬᠡᠬᠦ᠂ ᠰᠣᠩᠭᠣᠯᠲᠠ ᠶᠢ ᠰᠣᠯᠢᠬᠤ
form-key-toggle-hint = ᠲᠡᠮᠳᠡᠭᠯᠡᠬᠦ
form-key-up = ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠳᠣᠲᠣᠷ᠎ᠠ ᠳᠡᠭᠡᠭᠰᠢ᠂ ᠡᠰᠡᠪᠡᠯ ᠡᠮᠦᠨᠡᠬᠢ ᠵᠦᠢᠯ
form-key-down = ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠳᠣᠲᠣᠷ᠎ᠠ ᠳᠣᠷᠣᠭᠰᠢ᠂ ᠡᠰᠡᠪᠡᠯ ᠳᠠᠷᠠᠭᠠᠬᠢ ᠵᠦᠢᠯ
form-key-left = ᠵᠢᠭᠠᠯᠳᠠᠭᠤᠷ ᠢ ᠵᠡᠭᠦᠨ ᠰᠢᠯᠵᠢᠬᠦ᠂ ᠡᠮᠦᠨᠡᠬᠢ ᠰᠣᠩᠭᠣᠯᠲᠠ ᠳᠤ ᠰᠣᠯᠢᠬᠤ
form-key-right = ᠵᠢᠭᠠᠯᠳᠠᠭᠤᠷ ᠢ ᠪᠠᠷᠠᠭᠤᠨ ᠰᠢᠯᠵᠢᠬᠦ᠂ ᠳᠠᠷᠠᠭᠠᠬᠢ ᠰᠣᠩᠭᠣᠯᠲᠠ ᠳᠤ ᠰᠣᠯᠢᠬᠤ
form-key-home = ᠵᠢᠭᠠᠯᠳᠠᠭᠤᠷ ᠢ ᠡᠬᠢᠨ ᠳᠦ ᠨᠢ
form-key-end = ᠵᠢᠭᠠᠯᠳᠠᠭᠤᠷ ᠢ ᠡᠴᠦᠰ ᠲᠦ ᠨᠢ
form-key-page-up = ᠬᠡᠳᠦᠨ ᠵᠦᠢᠯ ᠳᠡᠭᠡᠭᠰᠢ ᠦᠰᠦᠷᠬᠦ
form-key-page-down = ᠬᠡᠳᠦᠨ ᠵᠦᠢᠯ ᠳᠣᠷᠣᠭᠰᠢ ᠦᠰᠦᠷᠬᠦ
form-key-delete-back = ᠵᠢᠭᠠᠯᠳᠠᠭᠤᠷ ᠤᠨ ᠡᠮᠦᠨᠡᠬᠢ ᠨᠢᠭᠡ ᠲᠡᠮᠳᠡᠭᠲᠦ ᠠᠷᠢᠯᠭᠠᠬᠤ
form-key-remove = ᠵᠢᠭᠠᠯᠳᠠᠭᠤᠷ ᠤᠨ ᠳᠡᠭᠡᠷᠡᠬᠢ ᠲᠡᠮᠳᠡᠭᠲᠦ᠂ ᠰᠣᠩᠭᠣᠭᠰᠠᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠪᠤᠶᠤ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠢ ᠠᠷᠢᠯᠭᠠᠬᠤ
form-key-remove-hint = ᠠᠷᠢᠯᠭᠠᠬᠤ
form-key-clear = ᠡᠨᠡ ᠵᠦᠢᠯ ᠢ ᠬᠣᠭᠣᠰᠣᠯᠠᠬᠤ
form-key-back = ᠬᠦᠰᠦᠨᠦᠭ ᠡᠴᠡ ᠭᠠᠷᠬᠤ (ᠠᠭᠤᠯᠭ᠎ᠠ ᠬᠡᠪᠡᠷ ᠦᠯᠡᠳᠡᠨ᠎ᠡ᠂ F4 ᠳᠠᠷᠤᠵᠤ ᠪᠤᠴᠠᠨ᠎ᠠ)
form-key-back-hint = ᠭᠠᠷᠬᠤ

## 受理回执

form-receipt-title = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ
form-receipt-number = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ᠂ ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ᠄ { $number }
form-receipt-deadline = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠳᠠᠭᠤᠰᠬᠠᠬᠤ᠄ { $deadline }
form-receipt-services = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠰᠠᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠦᠢᠯ᠄
form-receipt-outstanding = ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ ᠪᠦᠷᠢᠨ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ᠂ ᠨᠥᠬᠥᠵᠦ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ᠄
form-receipt-outstanding-line = { $service } { $name } ({ $status })
form-receipt-outstanding-due = { $service } { $name } ({ $status }᠂ { $due } ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠨᠥᠬᠥᠵᠦ ᠲᠤᠰᠢᠶᠠᠬᠤ)
form-receipt-nothing-outstanding = ᠭᠤᠶᠤᠴᠢᠯᠠᠬᠤ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠢ ᠪᠦᠷᠢᠨ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ᠃
form-receipt-key-print = ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠳᠠᠷᠤᠮᠠᠯᠠᠬᠤ (ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ ᠪᠦᠷᠢᠨ ᠮᠡᠳᠡᠭᠳᠡᠬᠦ ᠪᠢᠴᠢᠭ ᠪᠠᠢᠪᠠᠯ ᠬᠠᠮᠲᠤ)
form-receipt-key-print-hint = ᠳᠠᠷᠤᠮᠠᠯᠠᠬᠤ
form-receipt-key-close = ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢ ᠬᠠᠭᠠᠵᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠳᠤ ᠪᠤᠴᠠᠬᠤ
form-receipt-key-close-hint = ᠬᠠᠭᠠᠬᠤ

## 未完成的受理（草稿）

form-receipt-no-printer = ᠳᠠᠷᠤᠮᠠᠯᠠᠬᠤ ᠵᠠᠷᠯᠢᠭ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ 《service-desk config set print-command ᠵᠠᠷᠯᠢᠭ》 ᠵᠠᠷᠯᠢᠭ ᠢᠶᠠᠷ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠃ ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠹᠠᠢᠯ᠄ { $path }
form-draft-save-failed = ᠨᠣᠶᠢᠷᠠᠭ ᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠬᠦᠰᠦᠨᠦᠭ ᠦᠨ ᠠᠭᠤᠯᠭ᠎ᠠ ᠬᠡᠪᠡᠷ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠨ ᠪᠢᠴᠢᠬᠦ ᠪᠤᠶᠤ Ctrl-S ᠳᠠᠷᠤᠵᠤ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃ ᠳᠠᠬᠢᠨ ᠳᠠᠬᠢᠨ ᠭᠠᠷᠪᠠᠯ ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠭᠠᠷᠠᠢ᠃
drafts-title = ᠳᠠᠭᠤᠰᠤᠭ᠎ᠠ ᠦᠭᠡᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ
drafts-intro = ᠡᠨᠡ ᠴᠣᠩᠬᠣ ᠳᠤ { $count } ᠳᠠᠭᠤᠰᠤᠭ᠎ᠠ ᠦᠭᠡᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠬᠦᠰᠦᠨᠦᠭ ᠪᠠᠢᠨ᠎ᠠ᠂ ᠰᠣᠩᠭᠣᠵᠤ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠨ ᠪᠢᠴᠢᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ᠄
drafts-key-resume = ᠰᠣᠩᠭᠣᠭᠰᠠᠨ ᠬᠦᠰᠦᠨᠦᠭ ᠢ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠨ ᠪᠢᠴᠢᠬᠦ
drafts-key-resume-hint = ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠬᠦ
drafts-key-discard = ᠰᠣᠩᠭᠣᠭᠰᠠᠨ ᠨᠣᠶᠢᠷᠠᠭ ᠢ ᠠᠷᠢᠯᠭᠠᠬᠤ (ᠳᠠᠬᠢᠨ ᠳᠠᠷᠤᠵᠤ ᠪᠠᠲᠤᠯᠠᠨ᠎ᠠ)
drafts-key-discard-hint = ᠠᠷᠢᠯᠭᠠᠬᠤ
drafts-key-later = ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠢ ᠰᠢᠢᠳᠬᠦ (ᠬᠣᠭᠤᠰᠤᠨ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠬᠦᠰᠦᠨᠦᠭ ᠳᠡᠭᠡᠷ᠎ᠡ F4 ᠳᠠᠷᠤᠵᠤ ᠳᠠᠬᠢᠨ ᠣᠯᠵᠤ ᠪᠣᠯᠣᠨ᠎ᠠ)
drafts-key-later-hint = ᠳᠠᠷᠠᠭ᠎ᠠ
drafts-confirm-discard = ᠡᠨᠡ ᠨᠣᠶᠢᠷᠠᠭ ᠢ ᠠᠷᠢᠯᠭᠠᠬᠤ ᠤᠤ? Delete ᠪᠤᠶᠤ D ᠶᠢ ᠳᠠᠬᠢᠨ ᠳᠠᠷᠤᠪᠠᠯ ᠪᠠᠲᠤᠯᠠᠨ᠎ᠠ᠂ ᠪᠤᠰᠤᠳ ᠲᠣᠪᠴᠢ ᠳᠠᠷᠤᠪᠠᠯ ᠦᠭᠡᠢᠰᠬᠡᠨ᠎ᠡ᠃
drafts-damaged = ᠪᠠᠰᠠ { $count } ᠨᠣᠶᠢᠷᠠᠭ ᠡᠪᠳᠡᠷᠡᠭᠰᠡᠨ ᠲᠤᠯᠠ ᠤᠩᠰᠢᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃
drafts-only-damaged = ᠡᠪᠳᠡᠷᠡᠭᠰᠡᠨ ᠨᠣᠶᠢᠷᠠᠭ ᠪᠠᠢᠨ᠎ᠠ᠂ ᠤᠩᠰᠢᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠭᠠᠷᠠᠢ᠃
drafts-no-name = (ᠣᠪᠣᠭ ᠨᠡᠷ᠎ᠡ ᠦᠭᠡᠢ)
drafts-no-services = (ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠦᠢᠯ ᠰᠣᠩᠭᠣᠭᠰᠠᠨ ᠦᠭᠡᠢ)
drafts-error-unreadable = ᠨᠣᠶᠢᠷᠠᠭ ᠢ ᠤᠩᠰᠢᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠭᠠᠷᠠᠢ᠃
drafts-error-discard = ᠨᠣᠶᠢᠷᠠᠭ ᠢ ᠠᠷᠢᠯᠭᠠᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠢ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠃
form-draft-saved = ᠨᠣᠶᠢᠷᠠᠭ ᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠪᠠ
form-centre-supervisor-only = ᠲᠤᠰ ᠲᠥᠪ ᠦᠨ ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠬᠤᠪᠢᠶᠠᠷᠢ ᠶᠢᠨ ᠺᠣᠳ᠋ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢ ᠵᠥᠪᠬᠡᠨ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠨ᠎ᠡ᠂ ᠴᠣᠩᠬᠣ ᠶᠢᠨ ᠠᠵᠢᠯᠲᠠᠨ ᠳᠤ ᠡᠷᠬᠡ ᠦᠭᠡᠢ᠃ ᠬᠠᠷᠢᠭᠤᠴᠠᠭᠴᠢ ᠲᠡᠮᠳᠡᠭᠯᠡᠭᠡᠳ ᠡᠨᠡ ᠬᠦᠰᠦᠨᠦᠭ ᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ ᠪᠤᠶᠤ ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ service-desk config set centre-code ᠺᠣᠳ᠋ ᠵᠠᠷᠯᠢᠭ ᠢᠶᠠᠷ ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠃ ᠬᠦᠰᠦᠨᠦᠭ ᠬᠡᠪᠡᠷ ᠦᠯᠡᠳᠡᠨ᠎ᠡ᠃
form-receipt-applicant = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ᠄ { $applicant }

## 此前受理（身份证号码下方）

form-earlier-none = ᠡᠮᠦᠨᠡᠬᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ ᠦᠭᠡᠢ
form-earlier-count = ᠡᠮᠦᠨᠡᠬᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ { $count }᠂ ᠳᠠᠭᠤᠰᠬᠠᠭᠠᠳᠤᠢ ᠨᠢ { $open }
form-earlier-more = ᠪᠠᠰᠠ { $count } ᠨᠢ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠳᠤ ᠣᠷᠣᠭᠰᠠᠨ ᠦᠭᠡᠢ
form-earlier-failed = ᠡᠮᠦᠨᠡᠬᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ ᠶᠢ ᠡᠷᠢᠵᠦ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠢ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ ᠪᠤᠶᠤ ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠭᠠᠷᠠᠢ᠃
form-duplicate-flag = ᠡᠨᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠳᠠᠭᠤᠰᠬᠠᠭᠠᠳᠤᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ᠄ { $receipts }
form-footer-save-duplicate = ᠳᠠᠭᠤᠰᠬᠠᠭᠠᠳᠤᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠪᠠᠢᠭ᠎ᠠ᠂ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠪᠢᠴᠢᠭᠡᠳ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠴᠤ ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠭᠠᠷᠭᠠᠬᠤ

## 同一事项在办，说明理由后受理

form-duplicate-title = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ ᠳᠤ ᠡᠨᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠳᠠᠭᠤᠰᠬᠠᠭᠠᠳᠤᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ ᠪᠠᠢᠨ᠎ᠠ᠄
form-duplicate-ask = ᠳᠠᠬᠢᠨ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠬᠡᠷᠡᠭᠲᠡᠢ ᠪᠣᠯ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ (ᠵᠠᠪᠠᠯ ᠪᠢᠴᠢᠬᠦ᠂ ᠲᠠᠢᠯᠪᠤᠷᠢ ᠳᠤ ᠣᠷᠣᠨ᠎ᠠ)᠄
form-duplicate-reason = ᠰᠢᠯᠲᠠᠭᠠᠨ
form-duplicate-reason-required = ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠪᠢᠴᠢᠭᠡᠳ Enter ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃
form-duplicate-no-room = ᠲᠠᠢᠯᠪᠤᠷᠢ ᠳᠦᠭᠦᠷᠡᠭᠰᠡᠨ᠂ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠪᠠᠭᠲᠠᠬᠤ ᠦᠭᠡᠢ᠃ Esc ᠳᠠᠷᠤᠵᠤ ᠬᠦᠰᠦᠨᠦᠭ ᠲᠦ ᠪᠤᠴᠠᠭᠠᠳ ᠲᠠᠢᠯᠪᠤᠷᠢ ᠶᠢ ᠬᠤᠪᠴᠢᠯᠠᠬᠤ ᠪᠤᠶᠤ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠬᠤᠪᠴᠢᠯᠠᠭᠠᠷᠠᠢ᠃
form-duplicate-receipts-more = { $receipts } ᠵᠡᠷᠭᠡ { $count }
form-duplicate-keys = Enter ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠪᠠᠲᠤᠯᠠᠵᠤ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ  Esc ᠬᠦᠰᠦᠨᠦᠭ ᠲᠦ ᠪᠤᠴᠠᠬᠤ
form-duplicate-note = 【ᠳᠠᠪᠬᠤᠷ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ】 ᠳᠠᠭᠤᠰᠬᠠᠭᠠᠳᠤᠢ᠄ { $receipts }᠂ ᠰᠢᠯᠲᠠᠭᠠᠨ᠄ { $reason }

## 资格提示（F7）

form-hints-line = ᠲᠣᠬᠢᠷᠠᠬᠤ ᠮᠠᠭᠠᠳ᠂ ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠠᠳᠤᠢ { $count }᠄ { $items }
form-hints-title = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ ᠶᠢᠨ ᠪᠠᠢᠳᠠᠯ ᠳᠤ ᠲᠣᠬᠢᠷᠠᠬᠤ ᠮᠠᠭᠠᠳ᠂ ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠠᠳᠤᠢ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ (ᠠᠰᠠᠭᠤᠵᠤ ᠨᠤᠲᠠᠯᠠᠭᠠᠷᠠᠢ)᠄
form-hints-source = ᠦᠨᠳᠦᠰᠦᠯᠡᠯ᠄ { $source }
form-hints-keys = Enter ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠦᠢᠯ ᠨᠡᠮᠡᠬᠦ  Up/Down ᠰᠣᠩᠭᠣᠬᠤ  Esc ᠬᠦᠰᠦᠨᠦᠭ ᠲᠦ ᠪᠤᠴᠠᠬᠤ
form-hints-none = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ ᠶᠢᠨ ᠪᠠᠢᠳᠠᠯ ᠢᠶᠠᠷ ᠲᠣᠬᠢᠷᠠᠬᠤ ᠮᠠᠭᠠᠳ ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠠᠳᠤᠢ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠦᠭᠡᠢ᠃
form-key-hints = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ ᠳᠤ ᠲᠣᠬᠢᠷᠠᠬᠤ ᠮᠠᠭᠠᠳ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢ ᠦᠵᠡᠬᠦ᠂ Enter ᠨᠡᠮᠡᠬᠦ
