# ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ: 校验规则的提示，以及状态、评价、受理渠道、材料情况的名称（蒙古文）。
# 术语见 locales/GLOSSARY.md “Intake rules” 一节。

## 日期

intake-error-date-format = ᠡᠳᠦᠷ ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ ᠬᠡᠯᠪᠡᠷᠢ ᠪᠤᠷᠤᠭᠤ᠂ 《ᠣᠨ-ᠰᠠᠷ᠎ᠠ-ᠡᠳᠦᠷ》 ᠭᠡᠰᠡᠨ ᠵᠠᠭᠪᠤᠷ ᠢᠶᠠᠷ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ (2026-12-02 ᠮᠡᠲᠦ)᠃
intake-error-date-invalid = ᠡᠢᠮᠦ ᠡᠳᠦᠷ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ᠂ ᠣᠨ᠂ ᠰᠠᠷ᠎ᠠ᠂ ᠡᠳᠦᠷ ᠢ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃

## 居民身份证号码

intake-error-id-length = ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠦᠨ ᠨᠣᠮᠧᠷ 18 ᠣᠷᠣᠨ ᠲᠠᠢ ᠪᠠᠢᠬᠤ ᠶᠣᠰᠣᠳᠠᠢ᠂ ᠣᠳᠣ { $found } ᠣᠷᠣᠨ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
intake-error-id-characters = ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠦᠨ ᠨᠣᠮᠧᠷ ᠤᠨ ᠡᠮᠦᠨᠡᠬᠢ 17 ᠣᠷᠣᠨ ᠨᠢ ᠲᠣᠭ᠎ᠠ᠂ ᠰᠡᠭᠦᠯ ᠦᠨ ᠣᠷᠣᠨ ᠨᠢ ᠲᠣᠭ᠎ᠠ ᠪᠤᠶᠤ X ᠪᠠᠢᠬᠤ ᠶᠣᠰᠣᠳᠠᠢ᠃ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
intake-error-id-birth-date = ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠦᠨ ᠨᠣᠮᠧᠷ ᠲᠠᠬᠢ ᠲᠥᠷᠥᠭᠰᠡᠨ ᠣᠨ ᠰᠠᠷ᠎ᠠ (7-14 ᠳ᠋ᠤᠭᠠᠷ ᠣᠷᠣᠨ) ᠬᠦᠴᠦᠨ ᠲᠡᠢ ᠡᠳᠦᠷ ᠰᠠᠷ᠎ᠠ ᠪᠢᠰᠢ᠃ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
intake-error-id-birth-too-early = ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠦᠨ ᠨᠣᠮᠧᠷ ᠲᠠᠬᠢ ᠲᠥᠷᠥᠭᠰᠡᠨ ᠣᠨ ᠨᠢ 1900 ᠣᠨ ᠠᠴᠠ ᠡᠮᠦᠨ᠎ᠡ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
intake-error-id-birth-in-future = ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠦᠨ ᠨᠣᠮᠧᠷ ᠲᠠᠬᠢ ᠲᠥᠷᠥᠭᠰᠡᠨ ᠣᠨ ᠰᠠᠷ᠎ᠠ ᠨᠢ ᠥᠨᠥᠳᠦᠷ ᠡᠴᠡ ᠬᠣᠶᠢᠰᠢ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠨᠣᠮᠧᠷ ᠪᠠ ᠲᠤᠰ ᠮᠠᠰᠢᠨ ᠤ ᠡᠳᠦᠷ ᠰᠠᠷ᠎ᠠ ᠶᠢ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
intake-error-id-checksum = ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠦᠨ ᠨᠣᠮᠧᠷ ᠤᠨ ᠰᠢᠯᠭᠠᠬᠤ ᠲᠡᠮᠳᠡᠭᠲᠦ ᠲᠣᠬᠢᠷᠠᠬᠤ ᠦᠭᠡᠢ᠂ ᠨᠣᠮᠧᠷ ᠪᠤᠷᠤᠭᠤ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠨᠢᠭᠡ ᠨᠢᠭᠡ ᠣᠷᠣᠨ ᠢ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ ᠪᠤᠶᠤ ᠺᠠᠷᠲ ᠢ ᠳᠠᠬᠢᠨ ᠤᠩᠰᠢᠭᠠᠷᠠᠢ᠃
intake-sex-male = ᠡᠷᠡᠭᠲᠡᠢ
intake-sex-female = ᠡᠮᠡᠭᠲᠡᠢ

