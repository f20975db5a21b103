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
intake-error-phone-missing-area-code = 固定电话请加区号，如 0471-1234567。
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
