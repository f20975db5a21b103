# 操作员、登录与审计记录。

security-init-done = 已创建首位主管 { $name }，并生成了本数据库的数据密钥。请牢记密码：数据只能用操作员密码打开，忘记后须由其他主管重设。
security-init-sealed = 此前未加密保存的 { $intakes } 条受理记录和 { $drafts } 份草稿已全部加密。
security-add-done = 已添加操作员 { $name }。
security-disable-done = 已停用操作员 { $name }，该账户不能再登录。
security-passwd-done = 已更改 { $name } 的密码。
security-prompt-password = 请输入操作员 { $name } 的密码：
security-prompt-new-password = 请输入新密码：
security-prompt-repeat-password = 请再次输入新密码：

security-operators-column-name = 名称
security-operators-column-role = 角色
security-operators-column-state = 状态
security-operators-column-created-at = 创建时间
security-operators-column-created-by = 创建人
security-role-clerk = 窗口人员
security-role-supervisor = 主管
security-state-active = 在用
security-state-disabled = 已停用

security-audit-ok = 审计记录完好（OK），共 { $count } 条。
security-audit-broken = 审计记录第 { $seq } 条有问题：{ $problem }。审计记录可能被人改动过，请不要再改动数据库，立即报告主管。
security-break-missing = 该条已被删除（其后的条目或记录总数表明它曾经存在）
security-break-unreadable = 该条已损坏，无法读取
security-break-out-of-place = 该位置存放的是第 { $found } 条，条目顺序被调换
security-break-altered = 该条内容被改动
security-break-not-chained = 该条与前一条衔接不上，前一条被改动或替换
security-break-beyond-head = 该条不在记录总数之内，是在本程序之外添加的
security-break-head-mismatch = 最后一条被改动或替换
security-audit-column-seq = 序号
security-audit-column-at = 时间
security-audit-column-operator = 操作员
security-audit-column-action = 操作
security-audit-column-record = 受理编号
security-audit-column-detail = 说明

security-action-intake = 受理
security-action-status-change = 状态变更
security-action-correction = 更正
security-action-export = 导出
security-action-login = 登录
security-action-failed-login = 登录失败
security-action-view-full-details = 查看完整信息
security-action-operator-added = 添加操作员
security-action-operator-disabled = 停用操作员
security-action-password-changed = 更改密码

security-permission-register-intake = 受理申请
security-permission-move-status = 变更办理状态
security-permission-view-full-details = 查看完整个人信息
security-permission-change-own-password = 更改自己的密码
security-permission-correct-record = 更正记录
security-permission-reopen-record = 重新办理已办结的记录
security-permission-change-settings = 更改设置
security-permission-manage-operators = 管理操作员
security-permission-export = 导出记录
security-permission-read-audit = 查看审计记录

security-error-bad-login = 操作员名称或密码不正确，请核对后重试。连续输错多次后，每次尝试都要等待更长时间。
security-error-refused = { $role }无权{ $action }，此操作只能由主管进行。如需办理，请联系主管。
security-error-not-set-up = 本数据库还没有操作员。请先运行 service-desk operators init --name 名称 创建首位主管。
security-error-already-set-up = 本数据库已有主管，不能再次创建首位主管。如需添加操作员，请由主管运行 service-desk operators add。
security-error-name-empty = 操作员名称不能为空。
security-error-name-too-long = 操作员名称过长，请用较短的名称。
security-error-name-character = 操作员名称只能包含文字、数字和 . _ - ，不能有空格。
security-error-password-short = 新密码太短，至少需要 { $min } 个字符。
security-error-password-long = 密码太长，最多 { $max } 字节。
security-error-name-taken = 已有名为 { $name } 的操作员，请换一个名称。
security-error-no-such-operator = 没有名为 { $name } 的操作员。可用 service-desk operators list 查看。
security-error-disabled = 操作员 { $name } 已停用，不能进行此操作。
security-error-last-supervisor = 不能停用最后一位在用的主管，否则无人能管理操作员。请先添加另一位主管。
security-error-no-operator = 此操作需要登录。请用 --operator 名称 或环境变量 SERVICE_DESK_OPERATOR 指明操作员。
security-error-no-password = 没有得到密码，这里也没有可以输入密码的终端。请用 --password-file 文件 或环境变量 SERVICE_DESK_PASSWORD_FILE 指定密码文件（新密码用 --new-password-file）。
security-error-password-file = 无法读取密码文件 { $path }。请检查文件名和权限；文件应为 UTF-8 文本，第一行是密码。
security-error-passwords-differ = 两次输入的新密码不一致，未作更改。请重新运行命令。
security-error-bad-date = 日期「{ $value }」无效，应为 YYYY-MM-DD，例如 2026-12-02。
security-error-key = 无法生成或使用密钥：{ $detail }。请联系维护人员。
