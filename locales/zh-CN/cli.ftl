# 命令行的错误提示：说明出了什么问题，以及下一步怎么做。

cli-error-store-in-use = 数据库 { $path } 正在另一个窗口中使用。请先关闭那个窗口再试；如需同时使用，请用 --db 指定另一个数据库。
cli-error-store-corrupt = 数据库 { $path } 已损坏，无法读取（{ $detail }）。请不要删除该文件夹，联系管理员从备份恢复；临时可用 --db 指定一个新位置。
cli-error-store-too-new = 数据库 { $path } 是由更新版本的 service-desk 写入的，本版本无法使用。请升级本程序。
cli-error-store-io = 无法使用数据库 { $path }：{ $detail }。请检查该位置是否存在、是否可写、磁盘是否已满。
cli-error-no-data-dir = 找不到存放数据的用户目录。请用 --db 或环境变量 SERVICE_DESK_DB 指定数据库位置。
cli-error-seed = 程序内置的服务清单数据有误：{ $detail }。请联系维护人员。
cli-error-unknown-id = 没有编号为“{ $id }”的服务项目。编号形如 EDU-01，可用 service-desk catalogue list 查看全部编号。
cli-error-unknown-domain = 没有代码为“{ $domain }”的领域。可用的代码：EDU EMP INS HEA SOC HOU CUL DIS。
cli-error-empty-query = 搜索内容为空。请输入汉字、拼音、简称或蒙古文。
cli-error-query-too-long = 搜索内容太长，最多 { $max } 个字符。
cli-error-terminal = 终端出错：{ $detail }
cli-error-output = 无法输出结果：{ $detail }
cli-error-usage = 命令行参数有误（说明见下）。可用 service-desk --help 查看用法。
cli-error-env-lang = 环境变量 SERVICE_DESK_LANG 的值“{ $value }”无效，应为 zh-CN 或 mn-Mong。