## 行政区划代码

intake-error-division-code-format = ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠬᠤᠪᠢᠶᠠᠷᠢ ᠶᠢᠨ ᠺᠣᠳ᠋ 6 ᠣᠷᠣᠨ ᠲᠠᠢ ᠲᠣᠭ᠎ᠠ ᠪᠠᠢᠬᠤ ᠶᠣᠰᠣᠳᠠᠢ (150102 ᠮᠡᠲᠦ)᠃
intake-error-division-code-province = ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠬᠤᠪᠢᠶᠠᠷᠢ ᠶᠢᠨ ᠺᠣᠳ᠋ ᠤᠨ ᠡᠬᠢᠨ ᠦ ᠬᠣᠶᠠᠷ ᠣᠷᠣᠨ ᠨᠢ ᠮᠤᠵᠢ ᠶᠢᠨ ᠳᠡᠰ ᠦᠨ ᠬᠦᠴᠦᠨ ᠲᠡᠢ ᠺᠣᠳ᠋ ᠪᠢᠰᠢ᠃ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃

## 受理回执编号

intake-error-receipt-format = ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ ᠤᠨ ᠬᠡᠯᠪᠡᠷᠢ ᠪᠤᠷᠤᠭᠤ᠂ 150102-20261202-0001 ᠮᠡᠲᠦ ᠪᠠᠢᠬᠤ ᠶᠣᠰᠣᠳᠠᠢ᠃
intake-error-receipt-centre = ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ ᠲᠠᠬᠢ ᠲᠥᠪ ᠦᠨ ᠺᠣᠳ᠋ ᠨᠢ ᠬᠦᠴᠦᠨ ᠲᠡᠢ ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠬᠤᠪᠢᠶᠠᠷᠢ ᠶᠢᠨ ᠺᠣᠳ᠋ ᠪᠢᠰᠢ᠃ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
intake-error-receipt-date = ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ ᠲᠠᠬᠢ ᠡᠳᠦᠷ ᠰᠠᠷ᠎ᠠ ᠬᠦᠴᠦᠨ ᠲᠡᠢ ᠡᠳᠦᠷ ᠰᠠᠷ᠎ᠠ ᠪᠢᠰᠢ᠃ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
intake-error-receipt-sequence = ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ ᠤᠨ ᠰᠡᠭᠦᠯ ᠦᠨ ᠡᠳᠦᠷ ᠦᠨ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ ᠤᠨ ᠳ᠋ᠤᠭᠠᠷ ᠨᠢ 0001-9999 ᠬᠣᠭᠣᠷᠣᠨᠳᠤ ᠪᠠᠢᠬᠤ ᠶᠣᠰᠣᠳᠠᠢ᠃ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
intake-error-receipt-day-full = ᠲᠤᠰ ᠲᠥᠪ ᠦᠨ ᠥᠨᠥᠳᠦᠷ ᠦᠨ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ ᠪᠦᠷ ᠬᠡᠷᠡᠭᠯᠡᠭᠳᠡᠵᠦ ᠳᠠᠭᠤᠰᠪᠠ (ᠡᠳᠦᠷ ᠪᠦᠷ ᠬᠠᠮᠤᠭ ᠣᠯᠠᠨ ᠳᠠᠭᠠᠨ 9999)᠂ ᠥᠨᠥᠳᠦᠷ ᠳᠠᠬᠢᠨ ᠬᠠᠷᠢᠭᠤ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠳ᠋ᠤᠭᠠᠷ ᠭᠠᠷᠭᠠᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠬᠠᠮᠢᠶᠠᠷᠤᠭᠴᠢ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠭᠠᠷᠠᠢ᠃

## 联系电话

