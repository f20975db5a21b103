# 配置文件与 config 命令：本中心的各配置项、取值要求，以及配置文件有误时的处理办法。

config-column-key = 配置项
config-column-value = 取值
config-column-source = 来源
config-source-file = 配置文件
config-source-default = 默认值
config-value-unset = （未设置）
config-file = 配置文件：{ $path }
config-file-missing = 配置文件：{ $path }（尚未创建，各项均取默认值）
config-file-none = 找不到存放配置的用户目录，各项均取默认值。可用 --config 或环境变量 SERVICE_DESK_CONFIG 指定配置文件。
config-centre-code-named = { $code }（{ $name }）
config-set-done = 已将配置项 { $key } 设置为「{ $value }」，并保存到配置文件 { $path }。

config-rule-centre-code = centre-code 应为本中心所在地的 6 位行政区划代码，须是内蒙古自治区或其盟市、旗县（市、区）的代码，如 150102（新城区）。
config-rule-centre-name = centre-name 应为本中心的名称，1 至 { $max } 个字。
config-rule-window = window 应为窗口编号，1 至 { $max } 个字符，只能由字母、数字和连字符（-）组成，如 3 或 A-2。
config-rule-lang = lang 应为 zh-CN（中文）或 mn-Mong（蒙古文）。
config-rule-receipts-dir = receipts-dir 应为存放回执文件的文件夹的完整路径（以 / 开头），不超过 { $max } 个字符，如 /srv/service-desk/receipts。
config-rule-print-command = print-command 应为打印命令，如 lp -d counter：各项之间用空格分隔，不能含引号（' 或 "）、反斜杠（\）或控制字符，不超过 { $max } 个字符。
config-rule-idle-lock-minutes = idle-lock-minutes 应为 { $min } 至 { $max } 之间的整数，即无人操作多少分钟后自动锁定。

config-error-value = 配置项 { $key } 的值「{ $value }」无效。{ $rule }
config-error-centre-outside =「{ $value }」不是内蒙古自治区的行政区划代码。{ $rule }
config-error-unknown-key = 没有名为「{ $key }」的配置项。可设置的配置项有：{ $keys }。

config-error-file-read = 无法读取配置文件 { $path }。请检查该文件及其所在文件夹是否正常，也可用 --config 指定其他配置文件。
config-error-file-permission = 没有读取配置文件 { $path } 的权限。请管理员开通读取权限，或用 --config 指定其他配置文件。
config-error-file-folder = 配置文件 { $path } 是文件夹，不是文件。请用 --config 或环境变量 SERVICE_DESK_CONFIG 指定一个文件。
config-error-file-too-large = 配置文件 { $path } 超过 { $max } 字节，不是本程序的配置文件。请检查 --config 或环境变量 SERVICE_DESK_CONFIG 所指的文件。
config-error-file-not-utf8 = 配置文件 { $path } 第 { $line } 行含有非 UTF-8 编码的内容。请将该文件另存为 UTF-8 编码后重试。
config-error-file-syntax = 配置文件 { $path } 第 { $line } 行格式有误（{ $detail }）。请按 TOML 格式修改该行，例如 lang = "zh-CN"。
config-error-file-unknown-key = 配置文件 { $path } 第 { $line } 行的配置项「{ $key }」无法识别。可用的配置项有：{ $keys }。请改正拼写或删除该行。
config-error-file-value = 配置文件 { $path } 第 { $line } 行有误：{ $reason }请修改该行，或用 service-desk config set { $key } 命令重新设置。
config-error-no-config-dir = 找不到存放配置的用户目录。请用 --config 或环境变量 SERVICE_DESK_CONFIG 指定配置文件的位置。
config-error-not-a-file = { $path } 不是普通文件，不能作为配置文件保存。请用 --config 指定一个普通文件的路径。
config-error-write = 无法保存配置文件 { $path }，原有配置未改动。请检查该位置是否可写，也可用 --config 指定其他位置。
config-error-write-permission = 没有写入配置文件 { $path } 的权限，原有配置未改动。请管理员开通写入权限，或用 --config 指定其他位置。
config-error-write-full = 配置文件 { $path } 所在磁盘空间已满，原有配置未改动。请清理磁盘空间后重试。
config-error-write-read-only = 配置文件 { $path } 所在磁盘为只读，原有配置未改动。请管理员检查磁盘，或用 --config 指定其他位置。
config-error-centre-not-set = 尚未设置本中心的行政区划代码（centre-code），无法生成受理回执编号。请管理员用 service-desk config set centre-code 150102 命令设置（将 150102 换成本中心所在地的代码）。
