# 通用文字：标题栏、提示、帮助页和按键说明。
# 按键说明（key-*）由按键表生成帮助页；带 -hint 的是底部提示栏里的短名称。

common-app-title = 基本公共服务清单
common-language-name = 中文
common-list-separator = 、
common-not-yet-available = 此功能正在建设中。
common-nothing-to-save = 清单页面没有需要保存的内容。
common-window-too-small = 窗口太小：至少需要宽 { $width } 列、高 { $height } 行，当前为 { $current_width } 列、{ $current_height } 行。请放大窗口。
common-error-not-a-terminal = 界面只能在终端中打开：标准输入和标准输出都必须是终端。请直接在终端窗口中运行 service-desk；在脚本或管道中请使用子命令，例如 service-desk catalogue search 低保。
common-error-dumb-terminal = 环境变量 TERM 未设置或为 dumb，无法显示界面。请先设置终端类型再运行，例如 export TERM=xterm；在脚本中请使用子命令，例如 service-desk catalogue search 低保。

help-title = 按键说明
help-close = { $keys } 翻看，其他键关闭
help-scroll-up = 向上滚动
help-scroll-down = 向下滚动
help-close-key = 关闭按键说明

key-help = 显示或关闭按键说明
key-help-hint = 帮助
key-language = 切换中文和蒙古文
key-language-hint = 语言
key-catalogue = 回到服务清单
key-new-intake = 新建受理，或回到正在填写的受理表单
key-records = 受理记录：查找、查看和办理
key-search = 搜索服务项目（也可直接输入）
key-search-hint = 搜索
key-choose = 选定：领域 > 项目 > 详细信息 > 为该项目新建受理
key-choose-hint = 选定
key-next-pane = 下一个窗格
key-next-pane-hint = 窗格
key-prev-pane = 上一个窗格
key-up = 上移一行（详细信息中向上滚动）
key-down = 下移一行（详细信息中向下滚动）
key-page-up = 上翻一页
key-page-down = 下翻一页
key-home = 到第一项
key-end = 到最后一项
key-back = 返回：关闭帮助、清空或退出搜索、取消领域筛选
key-back-hint = 返回
key-delete-back = 删除搜索栏中最后一个字
key-clear-query = 清空搜索栏
key-save = 保存当前表单
key-sign-out = 退出登录：正在填写的表单保存为草稿，回到服务清单
key-quit = 退出程序
key-quit-hint = 退出