intake-error-phone-empty = ᠬᠠᠷᠢᠯᠴᠠᠬᠤ ᠤᠲᠠᠰᠤ ᠶᠢ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ᠃
intake-error-phone-characters = ᠤᠲᠠᠰᠤᠨ ᠤ ᠨᠣᠮᠧᠷ ᠲᠤ ᠵᠥᠪᠬᠡᠨ ᠲᠣᠭ᠎ᠠ᠂ ᠵᠠᠢ᠂ 《-》 ᠲᠡᠮᠳᠡᠭ ᠪᠠ ᠰᠠᠯᠠᠭ᠎ᠠ ᠨᠣᠮᠧᠷ ᠪᠠᠢᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
intake-error-phone-mobile-length = ᠭᠠᠷ ᠤᠲᠠᠰᠤᠨ ᠤ ᠨᠣᠮᠧᠷ 11 ᠣᠷᠣᠨ ᠲᠠᠢ ᠪᠠᠢᠬᠤ ᠶᠣᠰᠣᠳᠠᠢ᠃ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
intake-error-phone-mobile-prefix = ᠭᠠᠷ ᠤᠲᠠᠰᠤᠨ ᠤ ᠨᠣᠮᠧᠷ 13-19 ᠭᠡᠰᠡᠨ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷ ᠡᠬᠢᠯᠡᠬᠦ ᠶᠣᠰᠣᠳᠠᠢ᠃ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
intake-error-phone-area-code = ᠪᠦᠰᠡ ᠶᠢᠨ ᠺᠣᠳ᠋ ᠪᠤᠷᠤᠭᠤ ᠪᠠᠢᠨ᠎ᠠ (ᠬᠥᠬᠡᠬᠣᠲᠠ ᠶᠢᠨ ᠪᠦᠰᠡ ᠶᠢᠨ ᠺᠣᠳ᠋ 0471 ᠮᠡᠲᠦ)᠃ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
intake-error-phone-local-number = ᠲᠣᠭᠲᠠᠮᠠᠯ ᠤᠲᠠᠰᠤᠨ ᠤ ᠨᠣᠮᠧᠷ ᠪᠤᠷᠤᠭᠤ᠄ ᠪᠦᠰᠡ ᠶᠢᠨ ᠺᠣᠳ᠋ ᠤᠨ ᠬᠣᠶᠢᠨᠠᠬᠢ ᠨᠣᠮᠧᠷ 7 ᠪᠤᠶᠤ 8 ᠣᠷᠣᠨ ᠲᠠᠢ (3 ᠣᠷᠣᠨ ᠲᠠᠢ ᠪᠦᠰᠡ ᠶᠢᠨ ᠺᠣᠳ᠋ ᠤᠨ ᠬᠣᠶᠢᠨ᠎ᠠ 8 ᠣᠷᠣᠨ ᠲᠠᠢ)᠂ 0 ᠪᠤᠶᠤ 1 ᠪᠡᠷ ᠡᠬᠢᠯᠡᠬᠦ ᠦᠭᠡᠢ ᠪᠠᠢᠬᠤ ᠶᠣᠰᠣᠳᠠᠢ᠃ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
intake-error-phone-missing-area-code = ᠲᠣᠭᠲᠠᠮᠠᠯ ᠤᠲᠠᠰᠤᠨ ᠤ ᠨᠣᠮᠧᠷ ᠲᠤ ᠪᠦᠰᠡ ᠶᠢᠨ ᠺᠣᠳ᠋ ᠢ ᠨᠡᠮᠡᠭᠡᠷᠡᠢ (0471-6234567 ᠮᠡᠲᠦ)᠃
intake-error-phone-not-mainland = ᠣᠳᠣᠬᠠᠨ ᠳᠤ ᠵᠥᠪᠬᠡᠨ ᠳᠤᠮᠳᠠᠳᠤ ᠤᠯᠤᠰ ᠤᠨ ᠡᠬᠢ ᠭᠠᠵᠠᠷ ᠤᠨ (+86) ᠤᠲᠠᠰᠤᠨ ᠤ ᠨᠣᠮᠧᠷ ᠢ ᠪᠦᠷᠢᠳᠬᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
intake-error-phone-extension = ᠰᠠᠯᠠᠭ᠎ᠠ ᠨᠣᠮᠧᠷ 1-6 ᠣᠷᠣᠨ ᠲᠠᠢ ᠲᠣᠭ᠎ᠠ ᠪᠠᠢᠬᠤ ᠶᠣᠰᠣᠳᠠᠢ᠂ ᠭᠠᠷ ᠤᠲᠠᠰᠤᠨ ᠤ ᠨᠣᠮᠧᠷ ᠲᠤ ᠰᠠᠯᠠᠭ᠎ᠠ ᠨᠣᠮᠧᠷ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ᠃

