# 受理表单（F4）与受理回执页面。
# 表单中的栏目名用短名称（form-label-*），栏目所属的人由所在分组的标题说明。

form-title = 新建受理

## 分组

form-section-applicant = 申请人
form-section-agent = 委托代办
form-section-services = 申请事项
form-section-materials = 申请材料
form-section-channel = 受理渠道
form-section-notes = 备注

## 栏目

form-label-name = 姓名
form-label-id-number = 身份证号码
form-label-phone = 联系电话
form-label-ethnicity = 民族
form-label-region = 户籍所在地
form-label-address = 地址
form-label-document-lang = 文书语言
form-label-facts = 申请人情况
form-label-agent = 代办人
form-label-relationship = 与申请人关系
form-label-services = 申请事项
form-label-service-add = 添加事项
form-label-materials = 申请材料
form-label-due = 补交期限
form-label-material-add = 添加材料
form-label-channel = 受理渠道
form-label-notes = 备注

## 提示文字

form-placeholder-text = 请输入
form-placeholder-pick = 输入汉字、拼音或蒙古文筛选，Enter 选定
form-placeholder-service = 输入事项名称、拼音或编号搜索，Enter 添加
form-placeholder-date = 年-月-日，如 2026-12-20
form-placeholder-material = 输入材料名称，或从下列常用材料中选择
form-lang-zh = 汉文
form-lang-mn = 蒙古文
form-not-chosen = 未选择
form-agent-applies = 由他人代为申请

## 身份证号码显示的信息

form-id-facts = 出生 { $birth }  { $sex }  { $age } 岁  { $division }
form-id-division-unknown = 地址码 { $code } 不在本区划表中
form-derived-60-plus = 60 周岁以上
form-derived-80-plus = 80 周岁以上

## 常用材料

form-document-id-card = 居民身份证
form-document-household-register = 居民户口簿
form-document-disability-card = 残疾人证
form-document-power-of-attorney = 授权委托书

## 底部说明

form-footer-save = 受理，保存并出具回执
form-footer-save-ask-centre = 先选定本中心所在区划，再受理并出具回执
form-footer-jump = 转到第一处需填写或修改的栏目
form-footer-complete = 各栏已填写完毕。
form-footer-missing = 尚需填写或修改：{ $fields }

## 本中心区划

form-centre-ask = 本中心尚未设置区划代码，受理回执编号需要它。请选择本中心所在的旗县区或盟市（只需设置一次，保存在配置文件中）：
form-centre-keys = Enter 选定并保存  Esc 取消  输入汉字、拼音或代码筛选
form-centre-no-file = 找不到可保存配置的位置。请用 service-desk --config 文件路径 启动，或用 service-desk config set centre-code 代码 设置后重新打开。
form-centre-not-saved = 配置文件无法写入，区划代码未保存。请检查配置文件及其所在文件夹的权限，或联系管理员。

## 保存失败

form-error-store = 未能保存：数据存储出现问题，表单内容仍保留。请稍后再按 Ctrl-S，或联系管理员。
form-error-sign-in = 受理和草稿需要先登录。请登录后再试，表单内容仍保留。
form-error-clock = 未能保存：本机日期或程序内置资料有误，表单内容仍保留。请联系管理员。

## 按键说明

form-key-next-field = 下一栏（到最后一栏后回到第一栏）
form-key-next-field-hint = 下一栏
form-key-prev-field = 上一栏
form-key-enter = 选定列表中的项目；在文字栏中转到下一栏
form-key-toggle = 勾选或取消；切换选项
form-key-toggle-hint = 勾选
form-key-up = 列表中上移；否则到上一栏
form-key-down = 列表中下移；否则到下一栏
form-key-left = 光标左移；切换到上一个选项
form-key-right = 光标右移；切换到下一个选项
form-key-home = 光标移到开头
form-key-end = 光标移到末尾
form-key-page-up = 向上跳过几栏
form-key-page-down = 向下跳过几栏
form-key-delete-back = 删除光标前的一个字
form-key-remove = 删除光标处的字；删除所选事项或材料
form-key-remove-hint = 删除
form-key-clear = 清空本栏
form-key-back = 离开表单（内容保留，按 F4 回来）
form-key-back-hint = 离开

