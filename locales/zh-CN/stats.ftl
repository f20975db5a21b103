# 统计：受理量、办结、按时办结、超期、不予受理、撤回、容缺待补、平均办结天数和满意度评价。

security-permission-read-stats = 查看统计数据

stats-title = 统计
stats-by-domain = 领域
stats-by-item = 服务事项
stats-by-region = 受理地区
stats-by-channel = 受理渠道
stats-by-status = 办理状态
stats-by-operator = 受理人
stats-by-month = 月份
stats-column-intakes = 受理
stats-column-completed = 办结
stats-column-on-time = 按时办结
stats-column-overdue = 超期
stats-column-rejected = 不予受理
stats-column-withdrawn = 撤回
stats-column-open = 未办结
stats-column-outstanding = 容缺待补
stats-column-average-days = 平均办结天数
stats-column-rated = 评价数
stats-column-good-rate = 好评率
stats-total = 合计
stats-no-operator = （未登记）
stats-no-value = —
stats-period = 统计期间：{ $from } 至 { $to }（按受理日期；超期计至 { $today }）
stats-empty = 该期间没有受理记录。
stats-ratings = 满意度评价：{ $ratings }；好评率 { $rate }（非常满意与满意之和占已评价件数的比例）
stats-rebuilt = 统计数据已按 { $records } 件受理记录重新计算，共 { $rows } 行。
stats-rebuilt-damaged = 另有 { $damaged } 件记录已损坏，未计入。
stats-progress = 重新计算统计数据
stats-error-empty-period = 统计期间的截止日期早于起始日期，请核对 --from 和 --to。
stats-error-bad-month = 月份 { $value } 无效，请按 YYYY-MM 填写，例如 2026-11。
stats-error-sign-in = 统计数据只供主管查看，请以主管身份登录后重试。
stats-error-clock = 本机时钟给出的日期无法使用，请校正系统时间后重试。

stats-period-this-month = 本月
stats-period-last-month = 上月
stats-period-this-year = 本年
stats-chart-per-day = 每日受理量
stats-chart-domains-intakes = 各领域受理量
stats-chart-domains-overdue = 各领域超期量
stats-chart-ratings = 满意度评价
stats-headline-average = 平均 { $days } 天
stats-none-rated = 暂无评价
key-statistics = 统计（主管）
key-stats-period = 切换统计期间：本月、上月、本年
key-stats-period-hint = 期间
key-stats-chart = 各领域图表在受理量和超期量之间切换
key-stats-chart-hint = 图表
key-stats-refresh = 重新读取统计数据
stats-refused = 统计数据只供主管查看。

stats-report-title = 月度统计报告
stats-report-subtitle = { $month } · { $hall }
stats-report-generated = 生成时间：{ $at }；操作员：{ $operator }
stats-report-numbers = 主要数据
stats-report-figure-per-day = 图一　每日受理量
stats-report-figure-overdue = 图二　各领域超期量
stats-report-figure-ratings = 图三　满意度评价分布
stats-report-by-domain = 分领域数据
stats-report-notes = 说明：按受理日期统计。超期指办结日期晚于承诺办结日期，或截至统计日仍未办结且已过承诺办结日期；未载明办结期限的受理不计超期，也不计按时办结。好评率 =（非常满意 + 满意）÷ 已评价件数。地区为受理大厅所在区划，不含申请人的个人信息。
stats-report-written = 月度统计报告已写入 { $path }
