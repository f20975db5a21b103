# 受理记录：查看一件受理记录。

records-label-receipt = 回执编号
records-label-status = 办理状态
records-label-created = 受理时间
records-label-deadline = 承诺办结
records-label-operator = 受理人
records-operator-none = （未登记）
records-empty = （无）
records-agent-none = 无代办人
records-error-not-found = 没有回执编号为 { $receipt } 的受理记录，请核对编号。
records-error-no-such-material = 该件没有第 { $material } 项材料，请核对材料序号。
records-error-not-outstanding = 第 { $material } 项材料已收取，无需补交。
records-error-closed = 该件已办结、不予受理或已撤回，不能再补交材料。
records-error-note-too-long = 备注不能超过 { $max } 个字，请精简后重新填写。
records-error-store = 受理记录暂时无法读写，请稍后重试；仍不能使用的，请联系管理员。