## 受理回执

form-receipt-title = 受理回执
form-receipt-number = 已受理，回执编号：{ $number }
form-receipt-deadline = 承诺办结：{ $deadline }
form-receipt-services = 申请事项：
form-receipt-outstanding = 一次性告知，尚需补交的材料：
form-receipt-outstanding-line = { $service } { $name }（{ $status }）
form-receipt-outstanding-due = { $service } { $name }（{ $status }，{ $due } 前补交）
form-receipt-nothing-outstanding = 申请材料已全部收取。
form-receipt-key-print = 打印回执（有一次性告知书的一并打印）
form-receipt-key-print-hint = 打印
form-receipt-key-close = 关闭回执，回到服务清单
form-receipt-key-close-hint = 关闭

## 未完成的受理（草稿）

form-receipt-no-printer = 未设置打印命令，请用「service-desk config set print-command 命令」设置。回执文件在：{ $path }
form-draft-save-failed = 草稿未能保存，表单内容仍在本窗口中。请继续填写，或按 Ctrl-S 受理；如反复出现，请联系管理员。
drafts-title = 未完成的受理
drafts-intro = 本窗口有 { $count } 份未完成的受理表单，可选择继续填写：
drafts-key-resume = 继续填写选中的表单
drafts-key-resume-hint = 继续填写
drafts-key-discard = 删除选中的草稿（再按一次确认）
drafts-key-discard-hint = 删除
drafts-key-later = 稍后处理（在空白受理表单上按 F4 可再次找到）
drafts-key-later-hint = 稍后
drafts-confirm-discard = 确定删除这份草稿吗？再按 Delete 或 D 确认，按其他键取消。
drafts-damaged = 另有 { $count } 份草稿已损坏，无法读取。
drafts-only-damaged = 有草稿已损坏，无法读取，请联系管理员。
drafts-no-name = （未填姓名）
drafts-no-services = （未选事项）
drafts-error-unreadable = 草稿无法读取，请联系管理员。
drafts-error-discard = 草稿未能删除，请稍后再试。
form-draft-saved = 草稿已保存
form-centre-supervisor-only = 本中心尚未设置区划代码。设置属于主管权限，窗口人员不能更改。请主管登录后保存本表单以完成设置，或由管理员运行 service-desk config set centre-code 代码。表单已保留。
form-receipt-applicant = 申请人：{ $applicant }

## 此前受理（身份证号码下方）

form-earlier-none = 此前未曾受理
form-earlier-count = 此前受理 { $count } 件，其中在办 { $open } 件
form-earlier-more = 另有 { $count } 件未列出
form-earlier-failed = 此前受理情况未能查到，请稍后再试或联系管理员
form-duplicate-flag = 本人此项尚有在办受理：{ $receipts }
form-footer-save-duplicate = 本人同一事项尚在办理中，先说明理由，再受理并出具回执

## 同一事项在办，说明理由后受理

form-duplicate-title = 申请人同一事项尚有受理在办：
form-duplicate-ask = 如确需再次受理，请填写理由（必填，记入备注）：
form-duplicate-reason = 理由
form-duplicate-reason-required = 请填写理由后再按 Enter。
form-duplicate-no-room = 备注已写得较满，放不下理由。请按 Esc 返回表单缩短备注，或缩短理由。
form-duplicate-receipts-more = { $receipts } 等 { $count } 件
form-duplicate-keys = Enter 确认理由并受理  Esc 返回表单
form-duplicate-note = 【重复受理说明】在办：{ $receipts }；理由：{ $reason }

## 资格提示（F7）

form-hints-line = 可能符合、尚未申请 { $count } 项：{ $items }
form-hints-title = 申请人可能符合、尚未申请的服务（供询问核实，不作认定）：
form-hints-source = 出处：{ $source }
form-hints-keys = Enter 添加该服务项目  Up/Down 选择  Esc 返回表单
form-hints-none = 按申请人现有情况，没有可能符合而尚未申请的服务项目。
form-key-hints = 查看申请人可能符合的服务，Enter 添加到申请事项