## 承诺办结时限

intake-error-deadline-beyond-calendar = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠨᠢ ᠨᠡᠶᠢᠲᠡᠯᠡᠭᠰᠡᠨ ᠪᠠᠶᠠᠷ ᠪᠠ ᠠᠮᠤᠷᠠᠯᠲᠠ ᠶᠢᠨ ᠡᠳᠦᠷ ᠦᠨ ᠵᠣᠬᠢᠶᠠᠨ ᠪᠠᠢᠭᠤᠯᠤᠯᠲᠠ ᠠᠴᠠ ({ $last } ᠬᠦᠷᠲᠡᠯ᠎ᠡ) ᠬᠡᠲᠦᠷᠡᠵᠦ ᠪᠠᠢᠭ᠎ᠠ ᠲᠤᠯᠠ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠳᠠᠭᠤᠰᠬᠠᠬᠤ ᠡᠳᠦᠷ ᠢ ᠲᠣᠭᠠᠴᠠᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠫᠷᠣᠭᠷᠠᠮ ᠢ ᠰᠢᠨᠡᠳᠬᠡᠭᠡᠳ ᠳᠠᠬᠢᠨ ᠲᠤᠷᠰᠢᠭᠠᠷᠠᠢ᠂ ᠡᠰᠡᠪᠡᠯ ᠲᠣᠭᠲᠠᠭᠠᠯ ᠤᠨ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠶᠢ ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ ᠳᠤ ᠪᠢᠴᠢᠭ ᠢᠶᠡᠷ ᠲᠤᠰᠠᠭᠠᠷ ᠮᠡᠳᠡᠭᠳᠡᠭᠡᠷᠡᠢ᠃
intake-error-deadline-before-calendar = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠡᠳᠦᠷ ᠨᠢ ᠪᠠᠶᠠᠷ ᠪᠠ ᠠᠮᠤᠷᠠᠯᠲᠠ ᠶᠢᠨ ᠡᠳᠦᠷ ᠦᠨ ᠵᠣᠬᠢᠶᠠᠨ ᠪᠠᠢᠭᠤᠯᠤᠯᠲᠠ ᠶᠢᠨ ᠡᠬᠢᠯᠡᠬᠦ ᠡᠳᠦᠷ ᠡᠴᠡ ({ $first }) ᠡᠮᠦᠨ᠎ᠡ ᠪᠠᠢᠭ᠎ᠠ ᠲᠤᠯᠠ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠳᠠᠭᠤᠰᠬᠠᠬᠤ ᠡᠳᠦᠷ ᠢ ᠲᠣᠭᠠᠴᠠᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠡᠳᠦᠷ ᠢ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃

## 办理状态与评价

intake-error-status-move = ᠣᠳᠣᠬᠠᠨ ᠤ ᠪᠠᠢᠳᠠᠯ ᠨᠢ 《{ $from }》᠂ ᠡᠭᠦᠨ ᠢ 《{ $to }》 ᠭᠡᠵᠦ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠵᠦ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃
intake-error-status-reason-required = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ ᠪᠣᠯ ᠰᠢᠯᠲᠠᠭᠠᠨ ᠢ ᠪᠢᠴᠢᠬᠦ ᠶᠣᠰᠣᠳᠠᠢ᠃
intake-error-rating-not-completed = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠳᠠᠭᠤᠰᠬᠠᠭᠰᠠᠨ ᠤ ᠳᠠᠷᠠᠭ᠎ᠠ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠠᠮᠵᠢ ᠶᠢᠨ ᠦᠨᠡᠯᠡᠯᠲᠡ ᠬᠢᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃
intake-error-rating-already-given = ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠢ ᠨᠢᠭᠡᠨᠲᠡ ᠦᠨᠡᠯᠡᠭᠰᠡᠨ ᠲᠤᠯᠠ ᠳᠠᠬᠢᠨ ᠦᠨᠡᠯᠡᠵᠦ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃

intake-status-accepted = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ
intake-status-in-progress = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠪᠠᠢᠭ᠎ᠠ
intake-status-completed = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠳᠠᠭᠤᠰᠬᠠᠭᠰᠠᠨ
intake-status-rejected = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠦᠭᠡᠢ
intake-status-withdrawn = ᠪᠤᠴᠠᠭᠠᠨ ᠠᠪᠤᠭᠰᠠᠨ

