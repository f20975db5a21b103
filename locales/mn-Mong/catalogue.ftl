# 服务清单页面和命令行清单输出。

catalogue-count = { $shown }/{ $count } ᠵᠦᠢᠯ
catalogue-search = ᠡᠷᠢᠬᠦ
catalogue-search-placeholder = ᠬᠢᠲᠠᠳ ᠦᠰᠦᠭ᠂ ᠫᠢᠨᠶᠢᠨ᠂ ᠲᠣᠪᠴᠢ ᠨᠡᠷ᠎ᠡ ᠪᠤᠶᠤ ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ ᠢ ᠰᠢᠭᠤᠳ ᠣᠷᠣᠭᠤᠯᠤᠭᠠᠷᠠᠢ
catalogue-domains = ᠬᠦᠷᠢᠶᠡᠯᠡᠩ
catalogue-all-domains = ᠪᠦᠬᠦ
catalogue-items = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠦᠢᠯ
catalogue-detail = ᠨᠠᠷᠢᠨ ᠮᠡᠳᠡᠭᠡ
catalogue-no-results = ᠲᠣᠬᠢᠷᠠᠬᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠦᠢᠯ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ
catalogue-not-specified = ᠵᠢᠭᠰᠠᠭᠠᠯᠲᠠ ᠳᠤ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ
catalogue-field-recipients = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠡᠳᠯᠡᠭᠴᠢ
catalogue-field-standard = ᠵᠢᠭᠠᠨ ᠵᠠᠯᠠᠬᠤ ᠪᠠᠷᠢᠮᠵᠢᠶ᠎ᠠ
catalogue-field-funding = ᠵᠠᠷᠤᠯᠭ᠎ᠠ ᠶᠢᠨ ᠬᠠᠷᠢᠭᠤᠴᠠᠯᠭ᠎ᠠ
catalogue-field-department = ᠲᠡᠷᠢᠭᠦᠯᠡᠨ ᠬᠠᠷᠢᠭᠤᠴᠠᠬᠤ ᠨᠢᠭᠡᠴᠢ
catalogue-field-materials = ᠮᠥᠷᠳᠡᠯ ᠦᠨ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ
catalogue-field-time-limit = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ
catalogue-field-venue = ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠭᠠᠵᠠᠷ
catalogue-aliases = ᠥᠪᠡᠷᠡ ᠨᠡᠷ᠎ᠡ
catalogue-source = ᠡᠬᠢ ᠰᠤᠷᠪᠤᠯᠵᠢ
catalogue-column-id = ᠳ᠋ᠤᠭᠠᠷ
catalogue-column-name = ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠵᠦᠢᠯ
catalogue-column-domain = ᠬᠦᠷᠢᠶᠡᠯᠡᠩ
