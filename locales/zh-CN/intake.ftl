# 受理：校验规则的提示，以及状态、评价、受理渠道、材料情况的名称。
# 提示说明哪里不对、该怎么改；不复述号码本身。

## 日期

intake-error-date-format = 日期格式不对，请按「年-月-日」填写，如 2026-12-02。
intake-error-date-invalid = 没有这一天，请核对年、月、日。

## 居民身份证号码

intake-error-id-length = 身份证号码应为 18 位，现为 { $found } 位，请核对。
intake-error-id-characters = 身份证号码前 17 位应为数字，最后一位为数字或 X，请核对。
intake-error-id-birth-date = 身份证号码中的出生日期（第 7 至 14 位）不是有效日期，请核对。
intake-error-id-birth-too-early = 身份证号码中的出生年份早于 1900 年，请核对。
intake-error-id-birth-in-future = 身份证号码中的出生日期晚于今天，请核对号码和本机日期。
intake-error-id-checksum = 身份证号码校验位不符，号码有误，请逐位核对或重新读卡。
intake-sex-male = 男
intake-sex-female = 女

## 行政区划代码

intake-error-division-code-format = 行政区划代码应为 6 位数字，如 150102。
intake-error-division-code-province = 行政区划代码的前两位不是有效的省级代码，请核对。

## 受理回执编号

intake-error-receipt-format = 回执编号格式不对，应形如 150102-20261202-0001。
intake-error-receipt-centre = 回执编号中的中心代码不是有效的行政区划代码，请核对。
intake-error-receipt-date = 回执编号中的日期不是有效日期，请核对。
intake-error-receipt-sequence = 回执编号末尾的当日序号应在 0001 至 9999 之间，请核对。
intake-error-receipt-day-full = 本中心今日受理编号已全部用完（每日最多 9999 件），今天无法再生成回执编号。请联系管理员。

## 联系电话

intake-error-phone-empty = 请填写联系电话。
intake-error-phone-characters = 电话号码只能由数字、空格、短横线和分机号组成，请核对。
intake-error-phone-mobile-length = 手机号码应为 11 位，请核对。
intake-error-phone-mobile-prefix = 手机号码应以 13 至 19 开头，请核对。
intake-error-phone-area-code = 区号有误，请核对（如呼和浩特为 0471）。
intake-error-phone-local-number = 固定电话号码有误：区号后应为 7 位或 8 位（三位区号后为 8 位），且不以 0 或 1 开头。请核对。
intake-error-phone-missing-area-code = 固定电话请加区号，如 0471-6234567。
intake-error-phone-not-mainland = 目前只能登记中国大陆的电话号码（+86）。
intake-error-phone-extension = 分机号应为 1 至 6 位数字；手机号码不带分机号。

## 承诺办结时限

intake-error-deadline-beyond-calendar = 无法推算承诺办结日期：办理时限超出已公布的节假日安排（截至 { $last }）。请更新本程序后重试，或按规定时限另行书面告知申请人。
intake-error-deadline-before-calendar = 受理日期早于节假日安排的起始日（{ $first }），无法推算承诺办结日期。请核对受理日期。

## 办理状态与评价

intake-error-status-move = 当前状态为「{ $from }」，不能改为「{ $to }」。
intake-error-status-reason-required = 不予受理须填写理由。
intake-error-rating-not-completed = 办结后才能进行满意度评价。
intake-error-rating-already-given = 该件已评价，不能重复评价。

intake-status-accepted = 已受理
intake-status-in-progress = 办理中
intake-status-completed = 已办结
intake-status-rejected = 不予受理
intake-status-withdrawn = 已撤回

intake-rating-very-satisfied = 非常满意
intake-rating-satisfied = 满意
intake-rating-basically-satisfied = 基本满意
intake-rating-dissatisfied = 不满意
intake-rating-very-dissatisfied = 非常不满意

## 受理渠道

intake-channel-counter = 窗口受理
intake-channel-home-visit = 上门办理
intake-channel-appointment = 预约办理
intake-channel-agent = 委托代办
intake-channel-cross-area = 同城通办

## 申请材料

intake-material-received = 已收取
intake-material-missing = 未提交
intake-material-deferred = 容缺后补
intake-error-material-due-missing = 容缺后补的材料须填写补交期限。
intake-error-material-due-not-deferred = 只有容缺后补的材料才填写补交期限。
intake-error-material-due-in-past = 补交期限不能早于受理日期。

## 申请信息的各项名称（指出哪一项有误）

intake-field-applicant-name = 申请人姓名
intake-field-applicant-id-number = 申请人身份证号码
intake-field-applicant-phone = 申请人联系电话
intake-field-applicant-region = 申请人户籍所在地代码
intake-field-applicant-ethnicity = 申请人民族代码
intake-field-applicant-address = 申请人地址
intake-field-applicant-document-lang = 文书语言
intake-field-applicant-fact = 第 { $n } 项申请人情况
intake-field-agent = 代办人信息
intake-field-agent-name = 代办人姓名
intake-field-agent-id-number = 代办人身份证号码
intake-field-agent-relationship = 代办人与申请人关系
intake-field-services = 申请事项
intake-field-service = 第 { $n } 个申请事项
intake-field-channel = 受理渠道
intake-field-materials = 申请材料
intake-field-material-service = 第 { $n } 项材料所属事项
intake-field-material-name = 第 { $n } 项材料名称
intake-field-material-status = 第 { $n } 项材料收取情况
intake-field-material-due = 第 { $n } 项材料补交期限
intake-field-notes = 备注

## 申请信息校验

intake-error-required = 此项为必填项，请填写。
intake-error-too-long = 内容过长，最多 { $max } 个字，请精简。
intake-error-too-many = 最多填写 { $max } 项，请删减。
intake-error-duplicate = 与前面的内容重复，请删去重复项。
intake-error-ethnicity-unknown = 不是有效的民族代码（GB 3304，如蒙古族为 02），请核对。
intake-error-document-lang-unknown = 文书语言只能选 zh-CN（汉文）或 mn-Mong（蒙古文）。
intake-error-fact-unknown = 无此申请人情况。可填：dibao（低保）、extreme-poverty（特困）、disability（持残疾人证）、poverty-household（脱贫户）、special-care（优抚对象）、left-behind-child（留守儿童）、left-behind-elder（留守老人）。
intake-error-service-unknown = 服务清单中没有这个事项编号（应形如 SOC-01），请核对。
intake-error-channel-unknown = 受理渠道只能是 counter（窗口受理）、home-visit（上门办理）、appointment（预约办理）、agent（委托代办）或 cross-area（同城通办）。
intake-error-agent-required = 受理渠道为委托代办，请填写代办人姓名、身份证号码及与申请人的关系。
intake-error-material-service-not-listed = 该材料所属事项不在本次申请事项之中，请核对事项编号。
intake-error-material-status-unknown = 材料收取情况只能是 received（已收取）、missing（未提交）或 deferred（容缺后补）。

## 申请人情况

intake-fact-dibao = 低保家庭
intake-fact-extreme-poverty = 特困人员
intake-fact-disability = 持残疾人证
intake-fact-poverty-household = 脱贫户（监测户）
intake-fact-special-care = 优抚对象
intake-fact-left-behind-child = 留守儿童
intake-fact-left-behind-elder = 留守老人

## 承诺办结日期

intake-deadline-on = { $date } 前办结
intake-deadline-not-stated = 服务清单未规定所申请事项的办理时限（以工作日计），承诺办结日期请按有关规定另行书面告知申请人。