intake-rating-very-satisfied = ᠮᠠᠰᠢ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠤᠯᠤᠩ
intake-rating-satisfied = ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠤᠯᠤᠩ
intake-rating-basically-satisfied = ᠦᠨᠳᠦᠰᠦᠨ ᠳᠡᠭᠡᠨ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠤᠯᠤᠩ
intake-rating-dissatisfied = ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠤᠯᠤᠩ ᠦᠭᠡᠢ
intake-rating-very-dissatisfied = ᠮᠠᠰᠢ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠤᠯᠤᠩ ᠦᠭᠡᠢ

## 受理渠道

intake-channel-counter = ᠴᠣᠩᠬᠣ ᠳᠤ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ
intake-channel-home-visit = ᠭᠡᠷ ᠲᠦ ᠣᠴᠢᠵᠤ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ
intake-channel-appointment = ᠤᠷᠢᠳᠴᠢᠯᠠᠨ ᠲᠣᠬᠢᠶᠠᠯᠴᠠᠵᠤ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ
intake-channel-agent = ᠲᠤᠰᠢᠶᠠᠵᠤ ᠣᠷᠣᠯᠠᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ
intake-channel-cross-area = ᠨᠢᠭᠡ ᠬᠣᠲᠠ ᠳᠣᠲᠣᠷ᠎ᠠ ᠬᠠᠮᠢᠭ᠎ᠠ ᠴᠤ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ

## 申请材料

intake-material-received = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ
intake-material-missing = ᠳᠤᠲᠠᠭᠤ
intake-material-deferred = ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠥᠬᠥᠵᠦ ᠲᠤᠰᠢᠶᠠᠬᠤ
intake-error-material-due-missing = ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠥᠬᠥᠵᠦ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠳᠤ ᠨᠥᠬᠥᠵᠦ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠶᠢ ᠪᠢᠴᠢᠬᠦ ᠶᠣᠰᠣᠳᠠᠢ᠃
intake-error-material-due-not-deferred = ᠵᠥᠪᠬᠡᠨ ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠥᠬᠥᠵᠦ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠳᠤ ᠨᠥᠬᠥᠵᠦ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠪᠢᠴᠢᠨ᠎ᠡ᠃
intake-error-material-due-in-past = ᠨᠥᠬᠥᠵᠦ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ ᠨᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠡᠳᠦᠷ ᠡᠴᠡ ᠡᠮᠦᠨ᠎ᠡ ᠪᠠᠢᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠃

## 申请信息的各项名称

intake-field-applicant-name = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ ᠶᠢᠨ ᠣᠪᠣᠭ ᠨᠡᠷ᠎ᠡ
intake-field-applicant-id-number = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ ᠶᠢᠨ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠦᠨ ᠨᠣᠮᠧᠷ
intake-field-applicant-phone = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ ᠶᠢᠨ ᠬᠠᠷᠢᠯᠴᠠᠬᠤ ᠤᠲᠠᠰᠤ
intake-field-applicant-region = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ ᠶᠢᠨ ᠭᠡᠷ ᠦᠨ ᠪᠦᠷᠢᠳᠬᠡᠯ ᠲᠡᠢ ᠣᠷᠣᠨ ᠤ ᠺᠣᠳ᠋
intake-field-applicant-ethnicity = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ ᠶᠢᠨ ᠦᠨᠳᠦᠰᠦᠲᠡᠨ ᠦ ᠺᠣᠳ᠋
intake-field-applicant-address = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ ᠶᠢᠨ ᠬᠠᠶ᠋ᠢᠭ
intake-field-applicant-document-lang = ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠡᠯᠡ
intake-field-applicant-fact = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ ᠶᠢᠨ ᠪᠠᠢᠳᠠᠯ ᠤᠨ { $n } ᠳ᠋ᠤᠭᠠᠷ ᠵᠦᠢᠯ
intake-field-agent = ᠣᠷᠣᠯᠠᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠴᠢ ᠶᠢᠨ ᠮᠡᠳᠡᠭᠡ
intake-field-agent-name = ᠣᠷᠣᠯᠠᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠴᠢ ᠶᠢᠨ ᠣᠪᠣᠭ ᠨᠡᠷ᠎ᠡ
intake-field-agent-id-number = ᠣᠷᠣᠯᠠᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠴᠢ ᠶᠢᠨ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠦᠨ ᠨᠣᠮᠧᠷ
intake-field-agent-relationship = ᠣᠷᠣᠯᠠᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠴᠢ ᠪᠠ ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ ᠶᠢᠨ ᠬᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ
intake-field-services = ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠰᠠᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠦᠢᠯ
intake-field-service = { $n } ᠳ᠋ᠤᠭᠠᠷ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠦᠢᠯ
intake-field-channel = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠵᠠᠮ
intake-field-materials = ᠭᠤᠶᠤᠴᠢᠯᠠᠬᠤ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ
intake-field-material-service = { $n } ᠳ᠋ᠤᠭᠠᠷ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠦᠢᠯ
intake-field-material-name = { $n } ᠳ᠋ᠤᠭᠠᠷ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠤᠨ ᠨᠡᠷᠡᠢᠳᠦᠯ
intake-field-material-status = { $n } ᠳ᠋ᠤᠭᠠᠷ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠤᠨ ᠪᠠᠢᠳᠠᠯ
intake-field-material-due = { $n } ᠳ᠋ᠤᠭᠠᠷ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠢ ᠨᠥᠬᠥᠵᠦ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ
intake-field-notes = ᠲᠠᠢᠯᠪᠤᠷᠢ

