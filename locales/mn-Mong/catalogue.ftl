# 服务清单页面和命令行清单输出。

catalogue-count = { $shown }/{ $count } ᠵᠦᠢᠯ
catalogue-search = ᠡᠷᠢᠬᠦ
catalogue-search-placeholder = ᠬᠢᠲᠠᠳ ᠦᠰᠦᠭ᠂ ᠫᠢᠨᠶᠢᠨ᠂ ᠲᠣᠪᠴᠢ ᠨᠡᠷ᠎ᠡ ᠪᠤᠶᠤ ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ ᠢ ᠰᠢᠭᠤᠳ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ
catalogue-domains = ᠬᠦᠷᠢᠶᠡᠯᠡᠩ
catalogue-all-domains = ᠪᠦᠬᠦ
catalogue-items = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠦᠢᠯ
catalogue-detail = ᠨᠠᠷᠢᠨ ᠮᠡᠳᠡᠭᠡ
catalogue-no-results = ᠲᠣᠬᠢᠷᠠᠬᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠦᠢᠯ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ
catalogue-not-specified = ᠦᠨᠳᠦᠰᠦᠯᠡᠯ ᠣᠷᠣᠭᠤᠯᠤᠭᠰᠠᠨ ᠦᠭᠡᠢ
catalogue-field-recipients = ᠦᠢᠯᠡᠴᠢᠯᠡᠬᠦ ᠣᠪᠢᠶᠧᠺᠲ
catalogue-field-standard = ᠵᠢᠭᠠᠨ ᠵᠠᠯᠠᠬᠤ ᠪᠠᠷᠢᠮᠵᠢᠶ᠎ᠠ
catalogue-field-funding = ᠵᠠᠷᠤᠯᠭ᠎ᠠ ᠶᠢᠨ ᠬᠠᠷᠢᠭᠤᠴᠠᠯᠭ᠎ᠠ
catalogue-field-department = ᠲᠡᠷᠢᠭᠦᠯᠡᠨ ᠬᠠᠷᠢᠭᠤᠴᠠᠬᠤ ᠨᠢᠭᠡᠴᠢ
catalogue-field-materials = ᠭᠤᠶᠤᠴᠢᠯᠠᠬᠤ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ
catalogue-field-time-limit = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ
catalogue-field-venue = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠭᠠᠵᠠᠷ
catalogue-aliases = ᠠᠮᠠᠨ ᠤ ᠨᠡᠷ᠎ᠡ᠂ ᠲᠣᠪᠴᠢ ᠨᠡᠷ᠎ᠡ
catalogue-source = ᠦᠨᠳᠦᠰᠦᠯᠡᠯ
catalogue-edition = ᠬᠡᠷᠡᠭᠯᠡᠬᠦ ᠬᠡᠪᠯᠡᠯ᠄ { $edition }
catalogue-checked = ᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢ ᠬᠢᠨᠠᠭᠰᠠᠨ ᠡᠳᠦᠷ ᠰᠠᠷ᠎ᠠ
catalogue-checked-never = ᠬᠢᠨᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ
catalogue-history = ᠣᠷᠣᠯᠠᠭᠤᠯᠤᠭᠰᠠᠨ ᠬᠠᠭᠤᠴᠢᠨ ᠲᠣᠭᠲᠠᠭᠠᠯ
catalogue-history-entry = { $field } ({ $until } ᠬᠦᠷᠲᠡᠯ᠎ᠡ)᠄ { $text } (ᠦᠨᠳᠦᠰᠦᠯᠡᠯ᠄ { $source })
catalogue-column-id = ᠳ᠋ᠤᠭᠠᠷ
catalogue-column-name = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠦᠢᠯ
catalogue-column-domain = ᠬᠦᠷᠢᠶᠡᠯᠡᠩ
