# 命令行的错误提示：说明出了什么问题，以及下一步怎么做。

cli-error-store-in-use = 数据库 { $path } 正在另一个窗口中使用。请先关闭那个窗口再试；如需同时使用，请用 --db 指定另一个数据库。
cli-error-store-corrupt = 数据库 { $path } 已损坏，无法读取。请不要删除或改动该文件夹，联系管理员从备份恢复；临时可用 --db 指定一个新位置。
cli-error-record-damaged = 数据库 { $path } 中的这条受理记录已损坏，无法读取；其他记录不受影响，可照常受理和查询。请记下受理编号，联系管理员从备份恢复这条记录。
cli-error-store-too-new = 数据库 { $path } 由更新版本的 service-desk 写入，本版本无法使用；数据并未损坏。请升级本程序后再使用。
cli-error-store-io = 无法读写数据库 { $path }。请检查该位置是否存在、磁盘是否连接正常，也可用 --db 指定其他位置；如反复出现，请联系管理员。
cli-error-store-lost = 数据库 { $path } 缺少此前已确认保存的数据，数据文件可能被截断、损坏或换成了旧副本。为防止受理记录丢失而无人察觉，本程序已停止使用该数据库。请不要删除或改动该文件夹，立即联系管理员从备份恢复；临时可用 --db 指定一个新位置。
cli-error-store-not-folder = { $path } 不是文件夹，或其上级路径中有同名的普通文件，不能用作数据库。请用 --db 指定一个文件夹；文件夹不存在时会自动创建。
cli-error-store-not-file = 数据库中的 { $path } 应为普通文件，现在却是文件夹、管道或设备，无法使用。请联系管理员检查该文件夹；临时可用 --db 指定一个新位置。
cli-error-store-unsupported = 数据库 { $path } 的存储设置无法识别：可能由更新版本的程序创建，也可能是设置文件已损坏，本版本无法打开。请先确认是否有更新版本可用；请不要删除或改动该文件夹，联系维护人员处理。
cli-error-store-internal = 使用数据库 { $path } 时程序内部出错，数据并未损坏。请重新启动本程序；如反复出现，请联系维护人员。
cli-error-store-too-large = 输入的内容过长（{ $size } 字节，上限 { $max } 字节），未予保存。请删减后重试。
cli-error-store-duplicate = 该记录已存在，未重复保存。请核对后重试。
cli-error-store-permission = 没有读写数据库 { $path } 的权限。请用 --db 指定一个您有写入权限的文件夹，或请管理员开通权限。
cli-error-store-full = 数据库 { $path } 所在磁盘空间已满，无法保存。请清理磁盘空间后重试，或用 --db 指定其他磁盘上的文件夹。
cli-error-store-read-only = 数据库 { $path } 所在磁盘为只读，无法保存。请用 --db 指定一个可写的位置，或请管理员检查磁盘。
cli-notice-newer-store = 提示：当前数据库中的服务清单由更新版本的 service-desk 写入，本版本无法显示，现显示本程序内置的清单；数据未受影响。请尽快升级本程序。
cli-error-no-data-dir = 找不到存放数据的用户目录。请用 --db 或环境变量 SERVICE_DESK_DB 指定数据库位置。
cli-error-seed = 程序内置的服务清单数据有误：{ $detail }。请联系维护人员。
cli-error-unknown-id = 没有编号为“{ $id }”的服务项目。编号形如 EDU-01，可用 service-desk catalogue list 查看全部编号。
cli-error-unknown-domain = 没有代码为“{ $domain }”的领域。可用的代码：EDU EMP INS HEA SOC HOU CUL DIS。
cli-error-empty-query = 搜索内容为空。请输入汉字、拼音、简称或蒙古文。
cli-error-query-too-long = 搜索内容太长，最多 { $max } 个字符。
cli-error-terminal = 终端出错：{ $detail }
cli-error-output = 无法输出结果。请检查输出的目标文件或管道是否可写。
cli-error-output-full = 无法输出结果：目标所在磁盘空间已满。请清理磁盘空间，或将结果输出到其他位置。
cli-error-output-permission = 无法输出结果：没有写入目标位置的权限。请将结果输出到其他位置。
cli-error-usage = 命令行参数有误（说明见下）。可用 service-desk --help 查看用法。
cli-error-env-lang = 环境变量 SERVICE_DESK_LANG 的值“{ $value }”无效，应为 zh-CN 或 mn-Mong。

## 受理登记（intake add）

cli-intake-added = 已受理，回执编号 { $receipt }。
cli-intake-added-deadline = 承诺办结：{ $deadline }
cli-intake-error-invalid = 申请信息有 { $count } 处需要修改，本次未予登记：
cli-intake-error-problem = { $field }（{ $path }）：{ $message }
cli-intake-error-json = 申请文件不是有效的受理信息，本次未予登记：{ $detail }
cli-intake-error-json-unknown-field = 申请文件第 { $line } 行有无法识别的字段「{ $field }」，本次未予登记。请核对字段名称的拼写。
cli-intake-error-json-missing-field = 申请文件缺少必填字段「{ $field }」，本次未予登记。
cli-intake-error-json-syntax = 申请文件第 { $line } 行不符合 JSON 格式，本次未予登记。请检查该行的括号、引号和逗号。
cli-intake-error-read = 无法读取申请文件 { $path }，请检查文件名和权限。
cli-intake-error-file-too-large = 申请文件过大（超过 { $max } 字节），请检查是否选错了文件。
cli-intake-error-clock = 本机时钟给出的日期无法使用，请校正系统时间后重试。
cli-intake-error-open = 申请人同一事项尚有受理在办：{ $receipt }。如确需再次受理，请加 --reason "理由" 重新提交，理由记入备注。