## 申请信息校验

intake-error-required = ᠡᠨᠡ ᠵᠦᠢᠯ ᠢ ᠵᠠᠪᠠᠯ ᠪᠢᠴᠢᠬᠦ ᠶᠣᠰᠣᠳᠠᠢ᠃
intake-error-too-long = ᠬᠡᠲᠦ ᠤᠷᠲᠤ ᠪᠠᠢᠨ᠎ᠠ᠂ ᠬᠠᠮᠤᠭ ᠣᠯᠠᠨ ᠳᠠᠭᠠᠨ { $max } ᠦᠰᠦᠭ ᠪᠢᠴᠢᠨ᠎ᠡ᠃ ᠲᠣᠪᠴᠢᠯᠠᠭᠠᠷᠠᠢ᠃
intake-error-too-many = ᠬᠠᠮᠤᠭ ᠣᠯᠠᠨ ᠳᠠᠭᠠᠨ { $max } ᠵᠦᠢᠯ ᠪᠢᠴᠢᠨ᠎ᠡ᠃ ᠬᠠᠰᠤᠭᠠᠷᠠᠢ᠃
intake-error-duplicate = ᠡᠮᠦᠨᠡᠬᠢ ᠵᠦᠢᠯ ᠲᠡᠢ ᠳᠠᠪᠬᠤᠷᠳᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ᠂ ᠳᠠᠪᠬᠤᠷᠳᠠᠭᠰᠠᠨ ᠢ ᠠᠷᠢᠯᠭᠠᠭᠠᠷᠠᠢ᠃
intake-error-ethnicity-unknown = ᠬᠦᠴᠦᠨ ᠲᠡᠢ ᠦᠨᠳᠦᠰᠦᠲᠡᠨ ᠦ ᠺᠣᠳ᠋ ᠪᠢᠰᠢ (GB 3304᠂ ᠮᠣᠩᠭᠣᠯ ᠦᠨᠳᠦᠰᠦᠲᠡᠨ 02)᠃ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
intake-error-document-lang-unknown = ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠡᠯᠡ ᠨᠢ ᠵᠥᠪᠬᠡᠨ zh-CN (ᠬᠢᠲᠠᠳ ᠪᠢᠴᠢᠭ) ᠪᠤᠶᠤ mn-Mong (ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ) ᠪᠠᠢᠨ᠎ᠠ᠃
intake-error-fact-unknown = ᠡᠢᠮᠦ ᠪᠠᠢᠳᠠᠯ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ᠃ ᠪᠢᠴᠢᠵᠦ ᠪᠣᠯᠬᠤ᠄ dibao᠂ extreme-poverty᠂ disability᠂ poverty-household᠂ special-care᠂ left-behind-child᠂ left-behind-elder᠃
intake-error-service-unknown = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠳᠤ ᠡᠢᠮᠦ ᠳ᠋ᠤᠭᠠᠷ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ (SOC-01 ᠮᠡᠲᠦ)᠃ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
intake-error-channel-unknown = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠵᠠᠮ ᠨᠢ ᠵᠥᠪᠬᠡᠨ counter᠂ home-visit᠂ appointment᠂ agent ᠪᠤᠶᠤ cross-area ᠪᠠᠢᠨ᠎ᠠ᠃
intake-error-agent-required = ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠵᠠᠮ ᠨᠢ ᠲᠤᠰᠢᠶᠠᠵᠤ ᠣᠷᠣᠯᠠᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠲᠤᠯᠠ ᠣᠷᠣᠯᠠᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠴᠢ ᠶᠢᠨ ᠣᠪᠣᠭ ᠨᠡᠷ᠎ᠡ᠂ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠦᠨ ᠨᠣᠮᠧᠷ ᠪᠠ ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ ᠲᠠᠢ ᠬᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠶᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃
intake-error-material-service-not-listed = ᠡᠨᠡ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠦᠢᠯ ᠨᠢ ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠰᠠᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠦᠢᠯ ᠳᠦ ᠪᠠᠭᠲᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠳ᠋ᠤᠭᠠᠷ ᠢ ᠪᠠᠢᠴᠠᠭᠠᠭᠠᠷᠠᠢ᠃
intake-error-material-status-unknown = ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ ᠤᠨ ᠪᠠᠢᠳᠠᠯ ᠨᠢ ᠵᠥᠪᠬᠡᠨ received (ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ)᠂ missing (ᠳᠤᠲᠠᠭᠤ) ᠪᠤᠶᠤ deferred (ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠥᠬᠥᠵᠦ ᠲᠤᠰᠢᠶᠠᠬᠤ) ᠪᠠᠢᠨ᠎ᠠ᠃

