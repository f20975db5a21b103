# 登录、锁屏与操作员身份。

login-title = 操作员登录
login-intro = 受理、受理记录等涉及个人信息的功能，须由操作员登录后使用。服务清单无需登录。
login-locked-title = 屏幕已锁定
login-locked-intro = 操作员 { $operator } 已连续 { $minutes } 分钟未操作，屏幕已锁定，个人信息已隐藏。正在填写的表单已保存为草稿，仍保留在原处。请输入密码解锁。其他操作员也可在此登录，原操作员的表单留待其本人登录后继续填写。
login-first-title = 创建首位主管
login-first-intro = 本数据库还没有操作员。请创建首位主管：输入名称，并输入两次密码（至少 { $min } 个字符）。主管登录后可再添加其他操作员。请牢记密码：数据只能用操作员密码打开。
login-first-needed = 本数据库还没有操作员，请先创建首位主管。
login-label-name = 操作员名称
login-label-password = 密码
login-label-repeat = 再次输入密码
login-checking = 正在核验，请稍候。
login-error-passwords-differ = 两次输入的密码不一致，请重新输入。
login-error-store = 无法读取操作员信息，数据库出现问题。请退出后重新打开程序；仍不行请联系管理员。
login-error-no-answer = 本次核验未能完成，请再试一次。
login-error-form-unsaved = 原操作员的表单未能保存为草稿，只能由原操作员解锁。请原操作员登录后提交表单或再次保存。
login-error-sign-out-unsaved = 表单未能保存为草稿，因此没有退出登录。请按 Ctrl-S 提交，或稍后再试。
login-not-signed-in = 当前没有操作员登录。
login-signed-out = 已退出登录。正在填写的表单已保存为草稿，下次登录后可继续填写。
login-drafts-waiting = 本窗口有未完成的受理表单。按 F4 登录后可继续填写。

login-key-enter = 到下一栏；在最后一栏时登录
login-key-enter-hint = 登录
login-key-next = 下一栏
login-key-next-hint = 下一栏
login-key-prev = 上一栏
login-key-delete-back = 删除最后一个字
login-key-clear = 清空本栏
login-key-back = 取消登录，回到服务清单（锁屏时只清空密码）
login-key-back-hint = 取消
