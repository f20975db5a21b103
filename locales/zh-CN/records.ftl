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
records-error-not-rejected = 回执编号为 { $receipt } 的申请未被不予受理，没有不予受理告知书。

## 列表与查询

records-column-accepted = 受理日期
records-column-name = 申请人
records-column-services = 事项
records-column-urgency = 提示
records-urgency-overdue = 已超期
records-urgency-due-soon = 即将到期
records-deadline-none = 未定
records-none = 没有符合条件的受理记录。
records-more = 还有更多符合条件的记录未列出，可用 --limit 增加条数或增加筛选条件。
records-damaged = 有 { $count } 条记录已损坏，未列出；其余记录不受影响。

## 办理

records-status-changed = { $receipt } 的办理状态已改为「{ $status }」。
records-rated = { $receipt } 的满意度评价已记录。
records-supplied = { $receipt } 的补交材料已登记。
records-rejection-written = 不予受理告知书已保存：{ $path }
records-export-progress = 正在导出
records-exported = 已导出 { $count } 条记录：{ $path }

## 记录详情

records-label-completed = 办结时间
records-label-rating = 满意度评价
records-label-history = 办理过程 { $n }
records-event-material = 补交第 { $material } 项材料
