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
