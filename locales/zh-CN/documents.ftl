# 文书：受理回执、一次性告知书，以及保存、打印文书时的提示。
# 回执和告知书交给申请人，措辞面向申请人；保存、打印的提示面向窗口工作人员。

## 受理回执

documents-receipt-title = 受理回执
documents-notice-title = 一次性告知书
documents-hall-division = { $division }（行政区划代码 { $code }）
documents-label-receipt = 回执编号
documents-label-accepted = 受理时间
documents-label-hall = 受理单位
documents-label-window = 受理窗口
documents-window = { $window } 号窗口
documents-label-applicant = 申请人
documents-label-id-number = 身份证号码
documents-label-agent = 代办人
documents-agent = { $name }（与申请人关系：{ $relationship }；身份证号码 { $id }）
documents-label-services = 申请事项
documents-label-channel = 受理渠道
documents-label-deadline = 承诺办结时间
documents-deadline-on = { $date } 前办结（按工作日计算）
documents-deadline-not-stated = 服务清单未规定所申请事项以工作日计的办理时限，办结时间由承办部门依照有关规定另行书面告知。
documents-deadline-beyond-calendar = 办理时限超出已公布的节假日安排（截至 { $last }），承诺办结日期另行书面告知。
documents-deadline-before-calendar = 受理日期早于节假日安排的起始日（{ $first }），承诺办结日期另行书面告知。
documents-label-received = 已收材料
documents-label-deferred = 容缺后补材料
documents-label-missing = 尚缺材料
documents-material = { $name }（{ $service }）
documents-material-due = { $name }（{ $service }），请于 { $due } 前补交
documents-label-operator = 受理人
documents-none = 无
documents-keep = 请妥善保管本回执。查询办理进度或领取办理结果时，请出示本回执或告知回执编号。
documents-see-notice = 尚有材料需要补交，详见同时出具的一次性告知书。
documents-stamp = 受理单位（盖章）

## 一次性告知书

documents-notice-intro = { $name }：您于 { $date } 申请的下列事项尚需补交材料，现一次性告知如下。
documents-notice-missing = 尚缺：{ $name }
documents-notice-deferred = 容缺后补：{ $name }，请于 { $due } 前补交
documents-notice-closing = 以上为需要补交的全部材料，除此之外不再要求提交其他材料。材料补齐后，请持本告知书到窗口办理。

## 不予受理告知书

documents-rejection-title = 不予受理告知书
documents-rejection-intro = { $name }：您于 { $date } 申请的下列事项，经审查，决定不予受理，理由如下。
documents-label-reason = 不予受理理由
documents-label-decided = 决定时间
documents-label-decided-by = 经办人
documents-rejection-closing = 如对本决定不服，可以自收到本告知书之日起六十日内依法申请行政复议，或者自知道或者应当知道作出本决定之日起六个月内依法提起行政诉讼。

## 保存与打印（给窗口工作人员的提示）

documents-saved = 回执已保存：{ $path }
documents-saved-notice = 一次性告知书已保存：{ $path }
documents-printed = 已送打印：{ $path }
documents-error-no-folder = 找不到保存回执的文件夹。请用「service-desk config set receipts-dir 路径」指定一个文件夹。
documents-error-write = 回执文件未能保存到 { $path }：{ $reason }
documents-error-not-saved = 本件已受理登记，回执编号 { $receipt } 有效。问题解决后，请用「service-desk records print { $receipt }」重新生成回执。
documents-reason-permission = 没有写入权限，请联系管理员或改用其他文件夹。
documents-reason-full = 磁盘已满，请清理磁盘空间。
documents-reason-read-only = 文件夹所在的磁盘为只读。
documents-reason-not-folder = 该路径不是文件夹。
documents-reason-other = 写入出错，请检查该文件夹。
documents-error-print-start = 打印命令「{ $command }」无法启动，请检查 print-command 设置和打印机。文件已保存在 { $path }，可另行打印。
documents-error-print-failed = 打印命令「{ $command }」运行失败（退出码 { $code }）。文件已保存在 { $path }，可另行打印。
documents-print-said = 打印命令的提示：{ $detail }
documents-error-print-timeout = 打印命令「{ $command }」在 { $minutes } 分钟内没有结束，已停止。文件已保存在 { $path }，可另行打印。
documents-error-no-notice = 回执编号为 { $receipt } 的受理没有需要补交的材料，不出具一次性告知书。
