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