## 申请人情况

intake-fact-dibao = ᠳᠣᠣᠷ᠎ᠠ ᠪᠠᠲᠤᠯᠠᠭ᠎ᠠ ᠶᠢᠨ ᠭᠡᠷ ᠪᠦᠯᠢ
intake-fact-extreme-poverty = ᠣᠨᠴᠠ ᠬᠡᠴᠡᠭᠦ ᠬᠦᠮᠦᠰ
intake-fact-disability = ᠲᠠᠬᠢᠷ ᠳᠤᠲᠠᠭᠤ ᠬᠦᠮᠦᠨ ᠦ ᠦᠨᠡᠮᠯᠡᠯ ᠲᠡᠢ
intake-fact-poverty-household = ᠶᠠᠳᠠᠭᠤᠷᠠᠯ ᠠᠴᠠ ᠭᠠᠷᠤᠭᠰᠠᠨ ᠥᠷᠭᠥ
intake-fact-special-care = ᠬᠦᠨᠳᠦᠳᠬᠡᠨ ᠠᠰᠠᠷᠠᠬᠤ ᠬᠦᠮᠦᠰ
intake-fact-left-behind-child = ᠭᠡᠷ ᠲᠦ ᠦᠯᠳᠡᠭᠰᠡᠨ ᠬᠡᠦᠬᠡᠳ
intake-fact-left-behind-elder = ᠭᠡᠷ ᠲᠦ ᠦᠯᠳᠡᠭᠰᠡᠨ ᠬᠥᠭᠰᠢᠳ

## 承诺办结日期

intake-deadline-on = { $date } ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠳᠠᠭᠤᠰᠬᠠᠨ᠎ᠠ
intake-deadline-not-stated = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠳᠤ ᠡᠨᠡ ᠵᠦᠢᠯ ᠦᠨ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ (ᠠᠵᠢᠯ ᠤᠨ ᠡᠳᠦᠷ ᠢᠶᠡᠷ) ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠵᠦ ᠳᠠᠭᠤᠰᠬᠠᠬᠤ ᠡᠳᠦᠷ ᠢ ᠲᠣᠭᠲᠠᠭᠠᠯ ᠤᠨ ᠳᠠᠭᠠᠤ ᠭᠤᠶᠤᠴᠢᠯᠠᠭᠴᠢ ᠳᠤ ᠪᠢᠴᠢᠭ ᠢᠶᠡᠷ ᠲᠤᠰᠠᠭᠠᠷ ᠮᠡᠳᠡᠭᠳᠡᠭᠡᠷᠡᠢ᠃
